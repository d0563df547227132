// Issue 15: the beheerder's setting for how long a desk may stand unused before it locks.

#include "app/werkplek/locksettings.h"

#include <QtTest>

using kcc::app::LockSettings;

class TestLockSettings : public QObject
{
    Q_OBJECT

private slots:
    void minutes_data();
    void minutes();
};

void TestLockSettings::minutes_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("minutes");
    QTest::newRow("not set") << QVariant() << 10;
    QTest::newRow("five") << QVariant(QStringLiteral("5")) << 5;
    QTest::newRow("spaces") << QVariant(QStringLiteral(" 15 ")) << 15;
    QTest::newRow("one") << QVariant(1) << 1;
    QTest::newRow("an hour at most") << QVariant(QStringLiteral("600")) << 60;
    QTest::newRow("never off") << QVariant(QStringLiteral("0")) << 10;
    QTest::newRow("negative") << QVariant(QStringLiteral("-3")) << 10;
    QTest::newRow("no number") << QVariant(QStringLiteral("tien")) << 10;
    QTest::newRow("fraction") << QVariant(QStringLiteral("2.5")) << 10;
}

void TestLockSettings::minutes()
{
    QFETCH(QVariant, value);
    QFETCH(int, minutes);
    QCOMPARE(LockSettings::fromValue(value).count(), qint64(minutes) * 60);
}

QTEST_GUILESS_MAIN(TestLockSettings)
#include "tst_locksettings.moc"
