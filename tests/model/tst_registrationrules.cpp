#include "model/callflow/contactsession.h"
#include "model/callflow/registrationrules.h"

#include <QTest>

using namespace kcc;
using Variant = RegistrationRules::Variant;

Q_DECLARE_METATYPE(kcc::RegistrationRules::Variant)

class TestRegistrationRules : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void allowedVariants();
    void inputsFromSession();
};

// Every one of the 2^5 combinations, with the variant V6898 prescribes and whether something is
// still missing (follow-up without a contact detail where the partij's defaults cannot be used).
void TestRegistrationRules::decide_data()
{
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<bool>("followUp");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("partijKnown");
    QTest::addColumn<bool>("oneOff");
    QTest::addColumn<Variant>("expected");
    QTest::addColumn<bool>("missing");

    for (int bits = 0; bits < 32; ++bits) {
        const bool authenticated = bits & 16;
        const bool followUp = bits & 8;
        const bool consent = bits & 4;
        const bool partijKnown = bits & 2;
        const bool oneOff = bits & 1;
        Variant expected = Variant::NothingToRegister;
        bool missing = false;
        if (!authenticated) {
            expected = followUp ? Variant::UnknownPerson : Variant::NothingToRegister;
            missing = followUp && !oneOff;
        } else if (partijKnown) {
            expected = Variant::KnownPartij;
        } else if (consent) {
            expected = Variant::NewPartijWithDefaults;
        } else {
            expected = Variant::IdentificatorOnlyPartij;
            missing = followUp && !oneOff;
        }
        const QByteArray name = QByteArray("auth=") + char('0' + authenticated) + " followUp=" + char('0' + followUp) +
                                " consent=" + char('0' + consent) + " known=" + char('0' + partijKnown) +
                                " oneOff=" + char('0' + oneOff);
        QTest::newRow(name.constData()) << authenticated << followUp << consent << partijKnown << oneOff << expected
                                        << missing;
    }
}

void TestRegistrationRules::decide()
{
    QFETCH(bool, authenticated);
    QFETCH(bool, followUp);
    QFETCH(bool, consent);
    QFETCH(bool, partijKnown);
    QFETCH(bool, oneOff);
    QFETCH(Variant, expected);
    QFETCH(bool, missing);

    const RegistrationRules::Decision decision =
        RegistrationRules::decide({authenticated, followUp, consent, partijKnown, oneOff});
    QCOMPARE(RegistrationRules::code(decision.variant), RegistrationRules::code(expected));
    QVERIFY(!decision.explanation.isEmpty());
    QCOMPARE(!decision.missing.isEmpty(), missing);
    // The UI offers the decided variant.
    QVERIFY(RegistrationRules::allowedVariants(authenticated, followUp).contains(decision.variant));
}

void TestRegistrationRules::allowedVariants()
{
    QCOMPARE(RegistrationRules::allowedVariants(false, false), QList<Variant>{Variant::NothingToRegister});
    QCOMPARE(RegistrationRules::allowedVariants(false, true), QList<Variant>{Variant::UnknownPerson});
    const QList<Variant> authenticated{Variant::KnownPartij, Variant::NewPartijWithDefaults,
                                       Variant::IdentificatorOnlyPartij};
    QCOMPARE(RegistrationRules::allowedVariants(true, false), authenticated);
    QCOMPARE(RegistrationRules::allowedVariants(true, true), authenticated);
}

void TestRegistrationRules::inputsFromSession()
{
    ContactSession session = ContactSession::start(QUuid::createUuid(), QStringLiteral("telefoon"),
                                                   QDateTime(QDate(2023, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(RegistrationRules::inputsFrom(session), RegistrationRules::Inputs{});

    // A transfer is not follow-up; a blank contact detail does not count.
    session.onderwerpen[0].doorverbinding = Doorverbinding{QUuid::createUuid(), QString()};
    session.betrokkene.digitaleAdressen.append({SoortDigitaalAdres::Telefoonnummer, QStringLiteral("  "), QString()});
    QCOMPARE(RegistrationRules::inputsFrom(session), RegistrationRules::Inputs{});

    session.geauthenticeerd = true;
    session.onderwerpen[0].interneTaak = SessionInterneTaak{};
    session.toestemmingEerderGegeven = true;
    session.partijKeuze = ContactSession::PartijKeuze::Gevonden;
    session.partij = QUuid::createUuid();
    session.betrokkene.digitaleAdressen[0].adres = QStringLiteral("0612345678");
    QCOMPARE(RegistrationRules::inputsFrom(session), (RegistrationRules::Inputs{true, true, true, true, true}));
}

QTEST_GUILESS_MAIN(TestRegistrationRules)
#include "tst_registrationrules.moc"
