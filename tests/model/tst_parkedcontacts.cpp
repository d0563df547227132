#include "model/callflow/parkedcontacts.h"

#include <QTest>

using namespace kcc;

namespace {

const QDateTime t0(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);

ParkedContacts::Entry entry(int gesprek, int nawerk, std::optional<QDateTime> parkedAt, const QString &caller)
{
    ContactSession session = ContactSession::start(QUuid::createUuid(), QStringLiteral("telefoon"), t0);
    session.gesprekSeconden = gesprek;
    session.nawerkSeconden = nawerk;
    return {OpenContact{session, 2, parkedAt, {0, 1}}, {0, 1}, nawerk > 0, caller};
}

} // namespace

// The contacts on hold (issue 10, item 5): their order and the rule for their timers.
class TestParkedContacts : public QObject
{
    Q_OBJECT

private slots:
    void keptInTheOrderTheyWereParked();
    void takenBySessionOrLongestParked();
    void talkTimeCountsOnHoldNawerkDoesNot();
};

void TestParkedContacts::keptInTheOrderTheyWereParked()
{
    ParkedContacts parked;
    parked.park(entry(10, 0, t0.addSecs(60), QStringLiteral("B")), t0);
    parked.park(entry(10, 0, t0, QStringLiteral("A")), t0);
    // A draft of before parking existed: parked "now".
    parked.park(entry(10, 0, std::nullopt, QStringLiteral("C")), t0.addSecs(120));
    parked.park(entry(10, 0, t0.addSecs(60), QStringLiteral("B2")), t0);
    QStringList order;
    for (const ParkedContacts::Entry &e : parked.entries())
        order << e.caller;
    QCOMPARE(order, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B2"), QStringLiteral("C")}));
    QCOMPARE(parked.entries().last().contact.parkedAt, std::optional<QDateTime>(t0.addSecs(120)));
    QCOMPARE(parked.size(), 4);
}

void TestParkedContacts::takenBySessionOrLongestParked()
{
    ParkedContacts parked;
    const ParkedContacts::Entry a = entry(10, 0, t0, QStringLiteral("A"));
    const ParkedContacts::Entry b = entry(20, 0, t0.addSecs(30), QStringLiteral("B"));
    parked.park(b, t0);
    parked.park(a, t0);
    QVERIFY(parked.find(b.contact.session.uuid));
    QVERIFY(!parked.find(QUuid::createUuid()));
    QVERIFY(!parked.take(QUuid::createUuid()));
    const auto takenB = parked.take(b.contact.session.uuid);
    QVERIFY(takenB);
    QCOMPARE(takenB->caller, QStringLiteral("B"));
    QCOMPARE(takenB->contact.step, 2);
    QCOMPARE(takenB->visited, (QSet<int>{0, 1}));
    QCOMPARE(parked.size(), 1);
    parked.park(b, t0);
    QCOMPARE(parked.takeLongestParked()->caller, QStringLiteral("A"));
    QCOMPARE(parked.takeLongestParked()->caller, QStringLiteral("B"));
    QVERIFY(!parked.takeLongestParked());
    QVERIFY(parked.isEmpty());
}

void TestParkedContacts::talkTimeCountsOnHoldNawerkDoesNot()
{
    // On hold for 95 seconds during the call: the caller was on the line all that time.
    const ParkedContacts::Entry call = entry(100, 0, t0, QStringLiteral("A"));
    QCOMPARE(ParkedContacts::resumedAt(call, t0.addSecs(95)).gesprekSeconden, 195);
    QCOMPARE(ParkedContacts::resumedAt(call, t0.addSecs(95)).nawerkSeconden, 0);
    QCOMPARE(ParkedContacts::secondsAt(call, t0.addSecs(95)), 195);
    // In nawerk: the caller had hung up; the parked minutes are nobody's nawerk.
    const ParkedContacts::Entry nawerk = entry(100, 40, t0, QStringLiteral("B"));
    QCOMPARE(ParkedContacts::resumedAt(nawerk, t0.addSecs(95)).gesprekSeconden, 100);
    QCOMPARE(ParkedContacts::resumedAt(nawerk, t0.addSecs(95)).nawerkSeconden, 40);
    QCOMPARE(ParkedContacts::secondsAt(nawerk, t0.addSecs(95)), 140);
    // A clock set back never takes time away.
    QCOMPARE(ParkedContacts::resumedAt(call, t0.addSecs(-30)).gesprekSeconden, 100);
}

QTEST_GUILESS_MAIN(TestParkedContacts)
#include "tst_parkedcontacts.moc"
