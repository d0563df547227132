// The partij editor's service on a real database (issue 10, item 6): what is saved is exactly what
// was given, the address and digitaal adres rules refuse bad input with the field named, the
// geheimhouding is refused to anyone but a beheerder by the service itself, and one edit is one
// transaction.

#include "model/partij/partijeditservice.h"
#include "storage/db/writetransaction.h"
#include "storage/partij/sqlpartijeditservice.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "tests/support/testactors.h"
#include "tests/support/testdatabase.h"

#include <QtTest>

#include <algorithm>

using namespace kcc;
using kcc::storage::Repository;
using kcc::test::TestDatabase;

namespace {

SignedInActor medewerker()
{
    return SignedInActor{
        QUuid::createUuid(), QStringLiteral("Marieke"), SoortActor::Medewerker, {AccountRole::medewerker()}};
}

bool hasField(const Error &error, const QString &field)
{
    return std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                       [&](const FieldError &e) { return e.field == field && !e.message.isEmpty(); });
}

} // namespace

class TestPartijEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void savesExactlyWhatWasGiven();
    void keepsFieldsTheEditorDoesNotOffer();
    void addressRules_data();
    void addressRules();
    void digitaleAdressenRules();
    void geheimhoudingOnlyByBeheerder();
    void oneTransaction();
    void unknownPartij();

private:
    PartijEdit loaded() const
    {
        PartijEdit edit;
        edit.partij = *Repository<Partij>(m_db->database()).find(m_partij.uuid);
        edit.digitaleAdressen = storage::digitaleAdressenVanPartij(m_db->database(), m_partij.uuid);
        return edit;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::SqlPartijEditService> m_service;
    Partij m_partij;
    DigitaalAdres m_telefoon;
};

void TestPartijEdit::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_partij = Partij{};
    m_partij.uuid = QUuid::createUuid();
    m_partij.nummer = QStringLiteral("42");
    m_partij.interneNotitie = QStringLiteral("Belt liever 's ochtends");
    m_partij.contactnaam = Contactnaam{QStringLiteral("J."), QStringLiteral("Jan"), QString(), QStringLiteral("Berg")};
    m_partij.voorkeurstaal = QStringLiteral("nld");
    m_telefoon = DigitaalAdres{};
    m_telefoon.uuid = QUuid::createUuid();
    m_telefoon.verstrektDoorPartij = m_partij.uuid;
    m_telefoon.adres = QStringLiteral("0612345678");
    m_telefoon.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
    {
        storage::WriteTransaction transaction(m_db->database());
        QVERIFY(transaction.isActive());
        QVERIFY(Repository<Partij>(m_db->database()).insert(m_partij).ok());
        QVERIFY(Repository<DigitaalAdres>(m_db->database()).insert(m_telefoon).ok());
        m_partij.voorkeursDigitaalAdres = m_telefoon.uuid;
        QVERIFY(Repository<Partij>(m_db->database()).update(m_partij).ok());
        QVERIFY(transaction.commit().ok());
    }
    m_service = std::make_unique<storage::SqlPartijEditService>(m_db->database());
    m_service->setActingActor(medewerker());
}

void TestPartijEdit::cleanup()
{
    m_service.reset();
    m_db.reset();
}

void TestPartijEdit::savesExactlyWhatWasGiven()
{
    PartijEdit edit = loaded();
    edit.partij.contactnaam = Contactnaam{QStringLiteral("A.M."), QStringLiteral("Anne Marie"),
                                          QStringLiteral("van den"), QStringLiteral("Berg-d'Hondt")};
    edit.partij.voorkeurstaal = QStringLiteral("tur");
    Adres bezoek;
    bezoek.postcode = QStringLiteral("1234 AB");
    bezoek.huisnummer = 12;
    bezoek.huisnummertoevoeging = QStringLiteral("a");
    bezoek.straatnaam = QStringLiteral("Dorpsstraat");
    bezoek.stad = QStringLiteral("Utrecht");
    bezoek.nummeraanduidingId = QStringLiteral("0344200000123456");
    bezoek.land = QStringLiteral("NL");
    edit.partij.bezoekadres = bezoek;
    Adres post;
    post.adresregel1 = QStringLiteral("Postbus 1");
    post.adresregel2 = QStringLiteral("B-1000 Brussel");
    post.land = QStringLiteral("BE");
    edit.partij.correspondentieadres = post;
    DigitaalAdres email;
    email.uuid = QUuid::createUuid();
    email.soortDigitaalAdres = SoortDigitaalAdres::Email;
    email.adres = QStringLiteral("anne@example.nl");
    email.omschrijving = QStringLiteral("werk");
    edit.digitaleAdressen.append(email);
    edit.partij.voorkeursDigitaalAdres = email.uuid;

    const Result<> saved = m_service->save(edit);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));

    const PartijEdit after = loaded();
    QCOMPARE(after.partij.contactnaam->voorvoegselAchternaam, QStringLiteral("van den"));
    QCOMPARE(after.partij.contactnaam, edit.partij.contactnaam);
    QCOMPARE(after.partij.voorkeurstaal, QStringLiteral("tur"));
    QCOMPARE(after.partij.bezoekadres, edit.partij.bezoekadres);
    QCOMPARE(after.partij.correspondentieadres, edit.partij.correspondentieadres);
    QCOMPARE(after.partij.voorkeursDigitaalAdres, std::optional<QUuid>(email.uuid));
    QCOMPARE(after.digitaleAdressen.size(), 2);
    email.verstrektDoorPartij = m_partij.uuid;
    QCOMPARE(after.digitaleAdressen.at(1), email);

    // Removing the telephone number removes it from the database.
    PartijEdit removal = after;
    removal.digitaleAdressen.removeFirst();
    QVERIFY(m_service->save(removal).ok());
    QCOMPARE(storage::digitaleAdressenVanPartij(m_db->database(), m_partij.uuid), QList<DigitaalAdres>{email});
    QVERIFY(!Repository<DigitaalAdres>(m_db->database()).find(m_telefoon.uuid));
}

void TestPartijEdit::keepsFieldsTheEditorDoesNotOffer()
{
    PartijEdit edit = loaded();
    edit.partij.nummer = QStringLiteral("99");
    edit.partij.interneNotitie = QStringLiteral("overschreven");
    edit.partij.indicatieActief = false;
    edit.partij.soortPartij = SoortPartij::Organisatie;
    edit.partij.organisatieNaam = QStringLiteral("Bakkerij");
    QVERIFY(m_service->save(edit).ok());
    const Partij after = *Repository<Partij>(m_db->database()).find(m_partij.uuid);
    QCOMPARE(after, m_partij);
}

void TestPartijEdit::addressRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("postcode without space") << "postcode"
                                            << "1234AB"
                                            << "bezoekadres.postcode";
    QTest::newRow("postcode lowercase") << "postcode"
                                        << "1234 ab"
                                        << "bezoekadres.postcode";
    QTest::newRow("postcode leading zero") << "postcode"
                                           << "0123 AB"
                                           << "bezoekadres.postcode";
    QTest::newRow("bag id 15 digits") << "bag"
                                      << "034420000012345"
                                      << "bezoekadres.nummeraanduidingId";
    QTest::newRow("huisnummer 0") << "huisnummer"
                                  << "0"
                                  << "bezoekadres.huisnummer";
    QTest::newRow("huisnummer 100000") << "huisnummer"
                                       << "100000"
                                       << "bezoekadres.huisnummer";
    QTest::newRow("land lowercase") << "land"
                                    << "nl"
                                    << "bezoekadres.land";
    QTest::newRow("land unknown") << "land"
                                  << "XX"
                                  << "bezoekadres.land";
    QTest::newRow("adresregel too long") << "adresregel1" << QString(81, QLatin1Char('x')) << "bezoekadres.adresregel1";
    QTest::newRow("taal not ISO") << "taal"
                                  << "nl"
                                  << "voorkeurstaal";
    QTest::newRow("voorvoegsel too long") << "voorvoegsel"
                                          << "van der van"
                                          << "partijIdentificatie.contactnaam."
                                             "voorvoegselAchternaam";
}

void TestPartijEdit::addressRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    PartijEdit edit = loaded();
    Adres adres;
    adres.straatnaam = QStringLiteral("Dorpsstraat");
    if (field == QLatin1String("postcode"))
        adres.postcode = value;
    else if (field == QLatin1String("bag"))
        adres.nummeraanduidingId = value;
    else if (field == QLatin1String("huisnummer"))
        adres.huisnummer = value.toInt();
    else if (field == QLatin1String("land"))
        adres.land = value;
    else if (field == QLatin1String("adresregel1"))
        adres.adresregel1 = value;
    else if (field == QLatin1String("taal"))
        edit.partij.voorkeurstaal = value;
    else if (field == QLatin1String("voorvoegsel"))
        edit.partij.contactnaam->voorvoegselAchternaam = value;
    edit.partij.bezoekadres = adres;

    const Result<> saved = m_service->save(edit);
    QVERIFY(!saved.ok());
    QVERIFY2(hasField(saved.error(), errorField), qPrintable(saved.error().message));
    QCOMPARE(loaded().partij, m_partij); // nothing stored
}

void TestPartijEdit::digitaleAdressenRules()
{
    PartijEdit edit = loaded();
    DigitaalAdres email;
    email.uuid = QUuid::createUuid();
    email.soortDigitaalAdres = SoortDigitaalAdres::Email;
    email.adres = QStringLiteral("anne@@example");
    edit.digitaleAdressen.append(email);
    Result<> saved = m_service->save(edit);
    QVERIFY(!saved.ok());
    QVERIFY(hasField(saved.error(), QStringLiteral("digitaleAdressen[1].adres")));

    // A phone number in a notation the server refuses, and a service number.
    edit = loaded();
    edit.digitaleAdressen[0].adres = QStringLiteral("06-12345678");
    QVERIFY(hasField(m_service->save(edit).error(), QStringLiteral("digitaleAdressen[0].adres")));
    edit.digitaleAdressen[0].adres = QStringLiteral("0800123456");
    QVERIFY(hasField(m_service->save(edit).error(), QStringLiteral("digitaleAdressen[0].adres")));

    // The voorkeur must be one of the partij's own addresses.
    edit = loaded();
    edit.partij.voorkeursDigitaalAdres = QUuid::createUuid();
    QVERIFY(hasField(m_service->save(edit).error(), QStringLiteral("voorkeursDigitaalAdres")));
    QCOMPARE(loaded().digitaleAdressen, QList<DigitaalAdres>{m_telefoon});
}

void TestPartijEdit::geheimhoudingOnlyByBeheerder()
{
    PartijEdit edit = loaded();
    edit.partij.indicatieGeheimhouding = true;
    const Result<> refused = m_service->save(edit);
    QVERIFY(!refused.ok());
    QVERIFY(hasField(refused.error(), QStringLiteral("indicatieGeheimhouding")));
    QVERIFY(!loaded().partij.indicatieGeheimhouding);

    // Other changes by a medewerker are fine as long as the geheimhouding stays as it was.
    edit.partij.indicatieGeheimhouding.reset();
    edit.partij.contactnaam->voornaam = QStringLiteral("Johan");
    QVERIFY(m_service->save(edit).ok());

    m_service->setActingActor(test::fixtureBeheerder());
    edit = loaded();
    edit.partij.indicatieGeheimhouding = true;
    QVERIFY(m_service->save(edit).ok());
    QCOMPARE(loaded().partij.indicatieGeheimhouding, std::optional<bool>(true));

    // Back to the medewerker: the set geheimhouding cannot be cleared by them either.
    m_service->setActingActor(medewerker());
    edit = loaded();
    edit.partij.indicatieGeheimhouding = false;
    QVERIFY(!m_service->save(edit).ok());
    QCOMPARE(loaded().partij.indicatieGeheimhouding, std::optional<bool>(true));
}

void TestPartijEdit::oneTransaction()
{
    // Two new e-mail addresses with the same referentie pass validation, but the database refuses
    // the second (unique per partij, soort and referentie): the first must not stay behind, and
    // the name must not change.
    PartijEdit edit = loaded();
    edit.partij.contactnaam->achternaam = QStringLiteral("Anders");
    for (int i = 0; i < 2; ++i) {
        DigitaalAdres email;
        email.uuid = QUuid::createUuid();
        email.soortDigitaalAdres = SoortDigitaalAdres::Email;
        email.adres = QStringLiteral("a%1@example.nl").arg(i);
        email.referentie = QStringLiteral("portaalvoorkeur");
        edit.digitaleAdressen.append(email);
    }
    QVERIFY(validatePartijEdit(edit).isEmpty());
    QVERIFY(!m_service->save(edit).ok());
    QCOMPARE(loaded().digitaleAdressen, QList<DigitaalAdres>{m_telefoon});
    QCOMPARE(loaded().partij, m_partij);
    QCOMPARE(Repository<DigitaalAdres>(m_db->database()).count(), 1);
}

void TestPartijEdit::unknownPartij()
{
    PartijEdit edit = loaded();
    edit.partij.uuid = QUuid::createUuid();
    const Result<> saved = m_service->save(edit);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestPartijEdit)
#include "tst_partijedit.moc"
