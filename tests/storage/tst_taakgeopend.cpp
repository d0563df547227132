// "Who has this task open" (issue 13, item 5) on both engines: a seat's mark follows what it shows
// and never outlives its session. On one desk's SQLite file the service works and shows nothing
// (there is no other seat); on PostgreSQL (taakgeopend_pg) a second connection is a second seat.
#include "storage/db/connectionmark.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/sqltaakgeopend.h"
#include "tests/support/takendata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::test;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(9, 41, 12), Qt::UTC);

} // namespace

class TestTaakGeopend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aSeatsMarkFollowsWhatItShows();
    void aSeatDoesNotSeeItself();
    void leftoversOfAnEndedSessionAreNeverShownAndCleared();
    void anotherSeatSeesWhoAndSince();

private:
    int rows(const QString &where = QStringLiteral("1 = 1"));

    std::unique_ptr<TakenData> m_data;
    QUuid m_taak;
    QUuid m_ander;
};

void TestTaakGeopend::init()
{
    m_data = std::make_unique<TakenData>();
    QVERIFY2(m_data->setUp(), qPrintable(m_data->lastError));
    m_taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->vergunningen}, now.addDays(-1));
    m_ander = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->vergunningen}, now.addDays(-2));
    QVERIFY(!m_taak.isNull() && !m_ander.isNull());
}

void TestTaakGeopend::cleanup()
{
    m_data.reset();
}

int TestTaakGeopend::rows(const QString &where)
{
    QSqlQuery query(m_data->db.database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM taak_geopend WHERE ") + where) || !query.next()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

void TestTaakGeopend::aSeatsMarkFollowsWhatItShows()
{
    SqlTaakGeopend geopend(m_data->db.database(), [] { return now; });
    QVERIFY(geopend.markeerOpen(m_data->joost, m_taak).ok());
    QCOMPARE(rows(), 1);
    QSqlQuery stored(m_data->db.database().connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT taak, actor, sinds FROM taak_geopend")) && stored.next());
    QCOMPARE(QUuid::fromString(stored.value(0).toString()), m_taak);
    QCOMPARE(QUuid::fromString(stored.value(1).toString()), m_data->joost.actor);
    QCOMPARE(codec::dateTimeFromText(stored.value(2).toString()), now);
    stored.finish();
    // The same task again (a refresh of the pane) is still the one mark.
    QVERIFY(geopend.markeerOpen(m_data->joost, m_taak).ok());
    QCOMPARE(rows(), 1);
    // Another task replaces it: a seat shows one task.
    QVERIFY(geopend.markeerOpen(m_data->joost, m_ander).ok());
    QCOMPARE(rows(), 1);
    QCOMPARE(rows(QStringLiteral("taak = '%1'").arg(m_ander.toString(QUuid::WithoutBraces))), 1);
    QVERIFY(geopend.markeerGesloten().ok());
    QCOMPARE(rows(), 0);
    // Closing twice is harmless; a service that goes closes what it had open.
    QVERIFY(geopend.markeerGesloten().ok());
    {
        SqlTaakGeopend kort(m_data->db.database(), [] { return now; });
        QVERIFY(kort.markeerOpen(m_data->joost, m_taak).ok());
        QCOMPARE(rows(), 1);
    }
    QCOMPARE(rows(), 0);
}

void TestTaakGeopend::aSeatDoesNotSeeItself()
{
    SqlTaakGeopend &geopend = m_data->taken.geopend;
    QVERIFY(geopend.markeerOpen(m_data->joost, m_taak).ok());
    const Result<QList<TaakGeopend>> anderen = geopend.openBijAnderen(m_data->joost, m_taak);
    QVERIFY2(anderen.ok(), qPrintable(anderen.ok() ? QString() : anderen.error().message));
    QVERIFY(anderen.value().isEmpty());
    // Another service on the same connection is the same seat (one desk, or one werkplek's login).
    SqlTaakGeopend tweede(m_data->db.database());
    QVERIFY(tweede.openBijAnderen(m_data->sanne, m_taak).value().isEmpty());
    QVERIFY(geopend.markeerGesloten().ok());
}

void TestTaakGeopend::leftoversOfAnEndedSessionAreNeverShownAndCleared()
{
    // What a seat that crashed leaves behind: its row, and no session holding the mark.
    QSqlQuery leftover(m_data->db.database().connection());
    QVERIFY(
        leftover.prepare(QStringLiteral("INSERT INTO taak_geopend (taak, actor, sessie, sinds) VALUES (?, ?, ?, ?)")));
    leftover.addBindValue(m_taak.toString(QUuid::WithoutBraces));
    leftover.addBindValue(m_data->joost.actor.toString(QUuid::WithoutBraces));
    leftover.addBindValue(999999); // no live backend or process of ours has this id
    leftover.addBindValue(codec::dateTimeText(now.addSecs(-3600)));
    QVERIFY2(leftover.exec(), qPrintable(leftover.lastError().text()));
    QCOMPARE(rows(), 1);

    SqlTaakGeopend sanne(m_data->db.database(), [] { return now; });
    QVERIFY(sanne.openBijAnderen(m_data->sanne, m_taak).value().isEmpty());
    // Another medewerker's open does not touch it; the same medewerker's next open clears it.
    QVERIFY(sanne.markeerOpen(m_data->sanne, m_taak).ok());
    QCOMPARE(rows(QStringLiteral("sessie = 999999")), 1);
    SqlTaakGeopend joost(m_data->db.database(), [] { return now; });
    QVERIFY(joost.markeerOpen(m_data->joost, m_ander).ok());
    QCOMPARE(rows(QStringLiteral("sessie = 999999")), 0);
    QCOMPARE(rows(), 2);
}

void TestTaakGeopend::anotherSeatSeesWhoAndSince()
{
    if (!TestDatabase::onPostgres())
        QSKIP("one desk's SQLite file has no other seat (taakgeopend_pg runs this)");
    auto opened = m_data->db.database().openAnother();
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    std::unique_ptr<Database> otherSeat = std::move(opened).value();
    QVERIFY(ConnectionMark::session(*otherSeat).value() != ConnectionMark::session(m_data->db.database()).value());
    {
        SqlTaakGeopend joost(*otherSeat, [] { return now; });
        QVERIFY(joost.markeerOpen(m_data->joost, m_taak).ok());
        const Result<QList<TaakGeopend>> anderen = m_data->taken.geopend.openBijAnderen(m_data->sanne, m_taak);
        QVERIFY2(anderen.ok(), qPrintable(anderen.ok() ? QString() : anderen.error().message));
        QCOMPARE(anderen.value().size(), 1);
        QCOMPARE(anderen.value().constFirst().actor, m_data->joost.actor);
        QCOMPARE(anderen.value().constFirst().naam, QStringLiteral("Joost"));
        QCOMPARE(anderen.value().constFirst().sinds, now);
        QVERIFY(m_data->taken.geopend.openBijAnderen(m_data->sanne, m_ander).value().isEmpty());
        QVERIFY(joost.markeerGesloten().ok());
        QVERIFY(m_data->taken.geopend.openBijAnderen(m_data->sanne, m_taak).value().isEmpty());
        QVERIFY(joost.markeerOpen(m_data->joost, m_taak).ok());
    }
    // The other seat's service went (a sign-out): its mark with it.
    QVERIFY(m_data->taken.geopend.openBijAnderen(m_data->sanne, m_taak).value().isEmpty());
    QCOMPARE(rows(), 0);
}

QTEST_GUILESS_MAIN(TestTaakGeopend)
#include "tst_taakgeopend.moc"
