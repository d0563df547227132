// Conflicts between seats (issue 13 item 4): a deadlock or serialization failure on the real server
// is run again transparently (retryOnConflict), and what reaches the user is never SQL text. Runs
// only against the PostgreSQL test server (tests/storage/postgresql.cmake).
#include "storage/db/database.h"
#include "storage/db/retry.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::test;

namespace {

Result<> run(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return StorageError::fromSql(query.lastError());
    return {};
}

QVariant value(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestPostgresRetry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deadlockIsRunAgainTransparently();
    void lastingConflictIsSaidPlainly();
    void lostConnectionIsSaidPlainly();
    void lostConnectionBetweenUnitsOfWorkIsOpenedAgain();
    void otherFailuresAreNotRepeated();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestPostgresRetry::init()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs the PostgreSQL test server (KCC_TEST_POSTGRES)");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(run(m_db->database(), QStringLiteral("CREATE TABLE probe (id integer PRIMARY KEY, v integer NOT NULL)")));
    QVERIFY(run(m_db->database(), QStringLiteral("INSERT INTO probe VALUES (1, 0), (2, 0)")));
}

void TestPostgresRetry::cleanup()
{
    m_db.reset();
}

void TestPostgresRetry::deadlockIsRunAgainTransparently()
{
    // Seat A updates row 1 then row 2; seat B holds row 2 and then wants row 1. PostgreSQL aborts A
    // (its deadlock check runs first); A's unit of work runs again after B committed.
    std::atomic<bool> holdsRowOne = false;
    std::atomic<int> attempts = 0;
    Result<> outcome = Error{QStringLiteral("not run"), {}};
    const QString path = m_db->path();
    QThread *seatA = QThread::create([&] {
        auto opened = Database::open(path, Database::Migration::Refuse);
        if (!opened)
            return;
        Database &database = *opened.value();
        (void)run(database, QStringLiteral("SET deadlock_timeout = '50ms'"));
        outcome = retryOnConflict([&]() -> Result<> {
            ++attempts;
            WriteTransaction transaction(database);
            if (!transaction.isActive())
                return transaction.error();
            if (Result<> one = run(database, QStringLiteral("UPDATE probe SET v = v + 1 WHERE id = 1")); !one)
                return one;
            holdsRowOne = true;
            if (Result<> two = run(database, QStringLiteral("UPDATE probe SET v = v + 1 WHERE id = 2")); !two)
                return two;
            return transaction.commit();
        });
    });

    auto seatB = Database::open(path, Database::Migration::Refuse);
    QVERIFY(seatB.ok());
    {
        WriteTransaction transaction(*seatB.value());
        QVERIFY(transaction.isActive());
        QVERIFY(run(*seatB.value(), QStringLiteral("UPDATE probe SET v = v + 10 WHERE id = 2")));
        seatA->start();
        QTRY_VERIFY_WITH_TIMEOUT(holdsRowOne.load(), 10000);
        // Waits for A, which then deadlocks on row 2 and is rolled back.
        QVERIFY(run(*seatB.value(), QStringLiteral("UPDATE probe SET v = v + 10 WHERE id = 1")));
        QVERIFY(transaction.commit());
    }
    QVERIFY(seatA->wait(20000));
    delete seatA;

    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(attempts.load(), 2);
    // Both seats' changes, each once.
    QCOMPARE(value(m_db->database(), QStringLiteral("SELECT v FROM probe WHERE id = 1")).toInt(), 11);
    QCOMPARE(value(m_db->database(), QStringLiteral("SELECT v FROM probe WHERE id = 2")).toInt(), 11);
}

void TestPostgresRetry::lastingConflictIsSaidPlainly()
{
    // The server itself reports a serialization failure every time.
    QVERIFY(run(m_db->database(),
                QStringLiteral("CREATE FUNCTION always_conflict() RETURNS void LANGUAGE plpgsql AS $$ BEGIN"
                               " RAISE EXCEPTION 'could not serialize access' USING ERRCODE = 'serialization_failure';"
                               " END $$")));
    int attempts = 0;
    const Result<> outcome = retryOnConflict([&]() -> Result<> {
        ++attempts;
        WriteTransaction transaction(m_db->database());
        if (Result<> conflicted = run(m_db->database(), QStringLiteral("SELECT always_conflict()")); !conflicted)
            return conflicted;
        return transaction.commit();
    });
    QVERIFY(!outcome);
    QCOMPARE(attempts, 5);
    QCOMPARE(outcome.error().cause, Error::Cause::Conflict);
    QVERIFY2(outcome.error().message.contains(QLatin1String("Another seat changed the same records")),
             qPrintable(outcome.error().message));
    QVERIFY(!outcome.error().message.contains(QLatin1String("serialize")));
    QVERIFY(!outcome.error().message.contains(QLatin1String("ERROR")));
}

void TestPostgresRetry::lostConnectionIsSaidPlainly()
{
    auto seat = Database::open(m_db->path(), Database::Migration::Refuse);
    QVERIFY(seat.ok());
    const int pid = value(*seat.value(), QStringLiteral("SELECT pg_backend_pid()")).toInt();
    QVERIFY(pid > 0);

    // Lost in the middle of a unit of work: nothing of it is saved, and the user reads plain words.
    const Result<> outcome = [&]() -> Result<> {
        WriteTransaction transaction(*seat.value());
        if (!transaction.isActive())
            return transaction.error();
        if (Result<> killed = run(m_db->database(), QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid));
            !killed) {
            return killed;
        }
        if (Result<> written = run(*seat.value(), QStringLiteral("UPDATE probe SET v = 5 WHERE id = 1")); !written)
            return written;
        return transaction.commit();
    }();
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().cause, Error::Cause::Unreachable);
    QVERIFY2(outcome.error().message.contains(QLatin1String("connection to the database server was lost")),
             qPrintable(outcome.error().message));
    QCOMPARE(value(m_db->database(), QStringLiteral("SELECT v FROM probe WHERE id = 1")).toInt(), 0);
}

void TestPostgresRetry::lostConnectionBetweenUnitsOfWorkIsOpenedAgain()
{
    auto seat = Database::open(m_db->path(), Database::Migration::Refuse);
    QVERIFY(seat.ok());
    const int pid = value(*seat.value(), QStringLiteral("SELECT pg_backend_pid()")).toInt();
    QVERIFY(pid > 0);
    // A restart or failover between two saves (issue 13, item 6): the next one starts on a new
    // connection with the same login, and is saved.
    QVERIFY(run(m_db->database(), QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid)));

    const Result<> outcome = [&]() -> Result<> {
        WriteTransaction transaction(*seat.value());
        if (!transaction.isActive())
            return transaction.error();
        if (Result<> written = run(*seat.value(), QStringLiteral("UPDATE probe SET v = 5 WHERE id = 1")); !written)
            return written;
        return transaction.commit();
    }();
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(seat.value()->generation(), 1);
    QVERIFY(value(*seat.value(), QStringLiteral("SELECT pg_backend_pid()")).toInt() != pid);
    QCOMPARE(value(m_db->database(), QStringLiteral("SELECT v FROM probe WHERE id = 1")).toInt(), 5);
}

void TestPostgresRetry::otherFailuresAreNotRepeated()
{
    int attempts = 0;
    const Result<> outcome = retryOnConflict([&]() -> Result<> {
        ++attempts;
        WriteTransaction transaction(m_db->database());
        if (Result<> duplicate = run(m_db->database(), QStringLiteral("INSERT INTO probe VALUES (1, 1)")); !duplicate)
            return duplicate;
        return transaction.commit();
    });
    QVERIFY(!outcome);
    QCOMPARE(attempts, 1);
    QCOMPARE(outcome.error().cause, Error::Cause::Other);
}

QTEST_GUILESS_MAIN(TestPostgresRetry)
#include "tst_postgresretry.moc"
