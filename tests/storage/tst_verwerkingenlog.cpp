// The verwerkingenlog (issue 15) on a real SQLite file: append-only by trigger, pseudonyms only
// (the file's bytes hold no BSN), log first (a failing log shows nothing), the search logging
// exactly the persons it hands out, corrections appended, the purge and the privacy role.

#include "model/beheer/accountservice.h"
#include "model/privacy/pseudoniemen.h"
#include "storage/db/migrations.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/privacyschema.h"
#include "storage/privacy/pseudoniemsleutel.h"
#include "storage/privacy/sqlverwerkingencorrecties.h"
#include "storage/privacy/sqlverwerkingeninzage.h"
#include "storage/privacy/sqlverwerkingenlog.h"
#include "storage/privacy/sqlverwerkingsactiviteitenregister.h"
#include "storage/privacy/verwerkingenopschoning.h"
#include "storage/resources/repository.h"
#include "storage/search/searchfunctions.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {

const QString zwaneveldBsn = QStringLiteral("123456782");
const QString losseBsn = QStringLiteral("999990019");

SignedInActor lezer(const QStringList &roles)
{
    return {ZoekFixture::uuid(104), QStringLiteral("Petra Privacy"), SoortActor::Medewerker, roles};
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestVerwerkingenLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void entryFollowsTheStandard();
    void appendOnlyRefusesUpdateAndDelete();
    void noBsnInTheFile();
    void inzageFindsByBsnAndPartij();
    void onlyThePrivacyRoleReads();
    void klantbeeldIsLoggedFirst();
    void failingLogShowsNoKlantbeeldAndNoBsn();
    void searchLogsExactlyTheShownPersons();
    void failingLogShowsNoSearchResults();
    void synchronousSearchIsLoggedToo();
    void correctionsAreAppended();
    void purgeRemovesOnlyExpiredEntries();
    void registerChoosesTheActivity();
    void versionEightIsMigrated();

private:
    Verwerking verwerking() const;
    void breakTheLog();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SqlServices> m_services;
    ZoekFixture m_fixture;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
};

void TestVerwerkingenLog::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QCOMPARE(m_db->database().schemaVersion(), Database::currentSchemaVersion());
    const QString error = m_fixture.insert(m_db->database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        WriteTransaction transaction(m_db->database());
        Repository<PartijIdentificator> identificatoren(m_db->database());
        PartijIdentificator bsn;
        bsn.uuid = ZoekFixture::uuid(9001);
        bsn.identificeerdePartij = m_fixture.zwaneveld;
        bsn.objectId = zwaneveldBsn;
        QVERIFY(identificatoren.insert(bsn));
        QVERIFY(transaction.commit());
    }
    m_services = std::make_unique<SqlServices>(m_db->database(), [this] { return m_now; });
    m_services->huidigeVerwerking().setGebruiker(ZoekFixture::uuid(103).toString(QUuid::WithoutBraces));
}

void TestVerwerkingenLog::cleanup()
{
    m_services.reset();
    m_db.reset();
}

Verwerking TestVerwerkingenLog::verwerking() const
{
    return m_services->huidigeVerwerking().current();
}

void TestVerwerkingenLog::breakTheLog()
{
    // As a full disk or a read-only log table would: every new entry is refused.
    QSqlQuery query(m_db->database().connection());
    QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                       " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
             qPrintable(query.lastError().text()));
}

void TestVerwerkingenLog::entryFollowsTheStandard()
{
    const Result<Klantbeeld> shown =
        m_services->klantbeeld().load(m_fixture.zwaneveld, lezer({AccountRole::medewerker()}), 5);
    QVERIFY2(shown, qPrintable(shown.error().message));
    const Result<QList<Verwerkingsactie>> log =
        m_services->verwerkingenInzage().verwerkingen({zwaneveldBsn, {}, {}, {}}, lezer({AccountRole::privacy()}));
    QVERIFY2(log, qPrintable(log.error().message));
    QCOMPARE(log.value().size(), 2); // the klantbeeld, then this reading itself
    const Verwerkingsactie &actie = log.value().first();
    QCOMPARE(actie.actieNaam, QStringLiteral("Klantbeeld tonen"));
    QCOMPARE(actie.verwerkingId, verwerking().verwerkingId);
    QCOMPARE(actie.verwerkingNaam, verwerking().verwerkingNaam);
    QVERIFY(!actie.verwerkingsactiviteitId.isNull());
    QCOMPARE(actie.vertrouwelijkheid, Vertrouwelijkheid::Normaal);
    QCOMPARE(actie.bewaartermijn, QStringLiteral("P2Y"));
    QCOMPARE(actie.gebruiker, ZoekFixture::uuid(104).toString(QUuid::WithoutBraces)); // the viewer
    QVERIFY(actie.systeem.startsWith(QStringLiteral("KCC Werkplek ")));
    QVERIFY(!actie.gegevensbron.isEmpty());
    QCOMPARE(actie.tijdstip.toUTC(), m_now);
    QCOMPARE(actie.tijdstipRegistratie.toUTC(), m_now);
    QCOMPARE(actie.verwerkteObjecten.size(), 1);
    QCOMPARE(actie.verwerkteObjecten.first().soortObjectId, QStringLiteral("BSN"));
    QCOMPARE(actie.verwerkteObjecten.first().objectId, zwaneveldBsn); // the identifier asked for
    QCOMPARE(actie.verwerkteObjecten.first().betrokkenheid, QStringLiteral("Klant"));
    QCOMPARE(log.value().last().actieNaam, QStringLiteral("Verwerkingen inzien"));
    QCOMPARE(log.value().last().gebruiker, ZoekFixture::uuid(104).toString(QUuid::WithoutBraces));
}

void TestVerwerkingenLog::appendOnlyRefusesUpdateAndDelete()
{
    QVERIFY(m_services->verwerkingenLog().log(
        verwerking(), {QStringLiteral("Test"), {}, QStringLiteral("Klant"), {}, false, {{m_fixture.zwaneveld, {}}}}));
    QSqlQuery query(m_db->database().connection());
    for (const QString &sql :
         {QStringLiteral("UPDATE verwerkingsactie SET actie_naam = 'anders'"),
          QStringLiteral("UPDATE verwerkingsactie SET bewaren_tot = '2000-01-01T00:00:00.000Z'"),
          QStringLiteral("DELETE FROM verwerkingsactie"), QStringLiteral("UPDATE verwerkt_object SET pseudoniem = 'x'"),
          QStringLiteral("DELETE FROM verwerkt_object")}) {
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("verwerkingenlog")),
                 qPrintable(query.lastError().text()));
    }
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Test'")),
             1);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkt_object")), 1);
}

void TestVerwerkingenLog::noBsnInTheFile()
{
    // A BSN no partij holds (the partij table would hold its own): only its pseudonym is written.
    QVERIFY(m_services->verwerkingenLog().log(
        verwerking(), {QStringLiteral("Test"), {}, QStringLiteral("Klant"), {}, false, {{{}, losseBsn}}}));
    QSqlQuery(m_db->database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_db->path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(losseBsn.toLatin1()));
    const Result<QByteArray> key = PseudoniemSleutel::laad(m_db->path(), false);
    QVERIFY(key);
    QVERIFY(bytes.contains(Pseudoniemen(key.value()).bsn(losseBsn).toLatin1()));
    QVERIFY(!bytes.contains(key.value().toHex())); // the key is not in the database
    QCOMPARE(QFile(PseudoniemSleutel::pad(m_db->path())).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestVerwerkingenLog::inzageFindsByBsnAndPartij()
{
    QVERIFY(m_services->verwerkingenLog().log(
        verwerking(), {QStringLiteral("Test"), {}, QStringLiteral("Klant"), {}, false, {{m_fixture.zwaneveld, {}}}}));
    const SignedInActor officer = lezer({AccountRole::privacy()});
    // By partij: the entries logged under its BSN are found too.
    const auto byPartij = m_services->verwerkingenInzage().verwerkingen({{}, m_fixture.zwaneveld, {}, {}}, officer);
    QVERIFY2(byPartij, qPrintable(byPartij.error().message));
    QCOMPARE(byPartij.value().first().actieNaam, QStringLiteral("Test"));
    // Another person's log is empty but for the reading of it.
    const auto other = m_services->verwerkingenInzage().verwerkingen({losseBsn, {}, {}, {}}, officer);
    QVERIFY(other);
    QCOMPARE(other.value().size(), 1);
    QCOMPARE(other.value().first().actieNaam, QStringLiteral("Verwerkingen inzien"));
    // A period before today finds nothing.
    const auto earlier =
        m_services->verwerkingenInzage().verwerkingen({zwaneveldBsn, {}, {}, m_now.date().addDays(-1)}, officer);
    QVERIFY(earlier);
    QVERIFY(earlier.value().isEmpty());
    // Under another key the pseudonyms are different: the entries cannot be found.
    SqlVerwerkingenInzage wrongKey(m_db->database(), Pseudoniemen(QByteArray(32, 'x')), m_services->verwerkingenLog(),
                                   m_services->huidigeVerwerking());
    const auto notFound = wrongKey.verwerkingen({zwaneveldBsn, {}, {}, {}}, officer);
    QVERIFY(notFound);
    QVERIFY(notFound.value().isEmpty());
}

void TestVerwerkingenLog::onlyThePrivacyRoleReads()
{
    const qint64 before = count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie"));
    for (const QStringList &roles : {QStringList{AccountRole::beheerder()}, QStringList{AccountRole::supervisor()},
                                     QStringList{AccountRole::medewerker()}}) {
        const auto refused = m_services->verwerkingenInzage().verwerkingen({zwaneveldBsn, {}, {}, {}}, lezer(roles));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("privacy officer")));
    }
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie")), before);
    QVERIFY(m_services->verwerkingenInzage().verwerkingen({zwaneveldBsn, {}, {}, {}}, lezer({AccountRole::privacy()})));
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie")), before + 1);
}

void TestVerwerkingenLog::klantbeeldIsLoggedFirst()
{
    // Geheimhouding makes the entry vertrouwelijk; the BSN reveal is an entry of its own.
    const SignedInActor viewer = lezer({AccountRole::medewerker()});
    QVERIFY(m_services->klantbeeld().load(m_fixture.karinHoogeveen, viewer, 0));
    QVERIFY(m_services->klantbeeld().bsnTonen(m_fixture.karinHoogeveen, viewer));
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie"
                                                    " WHERE vertrouwelijkheid = 'vertrouwelijk'")),
             2);
    QCOMPARE(
        count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'BSN tonen'")),
        1);
    // Karin has no BSN: she is in the log by her partij uuid, pseudonymised.
    QCOMPARE(count(m_db->database(),
                   QStringLiteral("SELECT count(*) FROM verwerkt_object WHERE soort_object_id = 'KCC-partij'"
                                  " AND length(pseudoniem) = 64")),
             2);
}

void TestVerwerkingenLog::failingLogShowsNoKlantbeeldAndNoBsn()
{
    breakTheLog();
    const SignedInActor viewer = lezer({AccountRole::medewerker()});
    const Result<Klantbeeld> shown = m_services->klantbeeld().load(m_fixture.zwaneveld, viewer, 5);
    QVERIFY(!shown);
    QVERIFY2(shown.error().message.contains(QStringLiteral("verwerkingenlog")), qPrintable(shown.error().message));
    QVERIFY(shown.error().message.contains(QStringLiteral("disk is full")));
    QVERIFY(!m_services->klantbeeld().bsnTonen(m_fixture.zwaneveld, viewer));
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie")), 0);
}

void TestVerwerkingenLog::searchLogsExactlyTheShownPersons()
{
    AsyncPartijSearch &search = m_services->search();
    QList<PartijFinderRow> shown;
    int pages = 0;
    connect(&search, &AsyncPartijSearch::pageReady, this, [&](quint64, const Page<PartijFinderRow> &page) {
        ++pages;
        shown = page.rows;
    });
    search.request(QStringLiteral("vermeulen"), {}, 30);
    QTRY_COMPARE(pages, 1);
    QCOMPARE(shown.size(), 30);
    // One entry for the page, one verwerkt object per person shown, each by its pseudonym.
    QCOMPARE(count(m_db->database(),
                   QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Zoeken partijen'")),
             1);
    const Result<QByteArray> key = PseudoniemSleutel::laad(m_db->path(), false);
    QVERIFY(key);
    QSet<QString> expected;
    for (const PartijFinderRow &row : std::as_const(shown))
        expected.insert(Pseudoniemen(key.value()).partij(row.uuid));
    QSet<QString> logged;
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT pseudoniem, betrokkenheid FROM verwerkt_object")));
    while (query.next()) {
        logged.insert(query.value(0).toString());
        QCOMPARE(query.value(1).toString(), QStringLiteral("Getoond in zoekresultaat"));
    }
    QCOMPARE(logged, expected);
}

void TestVerwerkingenLog::failingLogShowsNoSearchResults()
{
    breakTheLog();
    AsyncPartijSearch &search = m_services->search();
    int pages = 0;
    QString failure;
    connect(&search, &AsyncPartijSearch::pageReady, this, [&] { ++pages; });
    connect(&search, &AsyncPartijSearch::failed, this, [&](quint64, const QString &message) { failure = message; });
    search.request(QStringLiteral("vermeulen"), {}, 30);
    QTRY_VERIFY(!failure.isEmpty());
    QCOMPARE(pages, 0);
    QVERIFY2(failure.contains(QStringLiteral("verwerkingenlog")), qPrintable(failure));
}

void TestVerwerkingenLog::synchronousSearchIsLoggedToo()
{
    // The call flow's betrokkene step searches through finder(): logged the same way.
    const Result<QList<PartijFinderRow>> found = m_services->finder().search(QStringLiteral("hoogeveen"), 20);
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 2);
    // Karin Hoogeveen has geheimhouding: the page's entry is vertrouwelijk.
    QCOMPARE(count(m_db->database(),
                   QStringLiteral("SELECT count(*) FROM verwerkingsactie"
                                  " WHERE actie_naam = 'Zoeken partijen' AND vertrouwelijkheid = 'vertrouwelijk'")),
             1);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkt_object")), 2);
    // Finding a BSN's owner for the registration shows nobody and is not logged.
    QVERIFY(m_services->finder().findByBsn(zwaneveldBsn));
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie")), 1);
    breakTheLog();
    const Result<QList<PartijFinderRow>> refused = m_services->finder().search(QStringLiteral("hoogeveen"), 20);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("verwerkingenlog")));
}

void TestVerwerkingenLog::correctionsAreAppended()
{
    const Result<QUuid> eerste = m_services->verwerkingenLog().log(
        verwerking(), {QStringLiteral("Eerste"), {}, QStringLiteral("Klant"), {}, false, {{m_fixture.zwaneveld, {}}}});
    const Result<QUuid> tweede = m_services->verwerkingenLog().log(
        verwerking(), {QStringLiteral("Tweede"), {}, QStringLiteral("Klant"), {}, false, {{m_fixture.zwaneveld, {}}}});
    QVERIFY(eerste && tweede);
    SqlVerwerkingenCorrecties correcties(m_db->database(), [this] { return m_now; });
    const Result<qint64> corrected = correcties.corrigeerVerwerking(
        verwerking().verwerkingId, QStringLiteral("P10Y"), Vertrouwelijkheid::Vertrouwelijk, QStringLiteral("fg"));
    QVERIFY2(corrected, qPrintable(corrected.error().message));
    QCOMPARE(corrected.value(), 2);
    QVERIFY(correcties.laatVervallen(eerste.value(), QStringLiteral("fg")));
    QVERIFY(!correcties.corrigeerVerwerking(verwerking().verwerkingId, QStringLiteral("tien jaar"), {}, {}));

    const auto log =
        m_services->verwerkingenInzage().verwerkingen({zwaneveldBsn, {}, {}, {}}, lezer({AccountRole::privacy()}));
    QVERIFY(log);
    QCOMPARE(log.value().first().actieNaam, QStringLiteral("Tweede")); // the first is vervallen
    QCOMPARE(log.value().first().bewaartermijn, QStringLiteral("P10Y"));
    QCOMPARE(log.value().first().vertrouwelijkheid, Vertrouwelijkheid::Vertrouwelijk);
    // The originals are untouched.
    QCOMPARE(count(m_db->database(),
                   QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE bewaartermijn = 'P2Y'"
                                  " AND vertrouwelijkheid = 'normaal' AND actie_naam IN ('Eerste', 'Tweede')")),
             2);
}

void TestVerwerkingenLog::purgeRemovesOnlyExpiredEntries()
{
    // Two entries of 2020 (expired in 2022), one of now; one old one kept for ten years.
    m_now = QDateTime(QDate(2020, 5, 1), QTime(12, 0), Qt::UTC);
    for (const QString &naam : {QStringLiteral("Oud"), QStringLiteral("Oud bewaard")}) {
        QVERIFY(m_services->verwerkingenLog().log(
            verwerking(), {naam, {}, QStringLiteral("Klant"), {}, false, {{m_fixture.zwaneveld, {}}, {{}, losseBsn}}}));
    }
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT actie_id FROM verwerkingsactie WHERE actie_naam = 'Oud bewaard'")));
    QVERIFY(query.next());
    const QUuid bewaard = QUuid::fromString(query.value(0).toString());
    query.finish();
    m_now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_services->verwerkingenLog().log(
        verwerking(), {QStringLiteral("Nieuw"), {}, QStringLiteral("Klant"), {}, false, {{m_fixture.zwaneveld, {}}}}));
    // A correction per actie is the standard's per verwerking; here one verwerking holds all, so
    // append the longer term for the one entry by hand, as a PATCH would for its verwerking.
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO verwerkingsactie_correctie (actie, bewaartermijn, bewaren_tot,"
                                  " gebruiker, tijdstip_registratie) SELECT rij, 'P10Y', '2030-05-01T12:00:00.000Z',"
                                  " 'fg', '2020-06-01T00:00:00.000Z' FROM verwerkingsactie WHERE actie_id = '%1'")
                       .arg(bewaard.toString(QUuid::WithoutBraces))));

    // A clock far ahead cannot take young entries: the triggers use the database's own clock.
    VerwerkingenOpschoning tooLate(m_db->database(), [] { return QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC); });
    const Result<qint64> refused = tooLate.schoonOp(QStringLiteral("beheer"));
    QVERIFY(!refused);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie")), 3);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingenlog_opschoning")), 0);

    VerwerkingenOpschoning opschoning(m_db->database());
    const Result<qint64> removed = opschoning.schoonOp(QStringLiteral("beheer"));
    QVERIFY2(removed, qPrintable(removed.error().message));
    QCOMPARE(removed.value(), 1);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Oud'")),
             0);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie")), 2);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkt_object")), 3);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT count(*) FROM verwerkingsactie_correctie")), 1);
    QCOMPARE(count(m_db->database(), QStringLiteral("SELECT aantal FROM verwerkingenlog_opschoning")), 1);
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM verwerkingenlog_opschoning")));
}

void TestVerwerkingenLog::registerChoosesTheActivity()
{
    SqlVerwerkingsactiviteitenRegister register_(m_db->database());
    const SignedInActor beheerder = lezer({AccountRole::beheerder()});
    const Verwerkingsactiviteit standaard{QUuid::fromString(QStringLiteral("5f0bef4c-f66f-4311-84a5-19e8bf359eaf")),
                                          QStringLiteral("Dienstverlening KCC"),
                                          QStringLiteral("https://register.gemeente.nl/activiteiten/5f0bef4c"),
                                          QStringLiteral("P1Y"), true};
    const Verwerkingsactiviteit balie{QUuid::fromString(QStringLiteral("c5b9f4e7-8c79-41b9-91e2-6268419cb167")),
                                      QStringLiteral("Identiteit vaststellen aan de balie"),
                                      {},
                                      QStringLiteral("P7Y"),
                                      false};
    QVERIFY(!register_.bewaar(standaard, lezer({AccountRole::medewerker(), AccountRole::privacy()})));
    QVERIFY(!register_.bewaar({balie.id, balie.naam, {}, QStringLiteral("zeven jaar"), false}, beheerder));
    QVERIFY(!register_.bewaar({balie.id, balie.naam, QStringLiteral("geen adres"), QStringLiteral("P7Y"), false},
                              beheerder));
    QVERIFY(register_.bewaar(standaard, beheerder));
    QVERIFY(register_.bewaar(balie, beheerder));
    QVERIFY(register_.koppel({QStringLiteral("balie"), {}, balie.id}, beheerder));
    QVERIFY(!register_.koppel({QStringLiteral("brief"), {}, QUuid::createUuid()}, beheerder));
    const auto activiteiten = register_.activiteiten();
    QVERIFY(activiteiten);
    QCOMPARE(activiteiten.value().size(), 3); // the migration's default, now no longer the default
    QCOMPARE(activiteiten.value().first(), standaard);

    m_services->huidigeVerwerking().beginContact(QUuid::createUuid(), QStringLiteral("balie"));
    QVERIFY(m_services->klantbeeld().load(m_fixture.zwaneveld, lezer({AccountRole::medewerker()}), 0));
    m_services->huidigeVerwerking().beginContact(QUuid::createUuid(), QStringLiteral("telefoon"));
    QVERIFY(m_services->klantbeeld().load(m_fixture.zwaneveld, lezer({AccountRole::medewerker()}), 0));
    const auto log =
        m_services->verwerkingenInzage().verwerkingen({zwaneveldBsn, {}, {}, {}}, lezer({AccountRole::privacy()}));
    QVERIFY(log);
    QCOMPARE(log.value().size(), 3);
    QCOMPARE(log.value().at(0).verwerkingsactiviteitId, balie.id);
    QCOMPARE(log.value().at(0).bewaartermijn, QStringLiteral("P7Y"));
    QCOMPARE(log.value().at(0).verwerkingNaam, QStringLiteral("Klantcontact afhandelen"));
    QCOMPARE(log.value().at(1).verwerkingsactiviteitId, standaard.id);
    QCOMPARE(log.value().at(1).verwerkingsactiviteitUrl, standaard.url);
    QCOMPARE(log.value().at(1).bewaartermijn, QStringLiteral("P1Y"));
    QVERIFY(log.value().at(0).verwerkingId != log.value().at(1).verwerkingId);
}

void TestVerwerkingenLog::versionEightIsMigrated()
{
    // A version 8 file made by the frozen steps on a plain connection, then opened as the program does.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok()); // the version 5 triggers call them
        const Result<> made = Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 8));
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(Migrations::userVersion(connection).value(), 8);
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error().message));
    Database &database = *opened.value();
    QCOMPARE(database.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM verwerkingsactiviteit WHERE standaard = 1")), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v8.sqlite.backup-v8-*")}).size(), 1);
    SqlServices services(database);
    QVERIFY(services.verwerkingenLog().log(
        services.huidigeVerwerking().current(),
        {QStringLiteral("Test"), {}, QStringLiteral("Klant"), {}, false, {{{}, losseBsn}}}));
    QSqlQuery query(database.connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM verwerkingsactie")));
}

QTEST_GUILESS_MAIN(TestVerwerkingenLog)
#include "tst_verwerkingenlog.moc"
