#include "model/lists/klantcontacttablemodel.h"
#include "model/lists/partijtablemodel.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "tests/support/listfixture.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testdatabase.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/listtableview.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

using namespace kcc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsRowsFromTheDatabase();
    void keyboardSwitchesTabs();
    void scrollingToTheBottomFetchesMore();
    void demoDatabaseIsMarked();
    void headersAreNotTruncated();

private:
    std::unique_ptr<ui::MainWindow> makeWindow(bool demo = false);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<storage::SqlPartijListSource> m_partijen;
    std::unique_ptr<storage::SqlKlantcontactListSource> m_klantcontacten;
};

void TestMainWindow::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString filled = test::fillListFixture(m_db->database(), 450, 320);
    QVERIFY2(filled.isEmpty(), qPrintable(filled));
    m_partijen = std::make_unique<storage::SqlPartijListSource>(m_db->database());
    m_klantcontacten = std::make_unique<storage::SqlKlantcontactListSource>(m_db->database());
}

void TestMainWindow::cleanup()
{
    m_partijen.reset();
    m_klantcontacten.reset();
    m_db.reset();
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow(bool demo)
{
    auto window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{m_partijen.get(), m_klantcontacten.get(), m_db->path(), demo});
    window->resize(1200, 700);
    window->show();
    window->activateWindow();
    return window;
}

void TestMainWindow::showsRowsFromTheDatabase()
{
    const auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const test::MainWindowPage page(window.get());
    QAbstractItemModel *partijen = page.partijenView()->model();
    QCOMPARE(partijen->rowCount(), 200);
    QCOMPARE(partijen->index(0, PartijTableModel::NaamColumn).data().toString(), QStringLiteral("Anna de Jansen0"));
    QAbstractItemModel *contacten = page.klantcontactenView()->model();
    QCOMPARE(contacten->index(0, KlantcontactTableModel::ReferentienummerColumn).data().toString(),
             QStringLiteral("5319"));

    const QString file = QFileInfo(m_db->path()).fileName();
    QCOMPARE(window->windowTitle(), QStringLiteral("KCC Werkplek — %1").arg(file));
    QVERIFY(page.databaseLabel()->text().contains(file));
    QVERIFY(page.countsLabel()->text().contains(QStringLiteral("450")));
    QVERIFY(page.countsLabel()->text().contains(QStringLiteral("320")));
    QVERIFY(page.demoBadge()->isHidden());
    QTRY_COMPARE(QApplication::focusWidget(), page.partijenView());
}

void TestMainWindow::keyboardSwitchesTabs()
{
    const auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const test::MainWindowPage page(window.get());
    QCOMPARE(page.tabs()->currentIndex(), int(ui::MainWindow::PartijenTab));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(page.tabs()->currentIndex(), int(ui::MainWindow::KlantcontactenTab));
    QTRY_COMPARE(QApplication::focusWidget(), page.klantcontactenView());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(page.tabs()->currentIndex(), int(ui::MainWindow::PartijenTab));
    QTRY_COMPARE(QApplication::focusWidget(), page.partijenView());

    const auto *quit = window->findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void TestMainWindow::scrollingToTheBottomFetchesMore()
{
    const auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ui::ListTableView *view = test::MainWindowPage(window.get()).partijenView();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 200);
    // The keyboard way: Ctrl+End goes to the last loaded row, the view then asks for more.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(view->model()->rowCount() > 200);
    // And with the scroll bar, until everything is there.
    for (int i = 0; i < 5 && view->model()->rowCount() < 450; ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(view->model()->rowCount(), 450);
    QCOMPARE(view->model()->index(449, PartijTableModel::NummerColumn).data().toString(), QStringLiteral("1449"));
}

void TestMainWindow::demoDatabaseIsMarked()
{
    const auto window = makeWindow(true);
    QVERIFY(window->windowTitle().contains(QStringLiteral("DEMO")));
    QVERIFY(!test::MainWindowPage(window.get()).demoBadge()->isHidden());
}

void TestMainWindow::headersAreNotTruncated()
{
    const auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const test::MainWindowPage page(window.get());
    for (ui::ListTableView *view : {page.partijenView(), page.klantcontactenView()}) {
        QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < header->count() - 1; ++column)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
