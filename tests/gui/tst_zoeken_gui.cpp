// The Zoeken tab of the main window driven by the keyboard: type into the search box, Down into
// the results, Enter opens the klantbeeld, Esc back; one hit opens at once; Ctrl+F; the history
// filter; a new contact with the partij from the klantbeeld. Real services on a real database,
// the search on its own thread.

#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "model/search/partijsearchmodel.h"
#include "storage/db/sqlservices.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testactors.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekenpage.h"
#include "tests/support/zoekfixture.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/listtableview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {

// The services from storage::SqlServices, but a window without the work queues and the editors:
// what the Zoeken tab needs, and the tab count withoutSearchServiceNoTab expects.
struct Services
{
    explicit Services(Database &db)
        : sql(db)
    {
        accounts.setActingActor(test::fixtureBeheerder());
        codeLists.setActingActor(test::fixtureBeheerder());
    }
    SqlServices sql;
    PartijListSource &partijen = sql.partijen();
    KlantcontactListSource &klantcontacten = sql.klantcontacten();
    AccountService &accounts = sql.accounts();
    CodeListService &codeLists = sql.codeLists();

    ui::CallFlowContext context(const SignedInActor &user)
    {
        ui::CallFlowContext c;
        c.accounts = &accounts;
        c.codeLists = &codeLists;
        c.drafts = &sql.drafts();
        c.finder = &sql.finder();
        c.search = &sql.search();
        c.klantbeeld = &sql.klantbeeld();
        c.actors = &sql.actors();
        c.registration = &sql.registration();
        c.user = user;
        return c;
    }
};

QWidget *focus()
{
    return QApplication::focusWidget();
}

} // namespace

class TestZoekenGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeDownEnterOpensKlantbeeld();
    void oneHitOpensDirectly();
    void ctrlFFocusesTheSearchBox();
    void geheimhoudingWarningInKlantbeeld();
    void historyFilterByKanaalAndPeriod();
    void historyLoadsMoreOnScroll();
    void relatedPartijOpens();
    void newContactWithThisPartij();
    void withoutSearchServiceNoTab();
    void nobodyFoundClearsTheKlantbeeld();

private:
    test::MainWindowPage page() const { return test::MainWindowPage(m_window.get()); }
    ui::PartijZoekenWidget *zoeken() { return page().zoeken(); }
    test::ZoekenPage zoekenPage() { return test::ZoekenPage(zoeken()); }
    PartijSearchModel *results() { return zoekenPage().resultsModel(); }
    std::optional<QUuid> shownPartij()
    {
        const auto &k = zoeken()->klantbeeld()->klantbeeld();
        return k ? std::optional<QUuid>(k->partij.uuid) : std::nullopt;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
    ZoekFixture m_fixture;
};

void TestZoekenGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString error = m_fixture.insert(m_db->database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_services = std::make_unique<Services>(m_db->database());
    const Result<QUuid> medewerker = m_services->accounts.createMedewerker(
        QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
        QStringLiteral("geheim123"), {AccountRole::medewerker()});
    QVERIFY2(medewerker.ok(), qPrintable(medewerker.error().message));
    const Result<SignedInActor> user =
        m_services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());

    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    m_window->setCallFlow(m_services->context(user.value()));
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(zoeken());
    QCOMPARE(page().tabs()->currentWidget(), zoeken());
    QTRY_COMPARE(focus(), zoeken()->searchEdit());
}

void TestZoekenGui::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_db.reset();
}

void TestZoekenGui::typeDownEnterOpensKlantbeeld()
{
    QTest::keyClicks(focus(), QStringLiteral("hoogeveen"));
    QTRY_COMPARE(results()->state(), PartijSearchModel::State::Ready);
    QCOMPARE(results()->rowCount(), 2);
    // Two hits: nothing opens by itself.
    QVERIFY(!zoeken()->klantbeeld()->hasKlantbeeld());
    QVERIFY(zoekenPage().statusLabel()->text().contains(QStringLiteral("2")));

    QTest::keyClick(focus(), Qt::Key_Down);
    QCOMPARE(focus(), zoekenPage().resultsView());
    QCOMPARE(zoekenPage().resultsView()->currentIndex().row(), 0);
    QTest::keyClick(focus(), Qt::Key_Down);
    QCOMPARE(zoekenPage().resultsView()->currentIndex().row(), 1);
    const QUuid second = results()->index(1, 0).data(UuidRole).toUuid();
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(second));
    const QString naam = results()->index(1, PartijSearchModel::NaamColumn).data().toString();
    QVERIFY(zoeken()->klantbeeld()->text().contains(naam));

    // Esc from the klantbeeld (here its history) goes back to the box as well.
    zoeken()->klantbeeld()->historyView()->setFocus();
    QTest::keyClick(focus(), Qt::Key_Escape);
    QCOMPARE(focus(), zoeken()->searchEdit());
    QTest::keyClick(focus(), Qt::Key_Return); // into the list again
    QCOMPARE(focus(), zoekenPage().resultsView());

    // Up at the top, or Esc, goes back to the box with the text selected, ready to overtype.
    QTest::keyClick(focus(), Qt::Key_Escape);
    QCOMPARE(focus(), zoeken()->searchEdit());
    QCOMPARE(zoeken()->searchEdit()->selectedText(), QStringLiteral("hoogeveen"));
    QTest::keyClick(focus(), Qt::Key_Down);
    QTest::keyClick(focus(), Qt::Key_Up);
    QCOMPARE(focus(), zoeken()->searchEdit());

    // Enter in the box with several hits goes into the list.
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(focus(), zoekenPage().resultsView());
}

void TestZoekenGui::oneHitOpensDirectly()
{
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QCOMPARE(results()->rowCount(), 1);
    // The keyboard stays in the box: the medewerker may still be typing.
    QCOMPARE(focus(), zoeken()->searchEdit());
    ui::KlantbeeldWidget *klantbeeld = zoeken()->klantbeeld();
    const QString text = klantbeeld->text();
    KlantbeeldContactModel *history = test::KlantbeeldPage(klantbeeld).historyModel();
    QVERIFY(history);
    QVERIFY(text.contains(QStringLiteral("Lotte Zwaneveld")));
    QVERIFY(text.contains(QStringLiteral("Grietje Brandsma")));   // represents
    QVERIFY(text.contains(QStringLiteral("Mr. Pieter Wolters"))); // represented by
    QVERIFY(text.contains(QStringLiteral("nld")));
    QVERIFY(text.contains(QStringLiteral("9001"))); // the open interne taak
    QCOMPARE(history->rowCount(), KlantbeeldContactModel::firstPageSize);
    QCOMPARE(history->totalCount(), qint64(ZoekFixture::zwaneveldContacts));
    // Marieke is neither linked, assigned nor supervisor: the vertrouwelijke onderwerpen are hidden.
    QCOMPARE(history->index(4, KlantbeeldContactModel::OnderwerpColumn).data().toString(),
             QStringLiteral("Confidential"));
    QCOMPARE(history->index(0, KlantbeeldContactModel::OnderwerpColumn).data().toString(), ZoekFixture::onderwerp(59));
}

void TestZoekenGui::ctrlFFocusesTheSearchBox()
{
    QTest::keyClicks(focus(), QStringLiteral("vermeulen"));
    m_window->showTab(ui::MainWindow::KlantcontactenTab);
    QTRY_VERIFY(focus() != zoeken()->searchEdit());
    QTest::keyClick(focus(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(page().tabs()->currentWidget(), zoeken());
    QCOMPARE(focus(), zoeken()->searchEdit());
    QCOMPARE(zoeken()->searchEdit()->selectedText(), QStringLiteral("vermeulen"));
    m_window->showTab(ui::MainWindow::PartijenTab);
    QTest::keyClick(focus(), Qt::Key_F3);
    QCOMPARE(focus(), zoeken()->searchEdit());
    // Also inside the box (where the line edit would take Ctrl+F as "cursor forward").
    zoeken()->searchEdit()->deselect();
    QTest::keyClick(focus(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(zoeken()->searchEdit()->selectedText(), QStringLiteral("vermeulen"));
    // Typing replaces the selected text and searches again.
    QTest::keyClicks(focus(), QStringLiteral("503"));
    QCOMPARE(zoeken()->searchEdit()->text(), QStringLiteral("503"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
}

void TestZoekenGui::geheimhoudingWarningInKlantbeeld()
{
    QTest::keyClicks(focus(), QStringLiteral("karin hoog"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.karinHoogeveen));
    QVERIFY(
        zoeken()->klantbeeld()->text().contains(QStringLiteral("Geheimhouding: do not give out personal details.")));
    QCOMPARE(results()->index(0, PartijSearchModel::LetOpColumn).data().toString(), QStringLiteral("Geheimhouding"));
    QVERIFY(!zoeken()->klantbeeld()->text().contains(QStringLiteral("inactive")));

    QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), QStringLiteral("henk hoog"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.henkHoogeveen));
    QVERIFY(zoeken()->klantbeeld()->text().contains(QStringLiteral("This partij is inactive.")));
    QVERIFY(RowState::fromInt(results()->index(0, 0).data(RowStateRole).toInt()).testFlag(RowStateFlag::Inactive));
}

void TestZoekenGui::historyFilterByKanaalAndPeriod()
{
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    ui::KlantbeeldWidget *klantbeeld = zoeken()->klantbeeld();
    const test::KlantbeeldPage beeld(klantbeeld);
    QComboBox *kanaal = beeld.kanaalFilter();
    QVERIFY(kanaal);
    QCOMPARE(kanaal->count(), 4); // all, balie, email, telefoon
    QCOMPARE(kanaal->itemText(2), QStringLiteral("email"));
    kanaal->setFocus();
    QTest::keyClick(kanaal, Qt::Key_Down);
    QTest::keyClick(kanaal, Qt::Key_Down);
    QCOMPARE(kanaal->currentText(), QStringLiteral("email"));
    KlantbeeldContactModel *history = beeld.historyModel();
    QVERIFY(history);
    QCOMPARE(history->totalCount(), qint64(20));
    QCOMPARE(history->rowCount(), 20);
    for (int row = 0; row < history->rowCount(); ++row)
        QCOMPARE(history->index(row, KlantbeeldContactModel::KanaalColumn).data().toString(), QStringLiteral("email"));

    // The period: contacts 40..49 (local dates), e-mail among them: 40, 43, 46, 49.
    beeld.vanEdit()->setDate(ZoekFixture::contactTime(40).toLocalTime().date());
    beeld.totEdit()->setDate(ZoekFixture::contactTime(49).toLocalTime().date());
    QCOMPARE(history->rowCount(), 4);
    QCOMPARE(history->index(0, KlantbeeldContactModel::OnderwerpColumn).data().toString(), ZoekFixture::onderwerp(49));
    QCOMPARE(history->index(3, KlantbeeldContactModel::OnderwerpColumn).data().toString(), ZoekFixture::onderwerp(40));
    QVERIFY(klantbeeld->findChild<QLabel *>(QStringLiteral("historyLabel"))->text().contains(QStringLiteral("4")));
}

void TestZoekenGui::historyLoadsMoreOnScroll()
{
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    ui::ListTableView *view = zoeken()->klantbeeld()->historyView();
    KlantbeeldContactModel *history = test::KlantbeeldPage(zoeken()->klantbeeld()).historyModel();
    QVERIFY(history);
    QCOMPARE(history->rowCount(), KlantbeeldContactModel::firstPageSize);
    view->setFocus();
    view->setCurrentIndex(history->index(0, 0));
    // End moves to the last row; the view then fetches the rest (scrolling down does the same).
    QTest::keyClick(view, Qt::Key_End);
    QTRY_COMPARE(history->rowCount(), ZoekFixture::zwaneveldContacts);
    QVERIFY(history->atEnd());
}

void TestZoekenGui::relatedPartijOpens()
{
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QSignalSpy activated(zoeken()->klantbeeld(), &ui::KlantbeeldWidget::partijActivated);
    QVERIFY(zoeken()->openPartij(m_fixture.gemeentewerf));
    const QString text = zoeken()->klantbeeld()->text();
    QVERIFY(text.contains(QStringLiteral("Stichting Gemeentewerf")));
    QVERIFY(text.contains(QStringLiteral("Co Aalders")));
    QVERIFY(text.contains(QStringLiteral("Co Bosman")));
    // The contactpersonen are links to their own klantbeeld.
    emit zoeken()->klantbeeld()->partijActivated(m_fixture.contactpersoonB);
    QCOMPARE(shownPartij(), std::optional<QUuid>(m_fixture.contactpersoonB));
    QVERIFY(zoeken()->klantbeeld()->text().contains(QStringLiteral("Stichting Gemeentewerf"))); // works for
}

void TestZoekenGui::newContactWithThisPartij()
{
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QVERIFY(zoekenPage().newContactButton()->isEnabled());
    QTest::keyClick(focus(), Qt::Key_N, Qt::AltModifier);
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("contactDock"))->isVisible());
    QCOMPARE(panel->session().partijKeuze, ContactSession::PartijKeuze::Gevonden);
    QCOMPARE(panel->session().partij, std::optional<QUuid>(m_fixture.zwaneveld));
    QCOMPARE(panel->klantKeuze()->klantbeeld()->partij.uuid, m_fixture.zwaneveld);
    // The one klantbeeld stays the contact's; the caller is not authenticated yet, so it shows
    // only what authenticating needs.
    QCOMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QVERIFY(zoeken()->klantbeeld()->isRestricted());
    QVERIFY(!zoekenPage().newContactButton()->isEnabled());
}

void TestZoekenGui::withoutSearchServiceNoTab()
{
    ui::MainWindow plain(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    ui::CallFlowContext context = m_services->context(SignedInActor{});
    context.search = nullptr;
    plain.setCallFlow(context);
    const test::MainWindowPage plainPage(&plain);
    QVERIFY(!plainPage.zoeken());
    QCOMPARE(plainPage.tabs()->count(), 2);
    plain.showTab(ui::MainWindow::KlantcontactenTab);
    QCOMPARE(plainPage.tabs()->currentIndex(), int(ui::MainWindow::KlantcontactenTab));
    // With the Zoeken tab the lists keep their place by page.
    m_window->showTab(ui::MainWindow::KlantcontactenTab);
    QCOMPARE(page().tabs()->currentWidget(), page().klantcontactenView());
}

// Issue 10: "Niemand gevonden" must not leave the previous klantbeeld standing as if it were the
// answer; during a contact the contact's partij goes with it.
void TestZoekenGui::nobodyFoundClearsTheKlantbeeld()
{
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QVERIFY(zoekenPage().newContactButton()->isEnabled());
    zoeken()->focusSearch();
    QTest::keyClicks(focus(), QStringLiteral("Xyzzyqwerty"));
    QTRY_VERIFY(results()->query() == QStringLiteral("Xyzzyqwerty") &&
                results()->state() == PartijSearchModel::State::Ready);
    QCOMPARE(results()->rowCount(), 0);
    QTRY_VERIFY(!zoeken()->klantbeeld()->hasKlantbeeld());
    QVERIFY(!zoekenPage().newContactButton()->isEnabled());

    m_window->startContact();
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    QTest::keyClicks(focus(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(panel->session().partij, std::optional<QUuid>(m_fixture.zwaneveld));
    zoeken()->focusSearch();
    QTest::keyClicks(focus(), QStringLiteral("Xyzzyqwerty"));
    QTRY_VERIFY(!zoeken()->klantbeeld()->hasKlantbeeld());
    QVERIFY(!panel->session().partij.has_value());
    QCOMPARE(panel->session().partijKeuze, ContactSession::PartijKeuze::Geen);
}

QTEST_MAIN(TestZoekenGui)
#include "tst_zoeken_gui.moc"
