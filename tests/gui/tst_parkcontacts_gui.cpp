// Several contacts at once (issue 10, item 5): a call that comes in during a contact waits in a
// notice; Ctrl+Shift+A parks the open contact and takes it; the switcher (F4) brings a parked
// contact back with its own typed text, step, partij, klantbeeld and authentication; registering
// one brings the other back; a crash brings them all back. Real widgets, real SQLite, keyboard.

#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/search/partijsearchmodel.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/deskfixture.h"
#include "tests/support/keyboardaudit.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/zoekenpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/authenticationwidget.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/waitingcallnotice.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainstatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace kcc;

class TestParkContactsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formattedNumbers_data();
    void formattedNumbers();
    void parkAndTakeGivesTwoOpenContacts();
    void f2ParksTheOpenContactAndStartsACleanOne();
    void switchingBackRestoresEverything();
    void eachContactKeepsItsOwnSearch();
    void registeringOneResumesTheOther();
    void crashRestoresEveryOpenContact();
    void aCallStillWaitingWhenTheLastContactEnds();
    void fitsAndKeepsTheKeysUnique();

private:
    QUuid addPersoon(const QString &voornaam, const QString &achternaam, const QString &telefoon);
    void openWindow();
    // Contact A: Carla Zwartewaal found, authenticated, on Onderwerpen with a subject and notes typed.
    void startContactA();
    // The call from Sam's number comes in and is taken with Ctrl+Shift+A.
    void parkAndTakeB();
    // F4, Up/Down in the list, Enter.
    void chooseInSwitcher(int row);
    ui::ContactPanel *panel() { return test::MainWindowPage(m_window.get()).contactPanel(); }
    test::ContactPanelPage panelPage() { return test::ContactPanelPage(panel()); }
    ui::PartijZoekenWidget *zoeken() { return test::zoekenTab(m_window.get()); }
    QList<OpenContact> drafts() { return m_desk.services->drafts.loadOpen(m_user).value(); }

    test::DeskFixture m_desk;
    std::unique_ptr<ui::MainWindow> &m_window = m_desk.window;
    QUuid m_user;
    QUuid m_carla;
    QUuid m_sam;
    QUuid m_contactA;
};

void TestParkContactsGui::init()
{
    const QString error = m_desk.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_carla = addPersoon(QStringLiteral("Carla"), QStringLiteral("Zwartewaal"), QStringLiteral("0201112233"));
    m_sam = addPersoon(QStringLiteral("Sam"), QStringLiteral("Oudekerk"), QStringLiteral("0612345678"));
    QVERIFY(!m_carla.isNull() && !m_sam.isNull());
}

void TestParkContactsGui::cleanup()
{
    m_desk.destroy();
}

QUuid TestParkContactsGui::addPersoon(const QString &voornaam, const QString &achternaam, const QString &telefoon)
{
    Partij partij;
    partij.uuid = QUuid::createUuid();
    partij.voorkeurstaal = QStringLiteral("nld");
    partij.contactnaam = Contactnaam{QString(), voornaam, QString(), achternaam};
    DigitaalAdres adres;
    adres.uuid = QUuid::createUuid();
    adres.verstrektDoorPartij = partij.uuid;
    adres.adres = telefoon;
    partij.voorkeursDigitaalAdres = adres.uuid;
    storage::WriteTransaction transaction(m_desk.database());
    if (!storage::Repository<Partij>(m_desk.database()).insert(partij).ok() ||
        !storage::Repository<DigitaalAdres>(m_desk.database()).insert(adres).ok() || !transaction.commit().ok())
        return {};
    return partij.uuid;
}

void TestParkContactsGui::openWindow()
{
    const QString error = m_desk.openWindow(QStringLiteral("en"), QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const Result<SignedInActor> user =
        m_desk.services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());
    m_user = user.value().actor;
}

void TestParkContactsGui::startContactA()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QTRY_VERIFY(panel()->isActive());
    m_contactA = panel()->session().uuid;
    QTRY_VERIFY(zoeken()->searchEdit()->hasFocus());
    QTest::keyClicks(zoeken()->searchEdit(), QStringLiteral("Zwartewaal"));
    QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(m_carla));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(panelPage().authentication()->authenticatedBox()->hasFocus());
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Controlevragen telefonisch
    QVERIFY(panel()->session().geauthenticeerd);
    QCOMPARE(panel()->session().authenticatiemethode, QStringLiteral("controlevragen"));
    QTRY_VERIFY(!zoeken()->klantbeeld()->isRestricted());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Paspoort aanvragen"));
    QTest::keyClick(panelPage().onderwerpen()->onderwerpEdit(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wanneer kan ik het ophalen?"));
    QTest::keyClicks(panelPage().notepad(), QStringLiteral("Carla belt uit de auto"));
    // Typing goes on in the onderwerp: the debounced save has not run yet when the call comes in.
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral(" (spoed)"));
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::OnderwerpStep));
}

void TestParkContactsGui::parkAndTakeB()
{
    m_window->startContact(QStringLiteral("0612345678"));
    ui::WaitingCallNotice *notice = panelPage().waitingCallNotice();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("06 12 34 56 78")), qPrintable(notice->text()));
    QCOMPARE(panel()->session().uuid, m_contactA); // the open contact is not replaced
    QVERIFY(notice->takeButton()->text().contains(QStringLiteral("Ctrl+Shift+A")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel()->session().uuid != m_contactA);
    // The status bar no longer asks for what was just done.
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Shift+A")));
    QCOMPARE(panel()->session().inkomendNummer, QStringLiteral("0612345678"));
    QCOMPARE(panel()->session().kanaal, QStringLiteral("telefoon"));
    QVERIFY(!notice->isVisible());
    // The one match of the number opens its klantbeeld, for this contact, shown as before authentication.
    QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(m_sam));
    QTRY_VERIFY(zoeken()->klantbeeld()->hasKlantbeeld());
    QCOMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_sam);
    QVERIFY(zoeken()->klantbeeld()->isRestricted());
    QVERIFY(!panel()->session().geauthenticeerd);
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::KlantStep));
    QVERIFY(panelPage().onderwerpen()->onderwerpEdit()->text().isEmpty());
    QVERIFY(panelPage().notepad()->toPlainText().isEmpty());
}

void TestParkContactsGui::chooseInSwitcher(int row)
{
    QComboBox *switcher = panelPage().switcher();
    // Offscreen has no window manager: after an earlier popup it may leave the activation with the
    // closed popup, where a key reaches nobody. A desktop gives it back to the main window.
    if (QApplication::activeWindow() != m_window.get()) {
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    }
    QTest::keyClick(m_window->focusWidget(), Qt::Key_F4);
    QTRY_VERIFY(switcher->view()->isVisible());
    QAbstractItemView *list = switcher->view();
    while (list->currentIndex().row() > row)
        QTest::keyClick(list, Qt::Key_Up);
    while (list->currentIndex().row() < row)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!switcher->view()->isVisible());
    // The keyboard is back in the step of the contact now in front.
    QWidget *focus = m_window->focusWidget();
    QVERIFY2(focus && panelPage().step(ui::ContactPanel::Step(panel()->currentStep()))->isAncestorOf(focus),
             qPrintable(test::KeyboardAudit::describe(focus)));
}

void TestParkContactsGui::formattedNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("shown");
    QTest::newRow("mobile") << QStringLiteral("0612345678") << QStringLiteral("06 12 34 56 78");
    QTest::newRow("Amsterdam") << QStringLiteral("0201234567") << QStringLiteral("020 123 4567");
    QTest::newRow("four-digit netnummer") << QStringLiteral("0172123456") << QStringLiteral("0172 123456");
    QTest::newRow("service number") << QStringLiteral("0800-1234567") << QStringLiteral("0800 1234567");
    QTest::newRow("short service number") << QStringLiteral("09001234") << QStringLiteral("0900 1234");
    QTest::newRow("foreign") << QStringLiteral("+3222345678") << QStringLiteral("+3222345678");
    QTest::newRow("short") << QStringLiteral("14020") << QStringLiteral("14020");
}

void TestParkContactsGui::formattedNumbers()
{
    QFETCH(QString, number);
    QFETCH(QString, shown);
    QCOMPARE(ui::WaitingCallNotice::formatted(number), shown);
}

void TestParkContactsGui::parkAndTakeGivesTwoOpenContacts()
{
    startContactA();
    parkAndTakeB();

    // The switcher: both open contacts by caller, kanaal and duration, the new one in front.
    QCOMPARE(panel()->openCount(), 2);
    QComboBox *switcher = panelPage().switcher();
    QVERIFY(switcher->isVisible());
    QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("switcherLabel"))->text(), QStringLiteral("Active (2):"));
    QCOMPARE(switcher->count(), 2);
    QVERIFY2(switcher->itemText(0).contains(QStringLiteral("Carla Zwartewaal")), qPrintable(switcher->itemText(0)));
    QVERIFY2(switcher->itemText(0).contains(QStringLiteral("Telefoon")), qPrintable(switcher->itemText(0)));
    QVERIFY2(switcher->itemText(0).contains(QStringLiteral("on hold")), qPrintable(switcher->itemText(0)));
    QVERIFY2(switcher->itemText(1).contains(QStringLiteral("Sam Oudekerk")), qPrintable(switcher->itemText(1)));
    QVERIFY(!switcher->itemText(1).contains(QStringLiteral("on hold")));
    QVERIFY(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d")).match(switcher->itemText(1)).hasMatch());
    QCOMPARE(switcher->currentIndex(), 1);

    // Both are drafts: A parked on its step with everything typed, B in front.
    const QList<OpenContact> open = drafts();
    QCOMPARE(open.size(), 2);
    const auto a =
        std::find_if(open.cbegin(), open.cend(), [this](const OpenContact &c) { return c.session.uuid == m_contactA; });
    QVERIFY(a != open.cend());
    QVERIFY(a->parkedAt.has_value());
    QCOMPARE(a->step, int(ui::ContactPanel::OnderwerpStep));
    QCOMPARE(a->session.onderwerpen.value(0).onderwerp, QStringLiteral("Paspoort aanvragen (spoed)"));
    QCOMPARE(a->session.onderwerpen.value(0).inhoud, QStringLiteral("Wanneer kan ik het ophalen?"));
    QCOMPARE(a->session.notities, QStringLiteral("Carla belt uit de auto"));
    QVERIFY(a->session.geauthenticeerd);
    const auto b = std::find_if(open.cbegin(), open.cend(),
                                [this](const OpenContact &c) { return c.session.uuid == panel()->session().uuid; });
    QVERIFY(b != open.cend());
    QVERIFY(!b->parkedAt.has_value());

    // Without a waiting call Ctrl+Shift+A changes nothing and says so.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(panel()->openCount(), 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No call is waiting")));
}

// F2 during a contact does what the waiting call's key does: the open contact is parked and a new,
// clean one starts; the switcher brings the first back as it was.
void TestParkContactsGui::f2ParksTheOpenContactAndStartsACleanOne()
{
    startContactA();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QTRY_COMPARE(panel()->openCount(), 2);
    const QUuid contactB = panel()->session().uuid;
    QVERIFY(contactB != m_contactA);
    QComboBox *switcher = panelPage().switcher();
    QTRY_VERIFY(switcher->isVisible());
    QCOMPARE(switcher->count(), 2);
    QVERIFY2(switcher->itemText(0).contains(QStringLiteral("Carla Zwartewaal")), qPrintable(switcher->itemText(0)));
    QVERIFY(switcher->itemText(0).contains(QStringLiteral("on hold")));
    QCOMPARE(switcher->currentIndex(), 1);

    // The new contact is empty: no partij, no search, no klantbeeld, nothing typed, on step 1.
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::KlantStep));
    QVERIFY(!panel()->session().partij.has_value());
    QVERIFY(!panel()->session().geauthenticeerd);
    QVERIFY(panel()->session().inkomendNummer.isEmpty());
    QVERIFY(panelPage().onderwerpen()->onderwerpEdit()->text().isEmpty());
    QVERIFY(panelPage().notepad()->toPlainText().isEmpty());
    QVERIFY(zoeken()->searchEdit()->text().isEmpty());
    QTRY_VERIFY(!zoeken()->klantbeeld()->hasKlantbeeld());
    QTRY_VERIFY(zoeken()->searchEdit()->hasFocus());
    QCOMPARE(drafts().size(), 2);

    // Back to the first: everything typed is there.
    chooseInSwitcher(0);
    QCOMPARE(panel()->session().uuid, m_contactA);
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::OnderwerpStep));
    QCOMPARE(panelPage().onderwerpen()->onderwerpEdit()->text(), QStringLiteral("Paspoort aanvragen (spoed)"));
    QCOMPARE(panelPage().onderwerpen()->inhoudEdit()->editor()->toPlainText(),
             QStringLiteral("Wanneer kan ik het ophalen?"));
    QCOMPARE(panelPage().notepad()->toPlainText(), QStringLiteral("Carla belt uit de auto"));
    QCOMPARE(zoeken()->searchEdit()->text(), QStringLiteral("Zwartewaal"));
    QTRY_COMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_carla);
    QVERIFY(panel()->session().geauthenticeerd);
}

void TestParkContactsGui::switchingBackRestoresEverything()
{
    startContactA();
    parkAndTakeB();
    const QUuid contactB = panel()->session().uuid;
    // Something typed for B, not yet saved by the debounce when switching.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Afvalpas kwijt"));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier); // Opvolging: B's step is now 4
    QTRY_COMPARE(panel()->currentStep(), int(ui::ContactPanel::OpvolgingStep));
    QTest::keyClicks(panelPage().notepad(), QStringLiteral("Sam: pas verloren"));

    chooseInSwitcher(0);
    QCOMPARE(panel()->session().uuid, m_contactA);
    // A's own text, step, partij, klantbeeld and authentication.
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::OnderwerpStep));
    QCOMPARE(panelPage().onderwerpen()->onderwerpEdit()->text(), QStringLiteral("Paspoort aanvragen (spoed)"));
    QCOMPARE(panelPage().onderwerpen()->inhoudEdit()->editor()->toPlainText(),
             QStringLiteral("Wanneer kan ik het ophalen?"));
    QCOMPARE(panelPage().notepad()->toPlainText(), QStringLiteral("Carla belt uit de auto"));
    QCOMPARE(panel()->session().partij, std::optional<QUuid>(m_carla));
    QTRY_VERIFY(zoeken()->klantbeeld()->hasKlantbeeld());
    QCOMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_carla);
    QVERIFY(panel()->session().geauthenticeerd);
    QTRY_VERIFY(!zoeken()->klantbeeld()->isRestricted());
    QCOMPARE(zoeken()->searchEdit()->text(), QStringLiteral("Zwartewaal")); // A's own search, not B's
    QVERIFY(panelPage().onderwerpen().widget()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(panelPage().switcher()->itemText(1).contains(QStringLiteral("on hold")));

    // And back to B: its text, its step, and its partij shown as before authentication.
    chooseInSwitcher(1);
    QCOMPARE(panel()->session().uuid, contactB);
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::OpvolgingStep));
    QCOMPARE(panel()->session().onderwerpen.value(0).onderwerp, QStringLiteral("Afvalpas kwijt"));
    QCOMPARE(panelPage().notepad()->toPlainText(), QStringLiteral("Sam: pas verloren"));
    QTRY_COMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_sam);
    QVERIFY(zoeken()->klantbeeld()->isRestricted());

    // Typing in A between switches is stored for A only.
    chooseInSwitcher(0);
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("!"));
    chooseInSwitcher(1);
    const QList<OpenContact> open = drafts();
    QCOMPARE(open.size(), 2);
    for (const OpenContact &c : open) {
        QCOMPARE(c.session.onderwerpen.value(0).onderwerp, c.session.uuid == m_contactA
                                                               ? QStringLiteral("Paspoort aanvragen (spoed)!")
                                                               : QStringLiteral("Afvalpas kwijt"));
        QCOMPARE(c.parkedAt.has_value(), c.session.uuid == m_contactA);
    }
}

// The search box follows the contact in front; a search coming back changes nothing by itself.
void TestParkContactsGui::eachContactKeepsItsOwnSearch()
{
    startContactA();
    parkAndTakeB();
    const QUuid contactB = panel()->session().uuid;
    QTRY_COMPARE(zoeken()->searchEdit()->text(), QStringLiteral("0612345678"));
    // For B the medewerker searches a name nobody has (the klantbeeld empties, as always), then
    // opens Sam after all.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(zoeken()->searchEdit()->hasFocus());
    QTest::keyClicks(zoeken()->searchEdit(), QStringLiteral("Pietersen"));
    QTRY_VERIFY(!panel()->session().partij.has_value());
    QVERIFY(zoeken()->openPartij(m_sam));
    QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(m_sam));

    chooseInSwitcher(0);
    QCOMPARE(panel()->session().uuid, m_contactA);
    QCOMPARE(zoeken()->searchEdit()->text(), QStringLiteral("Zwartewaal"));
    QTRY_COMPARE(test::ZoekenPage(zoeken()).resultsModel()->rowCount(), 1);
    QCOMPARE(panel()->session().partij, std::optional<QUuid>(m_carla));

    chooseInSwitcher(1);
    QCOMPARE(panel()->session().uuid, contactB);
    QCOMPARE(zoeken()->searchEdit()->text(), QStringLiteral("Pietersen"));
    QTRY_COMPARE(test::ZoekenPage(zoeken()).resultsModel()->state(), PartijSearchModel::State::Ready);
    QCOMPARE(test::ZoekenPage(zoeken()).resultsModel()->rowCount(), 0);
    // Nobody found again, but B keeps Sam: the restored search opens and clears nothing.
    QCOMPARE(panel()->session().partij, std::optional<QUuid>(m_sam));
    QTRY_COMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_sam);
    QVERIFY(zoeken()->klantbeeld()->hasKlantbeeld());
    // Typing again is a search of its own: its hits act as ever.
    QTest::keyClick(zoeken()->searchEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(zoeken()->searchEdit(), QStringLiteral("Zwartewaal"));
    QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(m_carla));
}

void TestParkContactsGui::registeringOneResumesTheOther()
{
    startContactA();
    parkAndTakeB();
    const QUuid contactB = panel()->session().uuid;
    chooseInSwitcher(0);
    QCOMPARE(panel()->session().uuid, m_contactA);

    // A is registered (Ctrl+Enter); B, on hold, comes back in front with its klantbeeld.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(panel()->session().uuid, contactB);
    QVERIFY(panel()->isActive());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("contactDock"))->isVisible());
    QCOMPARE(panel()->openCount(), 1);
    QCOMPARE(panelPage().switcher()->count(), 1);
    QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("switcherLabel"))->text(), QStringLiteral("Active (1):"));
    QTRY_COMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_sam);
    QVERIFY(zoeken()->klantbeeld()->isRestricted());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Registered")),
             qPrintable(m_window->statusBar()->currentMessage()));
    const auto contacten = [this] {
        QList<Klantcontact> rows;
        (void)storage::Repository<Klantcontact>(m_desk.database()).forEach([&rows](const Klantcontact &k) {
            rows.append(k);
        });
        return rows;
    }();
    QCOMPARE(contacten.size(), 1);
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Paspoort aanvragen (spoed)"));
    const QList<OpenContact> open = drafts();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].session.uuid, contactB);
    QVERIFY(!open[0].parkedAt.has_value()); // in front again

    // Cancelling B (Esc, yes) closes the panel: nothing is open any more.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QVERIFY(panel()->cancelContact());
    QTRY_VERIFY(!panel()->isActive());
    QTRY_VERIFY(!m_window->findChild<QWidget *>(QStringLiteral("contactDock"))->isVisible());
    QVERIFY(drafts().isEmpty());
}

void TestParkContactsGui::crashRestoresEveryOpenContact()
{
    startContactA();
    parkAndTakeB();
    const QUuid contactB = panel()->session().uuid;
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Afvalpas kwijt"));

    // The window goes without closing the contacts (a crash, or the power); a new one on the same database.
    m_window.reset();
    openWindow();
    QVERIFY(!panel()->isActive());
    const int asked = ui::MessageBox::questionsAsked();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QVERIFY(m_window->offerDraft());
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1); // asked once for both

    // B in front on its step, A parked; the switcher shows both.
    QCOMPARE(panel()->openCount(), 2);
    QCOMPARE(panel()->session().uuid, contactB);
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::OnderwerpStep));
    // The steps ticked before the crash are ticked again: B went through Klant only.
    const auto ticked = [this] {
        QList<int> steps;
        for (int i = 0; i < panelPage().stepList()->count(); ++i) {
            if (panelPage().stepList()->item(i)->text().startsWith(QStringLiteral("✓")))
                steps << i;
        }
        return steps;
    };
    QCOMPARE(ticked(), QList<int>{int(ui::ContactPanel::KlantStep)});
    QCOMPARE(panelPage().onderwerpen()->onderwerpEdit()->text(), QStringLiteral("Afvalpas kwijt"));
    QComboBox *switcher = panelPage().switcher();
    QTRY_VERIFY(switcher->isVisible());
    QCOMPARE(switcher->count(), 2);
    QVERIFY2(switcher->itemText(0).contains(QStringLiteral("Carla Zwartewaal")), qPrintable(switcher->itemText(0)));
    QVERIFY(switcher->itemText(0).contains(QStringLiteral("on hold")));
    QVERIFY2(switcher->itemText(1).contains(QStringLiteral("Sam Oudekerk")), qPrintable(switcher->itemText(1)));
    QTRY_COMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_sam);
    QVERIFY(zoeken()->klantbeeld()->isRestricted());

    // A comes back with everything typed before the crash, Klant and Authenticatie ticked.
    chooseInSwitcher(0);
    QCOMPARE(panel()->session().uuid, m_contactA);
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::OnderwerpStep));
    QCOMPARE(ticked(), (QList<int>{int(ui::ContactPanel::KlantStep), int(ui::ContactPanel::AuthenticatieStep)}));
    QCOMPARE(panelPage().onderwerpen()->onderwerpEdit()->text(), QStringLiteral("Paspoort aanvragen (spoed)"));
    QCOMPARE(panelPage().notepad()->toPlainText(), QStringLiteral("Carla belt uit de auto"));
    QVERIFY(panel()->session().geauthenticeerd);
    QTRY_COMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, m_carla);
    QTRY_VERIFY(!zoeken()->klantbeeld()->isRestricted());
}

void TestParkContactsGui::aCallStillWaitingWhenTheLastContactEnds()
{
    startContactA();
    m_window->startContact(QStringLiteral("0612345678"));
    QTRY_VERIFY(panelPage().waitingCallNotice()->isVisible());
    // A is cancelled while the call waits: the panel closes, the call is not forgotten.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QTest::keyClick(panelPage().onderwerpen()->onderwerpEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!panel()->isActive());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Shift+A")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel()->isActive());
    QCOMPARE(panel()->session().inkomendNummer, QStringLiteral("0612345678"));
    QCOMPARE(panel()->openCount(), 1);
    QVERIFY(!panelPage().waitingCallNotice()->isVisible());
    QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(m_sam));
    QCOMPARE(drafts().size(), 1);
}

void TestParkContactsGui::fitsAndKeepsTheKeysUnique()
{
    startContactA();
    m_window->startContact(QStringLiteral("0612345678"));
    QTRY_VERIFY(panelPage().waitingCallNotice()->isVisible());
    // With the notice and the switcher shown: no Alt-key twice, nothing wider than 1366 px.
    const QStringList clashes = test::KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
    auto fits = [this] {
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        auto *dock = m_window->findChild<QWidget *>(QStringLiteral("contactDock"));
        return minimum.width() <= 1366 && minimum.height() <= 768 && dock->minimumSizeHint().width() <= 660;
    };
    QVERIFY(fits());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(panel()->openCount(), 2);
    QVERIFY(fits());
    QVERIFY(panelPage().switcher()->geometry().right() <= panel()->width());
    const QStringList after = test::KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(after.isEmpty(), qPrintable(after.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestParkContactsGui)
#include "tst_parkcontacts_gui.moc"
