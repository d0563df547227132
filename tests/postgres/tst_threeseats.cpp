// Issue 13, item 5, "done means": three seats on one PostgreSQL server, each signed in with its own
// login (made as `kccctl user add` makes them). The KCC medewerker registers a terugbelverzoek for
// Vergunningen through the real registration service; the backoffice medewerker's Afdeling queue
// (the model the werkvoorraad shows) has it within a second through the change feed; two seats of
// Vergunningen take it up at the same moment and exactly one gets it, the other is told who has it.
// "Who has this task open" follows opening and closing, only for those who may see the task, and
// vanishes when the holder's connection is killed. Runs only against the PostgreSQL test server.
#include "model/callflow/registrationplan.h"
#include "model/taken/taakqueuemodel.h"
#include "storage/db/connectionmark.h"
#include "storage/db/postgreschangefeed.h"
#include "storage/taken/sqltaken.h"
#include "tests/support/callflowcases.h"
#include "tests/support/postgresseats.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

#include <latch>
#include <thread>

using namespace kcc;
using namespace kcc::test;

class TestThreeSeats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void terugbelverzoekReachesTheAfdelingAndOneSeatTakesIt();
    void anotherSeatSeesWhoHasTheTaskOpen();
    void openMarkVanishesWhenTheHoldersConnectionIsKilled();
    void openMarkOnlyForThoseWhoMaySeeTheTask();
    void taskOfTwoAfdelingenIsTakenUpWhole();

private:
    // Seat 1 registers a terugbelverzoek for Vergunningen (or for `afdelingen`); returns the new task.
    QUuid registreerTerugbelverzoek(SignedInSeat &kcc, const QString &onderwerp, QList<QUuid> afdelingen = {});
    int countAsOwner(const QString &sql);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::SqlServices> m_owner;
    QString m_name;
    QUuid m_vergunningen;
    QUuid m_kcc;
    // Names of their own: logins are cluster-wide and other suites run on the same server.
    const SeatLogin m_femke{QStringLiteral("Femke"),
                            QStringLiteral("femke-wachtwoord-1"),
                            {AccountRole::medewerker()},
                            {QStringLiteral("KCC")}};
    const SeatLogin m_joris{QStringLiteral("Joris"),
                            QStringLiteral("joris-wachtwoord-22"),
                            {AccountRole::medewerker()},
                            {QStringLiteral("Vergunningen")}};
    const SeatLogin m_lotte{QStringLiteral("Lotte"),
                            QStringLiteral("lotte-wachtwoord-333"),
                            {AccountRole::medewerker()},
                            {QStringLiteral("Vergunningen")}};
};

void TestThreeSeats::initTestCase()
{
    QVERIFY2(TestDatabase::onPostgres(), "this suite runs on the PostgreSQL test server only (threeseats_pg)");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_name = m_db->path().section(QLatin1Char('/'), -1);
    m_owner = std::make_unique<storage::SqlServices>(m_db->database());
    m_owner->accounts().setActingActor(seatBeheerder());
    const Result<QUuid> kcc = m_owner->accounts().createAfdeling(QStringLiteral("KCC"), QString(), QString());
    QVERIFY(kcc.ok());
    m_kcc = kcc.value();
    const Result<QUuid> vergunningen =
        m_owner->accounts().createAfdeling(QStringLiteral("Vergunningen"), QString(), QString());
    QVERIFY(vergunningen.ok());
    m_vergunningen = vergunningen.value();
    for (const SeatLogin &login : {m_femke, m_joris, m_lotte}) {
        const Result<QUuid> added = addSeatLogin(m_db->database(), *m_owner, login);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
}

void TestThreeSeats::cleanupTestCase()
{
    m_owner.reset();
    if (!m_db)
        return;
    for (const SeatLogin &login : {m_femke, m_joris, m_lotte})
        dropSeatLogin(m_db->database(), login);
    m_db.reset();
}

QUuid TestThreeSeats::registreerTerugbelverzoek(SignedInSeat &kcc, const QString &onderwerp, QList<QUuid> afdelingen)
{
    if (afdelingen.isEmpty())
        afdelingen = {m_vergunningen};
    ContactSession session =
        ContactSession::start(kcc.user.actor, QStringLiteral("telefoon"), QDateTime::currentDateTimeUtc());
    session.gesprekSeconden = 140;
    session.onderwerpen[0].onderwerp = onderwerp;
    session.onderwerpen[0].inhoud = QStringLiteral("Klant wil teruggebeld worden over de vergunning.");
    session.onderwerpen[0].interneTaak =
        SessionInterneTaak{QStringLiteral("terugbellen"), QStringLiteral("Terugbellen"), afdelingen, QString()};
    session.betrokkene.contactnaam = cases::karel();
    session.betrokkene.digitaleAdressen = {cases::telefoon(QStringLiteral("06-12345678"))};
    RegistrationService &registration = kcc.services->registration();
    const Result<PlanContext> context = registration.planContext(session);
    if (!context) {
        qWarning("planContext: %s", qPrintable(context.error().message));
        return {};
    }
    const Result<RegistrationPlan> plan = RegistrationPlan::build(session, context.value());
    if (!plan) {
        qWarning("build: %s", qPrintable(plan.error().message));
        return {};
    }
    const Result<RegistrationReceipt> receipt = registration.registerContact(plan.value());
    if (!receipt || receipt.value().taakReferentienummers.size() != 1) {
        qWarning("registerContact: %s", receipt ? "no task" : qPrintable(receipt.error().message));
        return {};
    }
    QSqlQuery query(m_db->database().connection());
    query.prepare(QStringLiteral("SELECT uuid FROM interne_taak WHERE referentienummer = ?"));
    query.addBindValue(receipt.value().taakReferentienummers.constFirst());
    if (!query.exec() || !query.next())
        return {};
    return QUuid::fromString(query.value(0).toString());
}

int TestThreeSeats::countAsOwner(const QString &sql)
{
    QSqlQuery query(m_db->database().connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

void TestThreeSeats::terugbelverzoekReachesTheAfdelingAndOneSeatTakesIt()
{
    const storage::DatabaseAddress server = seatServer(m_name);
    SignedInSeat kcc(server, m_femke);
    SignedInSeat backoffice(server, m_joris);
    QVERIFY2(kcc.isValid(), qPrintable(kcc.error));
    QVERIFY2(backoffice.isValid(), qPrintable(backoffice.error));

    // Seat 2's Afdeling queue, refreshed by its change feed as the werkvoorraad's LiveRefresh does.
    TaakQueueFilter filter;
    filter.queue = TaakQueue::Afdeling;
    filter.afdeling = m_vergunningen;
    TaakQueueModel queue(&backoffice.services->werkvoorraad(), backoffice.user, filter, backoffice.services->clock());
    const int before = queue.rowCount();
    storage::PostgresChangeFeed feed(backoffice.database());
    QSignalSpy listening(&feed, &storage::PostgresChangeFeed::listening);
    QVERIFY(listening.wait(10000));
    connect(&feed, &LiveChanges::changed, &queue, [&queue] { queue.reload(); });
    QSignalSpy reset(&queue, &QAbstractItemModel::modelReset);

    const QUuid taak = registreerTerugbelverzoek(kcc, QStringLiteral("Vergunning dakkapel"));
    QVERIFY(!taak.isNull());
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    // A correctness bound (the "within a second"), not a performance measurement.
    QTRY_COMPARE_WITH_TIMEOUT(queue.rowCount(), before + 1, 1000);
    qInfo("the terugbelverzoek was in seat 2's Afdeling queue after %lld ms",
          static_cast<long long>(sinceCommit.elapsed()));
    QVERIFY(!reset.isEmpty());
    bool listed = false;
    for (int row = 0; row < queue.rowCount(); ++row)
        listed = listed || queue.rowAt(row)->uuid == taak;
    QVERIFY(listed);

    // Seats 2 and 3 press "Pak op" at the same moment, each on its own connection and thread (a
    // connection belongs to the thread that made it).
    std::latch start(2);
    auto seat = [&](const SeatLogin &login, Result<> &outcome, QString &naam) {
        SignedInSeat own(server, login);
        if (!own.isValid()) {
            outcome = Error{own.error, {}};
            return;
        }
        naam = own.user.naam;
        start.arrive_and_wait();
        outcome = own.services->taken().acties.pakOp(own.user, taak);
    };
    Result<> joris = Error{QStringLiteral("not run"), {}};
    Result<> lotte = Error{QStringLiteral("not run"), {}};
    QString jorisNaam;
    QString lotteNaam;
    std::thread seat2(seat, std::cref(m_joris), std::ref(joris), std::ref(jorisNaam));
    std::thread seat3(seat, std::cref(m_lotte), std::ref(lotte), std::ref(lotteNaam));
    seat2.join();
    seat3.join();
    QVERIFY2(joris.ok() != lotte.ok(),
             qPrintable((joris.ok() ? QStringLiteral("both") : joris.error().message) + QStringLiteral(" / ") +
                        (lotte.ok() ? QStringLiteral("ok") : lotte.error().message)));
    const QString winner = joris.ok() ? jorisNaam : lotteNaam;
    const Result<> &lost = joris.ok() ? lotte : joris;
    QCOMPARE(lost.error().message, QStringLiteral("This task has already been taken up by %1.").arg(winner));
    qInfo("%s took it; the other seat was told: %s", qPrintable(winner), qPrintable(lost.error().message));

    // The task is the winner's alone, and left the Afdeling queue of seat 2 by the same feed.
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM interne_taak_actor ta JOIN actor a ON a.uuid = "
                                         "ta.actor WHERE ta.interne_taak = '%1' AND a.naam = '%2'")
                              .arg(taak.toString(QUuid::WithoutBraces), winner)),
             1);
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM interne_taak_actor WHERE interne_taak = '%1'")
                              .arg(taak.toString(QUuid::WithoutBraces))),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(queue.rowCount(), before, 1000);
}

void TestThreeSeats::anotherSeatSeesWhoHasTheTaskOpen()
{
    const storage::DatabaseAddress server = seatServer(m_name);
    SignedInSeat kcc(server, m_femke);
    SignedInSeat joris(server, m_joris);
    SignedInSeat lotte(server, m_lotte);
    QVERIFY2(kcc.isValid() && joris.isValid() && lotte.isValid(), qPrintable(kcc.error + joris.error + lotte.error));
    const QUuid taak = registreerTerugbelverzoek(kcc, QStringLiteral("Vergunning schuur"));
    QVERIFY(!taak.isNull());

    storage::PostgresChangeFeed feed(lotte.database());
    QSignalSpy listening(&feed, &storage::PostgresChangeFeed::listening);
    QVERIFY(listening.wait(10000));
    QSignalSpy changed(&feed, &LiveChanges::changed);

    TaakGeopendService &jorisOpen = joris.services->taken().geopend;
    TaakGeopendService &lotteOpen = lotte.services->taken().geopend;
    QCOMPARE(lotteOpen.openBijAnderen(lotte.user, taak).value().size(), 0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(jorisOpen.markeerOpen(joris.user, taak).ok());
    // Seat 3 hears of it through its feed, and reads who and since when.
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("taak_geopend")}), 1000);
    const Result<QList<TaakGeopend>> open = lotteOpen.openBijAnderen(lotte.user, taak);
    QVERIFY2(open.ok(), qPrintable(open.ok() ? QString() : open.error().message));
    QCOMPARE(open.value().size(), 1);
    QCOMPARE(open.value().constFirst().actor, joris.user.actor);
    QCOMPARE(open.value().constFirst().naam, QStringLiteral("Joris"));
    QVERIFY(open.value().constFirst().sinds >= before);
    QVERIFY(open.value().constFirst().sinds <= QDateTime::currentDateTimeUtc().addSecs(1));
    // Seat 2 does not see itself; opening the same task again changes nothing.
    QCOMPARE(jorisOpen.openBijAnderen(joris.user, taak).value().size(), 0);
    QVERIFY(jorisOpen.markeerOpen(joris.user, taak).ok());
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM taak_geopend")), 1);

    // Both open it: each sees the other, the earliest first for a third.
    QVERIFY(lotteOpen.markeerOpen(lotte.user, taak).ok());
    QCOMPARE(jorisOpen.openBijAnderen(joris.user, taak).value().constFirst().naam, QStringLiteral("Lotte"));
    QCOMPARE(lotteOpen.openBijAnderen(lotte.user, taak).value().constFirst().naam, QStringLiteral("Joris"));
    QVERIFY(lotteOpen.markeerGesloten().ok());

    // Closing it (another task, the pane cleared, signing out) is heard and shown at once.
    changed.clear();
    QVERIFY(jorisOpen.markeerGesloten().ok());
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("taak_geopend")}), 1000);
    QCOMPARE(lotteOpen.openBijAnderen(lotte.user, taak).value().size(), 0);
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM taak_geopend")), 0);
}

void TestThreeSeats::openMarkVanishesWhenTheHoldersConnectionIsKilled()
{
    const storage::DatabaseAddress server = seatServer(m_name);
    SignedInSeat kcc(server, m_femke);
    SignedInSeat lotte(server, m_lotte);
    QVERIFY2(kcc.isValid() && lotte.isValid(), qPrintable(kcc.error + lotte.error));
    const QUuid taak = registreerTerugbelverzoek(kcc, QStringLiteral("Vergunning kapvergunning"));
    QVERIFY(!taak.isNull());

    qint64 pid = 0;
    {
        SignedInSeat joris(server, m_joris);
        QVERIFY2(joris.isValid(), qPrintable(joris.error));
        QVERIFY(joris.services->taken().geopend.markeerOpen(joris.user, taak).ok());
        pid = storage::ConnectionMark::session(joris.database()).value();
        QCOMPARE(lotte.services->taken().geopend.openBijAnderen(lotte.user, taak).value().size(), 1);

        // What a crash, a power cut or a pulled cable does: the server ends the seat's connection and
        // nobody deletes the row.
        QSqlQuery kill(m_db->database().connection());
        QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
        kill.addBindValue(pid);
        QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(
            countAsOwner(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)), 0, 5000);
        // The row is still there, but no live session holds its mark: nobody is shown. (Checked while
        // the seat is still down: a seat that lives on reconnects by itself and then closes its mark
        // cleanly when it goes, which a crashed one never does.)
        QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM taak_geopend WHERE sessie = %1").arg(pid)), 1);
        QCOMPARE(lotte.services->taken().geopend.openBijAnderen(lotte.user, taak).value().size(), 0);
    }

    // Joris signs in again: his next open clears what his crashed seat left.
    SignedInSeat again(server, m_joris);
    QVERIFY2(again.isValid(), qPrintable(again.error));
    QVERIFY(again.services->taken().geopend.markeerOpen(again.user, taak).ok());
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM taak_geopend WHERE sessie = %1").arg(pid)), 0);
    QCOMPARE(lotte.services->taken().geopend.openBijAnderen(lotte.user, taak).value().size(), 1);
    QVERIFY(again.services->taken().geopend.markeerGesloten().ok());
}

void TestThreeSeats::openMarkOnlyForThoseWhoMaySeeTheTask()
{
    const storage::DatabaseAddress server = seatServer(m_name);
    SignedInSeat kcc(server, m_femke);
    SignedInSeat joris(server, m_joris);
    SignedInSeat lotte(server, m_lotte);
    QVERIFY2(kcc.isValid() && joris.isValid() && lotte.isValid(), qPrintable(kcc.error + joris.error + lotte.error));
    const QUuid taak = registreerTerugbelverzoek(kcc, QStringLiteral("Vergunning uitrit"));
    QVERIFY(!taak.isNull());

    // Joris takes it up and keeps it open: it is no longer Vergunningen's, so Lotte may not open it,
    // and the engine shows her nobody (also not to raw SQL with her login).
    QVERIFY(joris.services->taken().acties.pakOp(joris.user, taak).ok());
    QVERIFY(joris.services->taken().geopend.markeerOpen(joris.user, taak).ok());
    QCOMPARE(lotte.services->taken().geopend.openBijAnderen(lotte.user, taak).value().size(), 0);
    QSqlQuery raw(lotte.database().connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM taak_geopend")) && raw.next());
    QCOMPARE(raw.value(0).toInt(), 0);
    // Nor can she write a mark for a task she may not open, or in someone else's name.
    QVERIFY(!lotte.services->taken().geopend.markeerOpen(lotte.user, taak).ok());
    QSqlQuery forged(lotte.database().connection());
    QVERIFY(forged.prepare(QStringLiteral("INSERT INTO taak_geopend (taak, actor, sessie, sinds) VALUES (?, ?, "
                                          "pg_backend_pid(), '2026-12-07T10:00:00.000Z')")));
    forged.addBindValue(taak.toString(QUuid::WithoutBraces));
    forged.addBindValue(joris.user.actor.toString(QUuid::WithoutBraces));
    QVERIFY(!forged.exec());
    QCOMPARE(forged.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Nor remove his.
    QSqlQuery removed(lotte.database().connection());
    QVERIFY(removed.exec(QStringLiteral("DELETE FROM taak_geopend")));
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM taak_geopend")), 1);
    QVERIFY(joris.services->taken().geopend.markeerGesloten().ok());
}

// A task for two afdelingen: a member of the second sees both (a colleague of the first may ask who
// else has it) and takes the task up whole. The 20-seat load test found that the engine hid the
// first afdeling's row from them, so the pick-up replaced only half of the assignment and failed.
void TestThreeSeats::taskOfTwoAfdelingenIsTakenUpWhole()
{
    const storage::DatabaseAddress server = seatServer(m_name);
    SignedInSeat kcc(server, m_femke);
    SignedInSeat backoffice(server, m_joris);
    QVERIFY2(kcc.isValid(), qPrintable(kcc.error));
    QVERIFY2(backoffice.isValid(), qPrintable(backoffice.error));
    const QUuid taak = registreerTerugbelverzoek(kcc, QStringLiteral("Vergunning evenement"), {m_kcc, m_vergunningen});
    QVERIFY(!taak.isNull());

    const Result<TaakDetail> detail = backoffice.services->werkvoorraad().detail(backoffice.user, taak);
    QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().message));
    QCOMPARE(detail.value().toegewezenAanNamen, (QStringList{QStringLiteral("KCC"), QStringLiteral("Vergunningen")}));

    const Result<> taken = backoffice.services->taken().acties.pakOp(backoffice.user, taak);
    QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM interne_taak_actor WHERE interne_taak = '%1'")
                              .arg(taak.toString(QUuid::WithoutBraces))),
             1);
    QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM interne_taak_actor ta JOIN actor a ON a.uuid = "
                                         "ta.actor WHERE ta.interne_taak = '%1' AND a.naam = 'Joris'")
                              .arg(taak.toString(QUuid::WithoutBraces))),
             1);
}

QTEST_GUILESS_MAIN(TestThreeSeats)
#include "tst_threeseats.moc"
