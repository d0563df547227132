#include "storage/db/database.h"
#include "storage/db/migrations.h"
#include "storage/search/searchfunctions.h"
#include "storage/sync/sqlsynclog.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

SyncLogRegel regel(int minuut, SyncUitkomst uitkomst, const QString &resource, const QString &bericht)
{
    SyncLogRegel r;
    r.tijd = t0.addSecs(60 * minuut);
    r.resource = resource;
    r.lokaal = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(minuut, 12, 10, QLatin1Char('0')));
    r.uitkomst = uitkomst;
    r.bericht = bericht;
    return r;
}

// Appends, saying why not.
bool appended(SyncLog &log, const SyncLogRegel &line)
{
    const Result<> result = log.append(line);
    if (!result)
        qWarning("append: %s", qPrintable(result.error().message));
    return result.ok();
}

} // namespace

// The sync log (issue 14, item 6): appended by the push worker, read and filtered by the beheerder.
class TestSyncLog : public QObject
{
    Q_OBJECT

private slots:
    void appendedLinesComeBackNewestFirst();
    void filtersCombine();
    void textIsFoldedAndWildcardsAreLiteral();
    void pagesCountEveryMatch();
    void versionElevenDatabaseGetsTheSyncLog();
};

void TestSyncLog::appendedLinesComeBackNewestFirst()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    SqlSyncLog log(db.database(), [] { return t0.addDays(1); });
    SyncLogRegel sent = regel(1, SyncUitkomst::Verzonden, QStringLiteral("klantcontacten"), QString());
    sent.server = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QVERIFY(appended(log, sent));
    SyncLogRegel stopped; // no time, no record: the run itself; the clock gives the time
    stopped.uitkomst = SyncUitkomst::Gestopt;
    stopped.richting = SyncRichting::Pull;
    stopped.bericht = QStringLiteral("Het token is geweigerd (HTTP 401).");
    QVERIFY(appended(log, stopped));

    const Result<SyncLogPagina> read = log.read({});
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value().totaal, 2);
    QCOMPARE(read.value().regels.size(), 2);
    const SyncLogRegel newest = read.value().regels.at(0);
    QCOMPARE(newest.uitkomst, SyncUitkomst::Gestopt);
    QCOMPARE(newest.richting, SyncRichting::Pull);
    QCOMPARE(newest.tijd, t0.addDays(1));
    QVERIFY(newest.lokaal.isNull());
    QVERIFY(newest.resource.isEmpty());
    QCOMPARE(newest.bericht, stopped.bericht);
    SyncLogRegel oldest = read.value().regels.at(1);
    QVERIFY(oldest.id > 0 && oldest.id < newest.id);
    oldest.id = 0;
    QCOMPARE(oldest, sent);
}

void TestSyncLog::filtersCombine()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    SqlSyncLog log(db.database());
    QVERIFY(appended(log, regel(1, SyncUitkomst::Verzonden, QStringLiteral("partijen"), QString())));
    QVERIFY(appended(log, regel(2, SyncUitkomst::Geweigerd, QStringLiteral("klantcontacten"),
                                QStringLiteral("kanaal: Dit veld is vereist."))));
    QVERIFY(
        appended(log, regel(3, SyncUitkomst::Offline, QStringLiteral("klantcontacten"), QStringLiteral("timeout"))));
    QVERIFY(
        appended(log, regel(4, SyncUitkomst::Geweigerd, QStringLiteral("partijen"), QStringLiteral("bsn ongeldig"))));

    SyncLogFilter geweigerd;
    geweigerd.uitkomst = SyncUitkomst::Geweigerd;
    QCOMPARE(log.read(geweigerd).value().totaal, 2);
    geweigerd.resource = QStringLiteral("klantcontacten");
    const SyncLogPagina een = log.read(geweigerd).value();
    QCOMPARE(een.totaal, 1);
    QCOMPARE(een.regels.at(0).bericht, QStringLiteral("kanaal: Dit veld is vereist."));

    SyncLogFilter periode; // [minute 2, minute 4)
    periode.van = t0.addSecs(120);
    periode.tot = t0.addSecs(240);
    const SyncLogPagina midden = log.read(periode).value();
    QCOMPARE(midden.totaal, 2);
    QCOMPARE(midden.regels.at(0).uitkomst, SyncUitkomst::Offline);
    QCOMPARE(midden.regels.at(1).uitkomst, SyncUitkomst::Geweigerd);

    SyncLogFilter uuid; // a part of the local uuid finds its lines
    uuid.tekst = QStringLiteral("000000000003");
    QCOMPARE(log.read(uuid).value().totaal, 1);
    QCOMPARE(log.read(uuid).value().regels.at(0).uitkomst, SyncUitkomst::Offline);
}

void TestSyncLog::textIsFoldedAndWildcardsAreLiteral()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    SqlSyncLog log(db.database());
    QVERIFY(appended(log, regel(1, SyncUitkomst::Geweigerd, QStringLiteral("partijen"), QStringLiteral("100% fout"))));
    QVERIFY(appended(log, regel(2, SyncUitkomst::Geweigerd, QStringLiteral("partijen"), QStringLiteral("1000 fout"))));
    QVERIFY(appended(log, regel(3, SyncUitkomst::Geweigerd, QStringLiteral("partijen"), QStringLiteral("Kanaal_X"))));
    SyncLogFilter filter;
    filter.tekst = QStringLiteral("0% F");
    QCOMPARE(log.read(filter).value().totaal, 1);
    filter.tekst = QStringLiteral("kanaal_x");
    QCOMPARE(log.read(filter).value().totaal, 1);
    filter.tekst = QStringLiteral("l_x");
    QCOMPARE(log.read(filter).value().totaal, 1);
    filter.tekst = QStringLiteral("a_a"); // '_' is no wildcard: "Kanaal" does not match
    QCOMPARE(log.read(filter).value().totaal, 0);
}

void TestSyncLog::pagesCountEveryMatch()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    SqlSyncLog log(db.database());
    for (int i = 0; i < 25; ++i)
        QVERIFY(appended(log, regel(i, SyncUitkomst::Verzonden, QStringLiteral("betrokkenen"), QString())));
    SyncLogFilter filter;
    filter.limit = 10;
    filter.offset = 20;
    const SyncLogPagina laatste = log.read(filter).value();
    QCOMPARE(laatste.totaal, 25);
    QCOMPARE(laatste.regels.size(), 5);
    QCOMPARE(laatste.regels.last().tijd, t0); // the oldest line is on the last page
    filter.offset = 0;
    QCOMPARE(log.read(filter).value().regels.first().tijd, t0.addSecs(60 * 24));
}

// A version 11 file made by the frozen steps gets the table, and what was in it stays.
void TestSyncLog::versionElevenDatabaseGetsTheSyncLog()
{
    if (TestDatabase::onPostgres())
        QSKIP("A file fixture: SQLite only (the step's DDL runs on PostgreSQL in every _pg suite).");
    QVERIFY(Database::currentSchemaVersion() >= 12);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v11"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 11)).ok());
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO sync_outbox (id, resource, lokaal_uuid, aangemaakt_op)"
                                           " VALUES (1, 'klantcontacten', 'x', '2026-12-07T09:00:00.000Z')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM sync_log")));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v11"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    query.finish();
    SqlSyncLog log(*opened.value());
    QVERIFY(appended(log, regel(1, SyncUitkomst::Verzonden, QStringLiteral("klantcontacten"), QString())));
    QCOMPARE(log.read({}).value().totaal, 1);
    // The table refuses an outcome it does not know.
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO sync_log (tijd, richting, uitkomst) VALUES ('x', 'push', 'zomaar')")));
}

QTEST_GUILESS_MAIN(TestSyncLog)
#include "tst_synclog.moc"
