#include "model/lists/klantcontacttablemodel.h"
#include "model/lists/partijtablemodel.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "tests/support/listfixture.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kcc;

namespace {

// An in-memory source with the same keyset contract as the SQL one, for model behaviour that
// does not depend on SQLite (masking, roles, errors).
class FakePartijSource final : public PartijListSource
{
public:
    QList<PartijListRow> rows;
    int fetches = 0;
    bool failNext = false;

    qint64 count() override { return rows.size(); }
    void invalidate() override {}
    Result<Page<PartijListRow>> fetch(const PageCursor &cursor, int limit) override
    {
        ++fetches;
        if (failNext)
            return Error{QStringLiteral("disk on fire"), {}};
        const int start = cursor.isStart() ? 0 : cursor.after.constFirst().toInt();
        Page<PartijListRow> page;
        page.rows = rows.mid(start, limit);
        page.next.after = {start + int(page.rows.size())};
        page.atEnd = start + page.rows.size() >= rows.size();
        return page;
    }
};

class FakeKlantcontactSource final : public KlantcontactListSource
{
public:
    QList<KlantcontactListRow> rows;
    qint64 count() override { return rows.size(); }
    void invalidate() override {}
    Result<Page<KlantcontactListRow>> fetch(const PageCursor &cursor, int limit) override
    {
        const int start = cursor.isStart() ? 0 : cursor.after.constFirst().toInt();
        Page<KlantcontactListRow> page;
        page.rows = rows.mid(start, limit);
        page.next.after = {start + int(page.rows.size())};
        page.atEnd = start + page.rows.size() >= rows.size();
        return page;
    }
};

PartijListRow partijRow(int i)
{
    PartijListRow row;
    row.uuid = QUuid::createUuid();
    row.nummer = QString::number(i + 1);
    row.naam = QStringLiteral("Partij %1").arg(i);
    row.identificatorSoort = CodeSoortObjectId::Bsn;
    row.identificatorWaarde = QStringLiteral("296648875");
    row.actief = i % 2 == 0;
    row.geheimhouding = i % 3 == 0;
    return row;
}

// Every role a view, delegate, proxy or accessibility client could ask for.
QList<int> allRoles()
{
    QList<int> roles;
    for (int role = 0; role <= Qt::UserRole + 10; ++role)
        roles << role;
    return roles;
}

} // namespace

class TestTableModels : public QObject
{
    Q_OBJECT

private slots:
    void maskBsn_data();
    void maskBsn();
    void partijModelPagesUnderTester();
    void partijModelRolesNeverRevealBsn();
    void partijModelRowState();
    void partijModelStopsOnFetchError();
    void klantcontactModelHidesVertrouwelijkOnderwerp();
    void sqlPartijSourcePagesInInsertionOrder();
    void sqlPartijSourceCachesCount();
    void sqlPartijModelUnderTesterAcrossFetchMore();
    void sqlKlantcontactSourceNewestFirst();
    void sqlKlantcontactSourceUntimedLast();
    void sqlKlantcontactModelUnderTester();
};

void TestTableModels::maskBsn_data()
{
    QTest::addColumn<QString>("bsn");
    QTest::addColumn<QString>("masked");
    QTest::newRow("bsn") << QStringLiteral("296648875") << QStringLiteral("*****8875");
    QTest::newRow("short") << QStringLiteral("123") << QStringLiteral("***");
    QTest::newRow("empty") << QString() << QString();
}

void TestTableModels::maskBsn()
{
    QFETCH(QString, bsn);
    QFETCH(QString, masked);
    QCOMPARE(PartijTableModel::maskBsn(bsn), masked);
}

void TestTableModels::partijModelPagesUnderTester()
{
    FakePartijSource source;
    for (int i = 0; i < 450; ++i)
        source.rows << partijRow(i);
    PartijTableModel model(&source);
    // The first page is there at once, before any view asks.
    QCOMPARE(model.rowCount(), PartijTableModel::defaultPageSize);
    QCOMPARE(source.fetches, 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The tester checks every change from here on, including the ones fetchMore makes.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 399);
    QCOMPARE(inserted.at(1).at(1).toInt(), 400);
    QCOMPARE(inserted.at(1).at(2).toInt(), 449);
    QCOMPARE(source.fetches, 3);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.index(449, PartijTableModel::NaamColumn).data().toString(), QStringLiteral("Partij 449"));
    QCOMPARE(model.index(449, PartijTableModel::NummerColumn).data(RawValueRole), QVariant(qlonglong(450)));
}

void TestTableModels::partijModelRolesNeverRevealBsn()
{
    FakePartijSource source;
    source.rows << partijRow(0);
    PartijTableModel model(&source);
    const QModelIndex index = model.index(0, PartijTableModel::IdentificatorColumn);
    QVERIFY(index.data().toString().contains(QStringLiteral("*****8875")));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const int role : allRoles()) {
            const QString text = model.index(0, column).data(role).toString();
            QVERIFY2(!text.contains(QStringLiteral("296648875")), qPrintable(QString::number(role)));
        }
    }
}

void TestTableModels::partijModelRowState()
{
    FakePartijSource source;
    source.rows << partijRow(0) << partijRow(1);
    PartijTableModel model(&source);
    const RowState first = RowState::fromInt(model.index(0, 0).data(RowStateRole).toInt());
    QVERIFY(first.testFlag(RowStateFlag::Geheimhouding));
    QVERIFY(!first.testFlag(RowStateFlag::Inactive));
    const RowState second = RowState::fromInt(model.index(1, 0).data(RowStateRole).toInt());
    QVERIFY(second.testFlag(RowStateFlag::Inactive));
    QVERIFY(!second.testFlag(RowStateFlag::Geheimhouding));
    QCOMPARE(model.index(1, PartijTableModel::ActiefColumn).data(RawValueRole), QVariant(false));
    QCOMPARE(model.index(0, 0).data(UuidRole).toUuid(), source.rows.at(0).uuid);
    QVERIFY(!model.index(0, PartijTableModel::NaamColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(PartijTableModel::NaamColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestTableModels::partijModelStopsOnFetchError()
{
    FakePartijSource source;
    for (int i = 0; i < 300; ++i)
        source.rows << partijRow(i);
    PartijTableModel model(&source);
    QSignalSpy failed(&model, &PartijTableModel::fetchFailed);
    source.failNext = true;
    model.fetchMore({});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("disk on fire"));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 200);
    // No retry loop on a broken source: a view asking again does not hit it again.
    const int fetches = source.fetches;
    model.fetchMore({});
    QCOMPARE(source.fetches, fetches);
}

void TestTableModels::klantcontactModelHidesVertrouwelijkOnderwerp()
{
    FakeKlantcontactSource source;
    KlantcontactListRow row;
    row.uuid = QUuid::createUuid();
    row.onderwerp = QStringLiteral("Schuldhulp aanvraag");
    row.vertrouwelijk = true;
    row.plaatsgevondenOp = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    source.rows << row;
    KlantcontactListRow open = row;
    open.vertrouwelijk = false;
    source.rows << open;
    KlantcontactTableModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.index(0, KlantcontactTableModel::OnderwerpColumn).data().toString(), QStringLiteral("Confidential"));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const int role : allRoles())
            QVERIFY(!model.index(0, column).data(role).toString().contains(QStringLiteral("Schuldhulp")));
    }
    QCOMPARE(model.index(1, KlantcontactTableModel::OnderwerpColumn).data().toString(), row.onderwerp);
    QCOMPARE(model.index(0, KlantcontactTableModel::BetrokkeneColumn).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.index(0, KlantcontactTableModel::PlaatsgevondenOpColumn).data(RawValueRole).toDateTime(),
             row.plaatsgevondenOp);
    QVERIFY(RowState::fromInt(model.index(0, 0).data(RowStateRole).toInt()).testFlag(RowStateFlag::Vertrouwelijk));
}

void TestTableModels::sqlPartijSourcePagesInInsertionOrder()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString filled = test::fillListFixture(db.database(), 250, 0);
    QVERIFY2(filled.isEmpty(), qPrintable(filled));

    storage::SqlPartijListSource source(db.database());
    QCOMPARE(source.count(), 250);
    auto first = source.fetch({}, 100);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first.value().rows.size(), 100);
    QVERIFY(!first.value().atEnd);
    const PartijListRow &row = first.value().rows.at(3);
    QCOMPARE(row.nummer, QStringLiteral("1003"));
    QCOMPARE(row.naam, QStringLiteral("Anna de Jansen3"));
    QCOMPARE(row.identificatorSoort, std::optional(CodeSoortObjectId::Bsn));
    QCOMPARE(row.identificatorWaarde, test::bsnFor(3));
    QCOMPARE(row.digitaalAdres, QStringLiteral("0610000003"));
    QCOMPARE(row.plaats, QStringLiteral("Utrecht"));
    QCOMPARE(row.actief, !test::ListFixture::inactive(3));
    QCOMPARE(first.value().rows.at(5).geheimhouding, std::optional(true));
    QCOMPARE(first.value().rows.at(4).geheimhouding, std::optional<bool>());

    auto second = source.fetch(first.value().next, 100);
    QVERIFY(second.ok());
    QCOMPARE(second.value().rows.constFirst().nummer, QStringLiteral("1100"));
    auto third = source.fetch(second.value().next, 100);
    QVERIFY(third.ok());
    QCOMPARE(third.value().rows.size(), 50);
    QVERIFY(third.value().atEnd);
    QCOMPARE(third.value().rows.constLast().nummer, QStringLiteral("1249"));
}

void TestTableModels::sqlPartijSourceCachesCount()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(test::fillListFixture(db.database(), 10, 0).isEmpty());
    storage::SqlPartijListSource source(db.database());
    QCOMPARE(source.count(), 10);
    QVERIFY(test::fillListFixture(db.database(), 5, 0, 10).isEmpty());
    // Scrolling asks for the count again; it must not cost a COUNT(*) each time.
    QCOMPARE(source.count(), 10);
    source.invalidate();
    QCOMPARE(source.count(), 15);
}

void TestTableModels::sqlPartijModelUnderTesterAcrossFetchMore()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(test::fillListFixture(db.database(), 450, 0).isEmpty());
    storage::SqlPartijListSource source(db.database());
    PartijTableModel model(&source);
    QCOMPARE(model.rowCount(), 200);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(2).toInt(), 449);
    QCOMPARE(model.index(7, PartijTableModel::IdentificatorColumn).data().toString(),
             QStringLiteral("BSN *****%1").arg(test::bsnFor(7).right(4)));
    QCOMPARE(model.index(0, PartijTableModel::SoortColumn).data().toString(), QStringLiteral("Person"));
}

void TestTableModels::sqlKlantcontactSourceNewestFirst()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(test::fillListFixture(db.database(), 20, 130).isEmpty());
    storage::SqlKlantcontactListSource source(db.database());
    QCOMPARE(source.count(), 130);

    QList<KlantcontactListRow> all;
    PageCursor cursor;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = source.fetch(cursor, 50);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        all << page.value().rows;
        cursor = page.value().next;
        if (page.value().atEnd)
            break;
    }
    QCOMPARE(all.size(), 130);
    QCOMPARE(all.constFirst().referentienummer, QStringLiteral("5129"));
    QCOMPARE(all.constLast().referentienummer, QStringLiteral("5000"));
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).plaatsgevondenOp > all.at(i).plaatsgevondenOp);
    QCOMPARE(all.constFirst().plaatsgevondenOp, test::ListFixture::baseTime().addSecs(60 * 129));
    // 129 % 3 == 0: a caller without partij, named by the betrokkene's contactnaam.
    QCOMPARE(all.constFirst().betrokkeneNaam, QStringLiteral("Beller 129"));
    // 128 is linked to partij 128 % 20 = 8.
    QCOMPARE(all.at(1).betrokkeneNaam, QStringLiteral("Anna de Jansen8"));
    QCOMPARE(all.at(1).gelukt, std::optional(true));
    QCOMPARE(all.at(2).vertrouwelijk, test::ListFixture::vertrouwelijk(127));
}

void TestTableModels::sqlKlantcontactSourceUntimedLast()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(test::fillListFixture(db.database(), 5, 30).isEmpty());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE klantcontact SET plaatsgevonden_op = NULL "
                                      "WHERE referentienummer IN ('5003', '5020')")));
    storage::SqlKlantcontactListSource source(db.database());
    QStringList order;
    PageCursor cursor;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = source.fetch(cursor, 7);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        for (const KlantcontactListRow &row : page.value().rows)
            order << row.referentienummer;
        cursor = page.value().next;
        if (page.value().atEnd)
            break;
    }
    QCOMPARE(order.size(), 30);
    QCOMPARE(order.constFirst(), QStringLiteral("5029"));
    // Without a time they come last, the most recently registered first.
    QCOMPARE(order.mid(28), (QStringList{QStringLiteral("5020"), QStringLiteral("5003")}));
}

void TestTableModels::sqlKlantcontactModelUnderTester()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(test::fillListFixture(db.database(), 20, 320).isEmpty());
    storage::SqlKlantcontactListSource source(db.database());
    KlantcontactTableModel model(&source);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 320);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 319);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, KlantcontactTableModel::ReferentienummerColumn).data(RawValueRole),
             QVariant(qlonglong(5319)));
}

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
