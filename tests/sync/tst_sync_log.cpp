// The push worker writes every outcome to the sync log (issue 14, item 6) while it pushes real
// registrations to the stateful loopback server (tests/tools/openklant_fixture.py) with faults
// injected: what the beheerder reads afterwards says what happened to each record, and why.
#include "tests/support/callflowcases.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"

#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/sync/sqlsynclog.h"
#include "storage/sync/sqlsyncstore.h"
#include "sync/openklantclient.h"
#include "sync/pushworker.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::sync;
using namespace kcc::test::cases;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

bool seed(Database &database, const People &people)
{
    WriteTransaction transaction(database);
    Repository<Actor> actors(database);
    for (const Actor &actor : people.all()) {
        if (!actors.insert(actor))
            return false;
    }
    Partij carl = people.carl;
    carl.nummer = QStringLiteral("1000042");
    return Repository<Partij>(database).insert(carl).ok() &&
           Repository<DigitaalAdres>(database).insert(people.carlTelefoon).ok() &&
           Repository<PartijIdentificator>(database).insert(people.carlBsn).ok() && transaction.commit().ok();
}

bool registerCase(Database &database, const ContactSession &session)
{
    RegistrationWriter writer(database);
    if (!SqlDraftStore(database).save(session))
        return false;
    const Result<PlanContext> context = writer.planContext(session);
    if (!context)
        return false;
    const Result<RegistrationPlan> plan = RegistrationPlan::build(session, context.value());
    return plan && writer.registerContact(plan.value()).ok();
}

QList<SyncLogRegel> linesOf(SyncLog &log, std::optional<SyncUitkomst> uitkomst)
{
    SyncLogFilter filter;
    filter.uitkomst = uitkomst;
    filter.limit = 1000;
    return log.read(filter).value().regels;
}

} // namespace

class TestSyncLogPush : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySentRecordHasItsLine();
    void faultsAreLoggedAsOfflineAndRetry();
    void refusalIsLoggedWithTheServersReason();
    void refusedTokenStopsWithOneLine();
    void withoutLogNothingIsWritten();

private:
    void inject(const QJsonArray &faults);
    // Pushes until drained or stopped; true when drained.
    bool push(SqlSyncStore &store, SyncLog *log, const QString &withToken = token);

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<test::TestDatabase> m_db;
    People m_people;
};

void TestSyncLogPush::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(seed(m_db->database(), m_people));
}

void TestSyncLogPush::cleanup()
{
    m_server.reset();
    m_db.reset();
}

void TestSyncLogPush::inject(const QJsonArray &faults)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(m_server->port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply =
        network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("faults"), faults}}).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

bool TestSyncLogPush::push(SqlSyncStore &store, SyncLog *log, const QString &withToken)
{
    OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), withToken});
    client.setTimeout(std::chrono::seconds(5));
    PushWorker worker(client, store);
    worker.setLog(log);
    worker.setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    QSignalSpy drained(&worker, &PushWorker::drained);
    QSignalSpy stopped(&worker, &PushWorker::stoppedOnError);
    worker.start();
    if (!QTest::qWaitFor([&] { return drained.count() + stopped.count() > 0; }, 30000))
        return false;
    return stopped.isEmpty();
}

void TestSyncLogPush::everySentRecordHasItsLine()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    SqlSyncStore store(m_db->database());
    SqlSyncLog log(m_db->database());
    QVERIFY(push(store, &log));
    const int sent = store.status().value().verzonden;
    QVERIFY(sent > 3);
    const QList<SyncLogRegel> lines = linesOf(log, std::nullopt);
    QCOMPARE(lines.size(), sent);
    for (const SyncLogRegel &line : lines) {
        QCOMPARE(line.uitkomst, SyncUitkomst::Verzonden);
        QCOMPARE(line.richting, SyncRichting::Push);
        QVERIFY(!line.lokaal.isNull());
        QVERIFY(!line.resource.isEmpty());
        // The server uuid in the line is the one the store mapped.
        if (line.resource == resourcePath(ApiResource::Klantcontacten))
            QCOMPARE(store.serverIdentity(ApiResource::Klantcontacten, line.lokaal).value()->uuid, line.server);
    }
}

void TestSyncLogPush::faultsAreLoggedAsOfflineAndRetry()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    inject(QJsonArray{QStringLiteral("503"), QStringLiteral("store_then_drop")});
    SqlSyncStore store(m_db->database());
    SqlSyncLog log(m_db->database());
    QVERIFY(push(store, &log));
    QCOMPARE(store.status().value().wachtend, 0);
    const QList<SyncLogRegel> retries = linesOf(log, SyncUitkomst::Opnieuw);
    QCOMPARE(retries.size(), 1);
    QVERIFY2(retries.first().bericht.contains(QStringLiteral("503")), qPrintable(retries.first().bericht));
    const QList<SyncLogRegel> offline = linesOf(log, SyncUitkomst::Offline);
    QCOMPARE(offline.size(), 1);
    // The object whose answer was lost is found on the server afterwards, and said so.
    SyncLogFilter found;
    found.uitkomst = SyncUitkomst::Verzonden;
    found.tekst = offline.first().lokaal.toString(QUuid::WithoutBraces);
    const QList<SyncLogRegel> foundLines = log.read(found).value().regels;
    QCOMPARE(foundLines.size(), 1);
    QVERIFY(!foundLines.first().bericht.isEmpty());
    QCOMPARE(linesOf(log, SyncUitkomst::Verzonden).size(), store.status().value().verzonden);
}

void TestSyncLogPush::refusalIsLoggedWithTheServersReason()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    inject(QJsonArray{QStringLiteral("400")});
    SqlSyncStore store(m_db->database());
    SqlSyncLog log(m_db->database());
    QVERIFY(push(store, &log));
    const QList<SyncLogRegel> refused = linesOf(log, SyncUitkomst::Geweigerd);
    QCOMPARE(refused.size(), store.status().value().geweigerd);
    // The oldest refusal is the server's, with its field and reason; the later ones say why they
    // were not sent.
    const SyncLogRegel first = refused.last();
    QCOMPARE(first.resource, QStringLiteral("partijen"));
    QVERIFY2(first.bericht.contains(QStringLiteral("400")) && first.bericht.contains(QStringLiteral("Ongeldig kanaal")),
             qPrintable(first.bericht));
}

void TestSyncLogPush::refusedTokenStopsWithOneLine()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    SqlSyncStore store(m_db->database());
    SqlSyncLog log(m_db->database());
    QVERIFY(!push(store, &log, QStringLiteral("ffffffffffffffffffffffffffffffffffffffff")));
    const QList<SyncLogRegel> lines = linesOf(log, std::nullopt);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().uitkomst, SyncUitkomst::Gestopt);
    QVERIFY2(lines.first().bericht.contains(QStringLiteral("401")) ||
                 lines.first().bericht.contains(QStringLiteral("403")),
             qPrintable(lines.first().bericht));
    QVERIFY(store.status().value().wachtend > 0); // nothing given up
}

void TestSyncLogPush::withoutLogNothingIsWritten()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    SqlSyncStore store(m_db->database());
    QVERIFY(push(store, nullptr));
    QVERIFY(store.status().value().verzonden > 0);
    SqlSyncLog log(m_db->database());
    QCOMPARE(log.read({}).value().totaal, 0);
}

QTEST_GUILESS_MAIN(TestSyncLogPush)
#include "tst_sync_log.moc"
