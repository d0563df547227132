// Issue 10, item 8: sign out and switch medewerker without quitting (Ctrl+Shift+L), the key
// overview (F1) and the screens a medewerker's roles refuse, which say why. Driven by the
// keyboard through the real SessionHost and main window on a real database, in Dutch.

#include "app/werkplek/sessionhost.h"
#include "model/klantinteracties/internetaak.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"
#include "translations/translator.h"
#include "ui/beheer/beheerdialog.h"
#include "ui/callflow/contactpanel.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/shell/keyoverviewdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/taken/supervisorwidget.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/widgets/listtableview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace kcc;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

class TestSignOutGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void signOutClearsEverythingAndSwitchesUser();
    void signOutWithoutNextUserEnds();
    void callDuringSignInGoesToTheNextMedewerker();
    void f1ShowsEveryShortcut();
    void refusedScreensSayWhy();
    void beheerRightsFollowTheSeat();

private:
    SignedInActor account(const QString &naam, const QStringList &roles);
    std::unique_ptr<ui::MainWindow> window(const SignedInActor &user);

    ZoekFixture m_fixture;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search;
};

void TestSignOutGui::initTestCase()
{
    // The refusals and the overview are checked in the language of the desk.
    QVERIFY(installTranslations(*qApp, QStringLiteral("nl")));
}

void TestSignOutGui::cleanupTestCase()
{
    installTranslations(*qApp, QStringLiteral("en"));
}

void TestSignOutGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString inserted = m_fixture.insert(m_db->database());
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
    m_services = std::make_unique<test::CallFlowServices>(m_db->database());
    m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
}

void TestSignOutGui::cleanup()
{
    m_search.reset();
    m_services.reset();
    m_db.reset();
}

SignedInActor TestSignOutGui::account(const QString &naam, const QStringList &roles)
{
    const Result<QUuid> created = m_services->accounts.createMedewerker(
        naam, QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"), QStringLiteral("geheim123"), roles);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    const Result<SignedInActor> signedIn = m_services->accounts.signIn(naam, QStringLiteral("geheim123"));
    return signedIn ? signedIn.value() : SignedInActor{};
}

std::unique_ptr<ui::MainWindow> TestSignOutGui::window(const SignedInActor &user)
{
    auto w = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    w->setCallFlow(m_services->context(user, m_search.get()));
    w->resize(1366, 768);
    w->show();
    return w;
}

void TestSignOutGui::signOutClearsEverythingAndSwitchesUser()
{
    const SignedInActor anna = account(QStringLiteral("Anna"), {AccountRole::medewerker()});
    const SignedInActor bram = account(QStringLiteral("Bram"), {AccountRole::medewerker(), AccountRole::supervisor()});
    QVERIFY(!anna.actor.isNull() && !bram.actor.isNull());
    // Anna has a task to open in the work queue.
    {
        storage::WriteTransaction transaction(m_db->database());
        InterneTaak taak;
        taak.uuid = ZoekFixture::uuid(700);
        taak.referentienummer = QStringLiteral("9200");
        taak.gevraagdeHandeling = QStringLiteral("Terugbellen");
        taak.aanleidinggevendKlantcontact = m_fixture.contact(3);
        taak.toegewezenAanActoren = {anna.actor};
        taak.toegewezenOp = QDateTime::currentDateTimeUtc();
        QVERIFY(storage::Repository<InterneTaak>(m_db->database()).insert(taak).ok());
        QVERIFY(transaction.commit().ok());
    }

    int prompts = 0;
    int windowsShownAtSignIn = -1;
    QString textShownAtSignIn;
    app::SessionHost host({&m_services->partijen, &m_services->klantcontacten, m_db->path(), false},
                          m_services->context({}, m_search.get()), [&]() -> std::optional<SignedInActor> {
                              ++prompts;
                              // While the next medewerker signs in, no window of the last one is on screen.
                              windowsShownAtSignIn = 0;
                              for (QWidget *top : QApplication::topLevelWidgets()) {
                                  if (top->isVisible()) {
                                      ++windowsShownAtSignIn;
                                      textShownAtSignIn += top->windowTitle();
                                  }
                              }
                              return bram;
                          });
    host.start(anna);
    QPointer<ui::MainWindow> first = host.window();
    QVERIFY(first);
    QVERIFY(QTest::qWaitForWindowActive(first));
    QVERIFY(first->findChild<QWidget *>(QStringLiteral("supervisorRefused")));

    // Anna searches and opens a klantbeeld...
    QTest::keyClick(first, Qt::Key_F, Qt::ControlModifier);
    auto *search = first->findChild<QLineEdit *>(QStringLiteral("zoekenEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QTest::keyClicks(search, QStringLiteral("Zwaneveld"));
    auto *zoekenKlantbeeld =
        first->findChild<QWidget *>(QStringLiteral("partijZoeken"))->findChild<ui::KlantbeeldWidget *>();
    QTRY_VERIFY(zoekenKlantbeeld->hasKlantbeeld());
    // ...opens her task...
    QTest::keyClick(first, Qt::Key_3, Qt::ControlModifier);
    auto *queue = first->findChild<ui::ListTableView *>(QStringLiteral("werkvoorraadView"));
    QTRY_COMPARE(queue->model()->rowCount(), 1);
    queue->setFocus(Qt::TabFocusReason);
    queue->setCurrentIndex(queue->model()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_Return);
    QTRY_COMPARE(first->findChild<ui::TaakDetailWidget *>(QStringLiteral("taakDetail"))->taak(),
                 ZoekFixture::uuid(700));
    // ...and has a contact open when she signs out.
    QTest::keyClick(first, Qt::Key_F2);
    QTRY_VERIFY(test::MainWindowPage(first).contactPanel()->isActive());

    QTest::keyClick(first, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!first);
    QTRY_VERIFY(host.window());
    QCOMPARE(prompts, 1);
    QCOMPARE(windowsShownAtSignIn, 0);
    QVERIFY2(textShownAtSignIn.isEmpty(), qPrintable(textShownAtSignIn));
    // Her contact is kept as a draft for her next sign-in.
    const Result<QList<ContactSession>> drafts = m_services->drafts.load(anna.actor);
    QVERIFY(drafts.ok());
    QCOMPARE(drafts.value().size(), 1);

    // Bram's window: nothing of Anna's is left.
    ui::MainWindow *second = host.window();
    QVERIFY(QTest::qWaitForWindowActive(second));
    QVERIFY(second->findChild<QLabel *>(QStringLiteral("signedInLabel"))->text().contains(QStringLiteral("Bram")));
    auto *newSearch = second->findChild<QLineEdit *>(QStringLiteral("zoekenEdit"));
    QVERIFY(newSearch->text().isEmpty());
    QVERIFY(!newSearch->isUndoAvailable());
    QCOMPARE(second->findChild<ui::ListTableView *>(QStringLiteral("zoekenResults"))->model()->rowCount(), 0);
    const QList<ui::KlantbeeldWidget *> klantbeelden = second->findChildren<ui::KlantbeeldWidget *>();
    QVERIFY(!klantbeelden.isEmpty());
    for (const ui::KlantbeeldWidget *klantbeeld : klantbeelden) {
        QVERIFY(!klantbeeld->hasKlantbeeld());
        const QAbstractItemModel *history =
            klantbeeld->findChild<ui::ListTableView *>(QStringLiteral("historyView"))->model();
        QVERIFY(!history || history->rowCount() == 0);
    }
    QVERIFY(!test::MainWindowPage(second).contactPanel()->isActive());
    QVERIFY(second->findChild<ui::TaakDetailWidget *>(QStringLiteral("taakDetail"))->taak().isNull());
    QCOMPARE(second->findChild<ui::ListTableView *>(QStringLiteral("werkvoorraadView"))->model()->rowCount(), 0);
    // Bram's roles decide his tabs: he is a supervisor.
    QVERIFY(second->findChild<ui::SupervisorWidget *>());
    QVERIFY(!second->findChild<QWidget *>(QStringLiteral("supervisorRefused")));
}

void TestSignOutGui::signOutWithoutNextUserEnds()
{
    const SignedInActor anna = account(QStringLiteral("Anna"), {AccountRole::medewerker()});
    app::SessionHost host({&m_services->partijen, &m_services->klantcontacten, m_db->path(), false},
                          m_services->context({}, m_search.get()), [] { return std::optional<SignedInActor>(); });
    QSignalSpy finished(&host, &app::SessionHost::finished);
    host.start(anna);
    QPointer<ui::MainWindow> first = host.window();
    QVERIFY(QTest::qWaitForWindowActive(first));
    QTest::keyClick(first, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!first);
    QVERIFY(!host.window());
}

void TestSignOutGui::callDuringSignInGoesToTheNextMedewerker()
{
    const SignedInActor anna = account(QStringLiteral("Anna"), {AccountRole::medewerker()});
    const SignedInActor bram = account(QStringLiteral("Bram"), {AccountRole::medewerker()});
    app::SessionHost *hostPointer = nullptr;
    app::SessionHost host({&m_services->partijen, &m_services->klantcontacten, m_db->path(), false},
                          m_services->context({}, m_search.get()), [&]() -> std::optional<SignedInActor> {
                              // The softphone hands over a call while nobody is signed in.
                              hostPointer->incomingCall(QStringLiteral("0611223344"));
                              return bram;
                          });
    hostPointer = &host;
    host.start(anna);
    QPointer<ui::MainWindow> first = host.window();
    QVERIFY(QTest::qWaitForWindowActive(first));
    QVERIFY(!test::MainWindowPage(first).contactPanel()->isActive());
    QTest::keyClick(first, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!first);
    QTRY_VERIFY(host.window());
    // Not lost, and not taken by Anna: Bram's window starts the telefoon contact.
    QVERIFY(test::MainWindowPage(host.window()).contactPanel()->isActive());
    QVERIFY(
        host.window()->findChild<QLabel *>(QStringLiteral("signedInLabel"))->text().contains(QStringLiteral("Bram")));
}

void TestSignOutGui::f1ShowsEveryShortcut()
{
    const SignedInActor bram = account(QStringLiteral("Bram"), {AccountRole::medewerker(), AccountRole::supervisor()});
    const std::unique_ptr<ui::MainWindow> w = window(bram);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QWidget *before = QApplication::focusWidget();

    QTest::keyClick(w.get(), Qt::Key_F1);
    QPointer<ui::KeyOverviewDialog> overview;
    QTRY_VERIFY((overview = w->findChild<ui::KeyOverviewDialog *>()) && overview->isVisible());
    QCOMPARE(overview->windowTitle(), QStringLiteral("Sneltoetsen"));
    auto *keys = overview->findChild<QTreeWidget *>(QStringLiteral("keyOverview"));
    QVERIFY(keys);
    QStringList listed;
    for (int i = 0; i < keys->topLevelItemCount(); ++i)
        listed << keys->topLevelItem(i)->data(0, Qt::UserRole).toStringList();
    const QString texts = [&] {
        QStringList all;
        for (int i = 0; i < keys->topLevelItemCount(); ++i)
            all << keys->topLevelItem(i)->text(1);
        return all.join(QLatin1Char('\n'));
    }();
    QVERIFY2(texts.contains(QStringLiteral("Afmelden")), qPrintable(texts));

    // Every shortcut of the window - menus, contact panel, werkvoorraad, supervisor - is listed.
    QStringList shortcuts;
    for (const QAction *action : w->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            shortcuts << key.toString(QKeySequence::PortableText);
    }
    for (const QShortcut *shortcut : w->findChildren<QShortcut *>())
        shortcuts << shortcut->key().toString(QKeySequence::PortableText);
    shortcuts.removeDuplicates();
    QVERIFY(shortcuts.size() > 20);
    for (const QString &shortcut : shortcuts)
        QVERIFY2(listed.contains(shortcut), qPrintable(QStringLiteral("%1 is missing from F1").arg(shortcut)));

    QTest::keyClick(overview, Qt::Key_Escape);
    QTRY_VERIFY(!overview);
    QTRY_COMPARE(QApplication::focusWidget(), before);
}

void TestSignOutGui::refusedScreensSayWhy()
{
    const SignedInActor anna = account(QStringLiteral("Anna"), {AccountRole::medewerker()});
    const std::unique_ptr<ui::MainWindow> w = window(anna);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));

    // Ctrl+4: the Supervisor tab says why it is empty; the supervisor screen is not built.
    QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
    auto *refused = w->findChild<QWidget *>(QStringLiteral("supervisorRefused"));
    QVERIFY(refused);
    QTRY_COMPARE(test::MainWindowPage(w.get()).tabs()->currentWidget(), refused);
    QVERIFY(refused->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(refused->findChild<QLabel *>(QStringLiteral("refusedTitle"))->text(),
             QStringLiteral("Alleen voor supervisors"));
    QVERIFY(
        refused->findChild<QLabel *>(QStringLiteral("refusedReason"))->text().contains(QStringLiteral("supervisor")));
    QVERIFY(!w->findChild<ui::SupervisorWidget *>());

    // Ctrl+Shift+B: Beheer says why instead of a dead menu item.
    QTest::keyClick(w.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<QDialog> beheer;
    QTRY_VERIFY((beheer = w->findChild<QDialog *>(QStringLiteral("beheerRefusedDialog"))) && beheer->isVisible());
    QCOMPARE(beheer->findChild<QLabel *>(QStringLiteral("refusedTitle"))->text(),
             QStringLiteral("Alleen voor beheerders"));
    QVERIFY(!w->findChild<ui::BeheerDialog *>());
    QTest::keyClick(beheer, Qt::Key_Escape);
    QTRY_VERIFY(!beheer);
}

// The services check beheer rights against whoever holds the seat: a medewerker after a
// beheerder cannot manage accounts, nobody can while the seat is free, a beheerder after a
// medewerker can.
void TestSignOutGui::beheerRightsFollowTheSeat()
{
    const SignedInActor anna = account(QStringLiteral("Anna"), {AccountRole::medewerker()});
    const SignedInActor bea = account(QStringLiteral("Bea"), {AccountRole::beheerder()});
    QVERIFY(!anna.actor.isNull() && !bea.actor.isNull());
    bool refusedWhileFree = false;
    int prompts = 0;
    app::SessionHost host(
        {&m_services->partijen, &m_services->klantcontacten, m_db->path(), false},
        m_services->context({}, m_search.get()), [&]() -> std::optional<SignedInActor> {
            ++prompts;
            refusedWhileFree = !m_services->accounts.createAfdeling(QStringLiteral("Vrij"), QString(), QString());
            return prompts == 1 ? std::optional<SignedInActor>(bea) : std::optional<SignedInActor>(anna);
        });
    host.start(anna);
    QVERIFY(QTest::qWaitForWindowActive(host.window()));
    QVERIFY(!m_services->accounts.createAfdeling(QStringLiteral("Door Anna"), QString(), QString()));
    QVERIFY(!m_services->codeLists.add(CodeList::Kanaal, CodeListEntry{QStringLiteral("fax"), QStringLiteral("Fax")}));

    QTest::keyClick(host.window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(prompts, 1);
    QTRY_VERIFY(host.window() && host.window()->isVisible());
    QVERIFY(refusedWhileFree);
    QVERIFY(m_services->accounts.createAfdeling(QStringLiteral("Door Bea"), QString(), QString()));

    QTest::keyClick(host.window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(prompts, 2);
    QTRY_VERIFY(host.window() && host.window()->isVisible());
    QVERIFY(!m_services->accounts.createAfdeling(QStringLiteral("Weer Anna"), QString(), QString()));
}

QTEST_MAIN(TestSignOutGui)
#include "tst_signout_gui.moc"
