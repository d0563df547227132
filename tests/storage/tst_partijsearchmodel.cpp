// The instant search as the UI sees it: SqlPartijFinder::searchPage, the ThreadedPartijSearch
// worker (its own connection, its own thread) and PartijSearchModel under QAbstractItemModelTester,
// all on a real fixture database.

#include "model/search/partijsearchmodel.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace kcc;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

class TestPartijSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void finderPagesCoverEveryHitOnce();
    void finderRejectsForeignCursor();
    void firstPageThenMoreOnFetch();
    void bestMatchFirst();
    void staleAnswersAreDropped();
    void shortTextDoesNotSearch();
    void geheimhoudingAndInactiveMarked();
    void oneOffContactDetailsMarked();
    void nobodyFound();
    void cancelledSearchesAreNeverAnswered();

private:
    PartijSearchModel *startModel(const QString &text);
    QStringList names(const PartijSearchModel &model) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search;
    std::unique_ptr<PartijSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ZoekFixture m_fixture;
};

void TestPartijSearchModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString error = m_fixture.insert(m_db->database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
}

void TestPartijSearchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_search.reset();
    m_db.reset();
}

PartijSearchModel *TestPartijSearchModel::startModel(const QString &text)
{
    m_model = std::make_unique<PartijSearchModel>(m_search.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setQuery(text);
    return m_model.get();
}

QStringList TestPartijSearchModel::names(const PartijSearchModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, PartijSearchModel::NaamColumn).data().toString();
    return result;
}

void TestPartijSearchModel::finderPagesCoverEveryHitOnce()
{
    storage::SqlPartijFinder finder(m_db->database());
    PageCursor cursor;
    QSet<QUuid> seen;
    QStringList nummers;
    int pages = 0;
    for (;;) {
        const Result<Page<PartijFinderRow>> page = finder.searchPage(QStringLiteral("vermeulen"), cursor, 100);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        ++pages;
        for (const PartijFinderRow &row : page.value().rows) {
            QVERIFY2(!seen.contains(row.uuid), qPrintable(row.naam));
            seen.insert(row.uuid);
            nummers << row.nummer;
            QCOMPARE(row.soortPartij, SoortPartij::Persoon);
            QVERIFY(row.naam.endsWith(QStringLiteral("Vermeulen")));
        }
        if (page.value().atEnd)
            break;
        QCOMPARE(page.value().rows.size(), 100);
        cursor = page.value().next;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), ZoekFixture::vermeulens);
    QVERIFY(nummers.contains(QStringLiteral("2001")));
    QVERIFY(nummers.contains(QStringLiteral("2260")));

    // An exact page boundary: 260 = 2 * 130 ends on the second page without an empty third.
    const Result<Page<PartijFinderRow>> first = finder.searchPage(QStringLiteral("vermeulen"), {}, 130);
    QVERIFY(first.ok());
    QVERIFY(!first.value().atEnd);
    const Result<Page<PartijFinderRow>> second =
        finder.searchPage(QStringLiteral("vermeulen"), first.value().next, 130);
    QVERIFY(second.ok());
    QCOMPARE(second.value().rows.size(), 130);
    QVERIFY(second.value().atEnd);
}

void TestPartijSearchModel::finderRejectsForeignCursor()
{
    storage::SqlPartijFinder finder(m_db->database());
    PageCursor foreign;
    foreign.after = {QStringLiteral("2024-01-01"), 5};
    QVERIFY(!finder.searchPage(QStringLiteral("vermeulen"), foreign, 10).ok());
    const Result<Page<PartijFinderRow>> empty = finder.searchPage(QStringLiteral("  "), {}, 10);
    QVERIFY(empty.ok());
    QVERIFY(empty.value().rows.isEmpty());
    QVERIFY(empty.value().atEnd);
}

void TestPartijSearchModel::firstPageThenMoreOnFetch()
{
    PartijSearchModel *model = startModel(QStringLiteral("Vermeulen"));
    QSignalSpy finished(model, &PartijSearchModel::searchFinished);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model->state(), PartijSearchModel::State::Searching);
    QVERIFY(!model->canFetchMore({}));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model->state(), PartijSearchModel::State::Ready);
    QCOMPARE(model->rowCount(), PartijSearchModel::firstPageSize);
    QVERIFY(!model->atEnd());

    // (QAbstractItemModelTester itself also calls fetchMore after each insert, as a view would.)
    while (!model->atEnd()) {
        if (model->canFetchMore({})) {
            model->fetchMore({});
            QVERIFY(model->isFetching());
            QVERIFY(!model->canFetchMore({})); // one page at a time
        }
        QTRY_VERIFY(!model->isFetching());
    }
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->rowCount(), ZoekFixture::vermeulens);
    QCOMPARE(inserted.count(), 4); // 30 + 100 + 100 + 30
    QCOMPARE(inserted.at(1).at(1).toInt(), PartijSearchModel::firstPageSize);
    QCOMPARE(inserted.at(1).at(2).toInt(), PartijSearchModel::firstPageSize + PartijSearchModel::pageSize - 1);
    QCOMPARE(finished.count(), 1);

    QSet<QUuid> uuids;
    QSet<QString> nummers;
    for (int row = 0; row < model->rowCount(); ++row) {
        uuids.insert(model->index(row, 0).data(UuidRole).toUuid());
        nummers.insert(model->index(row, PartijSearchModel::NummerColumn).data().toString());
        QCOMPARE(model->index(row, PartijSearchModel::SoortColumn).data(RawValueRole).toString(),
                 QStringLiteral("persoon"));
    }
    QCOMPARE(uuids.size(), ZoekFixture::vermeulens);
    for (int i = 0; i < ZoekFixture::vermeulens; ++i)
        QVERIFY(nummers.contains(QString::number(2001 + i)));
}

void TestPartijSearchModel::bestMatchFirst()
{
    // The partij nummer 503 is Lotte Zwaneveld's; a partij-number hit ranks first.
    PartijSearchModel *model = startModel(QStringLiteral("503"));
    QTRY_COMPARE(model->state(), PartijSearchModel::State::Ready);
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(model->index(0, 0).data(UuidRole).toUuid(), m_fixture.zwaneveld);
    QCOMPARE(model->index(0, PartijSearchModel::NaamColumn).data().toString(), QStringLiteral("Lotte Zwaneveld"));
    QVERIFY(model->index(0, PartijSearchModel::GevondenViaColumn).data().toString().contains(QStringLiteral("503")));
}

void TestPartijSearchModel::staleAnswersAreDropped()
{
    PartijSearchModel *model = startModel(QStringLiteral("vermeulen"));
    QStringList insertedNames;
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            insertedNames << model->index(row, PartijSearchModel::NaamColumn).data().toString();
    });
    // The text changes before the first answer can arrive (no event loop ran in between).
    model->setQuery(QStringLiteral("verme"));
    model->setQuery(QStringLiteral("hoogeveen"));
    QTRY_COMPARE(model->state(), PartijSearchModel::State::Ready);
    // Let any answer for the older texts arrive, then check none was shown.
    QTest::qWait(100);
    QCOMPARE(model->query(), QStringLiteral("hoogeveen"));
    QStringList shown = names(*model);
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("Henk Hoogeveen"), QStringLiteral("Karin Hoogeveen")}));
    insertedNames.sort();
    QCOMPARE(insertedNames, shown);
}

void TestPartijSearchModel::shortTextDoesNotSearch()
{
    PartijSearchModel *model = startModel(QStringLiteral("v"));
    QCOMPARE(model->state(), PartijSearchModel::State::Idle);
    QVERIFY(!model->isFetching());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
    // Shortening a search clears it.
    model->setQuery(QStringLiteral("hoogeveen"));
    QTRY_COMPARE(model->rowCount(), 2);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    model->setQuery(QStringLiteral("h"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->state(), PartijSearchModel::State::Idle);
    // The same text again does not search again.
    model->setQuery(QStringLiteral("h "));
    QCOMPARE(reset.count(), 1);
}

void TestPartijSearchModel::geheimhoudingAndInactiveMarked()
{
    PartijSearchModel *model = startModel(QStringLiteral("Hoogeveen"));
    QTRY_COMPARE(model->state(), PartijSearchModel::State::Ready);
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QUuid uuid = model->index(row, 0).data(UuidRole).toUuid();
        const RowState state = RowState::fromInt(model->index(row, 0).data(RowStateRole).toInt());
        const QString letOp = model->index(row, PartijSearchModel::LetOpColumn).data().toString();
        const QString tip = model->index(row, PartijSearchModel::NaamColumn).data(Qt::ToolTipRole).toString();
        if (uuid == m_fixture.karinHoogeveen) {
            QVERIFY(state.testFlag(RowStateFlag::Geheimhouding));
            QVERIFY(!state.testFlag(RowStateFlag::Inactive));
            QCOMPARE(letOp, QStringLiteral("Geheimhouding"));
            QVERIFY(tip.contains(QStringLiteral("secret")));
        } else {
            QCOMPARE(uuid, m_fixture.henkHoogeveen);
            QVERIFY(state.testFlag(RowStateFlag::Inactive));
            QVERIFY(!state.testFlag(RowStateFlag::Geheimhouding));
            QCOMPARE(letOp, QStringLiteral("Inactive"));
            QVERIFY(tip.contains(QStringLiteral("Inactive partij")));
        }
    }
}

void TestPartijSearchModel::oneOffContactDetailsMarked()
{
    PartijSearchModel *model = startModel(QStringLiteral("06-11 22 33 44"));
    QTRY_COMPARE(model->state(), PartijSearchModel::State::Ready);
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex naam = model->index(0, PartijSearchModel::NaamColumn);
    QCOMPARE(naam.data(UuidRole).toUuid(), m_fixture.eenmalig);
    QCOMPARE(naam.data(PartijSearchModel::ViaBetrokkeneRole).toBool(), true);
    QVERIFY(
        model->index(0, PartijSearchModel::GevondenViaColumn).data().toString().contains(QStringLiteral("0611223344")));
    QCOMPARE(model->index(0, PartijSearchModel::LetOpColumn).data().toString(),
             QStringLiteral("One-off contact details"));
}

void TestPartijSearchModel::nobodyFound()
{
    PartijSearchModel *model = startModel(QStringLiteral("Xylofoonstra"));
    QSignalSpy finished(model, &PartijSearchModel::searchFinished);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model->state(), PartijSearchModel::State::Ready);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->atEnd());
    QVERIFY(!model->canFetchMore({}));
}

// A cancelled ticket gets no answer, whether it was still queued or already running (then its
// SQL is interrupted), and the interruption never spills into the next search.
void TestPartijSearchModel::cancelledSearchesAreNeverAnswered()
{
    // Enough rows that a query of eight two-letter prefixes (the FTS fallback) takes a while.
    {
        QSqlQuery insert(m_db->database().connection());
        QVERIFY(insert.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY2(insert.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                     "INSERT INTO partij (uuid, soort_partij, indicatie_actief, heeft_partij_identificatie, "
                     "contactnaam_present, contactnaam_voornaam, contactnaam_achternaam) "
                     "SELECT printf('00000000-0000-4000-9000-%012d', i), 'persoon', 1, 0, 1, 'Aa Bb Cc Dd', "
                     "'Ee Ff Gg Hh' || i FROM n")),
                 qPrintable(insert.lastError().text()));
        QVERIFY(insert.exec(QStringLiteral("COMMIT")));
    }
    QSet<quint64> answered;
    QHash<quint64, int> rowsOf;
    connect(m_search.get(), &AsyncPartijSearch::pageReady, this,
            [&](quint64 ticket, const Page<PartijFinderRow> &page) {
                answered.insert(ticket);
                rowsOf.insert(ticket, int(page.rows.size()));
            });
    connect(m_search.get(), &AsyncPartijSearch::failed, this,
            [&](quint64 ticket, const QString &) { answered.insert(ticket); });
    QList<quint64> cancelled;
    QList<quint64> wanted;
    for (int round = 0; round < 20; ++round) {
        const quint64 heavy = m_search->request(QStringLiteral("aa bb cc dd ee ff gg hh"), PageCursor(), 100);
        // Now and then let the worker get into it before cancelling.
        if (round % 2 == 1)
            QThread::usleep(2000);
        m_search->cancel(heavy);
        cancelled << heavy;
        wanted << m_search->request(QStringLiteral("hoogeveen"), PageCursor(), 30);
    }
    QTRY_VERIFY_WITH_TIMEOUT(answered.contains(wanted.constLast()), 10000);
    QTest::qWait(50);
    for (quint64 ticket : std::as_const(cancelled))
        QVERIFY2(!answered.contains(ticket), qPrintable(QString::number(ticket)));
    for (quint64 ticket : std::as_const(wanted)) {
        QVERIFY2(answered.contains(ticket), qPrintable(QString::number(ticket)));
        QCOMPARE(rowsOf.value(ticket), 2);
    }
    // And a heavy search that nobody cancels still gets its whole answer.
    const quint64 whole = m_search->request(QStringLiteral("aa bb cc dd ee ff gg hh"), PageCursor(), 100);
    QTRY_VERIFY_WITH_TIMEOUT(answered.contains(whole), 10000);
    QCOMPARE(rowsOf.value(whole), 100);
}

QTEST_GUILESS_MAIN(TestPartijSearchModel)
#include "tst_partijsearchmodel.moc"
