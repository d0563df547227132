// Issue 15, item 4: the desk locks itself after a while without input (under a fake clock, no
// waiting) and by Ctrl+L; locked, no visible widget shows the partij, the notes or the
// medewerker; the right password brings back exactly what was there, a wrong one is refused at
// the field, and signing out from the lock screen keeps the open contact as a draft.

#include "model/klantinteracties/partijidentificator.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/fixedclock.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"
#include "ui/callflow/contactpanel.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/shell/inactivitywatch.h"
#include "ui/shell/keyoverviewdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextEdit>
#include <QtTest>

using namespace kcc;
using kcc::test::FixedClock;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {

const QString bsn = QStringLiteral("123456782");
const QString notes = QStringLiteral("Vraagt naar de verlenging van het paspoort");
const QString password = QStringLiteral("geheim123");

// Every text a person could read on screen now: the visible widgets' texts, the rows of visible
// lists, the titles of visible windows.
QString textOnScreen()
{
    QStringList texts;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        if (widget->isWindow())
            texts << widget->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            texts << rich->toPlainText();
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column)
                    texts << model->index(row, column, view->rootIndex()).data().toString();
            }
        }
        texts << widget->toolTip();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestLockGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void locksAfterInactivityAndShowsNothingPersonal();
    void unlockRestoresTheDeskExactly();
    void wrongPasswordIsRefusedAtTheField();
    void shortcutLocksAndOnlyTheLockScreenListens();
    void callWhileLockedWaitsForTheMedewerker();
    void signOutFromTheLockScreenKeepsTheDraft();
    void withoutATimeoutItNeverLocksByItself();

private:
    void openWindow(std::chrono::seconds lockAfter);
    // Zwaneveld's klantbeeld in a contact with notes, as a medewerker leaves it.
    void openContactWithNotes();
    QLineEdit *lockPassword() const;
    void unlockWith(const QString &given);

    ZoekFixture m_fixture;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search;
    std::unique_ptr<ui::MainWindow> m_window;
    SignedInActor m_anna;
};

void TestLockGui::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString inserted = m_fixture.insert(m_db->database());
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
    {
        storage::WriteTransaction transaction(m_db->database());
        PartijIdentificator identificator;
        identificator.uuid = ZoekFixture::uuid(9001);
        identificator.identificeerdePartij = m_fixture.zwaneveld;
        identificator.objectId = bsn;
        QVERIFY(storage::Repository<PartijIdentificator>(m_db->database()).insert(identificator));
        QVERIFY(transaction.commit());
    }
    m_services = std::make_unique<test::CallFlowServices>(m_db->database(), m_clock->clock());
    m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
    QVERIFY(m_services->accounts.createMedewerker(QStringLiteral("Anna de Wit"), QStringLiteral("KCC"), QString(),
                                                  QStringLiteral("0201234567"), password, {AccountRole::medewerker()},
                                                  QStringLiteral("anna")));
    const Result<SignedInActor> anna = m_services->accounts.signIn(QStringLiteral("anna"), password);
    QVERIFY(anna);
    m_anna = anna.value();
}

void TestLockGui::cleanup()
{
    m_window.reset();
    m_search.reset();
    m_services.reset();
    m_db.reset();
    m_clock.reset();
}

void TestLockGui::openWindow(std::chrono::seconds lockAfter)
{
    ui::MainWindow::Sources sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false};
    sources.lockAfter = lockAfter;
    m_window = std::make_unique<ui::MainWindow>(sources);
    m_window->setCallFlow(m_services->context(m_anna, m_search.get()));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The clock is compared often, so that moving it is noticed at once.
    m_window->findChild<ui::InactivityWatch *>(QStringLiteral("inactivityWatch"))
        ->setPollInterval(std::chrono::milliseconds(5));
}

void TestLockGui::openContactWithNotes()
{
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("zoekenEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QTest::keyClicks(search, QStringLiteral("Zwaneveld"));
    auto *klantbeeld = test::MainWindowPage(m_window.get()).zoeken()->findChild<ui::KlantbeeldWidget *>();
    QTRY_VERIFY(klantbeeld->hasKlantbeeld());
    QTRY_COMPARE(panel->session().partij, std::optional<QUuid>(m_fixture.zwaneveld));
    QPlainTextEdit *notepad = test::ContactPanelPage(panel).notepad();
    notepad->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(notepad, notes);
    QCOMPARE(notepad->toPlainText(), notes);
    QVERIFY(textOnScreen().contains(QStringLiteral("Zwaneveld")));
}

QLineEdit *TestLockGui::lockPassword() const
{
    return m_window->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
}

void TestLockGui::unlockWith(const QString &given)
{
    QLineEdit *field = lockPassword();
    QVERIFY(field);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(field));
    QTest::keyClicks(field, given);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestLockGui::locksAfterInactivityAndShowsNothingPersonal()
{
    openWindow(std::chrono::minutes(10));
    openContactWithNotes();
    auto *overview = new ui::KeyOverviewDialog(m_window.get()); // another window of the desk
    overview->show();

    // Nine minutes and 59 seconds: still open.
    m_clock->advance(10 * 60 - 1);
    m_window->findChild<ui::InactivityWatch *>()->check();
    QVERIFY(!m_window->isLocked());
    // Input counts from now: ten more minutes are needed.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Shift);
    m_clock->advance(10 * 60 - 1);
    m_window->findChild<ui::InactivityWatch *>()->check();
    QVERIFY(!m_window->isLocked());
    m_clock->advance(2);
    QTRY_VERIFY(m_window->isLocked());

    const QString shown = textOnScreen();
    for (const QString &personal : {QStringLiteral("Zwaneveld"), QStringLiteral("Lotte"), bsn, notes})
        QVERIFY2(!shown.contains(personal, Qt::CaseInsensitive), qPrintable(personal + QStringLiteral(" on screen")));
    QVERIFY(!overview->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    QVERIFY(!m_window->windowTitle().contains(m_db->path().section(QLatin1Char('/'), -1)));
    QVERIFY(lockPassword()->isVisible());
    // The medewerker's own name says whose desk it is, only on the lock screen.
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("lockExplanation"))->text().contains(m_anna.naam));
}

void TestLockGui::unlockRestoresTheDeskExactly()
{
    openWindow(std::chrono::minutes(10));
    openContactWithNotes();
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QPlainTextEdit *notepad = test::ContactPanelPage(panel).notepad();
    const ContactSession before = panel->session();
    const QString title = m_window->windowTitle();
    auto *overview = new ui::KeyOverviewDialog(m_window.get());
    overview->show();
    notepad->activateWindow();
    notepad->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(notepad));

    m_clock->advance(11 * 60);
    QTRY_VERIFY(m_window->isLocked());
    unlockWith(password);
    QVERIFY(!m_window->isLocked());

    // The same contact, partij, notes and timer; the klantbeeld and the dialog are back.
    QVERIFY(panel->isActive());
    QCOMPARE(panel->session().uuid, before.uuid);
    QCOMPARE(panel->session().startedAt, before.startedAt);
    QCOMPARE(panel->session().partij, std::optional<QUuid>(m_fixture.zwaneveld));
    QCOMPARE(notepad->toPlainText(), notes);
    QVERIFY(notepad->isVisible());
    QVERIFY(!test::ContactPanelPage(panel).timerLabel()->text().isEmpty());
    auto *klantbeeld = test::MainWindowPage(m_window.get()).zoeken()->findChild<ui::KlantbeeldWidget *>();
    QVERIFY(klantbeeld->hasKlantbeeld() && klantbeeld->isVisible());
    QVERIFY(textOnScreen().contains(QStringLiteral("Zwaneveld")));
    QVERIFY(overview->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
    QCOMPARE(m_window->windowTitle(), title);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(notepad));
    // Typing goes on where it stopped.
    QTest::keyClicks(notepad, QStringLiteral("."));
    QCOMPARE(notepad->toPlainText(), notes + QStringLiteral("."));
    // The clock counts again from the unlock.
    m_clock->advance(11 * 60);
    QTRY_VERIFY(m_window->isLocked());
}

void TestLockGui::wrongPasswordIsRefusedAtTheField()
{
    openWindow(std::chrono::minutes(10));
    openContactWithNotes();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isLocked());
    unlockWith(QStringLiteral("verkeerd1"));
    QVERIFY(m_window->isLocked());
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("lockPasswordMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(message->text()));
    QVERIFY(lockPassword()->text().isEmpty());
    QVERIFY(!textOnScreen().contains(QStringLiteral("Zwaneveld")));
    // Typing again clears the message; the right one unlocks.
    unlockWith(password);
    QVERIFY(!m_window->isLocked());
}

void TestLockGui::shortcutLocksAndOnlyTheLockScreenListens()
{
    openWindow(std::chrono::seconds(0));
    openContactWithNotes();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    // F2, Ctrl+F, Ctrl+2 and Ctrl+Shift+L reach nothing behind the lock screen.
    QWidget *focus = QApplication::focusWidget();
    QCOMPARE(focus, static_cast<QWidget *>(lockPassword()));
    QTest::keyClick(focus, Qt::Key_F2);
    QTest::keyClick(focus, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(focus, Qt::Key_2, Qt::ControlModifier);
    QSignalSpy signOut(m_window.get(), &ui::MainWindow::signOutRequested);
    QTest::keyClick(focus, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(signOut.count(), 0);
    QVERIFY(m_window->isLocked());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(lockPassword()));
    QVERIFY(!textOnScreen().contains(QStringLiteral("Zwaneveld")));
    QCOMPARE(test::MainWindowPage(m_window.get()).contactPanel()->openContacts().size(), 1);
    unlockWith(password);
    QVERIFY(!m_window->isLocked());
    QCOMPARE(test::MainWindowPage(m_window.get()).contactPanel()->openContacts().size(), 1);
}

void TestLockGui::callWhileLockedWaitsForTheMedewerker()
{
    openWindow(std::chrono::minutes(10));
    m_window->lock();
    m_window->startContact(QStringLiteral("0611223344"));
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QVERIFY(!panel->isActive());
    QVERIFY(!panel->isVisible());
    unlockWith(password);
    QTRY_VERIFY(panel->isActive());
    QCOMPARE(panel->session().inkomendNummer, QStringLiteral("0611223344"));
}

void TestLockGui::signOutFromTheLockScreenKeepsTheDraft()
{
    openWindow(std::chrono::minutes(10));
    openContactWithNotes();
    m_window->lock();
    QSignalSpy signOut(m_window.get(), &ui::MainWindow::signOutRequested);
    QTest::keyClick(lockPassword(), Qt::Key_O, Qt::AltModifier); // "Sign &out"
    QTRY_COMPARE(signOut.count(), 1);
    const Result<QList<ContactSession>> drafts = m_services->drafts.load(m_anna.actor);
    QVERIFY(drafts);
    QCOMPARE(drafts.value().size(), 1);
    QCOMPARE(drafts.value().constFirst().notities, notes);
}

void TestLockGui::withoutATimeoutItNeverLocksByItself()
{
    openWindow(std::chrono::seconds(0));
    m_clock->advance(24 * 3600);
    m_window->findChild<ui::InactivityWatch *>()->check();
    QVERIFY(!m_window->isLocked());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("lockAction")));
}

QTEST_MAIN(TestLockGui)
#include "tst_lock_gui.moc"
