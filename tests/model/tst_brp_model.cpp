// The BRP look-up's model (issue 15): the questions the desk may ask, the settings (the key only
// from a 0600 file), taking a person over as a new partij with geheimhouding, and the logging
// decorator that writes the entry before it hands anyone on.
#include "tests/support/callflowcases.h"

#include "model/brp/brpinstellingen.h"
#include "model/brp/brpovername.h"
#include "model/brp/gelogdebrppersonen.h"
#include "model/callflow/registrationplan.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
namespace cases = kcc::test::cases;

Q_DECLARE_METATYPE(kcc::BrpZoekvraag)

namespace {

BrpPersoon sanne()
{
    BrpPersoon p;
    p.burgerservicenummer = QStringLiteral("999990019");
    p.voornamen = QStringLiteral("Sanne Maria");
    p.geslachtsnaam = QStringLiteral("Bakker");
    p.voorletters = QStringLiteral("S.M.");
    p.geheimhouding = true;
    return p;
}

// Answers at once with what it was given.
class VasteBrp final : public BrpPersonen
{
public:
    bool isConfigured() const override { return true; }
    void zoek(const BrpZoekvraag &, Handler handler) override { handler(antwoord); }
    Result<QList<BrpPersoon>> antwoord = QList<BrpPersoon>();
};

class OpgenomenLog final : public VerwerkingenLog
{
public:
    Result<QUuid> log(const Verwerking &verwerking, const LogActie &actie) override
    {
        verwerkingen.append(verwerking);
        acties.append(actie);
        if (kapot)
            return Error{QStringLiteral("disk full"), {}};
        return QUuid::createUuid();
    }
    QList<Verwerking> verwerkingen;
    QList<LogActie> acties;
    bool kapot = false;
};

} // namespace

class TestBrpModel : public QObject
{
    Q_OBJECT

private slots:
    void questions_data();
    void questions();
    void headersAreNameValueLines();
    void keyOnlyFromAProtectedFile();
    void settingsRoundTripWithoutTheKey();
    void takeOverCopiesNameBsnAndGeheimhouding();
    void geheimhoudingReachesTheNewPartij();
    void logBeforeHandingOn();
    void failingLogHandsOnNothing();
};

void TestBrpModel::questions_data()
{
    QTest::addColumn<BrpZoekvraag>("vraag");
    QTest::addColumn<bool>("ok");
    QTest::newRow("bsn") << BrpZoekvraag::metBsn(QStringLiteral(" 999990019 ")) << true;
    QTest::newRow("bsn elfproef") << BrpZoekvraag::metBsn(QStringLiteral("999990018")) << false;
    QTest::newRow("bsn empty") << BrpZoekvraag::metBsn(QString()) << false;
    QTest::newRow("naam") << BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate(1980, 5, 17), QStringLiteral("de"))
                          << true;
    QTest::newRow("accents") << BrpZoekvraag::metNaam(QStringLiteral("Çelik-Öztürk"), QDate(1990, 1, 2)) << true;
    QTest::newRow("wildcard") << BrpZoekvraag::metNaam(QStringLiteral("Vri*"), QDate(1980, 5, 17)) << true;
    QTest::newRow("short wildcard") << BrpZoekvraag::metNaam(QStringLiteral("Vr*"), QDate(1980, 5, 17)) << false;
    QTest::newRow("no date") << BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate()) << false;
    QTest::newRow("no name") << BrpZoekvraag::metNaam(QString(), QDate(1980, 5, 17)) << false;
    QTest::newRow("odd name") << BrpZoekvraag::metNaam(QStringLiteral("Vries; drop"), QDate(1980, 5, 17)) << false;
    QTest::newRow("long voorvoegsel") << BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate(1980, 5, 17),
                                                               QStringLiteral("van der van den"))
                                      << false;
}

void TestBrpModel::questions()
{
    QFETCH(BrpZoekvraag, vraag);
    QFETCH(bool, ok);
    const auto probleem = vraag.probleem();
    QCOMPARE(!probleem.has_value(), ok);
    if (probleem)
        QVERIFY(!probleem->isEmpty());
}

void TestBrpModel::headersAreNameValueLines()
{
    const auto parsed =
        BrpInstellingen::parseHeaders(QStringLiteral("x-doelbinding: BRPKCC\n\n  x-verwerking :  Klant: contact \n"));
    QVERIFY(parsed);
    QCOMPARE(parsed.value(),
             (QList<BrpInstellingen::Header>{{QStringLiteral("x-doelbinding"), QStringLiteral("BRPKCC")},
                                             {QStringLiteral("x-verwerking"), QStringLiteral("Klant: contact")}}));
    QCOMPARE(BrpInstellingen::parseHeaders(BrpInstellingen::formatHeaders(parsed.value())).value(), parsed.value());
    const auto bad = BrpInstellingen::parseHeaders(QStringLiteral("x-a: 1\nno colon here"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("Line 2")));
    QVERIFY(!BrpInstellingen::parseHeaders(QStringLiteral("bad name: 1")));
}

void TestBrpModel::keyOnlyFromAProtectedFile()
{
    QTemporaryDir dir;
    BrpInstellingen instellingen;
    QVERIFY(!instellingen.apiKey());
    instellingen.apiKeyFile = dir.filePath(QStringLiteral("brp.key"));
    QVERIFY(!instellingen.apiKey()); // missing
    QFile file(instellingen.apiKeyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("geheime-sleutel\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const auto open = instellingen.apiKey();
    QVERIFY(!open);
    QVERIFY(open.error().message.contains(QStringLiteral("chmod 600")));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto key = instellingen.apiKey();
    QVERIFY2(key, qPrintable(key.error().message));
    QCOMPARE(key.value(), QByteArray("geheime-sleutel"));
}

void TestBrpModel::settingsRoundTripWithoutTheKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brp.ini"));
    BrpInstellingen instellingen;
    instellingen.baseUrl = QUrl(QStringLiteral("https://brp.gemeente.nl/haalcentraal/api/brp"));
    instellingen.apiKeyHeader = QStringLiteral("X-Gateway-Key");
    instellingen.apiKeyFile = QStringLiteral("/etc/kcc-werkplek/brp.key");
    instellingen.headers = {{QStringLiteral("x-doelbinding"), QStringLiteral("BRPKCC")}};
    instellingen.timeoutSeconds = 15;
    QVERIFY(instellingen.isConfigured());
    {
        QSettings settings(path, QSettings::IniFormat);
        instellingen.save(settings);
    }
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(BrpInstellingen::load(settings), instellingen);
    QVERIFY(!BrpInstellingen().isConfigured());
}

void TestBrpModel::takeOverCopiesNameBsnAndGeheimhouding()
{
    const NieuwePartij partij = nieuwePartijUitBrp(sanne());
    QCOMPARE(partij.soortPartij, SoortPartij::Persoon);
    QCOMPARE(partij.bsn, QStringLiteral("999990019"));
    QCOMPARE(partij.contactnaam,
             (Contactnaam{QStringLiteral("S.M."), QStringLiteral("Sanne Maria"), QString(), QStringLiteral("Bakker")}));
    QVERIFY(partij.indicatieGeheimhouding);
    QVERIFY(partij.digitaleAdressen.isEmpty()); // contact details come from the caller, not the BRP
    BrpPersoon zonder = sanne();
    zonder.geheimhouding = false;
    QVERIFY(!nieuwePartijUitBrp(zonder).indicatieGeheimhouding);

    // A draft keeps it.
    ContactSession session;
    session.nieuwePartij = partij;
    QCOMPARE(ContactSession::fromJson(session.toJson()).nieuwePartij, partij);
}

void TestBrpModel::geheimhoudingReachesTheNewPartij()
{
    const cases::People people;
    for (ContactSession s : {cases::c9167C(people), cases::rule3(people)}) {
        s.nieuwePartij.indicatieGeheimhouding = true;
        const Result<RegistrationPlan> plan = RegistrationPlan::build(s, people.context(s));
        QVERIFY2(plan, qPrintable(plan.error().message));
        QVERIFY(plan.value().nieuwePartij);
        QCOMPARE(plan.value().nieuwePartij->indicatieGeheimhouding, std::optional<bool>(true));
        s.nieuwePartij.indicatieGeheimhouding = false;
        const Result<RegistrationPlan> without = RegistrationPlan::build(s, people.context(s));
        QVERIFY(without);
        QCOMPARE(without.value().nieuwePartij->indicatieGeheimhouding, std::nullopt);
    }
}

void TestBrpModel::logBeforeHandingOn()
{
    VasteBrp inner;
    BrpPersoon jan;
    jan.burgerservicenummer = QStringLiteral("999990007");
    BrpPersoon zonderBsn;
    zonderBsn.geslachtsnaam = QStringLiteral("Onbekend");
    inner.antwoord = QList<BrpPersoon>{jan, sanne(), zonderBsn};
    OpgenomenLog log;
    HuidigeVerwerking verwerking;
    verwerking.setGebruiker(QStringLiteral("actor-1"));
    GelogdeBrpPersonen brp(inner, log, verwerking);
    std::optional<Result<QList<BrpPersoon>>> answer;
    brp.zoek(BrpZoekvraag::metBsn(QStringLiteral("999990007")), [&](const auto &result) {
        QCOMPARE(log.acties.size(), 1); // written before the handler sees anyone
        answer = result;
    });
    QVERIFY(answer && *answer);
    // Only who can be logged by BSN is shown.
    QCOMPARE(answer->value().size(), 2);
    const LogActie &actie = log.acties.first();
    QCOMPARE(actie.actieNaam, QStringLiteral("BRP raadplegen"));
    QCOMPARE(actie.betrokkenheid, QStringLiteral("Geraadpleegd in BRP"));
    QVERIFY(actie.vertrouwelijk); // Sanne has geheimhouding
    QCOMPARE(actie.personen.size(), 2);
    QCOMPARE(actie.personen.at(0).bsn, QStringLiteral("999990007"));
    QCOMPARE(actie.personen.at(1).bsn, QStringLiteral("999990019"));
    QVERIFY(actie.personen.at(0).partij.isNull());
    QCOMPARE(log.verwerkingen.first().gebruiker, QStringLiteral("actor-1"));

    // Nobody found: nothing shown, nothing logged; an error passes through unlogged.
    inner.antwoord = QList<BrpPersoon>();
    answer.reset();
    brp.zoek(BrpZoekvraag::metBsn(QStringLiteral("999990007")), [&](const auto &result) { answer = result; });
    QVERIFY(answer && *answer && answer->value().isEmpty());
    inner.antwoord = Error{QStringLiteral("HTTP 503"), {}};
    answer.reset();
    brp.zoek(BrpZoekvraag::metBsn(QStringLiteral("999990007")), [&](const auto &result) { answer = result; });
    QVERIFY(answer && !*answer);
    QCOMPARE(log.acties.size(), 1);
}

void TestBrpModel::failingLogHandsOnNothing()
{
    VasteBrp inner;
    inner.antwoord = QList<BrpPersoon>{sanne()};
    OpgenomenLog log;
    log.kapot = true;
    HuidigeVerwerking verwerking;
    GelogdeBrpPersonen brp(inner, log, verwerking);
    std::optional<Result<QList<BrpPersoon>>> answer;
    brp.zoek(BrpZoekvraag::metBsn(QStringLiteral("999990019")), [&](const auto &result) { answer = result; });
    QVERIFY(answer && !*answer);
    QVERIFY(answer->error().message.contains(QStringLiteral("disk full")));
    QVERIFY(!answer->error().message.contains(QStringLiteral("Bakker")));
}

QTEST_GUILESS_MAIN(TestBrpModel)
#include "tst_brp_model.moc"
