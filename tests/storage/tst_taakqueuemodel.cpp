// The work-queue table model over the real SqlWerkvoorraadService on SQLite: lazy paging, columns, the
// overdue flag and refused queues, under QAbstractItemModelTester.

#include "model/taken/taakqueuemodel.h"
#include "tests/support/takendata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kcc;
using kcc::test::TakenData;

class TestTaakQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formatAge_data();
    void formatAge();
    void pagesLazilyOldestFirst();
    void columnsAndRoles();
    void ageToolTipShowsTheLatestAssignment();
    void filterOverdueOnly();
    void refusedQueueReported();

private:
    std::unique_ptr<TakenData> m_f;
    QDateTime m_now;
    QList<QUuid> m_taken; // oldest first
};

void TestTaakQueueModel::init()
{
    m_f = std::make_unique<TakenData>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    m_now = QDateTime::currentDateTimeUtc();
    m_taken.clear();
    // Ten days old (overdue for Terugbellen), then younger ones.
    const QList<qint64> minutesAgo = {10 * 24 * 60, 3 * 60, 50, 20, 5};
    for (int i = 0; i < minutesAgo.size(); ++i) {
        const QUuid taak = m_f->addTaak(
            i % 2 ? QStringLiteral("Informatie verstrekken") : QStringLiteral("Terugbellen"), {m_f->marieke.actor},
            m_now.addSecs(-60 * minutesAgo.at(i)), QStringLiteral("Onderwerp %1").arg(i));
        QVERIFY(!taak.isNull());
        m_taken.append(taak);
    }
}

void TestTaakQueueModel::cleanup()
{
    m_f.reset();
}

void TestTaakQueueModel::formatAge_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("just now") << qint64(20) << QStringLiteral("0 min");
    QTest::newRow("minutes") << qint64(45 * 60 + 59) << QStringLiteral("45 min");
    QTest::newRow("hours") << qint64(5 * 3600 + 20 * 60) << QStringLiteral("5 h 20 min");
    QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 59 * 60) << QStringLiteral("3 d 4 h");
    QTest::newRow("future clamps to zero") << qint64(-600) << QStringLiteral("0 min");
}

void TestTaakQueueModel::formatAge()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const QDateTime from(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QCOMPARE(TaakQueueModel::formatAge(from, from.addSecs(seconds)), expected);
    QVERIFY(TaakQueueModel::formatAge(QDateTime(), from).isEmpty());
}

void TestTaakQueueModel::pagesLazilyOldestFirst()
{
    TaakQueueFilter filter;
    filter.queue = TaakQueue::Mijn;
    TaakQueueModel model(&m_f->taken.werkvoorraad, m_f->marieke, filter, [this] { return m_now; });
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.totalCount(), qint64(5));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPageSize(2);
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    // From here on the tester checks every change, including the pages fetchMore adds (Qt 6.4's
    // tester itself fetches one page when it starts).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    model.fetchMore({});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.totalCount(), qint64(5));

    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(UuidRole).toUuid(), m_taken.at(row));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, TaakQueueModel::LeeftijdColumn).data(RawValueRole).toDateTime() <=
                model.index(row, TaakQueueModel::LeeftijdColumn).data(RawValueRole).toDateTime());
    }

    TaakQueueFilter newest = filter;
    newest.sort = TaakSort::NieuwsteEerst;
    model.setPageSize(TaakQueueModel::defaultPageSize);
    model.setFilter(newest);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.index(0, 0).data(UuidRole).toUuid(), m_taken.last());
}

void TestTaakQueueModel::columnsAndRoles()
{
    TaakQueueFilter filter;
    const QDateTime oldest = m_now.addSecs(-60 * 10 * 24 * 60);
    // The model's clock decides the age shown: 3 d 4 h after the oldest task was assigned.
    const QDateTime clock = oldest.addSecs(3 * 86400 + 4 * 3600 + 120);
    TaakQueueModel model(&m_f->taken.werkvoorraad, m_f->marieke, filter, [clock] { return clock; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setKanaalLabels({{QStringLiteral("telefoon"), QStringLiteral("Telefoon")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.columnCount(), int(TaakQueueModel::ColumnCount));

    const auto cell = [&model](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(TaakQueueModel::LeeftijdColumn).toString(), QStringLiteral("3 d 4 h"));
    QCOMPARE(cell(TaakQueueModel::LeeftijdColumn, RawValueRole).toDateTime().toSecsSinceEpoch(),
             oldest.toSecsSinceEpoch());
    QCOMPARE(cell(TaakQueueModel::HandelingColumn).toString(), QStringLiteral("Terugbellen"));
    QCOMPARE(cell(TaakQueueModel::OnderwerpColumn).toString(), QStringLiteral("Onderwerp 0"));
    QCOMPARE(cell(TaakQueueModel::KlantColumn).toString(), QStringLiteral("Carl Zwartewaal"));
    QCOMPARE(cell(TaakQueueModel::KanaalColumn).toString(), QStringLiteral("Telefoon"));
    QCOMPARE(cell(TaakQueueModel::KanaalColumn, RawValueRole).toString(), QStringLiteral("telefoon"));
    QCOMPARE(cell(TaakQueueModel::ToegewezenAanColumn).toString(), QStringLiteral("Marieke"));
    QCOMPARE(cell(TaakQueueModel::ReferentienummerColumn).toString(), model.rowAt(0)->referentienummer);
    QCOMPARE(cell(TaakQueueModel::ReferentienummerColumn, RawValueRole).toLongLong(),
             model.rowAt(0)->referentienummer.toLongLong());
    QCOMPARE(cell(TaakQueueModel::HandelingColumn, UuidRole).toUuid(), m_taken.first());

    // The ten-day-old Terugbellen is overdue (norm: 2 working days), the five-minute-old one not.
    const RowState oldState = RowState::fromInt(cell(0, RowStateRole).toInt());
    QVERIFY(oldState.testFlag(RowStateFlag::TeLaat));
    QVERIFY(!oldState.testFlag(RowStateFlag::Vertrouwelijk));
    const RowState newState = RowState::fromInt(model.index(4, 0).data(RowStateRole).toInt());
    QVERIFY(!newState.testFlag(RowStateFlag::TeLaat));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
    QCOMPARE(model.headerData(TaakQueueModel::LeeftijdColumn, Qt::Horizontal).toString(), QStringLiteral("Age"));
}

// A reassigned task still ages from its creation (toegewezenOp), but the Leeftijd tooltip says
// when it last reached its assignee; a task never reassigned keeps the short tooltip.
void TestTaakQueueModel::ageToolTipShowsTheLatestAssignment()
{
    QVERIFY(m_f->taken.supervisie.wijsToe(m_f->sanne, {m_taken.first()}, {m_f->marieke.actor}, QStringLiteral("Terug"))
                .ok());
    TaakQueueFilter filter;
    TaakQueueModel model(&m_f->taken.werkvoorraad, m_f->marieke, filter, [this] { return m_now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);

    const TaakQueueRow reassigned = *model.rowAt(0);
    QCOMPARE(reassigned.uuid, m_taken.first());
    QCOMPARE(reassigned.toegewezenOp.toSecsSinceEpoch(), m_now.addSecs(-60 * 10 * 24 * 60).toSecsSinceEpoch());
    QVERIFY(reassigned.laatstToegewezenOp >= m_now.addSecs(-1));
    const auto local = [](const QDateTime &utc) { return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat); };
    QCOMPARE(model.index(0, TaakQueueModel::LeeftijdColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Created %1, last assigned %2 — overdue")
                 .arg(local(reassigned.toegewezenOp), local(reassigned.laatstToegewezenOp)));
    // The age shown still counts from the creation.
    QCOMPARE(model.index(0, TaakQueueModel::LeeftijdColumn).data(RawValueRole).toDateTime(), reassigned.toegewezenOp);

    const TaakQueueRow untouched = *model.rowAt(1);
    QCOMPARE(untouched.laatstToegewezenOp, untouched.toegewezenOp);
    QCOMPARE(model.index(1, TaakQueueModel::LeeftijdColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Assigned %1").arg(local(untouched.toegewezenOp)));
}

void TestTaakQueueModel::filterOverdueOnly()
{
    TaakQueueFilter filter;
    TaakQueueModel model(&m_f->taken.werkvoorraad, m_f->marieke, filter, [this] { return m_now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    filter.alleenTeLaat = true;
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), qint64(1));
    QCOMPARE(model.index(0, 0).data(UuidRole).toUuid(), m_taken.first());

    filter.alleenTeLaat = false;
    filter.gevraagdeHandeling = QStringLiteral("Informatie verstrekken");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, TaakQueueModel::HandelingColumn).data().toString(), filter.gevraagdeHandeling);
}

void TestTaakQueueModel::refusedQueueReported()
{
    TaakQueueFilter filter;
    TaakQueueModel model(&m_f->taken.werkvoorraad, m_f->marieke, filter, [this] { return m_now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &TaakQueueModel::fetchFailed);
    // Marieke belongs to the KCC, not to Vergunningen.
    filter.queue = TaakQueue::Afdeling;
    filter.afdeling = m_f->vergunningen;
    model.setFilter(filter);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(model.lastError(), failed.at(0).at(0).toString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestTaakQueueModel)
#include "tst_taakqueuemodel.moc"
