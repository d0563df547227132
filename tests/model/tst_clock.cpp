// kcc::Clock, the one time seam: the system clock by default, any callable a test hands in, and
// tests/support/fixedclock.h whose clocks follow set() and advance().

#include "model/core/clock.h"
#include "tests/support/fixedclock.h"

#include <QTest>

#include <functional>

using namespace kcc;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsTheSystemClock();
    void callableIsAsked();
    void emptyFunctionIsTheSystemClock();
    void fixedClockSetAndAdvance();
};

void TestClock::defaultIsTheSystemClock()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock().now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(Clock::system()() >= now);
}

void TestClock::callableIsAsked()
{
    const QDateTime fixed(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    int asked = 0;
    const Clock clock = [&] {
        ++asked;
        return fixed;
    };
    QCOMPARE(clock.now(), fixed);
    QCOMPARE(clock(), fixed);
    QCOMPARE(asked, 2);
    const Clock copy = clock;
    QCOMPARE(copy.now(), fixed);
    QCOMPARE(asked, 3);
}

void TestClock::emptyFunctionIsTheSystemClock()
{
    const std::function<QDateTime()> empty;
    const Clock clock = empty;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    QVERIFY(now.isValid());
    QVERIFY(now >= before);
}

void TestClock::fixedClockSetAndAdvance()
{
    const QDateTime start(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC);
    test::FixedClock fixed(start);
    const Clock clock = fixed.clock();
    const Clock second = fixed.clock();
    QCOMPARE(clock.now(), start);
    fixed.advance(90);
    QCOMPARE(clock.now(), start.addSecs(90));
    QCOMPARE(second.now(), start.addSecs(90));
    fixed.set(start.addDays(2));
    QCOMPARE(clock.now(), start.addDays(2));
    QCOMPARE(fixed.now(), start.addDays(2));
}

QTEST_APPLESS_MAIN(TestClock)
#include "tst_clock.moc"
