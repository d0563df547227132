// Issue 14, item 2: the background sync on a thread of its own with its own database connection,
// against the stateful fixture (tests/tools/openklant_fixture.py) behind the fault proxy
// (tests/tools/fault_proxy.py). A nudge sends at once; a server that goes away makes it "offline
// since" and nothing is lost; back, it sends in order, each object once; a stop in the middle of
// a request leaves nothing half-done. Also listed in tests/storage/postgresql.cmake: the runner's
// second connection is then a PostgreSQL session.
#include "app/werkplek/syncwiring.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"
#include "tests/sync/pushscenario.h"

#include "sync/runner/syncrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace kcc;
using namespace kcc::sync;
using namespace kcc::test::cases;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

QJsonObject httpJson(const QUrl &url, const QJsonObject &post = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = post.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(post).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

class TestSyncRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nudgeSendsAndReportsInStep();
    void offlineKeepsEverythingAndSendsWhenBack();
    void stopDuringARequestLosesNothing();
    void unconfiguredServerIsReportedNotFatal();
    void drainedPushesPullAtMostOncePerInterval();
    void lostDatabaseConnectionIsOpenedAgain();

private:
    bool startProxy(quint16 port = 0);
    QJsonObject stored() { return httpJson(controlUrl()).value(QStringLiteral("stored")).toObject(); }
    QUrl controlUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(m_server->port())); }
    QUrl proxyUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/_proxy").arg(m_proxy->port())); }
    std::unique_ptr<SyncRunner> runner();
    void verifyCensus();

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<LoopbackProcess> m_proxy;
    std::unique_ptr<test::TestDatabase> m_db;
    People m_people;
};

void TestSyncRunner::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    QVERIFY(startProxy());
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(test::push::seed(m_db->database(), m_people));
}

void TestSyncRunner::cleanup()
{
    m_proxy.reset();
    m_server.reset();
    m_db.reset();
}

bool TestSyncRunner::startProxy(quint16 port)
{
    m_proxy = std::make_unique<LoopbackProcess>();
    QStringList arguments{QStringLiteral(KCC_SOURCE_DIR "/tests/tools/fault_proxy.py"),
                          QString::number(m_server->port())};
    if (port)
        arguments << QStringLiteral("--port") << QString::number(port);
    const bool started =
        m_proxy->start(QStringLiteral("python3"), arguments, QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000);
    if (!started)
        qWarning("%s", qPrintable(m_proxy->output()));
    return started;
}

std::unique_ptr<SyncRunner> TestSyncRunner::runner()
{
    SyncRunnerOptions options;
    options.interval = std::chrono::milliseconds(500);
    options.requestTimeout = std::chrono::milliseconds(2000);
    options.backoffBase = std::chrono::milliseconds(50);
    options.backoffMax = std::chrono::milliseconds(300);
    options.statusDelay = std::chrono::milliseconds(20);
    const SyncSettings settings{
        QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_proxy->port())), token};
    return std::make_unique<SyncRunner>(settings, app::syncConnectionFactory(m_db->database()), options);
}

void TestSyncRunner::verifyCensus()
{
    const QList<test::push::Count> counts = test::push::census(m_db->database(), stored());
    for (const test::push::Count &c : counts) {
        QVERIFY2(c.missing == 0 && c.duplicates == 0, qPrintable(test::push::describe(counts)));
        QVERIFY2(c.server == c.mapped, qPrintable(test::push::describe(counts)));
    }
}

void TestSyncRunner::nudgeSendsAndReportsInStep()
{
    const std::unique_ptr<SyncRunner> sync = runner();
    QSignalSpy changes(sync.get(), &SyncRunner::statusChanged);
    sync->start();
    // Seeded actors and Carl were never queued (no registration yet): nothing waits.
    QTRY_COMPARE(sync->status().state, SyncStatus::State::InStep);
    QCOMPARE(sync->status().wachtend, 0);

    QVERIFY(test::push::registerCase(m_db->database(), c9018A(m_people, true)));
    // The interval is 500 ms; the nudge is faster, and the status is reported from the thread.
    sync->nudge();
    QTRY_VERIFY_WITH_TIMEOUT(stored().value(QStringLiteral("internetaken")).toArray().size() == 1, 10000);
    QTRY_COMPARE(sync->status().state, SyncStatus::State::InStep);
    QCOMPARE(sync->status().wachtend, 0);
    QCOMPARE(sync->status().geweigerd, 0);
    // Every change came as a queued signal on this (the GUI) thread.
    QVERIFY(!changes.isEmpty());
    QCOMPARE(stored().value(QStringLiteral("klantcontacten")).toArray().size(), 1);
    verifyCensus();
    sync->stop();
    QVERIFY(sync->postsSent() >= 6);
    QCOMPARE(sync->lookupsSent(), 0);
}

void TestSyncRunner::offlineKeepsEverythingAndSendsWhenBack()
{
    const std::unique_ptr<SyncRunner> sync = runner();
    sync->start();
    QTRY_COMPARE(sync->status().state, SyncStatus::State::InStep);

    // The server goes away (to the client: connection refused on its address).
    const quint16 port = m_proxy->port();
    m_proxy.reset();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(test::push::registerCase(m_db->database(), c4161(m_people)));
    QVERIFY(test::push::registerCase(m_db->database(), c9167A(m_people)));
    sync->nudge();
    QTRY_COMPARE_WITH_TIMEOUT(sync->status().state, SyncStatus::State::Offline, 10000);
    QVERIFY(sync->status().offlineSince >= before);
    QVERIFY(sync->status().offlineSince <= QDateTime::currentDateTimeUtc());
    QVERIFY(!sync->status().lastError.isEmpty());
    // A few retries later it is still offline, still waiting, nothing given up.
    QTest::qWait(800); // lets the backoff run a few rounds (what is asserted is that nothing changed)
    QCOMPARE(sync->status().state, SyncStatus::State::Offline);
    QTRY_VERIFY(sync->status().wachtend >= 5);
    QCOMPARE(sync->status().geweigerd, 0);
    const int waiting = sync->status().wachtend;

    // Back on the same address: sent in order, each object once.
    m_proxy.reset();
    QVERIFY(startProxy(port));
    QTRY_COMPARE_WITH_TIMEOUT(sync->status().state, SyncStatus::State::InStep, 15000);
    QCOMPARE(sync->status().wachtend, 0);
    QVERIFY(!sync->status().offlineSince.isValid());
    const QJsonObject server = stored();
    QCOMPARE(server.value(QStringLiteral("klantcontacten")).toArray().size(), 2);
    int objects = 0;
    for (const QJsonValue &list : server)
        objects += int(list.toArray().size());
    QCOMPARE(objects, waiting);
    verifyCensus();
}

void TestSyncRunner::stopDuringARequestLosesNothing()
{
    // Every answer takes 400 ms: the stop below comes while a POST is in flight.
    httpJson(proxyUrl(), QJsonObject{{QStringLiteral("delay"), 0.4}});
    QVERIFY(test::push::registerCase(m_db->database(), c9018A(m_people, true)));
    std::unique_ptr<SyncRunner> sync = runner();
    sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(httpJson(controlUrl()).value(QStringLiteral("posts")).toInt() >= 2, 10000);
    QElapsedTimer stopping;
    stopping.start();
    sync->stop();
    QVERIFY2(stopping.elapsed() < 1000, qPrintable(QString::number(stopping.elapsed())));
    QVERIFY(!sync->isRunning());
    // The server stores the object whose answer nobody hears any more.
    QTest::qWait(600); // the proxy's held answer ends; nothing is asserted about the wait itself

    httpJson(proxyUrl(), QJsonObject{{QStringLiteral("delay"), 0}});
    sync = runner();
    sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(sync->status().state, SyncStatus::State::InStep, 15000);
    QCOMPARE(sync->status().wachtend, 0);
    sync->stop();
    // The entry in flight was marked uncertain before it left, so it was looked up, not posted again.
    QVERIFY(sync->lookupsSent() >= 1);
    QCOMPARE(stored().value(QStringLiteral("klantcontacten")).toArray().size(), 1);
    verifyCensus();
}

void TestSyncRunner::unconfiguredServerIsReportedNotFatal()
{
    // A wrong token: 401 stops the run with the server's words; the desk is not bothered.
    QVERIFY(test::push::registerCase(m_db->database(), c4161(m_people)));
    SyncRunnerOptions options;
    options.interval = std::chrono::milliseconds(200);
    const SyncSettings settings{
        QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_proxy->port())),
        QStringLiteral("fout")};
    SyncRunner sync(settings, app::syncConnectionFactory(m_db->database()), options);
    sync.start();
    QTRY_COMPARE(sync.status().state, SyncStatus::State::Stopped);
    QVERIFY2(sync.status().lastError.contains(QStringLiteral("401")), qPrintable(sync.status().lastError));
    QVERIFY(sync.status().wachtend > 0);
    QCOMPARE(stored().value(QStringLiteral("klantcontacten")).toArray().size(), 0);
}

// Issue 14: a busy desk drains after every registration; it pulls after the first drain and then
// at most once per pullInterval by the runner's clock - counted over a sequence of drains with a
// clock the test moves, never by waiting.
void TestSyncRunner::drainedPushesPullAtMostOncePerInterval()
{
    std::atomic<qint64> now{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()};
    const Clock clock([&now] { return QDateTime::fromMSecsSinceEpoch(now.load(), Qt::UTC); });
    auto pulls = std::make_shared<std::atomic<int>>(0);
    const SyncConnectionFactory wired = app::syncConnectionFactory(m_db->database());
    const SyncConnectionFactory counting = [wired, pulls]() -> Result<SyncConnection> {
        Result<SyncConnection> opened = wired();
        if (!opened)
            return opened;
        SyncConnection connection = std::move(opened).value();
        connection.pull = [pulls](OpenKlantClient &, std::function<void(const QString &)> done) {
            ++*pulls;
            done(QString());
        };
        return connection;
    };
    SyncRunnerOptions options;
    options.interval = std::chrono::hours(1); // only nudges drive it here
    options.requestTimeout = std::chrono::milliseconds(2000);
    options.statusDelay = std::chrono::milliseconds(20);
    options.pullInterval = std::chrono::seconds(60);
    const SyncSettings settings{
        QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_proxy->port())), token};
    SyncRunner sync(settings, counting, options, clock);
    sync.start();
    QTRY_COMPARE(pulls->load(), 1); // the first drain pulls

    // Three registrations within the minute: three drains, no pull.
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(test::push::registerCase(m_db->database(), c4161(m_people)));
        sync.nudge();
        QTRY_VERIFY_WITH_TIMEOUT(stored().value(QStringLiteral("klantcontacten")).toArray().size() == i, 10000);
    }
    // A minute later the next drain pulls (whichever drain comes first after the clock moved: a
    // drain of the loop above that ends only now, or this one - one pull either way).
    now += 61000;
    QVERIFY(test::push::registerCase(m_db->database(), c4161(m_people)));
    sync.nudge();
    QTRY_VERIFY_WITH_TIMEOUT(stored().value(QStringLiteral("klantcontacten")).toArray().size() == 4, 10000);
    QTRY_COMPARE(pulls->load(), 2);
    storage::SqlSyncStore outbox(m_db->database());
    QTRY_COMPARE_WITH_TIMEOUT(outbox.status().value().wachtend, 0, 10000);
    sync.stop();
    // stop() waits for the runner's thread: every drain has decided by now.
    QCOMPARE(sync.pullsStarted(), 2);
    QCOMPARE(pulls->load(), 2);
    verifyCensus();
}

// Issue 13, item 6 (PostgreSQL only): the server dropped the runner's own session (a restart, a
// failover; here pg_terminate_backend). Its next round opens the connection again and sends what
// the desk registered meanwhile: no program restart, and no "stopped" in the status bar.
void TestSyncRunner::lostDatabaseConnectionIsOpenedAgain()
{
    if (!test::TestDatabase::onPostgres())
        QSKIP("A server that drops a session: PostgreSQL only (sync_runner_pg).");
    const std::unique_ptr<SyncRunner> sync = runner();
    sync->start();
    QTRY_COMPARE(sync->status().state, SyncStatus::State::InStep);

    QSqlQuery kill(m_db->database().connection());
    QVERIFY2(kill.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                      " WHERE datname = current_database() AND pid <> pg_backend_pid()")) &&
                 kill.next(),
             qPrintable(kill.lastError().text()));
    QCOMPARE(kill.value(0).toInt(), 1); // the runner's session, nobody else's
    kill.finish();
    QSignalSpy changes(sync.get(), &SyncRunner::statusChanged);

    QVERIFY(test::push::registerCase(m_db->database(), c9018A(m_people, true)));
    sync->nudge();
    QTRY_VERIFY_WITH_TIMEOUT(stored().value(QStringLiteral("internetaken")).toArray().size() == 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(sync->status().state, SyncStatus::State::InStep, 15000);
    QCOMPARE(sync->status().wachtend, 0);
    verifyCensus();
    for (const QList<QVariant> &change : std::as_const(changes)) {
        const SyncStatus status = change.constFirst().value<SyncStatus>();
        QVERIFY2(status.state != SyncStatus::State::Stopped, qPrintable(status.lastError));
    }
}

QTEST_GUILESS_MAIN(TestSyncRunner)
#include "tst_sync_runner.moc"
