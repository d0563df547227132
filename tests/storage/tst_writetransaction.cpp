#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"

#include "model/klantinteracties/actor.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

Actor actor(const QString &naam)
{
    Actor a;
    a.uuid = QUuid::createUuid();
    a.naam = naam;
    return a;
}

// Returns early (before commit) when asked to, as a user action does on a validation error.
Result<> registerTwo(Database &database, bool bailOutHalfway)
{
    WriteTransaction transaction(database);
    Repository<Actor> repository(database);
    if (Result<> first = repository.insert(actor(QStringLiteral("eerste"))); !first)
        return first;
    if (bailOutHalfway)
        return Error{QStringLiteral("stopped"), {}};
    if (Result<> second = repository.insert(actor(QStringLiteral("tweede"))); !second)
        return second;
    return transaction.commit();
}

} // namespace

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private slots:
    void rollbackOnEarlyReturn();
    void commitPersists();
    void commitTwiceFails();
    void concurrentWritersOnOneFile();
};

void TestWriteTransaction::rollbackOnEarlyReturn()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(!registerTwo(db.database(), true).ok());
    QCOMPARE(Repository<Actor>(db.database()).count(), 0);
    // The connection is usable again: no transaction was left open.
    QVERIFY(registerTwo(db.database(), false).ok());
    QCOMPARE(Repository<Actor>(db.database()).count(), 2);
}

void TestWriteTransaction::commitPersists()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<> registered = registerTwo(db.database(), false);
    QVERIFY2(registered.ok(), qPrintable(registered.error().message));
    QVERIFY(db.reopen());
    QCOMPARE(Repository<Actor>(db.database()).count(), 2);
}

void TestWriteTransaction::commitTwiceFails()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    WriteTransaction transaction(db.database());
    QVERIFY(transaction.isActive());
    QVERIFY(transaction.commit().ok());
    QVERIFY(!transaction.isActive());
    const Result<> again = transaction.commit();
    QVERIFY(!again.ok());
    QVERIFY(!again.error().message.isEmpty());
}

void TestWriteTransaction::concurrentWritersOnOneFile()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString path = db.path();
    db.close();

    // Two connections on one WAL file, each in its own thread (one connection per thread), each
    // doing read-then-write transactions. BEGIN IMMEDIATE plus the busy timeout must serialise
    // them without a single "database is locked".
    constexpr int perWriter = 150;
    std::atomic<int> failures{0};
    QStringList errors;
    QMutex errorsMutex;
    auto writer = [&](const QString &name) {
        auto opened = Database::open(path);
        if (!opened) {
            ++failures;
            return;
        }
        std::unique_ptr<Database> database = std::move(opened).value();
        {
            Repository<Actor> repository(*database);
            for (int i = 0; i < perWriter; ++i) {
                WriteTransaction transaction(*database);
                Result<> result = transaction.isActive() ? Result<>() : Result<>(transaction.error());
                if (result) {
                    (void)repository.count(); // a read before the write, the pattern that fails with deferred BEGIN
                    result = repository.insert(actor(name % QString::number(i)));
                }
                if (result)
                    result = transaction.commit();
                if (!result) {
                    ++failures;
                    QMutexLocker lock(&errorsMutex);
                    errors << result.error().message;
                }
            }
        }
    };
    QThread *first = QThread::create(writer, QStringLiteral("a"));
    QThread *second = QThread::create(writer, QStringLiteral("b"));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    delete first;
    delete second;
    QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));

    QVERIFY(db.reopen());
    QCOMPARE(Repository<Actor>(db.database()).count(), 2 * perWriter);
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
