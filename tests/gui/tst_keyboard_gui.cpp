// Keys land where the eye expects (issue 10): in every step of the contact panel and on the
// Zoeken tab, in Dutch and in English, Tab reaches every field in reading order without leaving
// the form half-way, Shift+Tab retraces it, and no two Alt-keys visible together clash.

#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/deskfixture.h"
#include "tests/support/keyboardaudit.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/partijeditorpage.h"
#include "tests/support/zoekenpage.h"
#include "ui/callflow/callflowstep.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/partij/digitaleadresseneditor.h"
#include "ui/partij/partijeditordialog.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace kcc;
using kcc::test::KeyboardAudit;

namespace {

// The states of the contact that change which fields a step shows.
enum class Situation
{
    Fresh,         // nobody chosen yet
    UnknownPerson, // variant A: not found, not authenticated, follow-up wanted
    NewPartij,     // variant C: authenticated, not found, consent
    KnownPartij    // variant B: found and authenticated, the whole klantbeeld beside the panel
};

} // namespace

class TestKeyboardGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabOrderOfEveryStep_data();
    void tabOrderOfEveryStep();
    void mnemonicsAreUniqueOnEveryStep_data();
    void mnemonicsAreUniqueOnEveryStep();
    void tabOrderOfTheZoekenTab_data();
    void tabOrderOfTheZoekenTab();
    void tabNeverTogglesAnything();
    void mnemonicsWithTheWerkvoorraadBeside_data();
    void mnemonicsWithTheWerkvoorraadBeside();
    void partijEditor_data();
    void partijEditor();
    void vertegenwoordigerFields_data();
    void vertegenwoordigerFields();

private:
    void openWindow(const QString &language);
    void enter(Situation situation);
    ui::ContactPanel *panel() { return test::MainWindowPage(m_window.get()).contactPanel(); }
    test::ContactPanelPage panelPage() { return test::ContactPanelPage(panel()); }

    test::DeskFixture m_desk;
    std::unique_ptr<ui::MainWindow> &m_window = m_desk.window;
};

void TestKeyboardGui::init()
{
    const QString error = m_desk.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKeyboardGui::cleanup()
{
    m_desk.destroy();
}

void TestKeyboardGui::openWindow(const QString &language)
{
    const QString error = m_desk.openWindow(language, QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startContact();
    QTRY_VERIFY(panel()->isActive());
}

void TestKeyboardGui::enter(Situation situation)
{
    switch (situation) {
    case Situation::Fresh:
        return;
    case Situation::UnknownPerson:
        QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("notFoundButton")), Qt::LeftButton);
        panel()->goToStep(ui::ContactPanel::OpvolgingStep);
        QTest::keyClick(panel()->findChild<QCheckBox *>(QStringLiteral("taakBox")), Qt::Key_Space);
        return;
    case Situation::KnownPartij: {
        Partij partij;
        partij.uuid = QUuid::createUuid();
        partij.nummer = QStringLiteral("1928753");
        partij.voorkeurstaal = QStringLiteral("nld");
        partij.contactnaam =
            Contactnaam{QStringLiteral("C"), QStringLiteral("Carl"), QString(), QStringLiteral("Zwartewaal")};
        PartijIdentificator bsn;
        bsn.uuid = QUuid::createUuid();
        bsn.identificeerdePartij = partij.uuid;
        bsn.objectId = QStringLiteral("999993653");
        {
            storage::WriteTransaction transaction(m_desk.database());
            QVERIFY(storage::Repository<Partij>(m_desk.database()).insert(partij).ok());
            QVERIFY(storage::Repository<PartijIdentificator>(m_desk.database()).insert(bsn).ok());
            QVERIFY(transaction.commit().ok());
        }
        QTest::keyClicks(test::zoekenTab(m_window.get())->findChild<QLineEdit *>(QStringLiteral("zoekenEdit")),
                         QStringLiteral("Zwartewaal"));
        QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(partij.uuid));
        panel()->goToStep(ui::ContactPanel::AuthenticatieStep);
        QTest::keyClick(panel()->findChild<QCheckBox *>(QStringLiteral("authenticatedBox")), Qt::Key_Space);
        QTRY_VERIFY(test::zoekenTab(m_window.get())->findChild<QWidget *>(QStringLiteral("historyView"))->isVisible());
        return;
    }
    case Situation::NewPartij:
        QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("notFoundButton")), Qt::LeftButton);
        panel()->goToStep(ui::ContactPanel::AuthenticatieStep);
        QTest::keyClick(panel()->findChild<QCheckBox *>(QStringLiteral("authenticatedBox")), Qt::Key_Space);
        panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
        QTest::keyClick(panel()->findChild<QCheckBox *>(QStringLiteral("consentBox")), Qt::Key_Space);
        return;
    }
}

static void addStepRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("situation");
    QTest::addColumn<int>("step");
    const char *const steps[] = {"klant",      "authenticatie", "onderwerpen", "opvolging",
                                 "betrokkene", "doorverbinden", "afronding"};
    for (const char *language : {"nl", "en"}) {
        for (int step = 0; step < ui::ContactPanel::StepCount; ++step) {
            QTest::addRow("%s %s", language, steps[step])
                << QString::fromLatin1(language) << int(Situation::Fresh) << step;
        }
        for (int step = 0; step < ui::ContactPanel::StepCount; ++step) {
            QTest::addRow("%s %s variant B", language, steps[step])
                << QString::fromLatin1(language) << int(Situation::KnownPartij) << step;
        }
        for (int step : {int(ui::ContactPanel::AuthenticatieStep), int(ui::ContactPanel::OpvolgingStep),
                         int(ui::ContactPanel::BetrokkeneStep)}) {
            QTest::addRow("%s %s variant A", language, steps[step])
                << QString::fromLatin1(language) << int(Situation::UnknownPerson) << step;
            QTest::addRow("%s %s variant C", language, steps[step])
                << QString::fromLatin1(language) << int(Situation::NewPartij) << step;
        }
    }
}

void TestKeyboardGui::tabOrderOfEveryStep_data()
{
    addStepRows();
}

void TestKeyboardGui::tabOrderOfEveryStep()
{
    QFETCH(QString, language);
    QFETCH(int, situation);
    QFETCH(int, step);
    openWindow(language);
    enter(Situation(situation));
    panel()->goToStep(step);
    QWidget *page = panelPage().step(ui::ContactPanel::Step(step));
    QTRY_VERIFY(page->isVisible());
    QWidget *start = QApplication::focusWidget();
    QVERIFY2(start && page->isAncestorOf(start), "the step takes the keyboard when it is shown");
    const QStringList problems = KeyboardAudit::tabOrderProblems(page);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void TestKeyboardGui::mnemonicsAreUniqueOnEveryStep_data()
{
    addStepRows();
}

void TestKeyboardGui::mnemonicsAreUniqueOnEveryStep()
{
    QFETCH(QString, language);
    QFETCH(int, situation);
    QFETCH(int, step);
    openWindow(language);
    enter(Situation(situation));
    panel()->goToStep(step);
    QTRY_VERIFY(panelPage().step(ui::ContactPanel::Step(step))->isVisible());
    const QStringList clashes = KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
}

void TestKeyboardGui::tabOrderOfTheZoekenTab_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestKeyboardGui::tabOrderOfTheZoekenTab()
{
    QFETCH(QString, language);
    openWindow(language);
    ui::PartijZoekenWidget *zoeken = test::zoekenTab(m_window.get());
    QVERIFY(zoeken);
    m_window->focusSearch();
    QTRY_VERIFY(zoeken->isVisible());
    const QStringList problems = KeyboardAudit::tabOrderProblems(zoeken);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    const QStringList clashes = KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
}

void TestKeyboardGui::tabNeverTogglesAnything()
{
    openWindow(QStringLiteral("nl"));
    enter(Situation::NewPartij);
    for (int step = 0; step < ui::ContactPanel::StepCount; ++step) {
        panel()->goToStep(step);
        QWidget *page = panelPage().step(ui::ContactPanel::Step(step));
        const QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
        QList<bool> before;
        for (QAbstractButton *b : buttons)
            before.append(b->isChecked());
        const QList<QWidget *> stops = KeyboardAudit::tabStops(page);
        KeyboardAudit::walk(QApplication::focusWidget(), int(stops.size()) + 2);
        KeyboardAudit::walk(QApplication::focusWidget(), int(stops.size()) + 2, true);
        for (qsizetype i = 0; i < buttons.size(); ++i)
            QVERIFY2(buttons.at(i)->isChecked() == before.at(i), qPrintable(KeyboardAudit::describe(buttons.at(i))));
    }
}

void TestKeyboardGui::mnemonicsWithTheWerkvoorraadBeside_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("step");
    for (const char *language : {"nl", "en"}) {
        for (int step = 0; step < ui::ContactPanel::StepCount; ++step)
            QTest::addRow("%s step %d", language, step + 1) << QString::fromLatin1(language) << step;
    }
}

// A callback from the work queue while a contact is open: the queue's keys and the panel's
// keys are visible together and must not clash either.
void TestKeyboardGui::mnemonicsWithTheWerkvoorraadBeside()
{
    QFETCH(QString, language);
    QFETCH(int, step);
    openWindow(language);
    enter(Situation::UnknownPerson);
    auto *werkvoorraad = m_window->findChild<QWidget *>(QStringLiteral("werkvoorraad"));
    QVERIFY(werkvoorraad);
    m_window->showWerkvoorraad();
    QTRY_VERIFY(werkvoorraad->isVisible());
    panel()->goToStep(step);
    const QStringList clashes = KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
    // Alt+1…7 are the steps while the contact is open.
    QTest::keyClick(werkvoorraad, Qt::Key_3, Qt::AltModifier);
    QTRY_COMPARE(panel()->currentStep(), int(ui::ContactPanel::OnderwerpStep));
}

void TestKeyboardGui::partijEditor_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("en") << QStringLiteral("en");
}

// Issue 10, item 6: the partij editor opened from the klantbeeld with Ctrl+Shift+E, with an address in
// its list: on both pages every field in reading order and no Alt-key twice.
void TestKeyboardGui::partijEditor()
{
    QFETCH(QString, language);
    openWindow(language);
    enter(Situation::KnownPartij);
    QVERIFY(test::ZoekenPage(test::zoekenTab(m_window.get())).editPartijButton()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ui::PartijEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::PartijEditorDialog *>()) && dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(dialog, language == QLatin1String("nl") ? Qt::Key_U : Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(test::PartijEditorPage(dialog).digitaleAdressen()->list()->count(), 1);
    QTabWidget *tabs = test::PartijEditorPage(dialog).tabs();
    QVERIFY(tabs);
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const QStringList problems = KeyboardAudit::tabOrderProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        const QStringList clashes = KeyboardAudit::mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
    }
}

void TestKeyboardGui::vertegenwoordigerFields_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("en") << QStringLiteral("en");
}

// The Betrokkene step with rol vertegenwoordiger shows organisatienaam and whom is represented.
void TestKeyboardGui::vertegenwoordigerFields()
{
    QFETCH(QString, language);
    openWindow(language);
    enter(Situation::KnownPartij);
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QWidget *page = panelPage().step(ui::ContactPanel::BetrokkeneStep);
    auto *rol = page->findChild<QComboBox *>(QStringLiteral("rolCombo"));
    rol->setFocus();
    QTest::keyClick(rol, Qt::Key_Down);
    QTRY_VERIFY(page->findChild<QWidget *>(QStringLiteral("vertegenwoordigdeZoekEdit"))->isVisible());
    const QStringList problems = KeyboardAudit::tabOrderProblems(page);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    const QStringList clashes = KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestKeyboardGui)
#include "tst_keyboard_gui.moc"
