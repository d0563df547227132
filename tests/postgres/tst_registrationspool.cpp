// Issue 13, items 4 and 6: when the KCC's PostgreSQL server goes away, a registration waits on the
// desk (RegistrationSpool) and is sent when the connection is back — never lost, never doubled —
// and the seat's connection comes back by itself. The seat talks to the test server through a
// loopback proxy on a thread of its own that the test can cut (as a restart or a network cut does:
// the connections end and new ones are refused) and that can end the connection exactly while a
// COMMIT is under way. Runs only against the PostgreSQL test server (tests/storage/postgresql.cmake).
#include "tests/support/callflowcases.h"

#include "model/callflow/contactcontroller.h"
#include "model/callflow/deskdraftstore.h"
#include "model/callflow/registrationspool.h"
#include "model/callflow/spoolsender.h"
#include "storage/db/connectionkeeper.h"
#include "storage/db/database.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/postgresadmin.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::test;
using namespace kcc::test::cases;

namespace {

// A TCP proxy to the test server, on its own thread (the seat blocks in libpq on the test's thread).
class CutProxy final : public QObject
{
    Q_OBJECT

public:
    enum class AtCommit
    {
        Pass,
        CutBeforeServer, // the COMMIT never reaches the server: nothing is written
        CutAfterServer   // the server commits, its answer never reaches the seat
    };

    explicit CutProxy(quint16 target)
        : m_target(target)
    {
    }

    quint16 port() const { return m_port; }

public slots:
    void open()
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &CutProxy::accept);
        }
        m_server->listen(QHostAddress::LocalHost, m_port);
        m_port = m_server->serverPort();
    }
    // The server is away: every connection ends, new ones are refused.
    void cut()
    {
        if (m_server)
            m_server->close();
        endAll();
    }
    void atNextCommit(int what) { m_atCommit = AtCommit(what); }

private:
    void accept()
    {
        while (QTcpSocket *seat = m_server->nextPendingConnection()) {
            auto *server = new QTcpSocket(this);
            server->connectToHost(QHostAddress::LocalHost, m_target);
            m_pairs.append(std::make_pair(seat, server));
            connect(seat, &QTcpSocket::readyRead, this, [this, seat, server] { fromSeat(seat, server); });
            connect(server, &QTcpSocket::readyRead, this, [this, seat, server] { fromServer(seat, server); });
            connect(seat, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, seat, &QTcpSocket::disconnectFromHost);
        }
    }
    void fromSeat(QTcpSocket *seat, QTcpSocket *server)
    {
        const QByteArray data = seat->readAll();
        // The simple query protocol's message for "COMMIT": 'Q', length 11, the text, a zero.
        static const QByteArray commit("Q\0\0\0\x0b"
                                       "COMMIT\0",
                                       12);
        if (data.contains(commit) && m_atCommit == AtCommit::CutBeforeServer) {
            m_atCommit = AtCommit::Pass;
            endAll();
            return;
        }
        if (data.contains(commit) && m_atCommit == AtCommit::CutAfterServer) {
            m_atCommit = AtCommit::Pass;
            m_commitSentBy = server;
        }
        server->write(data);
    }
    void fromServer(QTcpSocket *seat, QTcpSocket *server)
    {
        const QByteArray data = server->readAll();
        if (server == m_commitSentBy) {
            // The server has answered the COMMIT, so it committed; the seat never hears it.
            m_commitSentBy = nullptr;
            endAll();
            return;
        }
        seat->write(data);
    }
    void endAll()
    {
        for (const auto &[seat, server] : std::as_const(m_pairs)) {
            seat->disconnect(this);
            server->disconnect(this);
            seat->disconnectFromHost();
            server->disconnectFromHost();
            seat->deleteLater();
            server->deleteLater();
        }
        m_pairs.clear();
    }

    quint16 m_target;
    quint16 m_port = 0;
    QTcpServer *m_server = nullptr;
    QList<std::pair<QTcpSocket *, QTcpSocket *>> m_pairs;
    AtCommit m_atCommit = AtCommit::Pass;
    QTcpSocket *m_commitSentBy = nullptr;
};

bool seed(Database &database, const People &people)
{
    WriteTransaction transaction(database);
    Repository<Actor> actors(database);
    for (const Actor &actor : people.all()) {
        if (!actors.insert(actor))
            return false;
    }
    Repository<Partij> partijen(database);
    Repository<DigitaalAdres> adressen(database);
    Repository<PartijIdentificator> identificatoren(database);
    return partijen.insert(people.carl).ok() && adressen.insert(people.carlTelefoon).ok() &&
           identificatoren.insert(people.carlBsn).ok() && transaction.commit().ok();
}

QString superuserPassword()
{
    QFile pgpass(qEnvironmentVariable("KCC_TEST_POSTGRES") + QStringLiteral("/pgpass"));
    if (!pgpass.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(pgpass.readAll()).trimmed().section(QLatin1Char(':'), 4);
}

qint64 scalar(Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestRegistrationSpool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectionComesBackBySelf();
    void registrationWaitsWhileAwayAndIsSentOnce();
    void commitAnsweredButLostIsNeverWrittenTwice();
    void commitThatNeverArrivedIsWrittenOnce();
    void waitingRegistrationSurvivesRestart();
    void refusedWhenSentComesBackToTheDesk();
    void conflictsAreRetriedWithoutSqlText();
    void draftWaitsOnTheDeskWhileAway();

private:
    void setCut(bool away);
    void atNextCommit(CutProxy::AtCommit what);
    qint64 klantcontacten() { return scalar(m_db->database(), QStringLiteral("SELECT count(*) FROM klantcontact")); }
    qint64 withUuid(const QUuid &uuid)
    {
        return scalar(m_db->database(), QStringLiteral("SELECT count(*) FROM klantcontact WHERE uuid = ?"),
                      {uuid.toString(QUuid::WithoutBraces)});
    }
    // The parts of one signed-in desk: services over the seat, its spool, sender and controller.
    void openDesk();
    void closeDesk();

    People m_people;
    std::unique_ptr<TestDatabase> m_db;
    QThread m_proxyThread;
    CutProxy *m_proxy = nullptr;
    std::unique_ptr<Database> m_seat;
    QTemporaryDir m_spoolDir;
    std::unique_ptr<SqlServices> m_services;
    std::unique_ptr<RegistrationSpool> m_spool;
    std::unique_ptr<SpoolSender> m_sender;
    std::unique_ptr<ContactController> m_controller;
};

void TestRegistrationSpool::init()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs the PostgreSQL test server (KCC_TEST_POSTGRES)");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(seed(m_db->database(), m_people));

    const QUrl direct(m_db->path());
    m_proxy = new CutProxy(quint16(direct.port()));
    m_proxy->moveToThread(&m_proxyThread);
    connect(&m_proxyThread, &QThread::finished, m_proxy, &QObject::deleteLater);
    m_proxyThread.start();
    QMetaObject::invokeMethod(m_proxy, &CutProxy::open, Qt::BlockingQueuedConnection);
    QVERIFY(m_proxy->port() > 0);

    // The seat signs in with its password, typed and held in memory only (no pgpass for this port).
    QUrl viaProxy = direct;
    viaProxy.setPort(m_proxy->port());
    auto seat = Database::open(viaProxy.toString(), Database::Migration::Refuse, Database::Access::ReadWrite,
                               superuserPassword());
    QVERIFY2(seat.ok(), qPrintable(seat.ok() ? QString() : seat.error().message));
    m_seat = std::move(seat).value();
    QVERIFY(m_spoolDir.isValid());
    openDesk();
}

void TestRegistrationSpool::openDesk()
{
    m_services = std::make_unique<SqlServices>(*m_seat);
    m_spool = std::make_unique<RegistrationSpool>(m_spoolDir.path(), m_people.medewerker.uuid);
    m_sender = std::make_unique<SpoolSender>(*m_spool, m_services->registration(), m_services->drafts());
    SignedInActor user;
    user.actor = m_people.medewerker.uuid;
    m_controller = std::make_unique<ContactController>(
        ContactController::Services{&m_services->drafts(), &m_services->codeLists(), &m_services->registration(),
                                    nullptr, user, [] { return QDateTime::currentDateTimeUtc(); }, m_spool.get()});
    connect(m_sender.get(), &SpoolSender::returned, m_controller.get(), &ContactController::takeBack);
}

void TestRegistrationSpool::closeDesk()
{
    m_controller.reset();
    m_sender.reset();
    m_spool.reset();
    m_services.reset();
}

void TestRegistrationSpool::cleanup()
{
    closeDesk();
    m_seat.reset();
    if (m_proxyThread.isRunning()) {
        QMetaObject::invokeMethod(m_proxy, &CutProxy::cut, Qt::BlockingQueuedConnection);
        m_proxyThread.quit();
        m_proxyThread.wait();
    }
    m_db.reset();
}

void TestRegistrationSpool::setCut(bool away)
{
    if (away)
        QMetaObject::invokeMethod(m_proxy, &CutProxy::cut, Qt::BlockingQueuedConnection);
    else
        QMetaObject::invokeMethod(m_proxy, &CutProxy::open, Qt::BlockingQueuedConnection);
}

void TestRegistrationSpool::atNextCommit(CutProxy::AtCommit what)
{
    QMetaObject::invokeMethod(
        m_proxy, [this, what] { m_proxy->atNextCommit(int(what)); }, Qt::BlockingQueuedConnection);
}

void TestRegistrationSpool::connectionComesBackBySelf()
{
    ConnectionKeeper keeper(*m_seat, nullptr);
    QSignalSpy connected(&keeper, &ConnectionKeeper::connected);
    QSignalSpy away(&keeper, &ConnectionKeeper::stillAway);
    const int generation = m_seat->generation();
    // A list keeps its statement prepared on the connection; it must survive the reconnect.
    const Result<Page<PartijListRow>> before = m_services->partijen().fetch({}, 10);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
    QCOMPARE(before.value().rows.size(), 1);

    setCut(true);
    keeper.check();
    QCOMPARE(away.size(), 1);
    QVERIFY(connected.isEmpty());
    QCOMPARE(m_seat->ensureConnected().error().cause, Error::Cause::Unreachable);
    setCut(false);
    // The keeper tries again by itself after its first wait.
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    QVERIFY(m_seat->generation() > generation);
    // The services work on the reopened connection, the lists with their statements prepared again.
    const Result<Page<PartijListRow>> after = m_services->partijen().fetch({}, 10);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QCOMPARE(after.value().rows.size(), 1);
    QCOMPARE(scalar(*m_seat, QStringLiteral("SELECT count(*) FROM partij")), 1);

    // A cut while nobody looked: the next unit of work starts on a new connection by itself.
    setCut(true);
    setCut(false);
    QVERIFY(m_services->drafts().save(cases::c4161(m_people)).ok());
}

void TestRegistrationSpool::registrationWaitsWhileAwayAndIsSentOnce()
{
    const ContactSession session = cases::c4161(m_people);
    m_controller->resume(session);
    QSignalSpy ended(m_controller.get(), &ContactController::contactEnded);
    setCut(true);

    m_controller->registerContact();
    QCOMPARE(ended.size(), 1);
    QVERIFY2(ended.first().first().toString().contains(QLatin1String("Saved on this desk")),
             qPrintable(ended.first().first().toString()));
    QVERIFY(!m_controller->isActive()); // the next call can be taken
    QCOMPARE(m_spool->count(), 1);
    QVERIFY(m_spool->contains(session.uuid));
    // Only this medewerker may read what waits.
    const QString file =
        QDir(m_spool->folder()).filePath(session.uuid.toString(QUuid::WithoutBraces) + QStringLiteral(".json"));
    QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(m_spool->folder()) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(klantcontacten(), 0);

    // Still away: it keeps waiting.
    QCOMPARE(m_sender->sendPending(), 0);
    QCOMPARE(m_spool->count(), 1);

    setCut(false);
    ConnectionKeeper keeper(*m_seat, nullptr);
    connect(&keeper, &ConnectionKeeper::connected, m_sender.get(), &SpoolSender::sendPending);
    QSignalSpy sent(m_sender.get(), &SpoolSender::sent);
    keeper.check();
    QTRY_COMPARE_WITH_TIMEOUT(m_spool->count(), 0, 5000);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(klantcontacten(), 1);
    QVERIFY2(sent.first().first().toString().contains(QLatin1String("was sent: klantcontact")),
             qPrintable(sent.first().first().toString()));
    keeper.check();
    QCOMPARE(m_sender->sendPending(), 0);
    QCOMPARE(klantcontacten(), 1);
    QCOMPARE(sent.size(), 1);
}

void TestRegistrationSpool::commitAnsweredButLostIsNeverWrittenTwice()
{
    const ContactSession session = cases::c4161(m_people);
    m_controller->resume(session);
    atNextCommit(CutProxy::AtCommit::CutAfterServer);

    m_controller->registerContact();
    QCOMPARE(m_spool->count(), 1);
    const QList<SpooledRegistration> waiting = m_spool->pending();
    QCOMPARE(waiting.first().klantcontacten.size(), 1);
    const QUuid uuid = waiting.first().klantcontacten.first();
    // The server did commit: the desk does not know it yet.
    QCOMPARE(withUuid(uuid), 1);

    QSignalSpy sent(m_sender.get(), &SpoolSender::sent);
    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(m_spool->count(), 0);
    QCOMPARE(withUuid(uuid), 1);
    QCOMPARE(klantcontacten(), 1);
    // The medewerker gets the number the server gave it.
    const QString nummer = [&] {
        QSqlQuery query(m_db->database().connection());
        query.prepare(QStringLiteral("SELECT referentienummer FROM klantcontact WHERE uuid = ?"));
        query.addBindValue(uuid.toString(QUuid::WithoutBraces));
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }();
    QVERIFY(!nummer.isEmpty());
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().first().toString().contains(nummer), qPrintable(sent.first().first().toString()));
}

void TestRegistrationSpool::commitThatNeverArrivedIsWrittenOnce()
{
    const ContactSession session = cases::c9018A(m_people, true); // with an interne taak
    m_controller->resume(session);
    atNextCommit(CutProxy::AtCommit::CutBeforeServer);

    m_controller->registerContact();
    QCOMPARE(m_spool->count(), 1);
    const QUuid first = m_spool->pending().first().klantcontacten.value(0);
    QVERIFY(!first.isNull());
    QCOMPARE(klantcontacten(), 0);

    QSignalSpy sent(m_sender.get(), &SpoolSender::sent);
    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(m_spool->count(), 0);
    QCOMPARE(klantcontacten(), 1);
    QCOMPARE(scalar(m_db->database(), QStringLiteral("SELECT count(*) FROM interne_taak")), 1);
    QVERIFY2(sent.first().first().toString().contains(QLatin1String("Interne taak")),
             qPrintable(sent.first().first().toString()));
}

void TestRegistrationSpool::waitingRegistrationSurvivesRestart()
{
    const ContactSession session = cases::c4161(m_people);
    m_controller->resume(session);
    m_controller->saveDraft(); // the draft in the database, from before the server went away
    setCut(true);
    m_controller->registerContact();
    QCOMPARE(m_spool->count(), 1);

    // The program ends and starts again; the same medewerker signs in, the server is back.
    closeDesk();
    setCut(false);
    openDesk();
    QCOMPARE(m_spool->count(), 1);
    // Its draft is not offered as an unfinished contact: it is on its way.
    QVERIFY(QTest::qWaitFor([&] { return m_seat->ensureConnected().ok(); }, 5000));
    QVERIFY(m_controller->unfinished().isEmpty());
    // Another medewerker on this desk does not see (or send) it.
    QCOMPARE(RegistrationSpool(m_spoolDir.path(), m_people.collega.uuid).count(), 0);

    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(m_spool->count(), 0);
    QCOMPARE(klantcontacten(), 1);
    // The draft went in the registration's transaction.
    QCOMPARE(scalar(m_db->database(), QStringLiteral("SELECT count(*) FROM concept_contact")), 0);
}

void TestRegistrationSpool::refusedWhenSentComesBackToTheDesk()
{
    ContactSession session = cases::c9018A(m_people, true);
    m_controller->resume(session);
    setCut(true);
    m_controller->registerContact();
    QCOMPARE(m_spool->count(), 1);
    // Meanwhile the afdeling the task was for was deactivated on another seat.
    QSqlQuery deactivate(m_db->database().connection());
    QVERIFY(deactivate.exec(QStringLiteral("UPDATE actor SET indicatie_actief = 0 WHERE uuid = '%1'")
                                .arg(m_people.vergunningen.uuid.toString(QUuid::WithoutBraces))));
    setCut(false);

    QSignalSpy returned(m_sender.get(), &SpoolSender::returned);
    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(returned.size(), 1);
    QCOMPARE(m_spool->count(), 0);
    QCOMPARE(klantcontacten(), 0);
    // Not lost: back in front on the desk, and as a draft in the database.
    QVERIFY(m_controller->isActive());
    QCOMPARE(m_controller->session().uuid, session.uuid);
    QCOMPARE(m_controller->unfinished().size(), 1);
}

void TestRegistrationSpool::conflictsAreRetriedWithoutSqlText()
{
    // The server aborts the registration twice as it would for a deadlock and a serialization
    // failure with another seat; the third run goes through (sequences are not rolled back).
    QSqlQuery setup(m_db->database().connection());
    QVERIFY(setup.exec(QStringLiteral("CREATE SEQUENCE botsing")));
    QVERIFY(setup.exec(QStringLiteral(
        "CREATE FUNCTION bots() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF nextval('botsing') = 1 THEN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END IF; "
        "IF currval('botsing') = 2 THEN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END IF; "
        "RETURN NEW; END $$")));
    QVERIFY(setup.exec(
        QStringLiteral("CREATE TRIGGER bots BEFORE INSERT ON klantcontact FOR EACH ROW EXECUTE FUNCTION bots()")));

    m_controller->resume(cases::c4161(m_people));
    QSignalSpy registered(m_controller.get(), &ContactController::registered);
    m_controller->registerContact();
    QCOMPARE(registered.size(), 1);
    QCOMPARE(klantcontacten(), 1);
    QCOMPARE(scalar(m_db->database(), QStringLiteral("SELECT last_value FROM botsing")), 3);
    QCOMPARE(m_spool->count(), 0);

    // A conflict that lasts is said in plain words and the contact stays open.
    QVERIFY(setup.exec(QStringLiteral("CREATE OR REPLACE FUNCTION bots() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                      "RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$")));
    m_controller->resume(cases::c4161(m_people));
    QSignalSpy notices(m_controller.get(), &ContactController::notice);
    m_controller->registerContact();
    QVERIFY(m_controller->isActive());
    QCOMPARE(notices.size(), 1);
    const QString message = notices.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("Another seat changed the same records")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("serialize")));
    QCOMPARE(klantcontacten(), 1);
}

void TestRegistrationSpool::draftWaitsOnTheDeskWhileAway()
{
    QTemporaryDir draftsDir;
    QVERIFY(draftsDir.isValid());
    const QUuid actor = m_people.medewerker.uuid;
    DeskDraftStore desk(m_services->drafts(), draftsDir.path(), actor);
    ContactSession session = cases::c4161(m_people);
    QVERIFY(desk.save(session).ok());
    QCOMPARE(desk.waiting(), 0);

    // The server goes away while the medewerker types on: every step's save still succeeds.
    setCut(true);
    session.notities = QStringLiteral("aangevuld terwijl de KCC-database weg was");
    const Result<> saved = desk.save(session);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(desk.waiting(), 1);
    const Result<QList<OpenContact>> whileAway = desk.loadOpen(actor);
    QVERIFY(whileAway.ok());
    QCOMPARE(whileAway.value().size(), 1);
    QCOMPARE(whileAway.value().first().session.notities, session.notities);

    // Back: the next load reconnects and hands the desk's draft to the database, once.
    setCut(false);
    const Result<QList<OpenContact>> back = desk.loadOpen(actor);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(desk.waiting(), 0);
    const Result<QList<OpenContact>> inDatabase = m_services->drafts().loadOpen(actor);
    QVERIFY(inDatabase.ok());
    QCOMPARE(inDatabase.value().size(), 1);
    QCOMPARE(inDatabase.value().first().session.notities, session.notities);
}

QTEST_GUILESS_MAIN(TestRegistrationSpool)
#include "tst_registrationspool.moc"
