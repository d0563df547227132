// Live between seats (issue 13, items 5 and 6): a change committed on one seat reaches another
// seat's PostgresChangeFeed within a second, without polling; a server that goes away is reported
// once and the feed reconnects by itself. Runs only against the PostgreSQL test server.
#include "storage/db/database.h"
#include "storage/db/postgreschangefeed.h"
#include "tests/support/postgresadmin.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::test;

class TestLiveChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anotherSeatsCommitArrivesWithinASecond();
    void nothingArrivesBeforeTheCommit();
    void lostServerIsReportedOnceAndTheFeedComesBack();

private:
    bool exec(Database &database, const QString &sql);
    bool insertContact(Database &database);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Database> m_otherSeat;
};

void TestLiveChanges::init()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs the PostgreSQL test server (KCC_TEST_POSTGRES)");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    auto other = m_db->database().openAnother();
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
    m_otherSeat = std::move(other).value();
}

void TestLiveChanges::cleanup()
{
    m_otherSeat.reset();
    m_db.reset();
}

bool TestLiveChanges::exec(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool TestLiveChanges::insertContact(Database &database)
{
    return exec(database,
                QStringLiteral("INSERT INTO klantcontact (uuid, kanaal, onderwerp, inhoud, taal, vertrouwelijk,"
                               " verdere_actie_ondernomen) VALUES ('%1', 'telefoon', 'Paspoort', 'inhoud',"
                               " 'nld', 0, 0)")
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void TestLiveChanges::anotherSeatsCommitArrivesWithinASecond()
{
    PostgresChangeFeed feed(m_db->database());
    QSignalSpy listening(&feed, &PostgresChangeFeed::listening);
    QVERIFY(listening.wait(10000));
    QSignalSpy changed(&feed, &LiveChanges::changed);

    QElapsedTimer sinceCommit;
    QVERIFY(insertContact(*m_otherSeat));
    sinceCommit.start();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    qInfo("notification after %lld ms", static_cast<long long>(sinceCommit.elapsed()));
    QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("klantcontact"));
}

void TestLiveChanges::nothingArrivesBeforeTheCommit()
{
    PostgresChangeFeed feed(m_db->database());
    QSignalSpy listening(&feed, &PostgresChangeFeed::listening);
    QVERIFY(listening.wait(10000));
    QSignalSpy changed(&feed, &LiveChanges::changed);

    // Three statements in one transaction: one notification, and only once it commits.
    QVERIFY(exec(*m_otherSeat, QStringLiteral("BEGIN")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(insertContact(*m_otherSeat));
    QTest::qWait(300);
    QVERIFY(changed.isEmpty());
    QVERIFY(exec(*m_otherSeat, QStringLiteral("COMMIT")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
    // A rolled back change is never announced.
    QVERIFY(exec(*m_otherSeat, QStringLiteral("BEGIN")));
    QVERIFY(insertContact(*m_otherSeat));
    QVERIFY(exec(*m_otherSeat, QStringLiteral("ROLLBACK")));
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1);
}

void TestLiveChanges::lostServerIsReportedOnceAndTheFeedComesBack()
{
    PostgresChangeFeed feed(m_db->database(), std::chrono::milliseconds(200));
    QSignalSpy listening(&feed, &PostgresChangeFeed::listening);
    QVERIFY(listening.wait(10000));
    QSignalSpy lost(&feed, &LiveChanges::lost);
    QSignalSpy restored(&feed, &LiveChanges::restored);
    QSignalSpy changed(&feed, &LiveChanges::changed);

    // What a server restart or a cut does to the seat's listening connection: the server ends it.
    const QString database = m_db->path().section(QLatin1Char('/'), -1);
    {
        QSqlDatabase admin = PostgresAdmin::connect(QStringLiteral("livechanges-admin"), database);
        QVERIFY(admin.isOpen());
        QSqlQuery kill(admin);
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "datname = current_database() AND application_name = 'kcc-wijzigingen'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("livechanges-admin"));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QCOMPARE(lost.size(), 1);

    // Listening again: the next commit arrives as before.
    QVERIFY(insertContact(*m_otherSeat));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
}

QTEST_GUILESS_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
