// The guided call registration driven through the real widgets (keyboard first), then checked in
// the database field by field.

#include "model/apijson/apijson.h"
#include "model/callflow/seatkanaal.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/search/partijsearchmodel.h"
#include "storage/beheer/sqlaccountservice.h"
#include "storage/beheer/sqlactordirectory.h"
#include "storage/beheer/sqlcodelistservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/exchange/exporter.h"
#include "storage/klantbeeld/sqlklantbeeldservice.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/keycounter.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/signinpage.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekenpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/afrondingwidget.h"
#include "ui/callflow/steps/authenticationwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/steps/opvolgingeditor.h"
#include "ui/callflow/steps/transferwidget.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/signindialog.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

const QString bsnCarl = QStringLiteral("999993653");

template<typename T>
QList<T> all(Database &db)
{
    QList<T> rows;
    (void)Repository<T>(db).forEach([&rows](const T &row) { rows.append(row); });
    return rows;
}

using Services = kcc::test::CallFlowServices;

// Types `text` into the focused widget key by key; QTest::keyClicks cannot type "í" or "ë".
void typeText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

using Keyboard = kcc::test::KeyCounter;

} // namespace

class TestCallFlowGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signIn();
    void firstBeheerder();
    void c4161KlantbeeldAndC9167BByKeyboard();
    void c9167AUnknownPerson();
    void c9167CNewPartijWithConsent();
    void c9018AKnownPartijProductRequest();
    void c9018BWithConsent();
    void c9018BWithoutConsentRule3();
    void rule1NothingRegistered();
    void transferLinksTwoActors();
    void draftSurvivesRestart();
    void badPhoneRefusedAtTheField();
    void namesAsPeopleSpellThem_data();
    void namesAsPeopleSpellThem();
    void newContactStartsClean();
    void kanaalIsRememberedPerSeat();

private:
    void openWindow();
    void startPanel();
    ui::ContactPanel *panel() { return test::MainWindowPage(m_window.get()).contactPanel(); }
    test::ContactPanelPage panelPage() { return test::ContactPanelPage(panel()); }
    QPushButton *notFoundButton() { return panel()->findChild<QPushButton *>(QStringLiteral("notFoundButton")); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ThreadedPartijSearch> m_search;
    std::unique_ptr<ui::MainWindow> m_window;
    SignedInActor m_user;
    QUuid m_vergunningen;
    QUuid m_collega;
    QUuid m_carl;
};

void TestCallFlowGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_services = std::make_unique<Services>(m_db->database());
    const Result<QUuid> medewerker = m_services->accounts.createMedewerker(
        QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
        QStringLiteral("geheim123"), {AccountRole::medewerker()});
    QVERIFY2(medewerker.ok(), qPrintable(medewerker.error().message));
    const Result<QUuid> collega = m_services->accounts.createMedewerker(
        QStringLiteral("Joost"), QStringLiteral("Vergunningen"), QString(), QStringLiteral("0201234568"),
        QStringLiteral("geheim123"), {AccountRole::medewerker()});
    QVERIFY(collega.ok());
    m_collega = collega.value();
    const Result<QUuid> afdeling =
        m_services->accounts.createAfdeling(QStringLiteral("Afdeling Vergunningen"), QString(), QString());
    QVERIFY2(afdeling.ok(), qPrintable(afdeling.error().message));
    m_vergunningen = afdeling.value();
    const Result<SignedInActor> user =
        m_services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());
    m_user = user.value();

    // C9167 B: Carl Zwartewaal, known with a default phone number and his BSN.
    Partij carl;
    carl.uuid = QUuid::createUuid();
    carl.nummer = QStringLiteral("1928753");
    carl.voorkeurstaal = QStringLiteral("nld");
    carl.contactnaam =
        Contactnaam{QStringLiteral("C"), QStringLiteral("Carl"), QString(), QStringLiteral("Zwartewaal")};
    DigitaalAdres telefoon;
    telefoon.uuid = QUuid::createUuid();
    telefoon.verstrektDoorPartij = carl.uuid;
    telefoon.adres = QStringLiteral("0201112233");
    telefoon.isStandaardAdres = true;
    carl.voorkeursDigitaalAdres = telefoon.uuid;
    PartijIdentificator bsn;
    bsn.uuid = QUuid::createUuid();
    bsn.identificeerdePartij = carl.uuid;
    bsn.objectId = bsnCarl;
    {
        WriteTransaction transaction(m_db->database());
        QVERIFY(Repository<Partij>(m_db->database()).insert(carl).ok());
        QVERIFY(Repository<DigitaalAdres>(m_db->database()).insert(telefoon).ok());
        QVERIFY(Repository<PartijIdentificator>(m_db->database()).insert(bsn).ok());
        QVERIFY(transaction.commit().ok());
    }
    m_carl = carl.uuid;
}

void TestCallFlowGui::cleanup()
{
    m_window.reset();
    m_search.reset();
    m_services.reset();
    m_db.reset();
}

void TestCallFlowGui::openWindow()
{
    // The contact panel in its main window: the caller is searched in the one search box beside it.
    m_search = std::make_unique<ThreadedPartijSearch>(m_db->path());
    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    m_window->setCallFlow(m_services->context(m_user, m_search.get()));
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCallFlowGui::startPanel()
{
    openWindow();
    m_window->startContact();
    QTRY_VERIFY(test::zoekenTab(m_window.get())->searchEdit()->hasFocus());
}

void TestCallFlowGui::signIn()
{
    ui::SignInDialog dialog(m_services->accounts, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), ui::SignInDialog::Mode::SignIn);
    const test::SignInPage page(&dialog);
    // Narrow, so that the message wraps: the dialog grows for it instead of drawing it over the form.
    dialog.resize(240, dialog.height());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Marieke"));
    QTest::keyClicks(page.passwordEdit(), QStringLiteral("fout"));
    QTest::keyClick(page.passwordEdit(), Qt::Key_Return);
    QVERIFY(!page.errorText().isEmpty());
    const auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(error && buttons);
    QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
    QVERIFY(error->geometry().bottom() < buttons->geometry().top());
    QVERIFY(error->geometry().top() > page.passwordEdit()->geometry().bottom());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Marieke"));
    QVERIFY(page.passwordEdit()->text().isEmpty());
    QTest::keyClicks(page.passwordEdit(), QStringLiteral("geheim123"));
    QTest::keyClick(page.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signedIn().naam, QStringLiteral("Marieke"));
}

void TestCallFlowGui::firstBeheerder()
{
    TestDatabase empty;
    SqlAccountService accounts(empty.database());
    ui::SignInDialog dialog(accounts, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), ui::SignInDialog::Mode::CreateFirstBeheerder);
    const test::SignInPage page(&dialog);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Beheer"));
    QTest::keyClicks(page.passwordEdit(), QStringLiteral("beheer123"));
    QTest::keyClicks(page.repeatEdit(), QStringLiteral("beheer124"));
    QTest::keyClicks(page.phoneEdit(), QStringLiteral("0201234567"));
    QTest::keyClick(page.phoneEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!accounts.hasAnyAccount().value());
    page.repeatEdit()->setText(QStringLiteral("beheer123"));
    QTest::keyClick(page.phoneEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.signedIn().hasRole(AccountRole::beheerder()));
}

void TestCallFlowGui::c4161KlantbeeldAndC9167BByKeyboard()
{
    startPanel();
    Keyboard kb;
    kb.keys = 1; // F2 "New contact" (startPanel called startContact for it)
    kb.type(QStringLiteral("Zwartewaal"));
    kb.press(Qt::Key_Return);
    // C4161: before authentication the klantbeeld shows him by name, the BSN masked, and nothing
    // else; the one klantbeeld is the contact's.
    QTRY_VERIFY(test::zoekenTab(m_window.get())->klantbeeld()->hasKlantbeeld());
    QCOMPARE(panel()->session().partij, std::optional<QUuid>(m_carl));
    const QString before = test::zoekenTab(m_window.get())->klantbeeld()->text();
    QVERIFY(before.contains(QStringLiteral("Carl Zwartewaal")));
    QVERIFY(!before.contains(bsnCarl));
    QVERIFY(before.contains(QStringLiteral("653")));
    QVERIFY(!before.contains(QStringLiteral("0201112233")));
    QVERIFY(!test::zoekenTab(m_window.get())->klantbeeld()->historyView()->isVisible());

    kb.press(Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE(panel()->currentStep(), int(ui::ContactPanel::AuthenticatieStep));
    kb.press(Qt::Key_Space);
    kb.press(Qt::Key_Tab);
    kb.press(Qt::Key_Down); // Controlevragen telefonisch
    QCOMPARE(panel()->session().authenticatiemethode, QStringLiteral("controlevragen"));
    // Authenticated: the klantbeeld shows him, the voorkeur marked and the BSN still masked.
    const QString klantbeeld = test::zoekenTab(m_window.get())->klantbeeld()->text();
    QVERIFY(klantbeeld.contains(QStringLiteral("Carl Zwartewaal")));
    QVERIFY(klantbeeld.contains(QStringLiteral("0201112233")));
    QVERIFY(klantbeeld.contains(QStringLiteral("★")));
    QVERIFY(!klantbeeld.contains(bsnCarl));
    QVERIFY(klantbeeld.contains(QStringLiteral("653")));
    QVERIFY(test::zoekenTab(m_window.get())->klantbeeld()->historyView()->isVisible());

    kb.press(Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    kb.type(QStringLiteral("Vergunning dakkapel"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Vraag over dakkapel."));

    kb.press(Qt::Key_4, Qt::AltModifier);
    QTRY_VERIFY(panelPage().opvolging()->taakBox()->hasFocus());
    kb.press(Qt::Key_Space);
    kb.press(Qt::Key_Tab);
    kb.press(Qt::Key_Tab);
    kb.press(Qt::Key_Tab);
    QTRY_VERIFY(panelPage().opvolging()->actorList()->hasFocus());
    kb.press(Qt::Key_Space); // the first entry: Afdeling Vergunningen

    kb.press(Qt::Key_5, Qt::AltModifier);
    QTRY_COMPARE(panel()->currentStep(), int(ui::ContactPanel::BetrokkeneStep));
    QCOMPARE(panelPage().betrokkene()->variantLabel()->text(),
             RegistrationRules::label(RegistrationRules::Variant::KnownPartij));
    kb.press(Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(panelPage().betrokkene()->phoneEdit()->hasFocus());
    kb.type(QStringLiteral("0612345678"));
    kb.press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());
    qInfo("C9167 variant B by keyboard: %d keystrokes", kb.keys);

    Database &db = m_db->database();
    const auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 1);
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Vergunning dakkapel"));
    QCOMPARE(contacten[0].inhoud, QStringLiteral("Vraag over dakkapel."));
    QCOMPARE(contacten[0].kanaal, QStringLiteral("telefoon"));
    QVERIFY(contacten[0].referentienummer.has_value());
    // The referentienummer stays in view after the panel closes, and Ctrl+Shift+C copies it.
    auto *last = m_window->findChild<QLabel *>(QStringLiteral("lastRegistrationLabel"));
    QVERIFY(last && last->isVisible());
    QVERIFY2(last->text().contains(*contacten[0].referentienummer), qPrintable(last->text()));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), *contacten[0].referentienummer);
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(m_carl));
    QCOMPARE(betrokkenen[0].rol, Rol::Klant);
    QCOMPARE(betrokkenen[0].hadKlantcontact, contacten[0].uuid);
    const auto oneOff = digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid);
    QCOMPARE(oneOff.size(), 1);
    QCOMPARE(oneOff[0].adres, QStringLiteral("0612345678"));
    const auto taken = all<InterneTaak>(db);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken[0].gevraagdeHandeling, QStringLiteral("Terugbellen"));
    QCOMPARE(taken[0].toegewezenAanActoren, QList<QUuid>{m_vergunningen});
    QCOMPARE(taken[0].aanleidinggevendKlantcontact, contacten[0].uuid);
    QCOMPARE(all<Partij>(db).size(), 1); // no partij added
    QVERIFY(m_services->drafts.load(m_user.actor).value().isEmpty());
}

void TestCallFlowGui::c9167AUnknownPerson()
{
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::AuthenticatieStep));
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Vergunning dakkapel"));
    panel()->goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(panelPage().opvolging()->taakBox(), Qt::Key_Space);
    QTest::keyClick(panelPage().opvolging()->actorList(), Qt::Key_Space);
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QCOMPARE(panelPage().betrokkene()->variantLabel()->text(),
             RegistrationRules::label(RegistrationRules::Variant::UnknownPerson));
    const auto names = panelPage().betrokkene()->nameEdits();
    QTest::keyClicks(names[0], QStringLiteral("K"));
    QTest::keyClicks(names[1], QStringLiteral("Karel"));
    QTest::keyClicks(names[2], QStringLiteral("van"));
    QTest::keyClicks(names[3], QStringLiteral("Deurne"));
    QTest::keyClicks(panelPage().betrokkene()->phoneEdit(), QStringLiteral("06-12345678"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QVERIFY(!betrokkenen[0].wasPartij.has_value());
    QCOMPARE(betrokkenen[0].contactnaam->voornaam, QStringLiteral("Karel"));
    QCOMPARE(betrokkenen[0].contactnaam->voorvoegselAchternaam, QStringLiteral("van"));
    QCOMPARE(betrokkenen[0].contactnaam->achternaam, QStringLiteral("Deurne"));
    const auto adressen = digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid);
    QCOMPARE(adressen.size(), 1);
    QCOMPARE(adressen[0].adres, QStringLiteral("0612345678"));
    QCOMPARE(all<InterneTaak>(db).size(), 1);
    QCOMPARE(all<Partij>(db).size(), 1);
}

void TestCallFlowGui::c9167CNewPartijWithConsent()
{
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
    panelPage().authentication()->methodCombo()->setCurrentIndex(3); // DigiD
    QTest::keyClicks(panelPage().authentication()->bsnEdit(), QStringLiteral("111222333"));
    QVERIFY(!panelPage().authentication()->bsnMessage()->hasError());
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Vergunning dakkapel"));
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QTest::keyClick(panelPage().betrokkene()->consentBox(), Qt::Key_Space);
    QCOMPARE(panelPage().betrokkene()->variantLabel()->text(),
             RegistrationRules::label(RegistrationRules::Variant::NewPartijWithDefaults));
    const auto names = panelPage().betrokkene()->nameEdits();
    QTest::keyClicks(names[0], QStringLiteral("K"));
    QTest::keyClicks(names[1], QStringLiteral("Karel"));
    QTest::keyClicks(names[2], QStringLiteral("van"));
    QTest::keyClicks(names[3], QStringLiteral("Deurne"));
    QTest::keyClicks(panelPage().betrokkene()->phoneEdit(), QStringLiteral("0612345678"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::keyClick(panelPage().afronding()->registerButton(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto partijen = all<Partij>(db);
    QCOMPARE(partijen.size(), 2);
    const Partij karel = partijen[0].uuid == m_carl ? partijen[1] : partijen[0];
    QCOMPARE(karel.contactnaam->achternaam, QStringLiteral("Deurne"));
    QVERIFY(karel.nummer.has_value());
    const auto defaults = digitaleAdressenVanPartij(db, karel.uuid);
    QCOMPARE(defaults.size(), 1);
    QCOMPARE(defaults[0].adres, QStringLiteral("0612345678"));
    QCOMPARE(karel.voorkeursDigitaalAdres, std::optional<QUuid>(defaults[0].uuid));
    const auto ids = identificatorenVanPartij(db, karel.uuid);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids[0].objectId, QStringLiteral("111222333"));
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(karel.uuid));
}

void TestCallFlowGui::c9018AKnownPartijProductRequest()
{
    // C9018 variant A: the caller is known; authenticated by control questions; the betrokkene
    // only links klantcontact and partij (no one-off details); the e-form is the bijlage.
    startPanel();
    QTest::keyClicks(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwartewaal"));
    QTest::keyClick(test::zoekenTab(m_window.get())->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(test::zoekenTab(m_window.get())->klantbeeld()->hasKlantbeeld());
    panel()->goToStep(ui::ContactPanel::AuthenticatieStep);
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
    panelPage().authentication()->methodCombo()->setCurrentIndex(1); // Controlevragen telefonisch
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Productaanvraag"));
    QTest::keyClicks(panelPage().onderwerpen()->inhoudEdit()->editor(),
                     QStringLiteral("Klant wil graag een vergunningaanvraag doen."));
    const auto bijlage = panelPage().onderwerpen()->bijlageEdits();
    QTest::keyClicks(bijlage[0], QStringLiteral("773602998198290"));
    QTest::keyClicks(bijlage[1], QStringLiteral("productaanvraag"));
    QTest::keyClicks(bijlage[2], QStringLiteral("productaanvragenregister"));
    QTest::keyClicks(bijlage[3], QStringLiteral("productidentificatie"));
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QCOMPARE(panelPage().betrokkene()->variantLabel()->text(),
             RegistrationRules::label(RegistrationRules::Variant::KnownPartij));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 1);
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Productaanvraag"));
    QCOMPARE(contacten[0].inhoud, QStringLiteral("Klant wil graag een vergunningaanvraag doen."));
    QCOMPARE(contacten[0].kanaal, QStringLiteral("telefoon"));
    QCOMPARE(contacten[0].taal, QStringLiteral("nld"));
    QCOMPARE(contacten[0].vertrouwelijk, false);
    QCOMPARE(contacten[0].indicatieContactGelukt, std::optional<bool>(true));
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(m_carl));
    QCOMPARE(betrokkenen[0].rol, Rol::Klant);
    QVERIFY(digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid).isEmpty());
    const auto bijlagen = all<Bijlage>(db);
    QCOMPARE(bijlagen.size(), 1);
    QCOMPARE(bijlagen[0].wasBijlageVanKlantcontact, contacten[0].uuid);
    QCOMPARE(bijlagen[0].bijlageidentificator->objectId, QStringLiteral("773602998198290"));
    QCOMPARE(bijlagen[0].bijlageidentificator->codeObjecttype, QStringLiteral("productaanvraag"));
    QCOMPARE(bijlagen[0].bijlageidentificator->codeSoortObjectId, QStringLiteral("productidentificatie"));
    QVERIFY(all<InterneTaak>(db).isEmpty()); // the interne taak is optional and was not asked for
    QCOMPARE(all<Partij>(db).size(), 1);
    const auto links = all<ActorKlantcontact>(db);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].actor, m_user.actor);
}

void TestCallFlowGui::c9018BWithConsent()
{
    // C9018 variant B, the caller wants the contact details kept for general use: a new partij
    // with its digitaal adres as voorkeur and the BSN, the betrokkene linked to it, the bijlage.
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
    panelPage().authentication()->methodCombo()->setCurrentIndex(3); // DigiD
    QTest::keyClicks(panelPage().authentication()->bsnEdit(), QStringLiteral("123456782"));
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Productaanvraag"));
    const auto bijlage = panelPage().onderwerpen()->bijlageEdits();
    QTest::keyClicks(bijlage[0], QStringLiteral("773602998198291"));
    QTest::keyClicks(bijlage[1], QStringLiteral("productaanvraag"));
    QTest::keyClicks(bijlage[2], QStringLiteral("productaanvragenregister"));
    QTest::keyClicks(bijlage[3], QStringLiteral("productidentificatie"));
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QTest::keyClick(panelPage().betrokkene()->consentBox(), Qt::Key_Space);
    QCOMPARE(panelPage().betrokkene()->variantLabel()->text(),
             RegistrationRules::label(RegistrationRules::Variant::NewPartijWithDefaults));
    const auto names = panelPage().betrokkene()->nameEdits();
    QTest::keyClicks(names[0], QStringLiteral("K"));
    QTest::keyClicks(names[1], QStringLiteral("Karel"));
    QTest::keyClicks(names[2], QStringLiteral("van"));
    QTest::keyClicks(names[3], QStringLiteral("Puffelen"));
    QTest::keyClicks(panelPage().betrokkene()->phoneEdit(), QStringLiteral("0612345678"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto partijen = all<Partij>(db);
    QCOMPARE(partijen.size(), 2);
    const Partij karel = partijen[0].uuid == m_carl ? partijen[1] : partijen[0];
    QCOMPARE(karel.soortPartij, SoortPartij::Persoon);
    QCOMPARE(karel.contactnaam->voorvoegselAchternaam, QStringLiteral("van"));
    QCOMPARE(karel.contactnaam->achternaam, QStringLiteral("Puffelen"));
    QCOMPARE(karel.indicatieActief, true);
    const auto adressen = digitaleAdressenVanPartij(db, karel.uuid);
    QCOMPARE(adressen.size(), 1);
    QCOMPARE(adressen[0].adres, QStringLiteral("0612345678"));
    QCOMPARE(karel.voorkeursDigitaalAdres, std::optional<QUuid>(adressen[0].uuid));
    QCOMPARE(identificatorenVanPartij(db, karel.uuid).value(0).objectId, QStringLiteral("123456782"));
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(karel.uuid));
    QVERIFY(digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid).isEmpty());
    const auto bijlagen = all<Bijlage>(db);
    QCOMPARE(bijlagen.size(), 1);
    QCOMPARE(bijlagen[0].bijlageidentificator->objectId, QStringLiteral("773602998198291"));
}

void TestCallFlowGui::c9018BWithoutConsentRule3()
{
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
    panelPage().authentication()->methodCombo()->setCurrentIndex(3);
    QTest::keyClicks(panelPage().authentication()->bsnEdit(), QStringLiteral("123456782"));
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Productaanvraag"));
    const auto bijlage = panelPage().onderwerpen()->bijlageEdits();
    QTest::keyClicks(bijlage[0], QStringLiteral("773602998198290"));
    QTest::keyClicks(bijlage[1], QStringLiteral("productaanvraag"));
    QTest::keyClicks(bijlage[2], QStringLiteral("productaanvragenregister"));
    QTest::keyClicks(bijlage[3], QStringLiteral("productidentificatie"));
    panel()->goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(panelPage().opvolging()->taakBox(), Qt::Key_Space);
    panelPage().opvolging()->handelingCombo()->setCurrentIndex(1); // zaak aanmaken
    QTest::keyClick(panelPage().opvolging()->actorList(), Qt::Key_Space);
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QCOMPARE(panelPage().betrokkene()->variantLabel()->text(),
             RegistrationRules::label(RegistrationRules::Variant::IdentificatorOnlyPartij));
    QTest::keyClicks(panelPage().betrokkene()->emailEdit(), QStringLiteral("karel@example.nl"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto partijen = all<Partij>(db);
    QCOMPARE(partijen.size(), 2);
    const Partij leeg = partijen[0].uuid == m_carl ? partijen[1] : partijen[0];
    QVERIFY(!leeg.contactnaam.has_value() || leeg.contactnaam->isEmpty());
    QVERIFY(digitaleAdressenVanPartij(db, leeg.uuid).isEmpty());
    QCOMPARE(identificatorenVanPartij(db, leeg.uuid).value(0).objectId, QStringLiteral("123456782"));
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(leeg.uuid));
    QCOMPARE(digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid).value(0).adres, QStringLiteral("karel@example.nl"));
    const auto bijlagen = all<Bijlage>(db);
    QCOMPARE(bijlagen.size(), 1);
    QCOMPARE(bijlagen[0].bijlageidentificator->objectId, QStringLiteral("773602998198290"));
    QCOMPARE(bijlagen[0].bijlageidentificator->codeRegister, QStringLiteral("productaanvragenregister"));
    const auto taken = all<InterneTaak>(db);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken[0].gevraagdeHandeling, QStringLiteral("Aanmaken zaak n.a.v. productaanvraag"));
}

void TestCallFlowGui::rule1NothingRegistered()
{
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Openingstijden"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    const QString summary = panelPage().afronding()->summaryView()->toPlainText();
    QVERIFY2(!summary.isEmpty(), "the summary says why nothing is registered");
    QVERIFY(panelPage().afronding()->registerButton()->text().contains(QStringLiteral("without registration")));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());
    QCOMPARE(Repository<Klantcontact>(m_db->database()).count(), 0);
    QCOMPARE(Repository<Betrokkene>(m_db->database()).count(), 0);
    QVERIFY(m_services->drafts.load(m_user.actor).value().isEmpty());
}

void TestCallFlowGui::transferLinksTwoActors()
{
    startPanel();
    QVERIFY(panelPage().klantKeuze()->choosePartij(m_carl));
    QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
    panelPage().authentication()->methodCombo()->setCurrentIndex(1);
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Bouwvergunning"));
    QTest::keyClicks(panelPage().onderwerpen()->inhoudEdit()->editor(), QStringLiteral("Vraag."));
    panel()->goToStep(ui::ContactPanel::DoorverbindingStep);
    QTest::keyClick(panelPage().transfer()->transferBox(), Qt::Key_Space);
    panelPage().transfer()->colleagueCombo()->setCurrentIndex(
        panelPage().transfer()->colleagueCombo()->findData(m_collega));
    QTest::keyClicks(panelPage().transfer()->textEdit()->editor(), QStringLiteral("Uitgelegd door Joost."));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 1);
    QVERIFY(contacten[0].inhoud.contains(QStringLiteral("Uitgelegd door Joost.")));
    const auto links = all<ActorKlantcontact>(db);
    QCOMPARE(links.size(), 2);
    QCOMPARE(links[0].actor, m_user.actor);
    QCOMPARE(links[1].actor, m_collega);
}

void TestCallFlowGui::draftSurvivesRestart()
{
    startPanel();
    const QUuid session = panel()->session().uuid;
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Afval niet opgehaald"));
    QTest::keyClicks(panelPage().notepad(), QStringLiteral("Kliko Dorpsstraat 1"));
    m_window.reset(); // the window closes (or the process dies) without cancelling
    m_search.reset();

    openWindow();
    const int asked = ui::MessageBox::questionsAsked();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QVERIFY(panel()->offerDraft());
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    QCOMPARE(panel()->session().uuid, session);
    QCOMPARE(panel()->session().onderwerpen.value(0).onderwerp, QStringLiteral("Afval niet opgehaald"));
    QCOMPARE(panelPage().notepad()->toPlainText(), QStringLiteral("Kliko Dorpsstraat 1"));
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QCOMPARE(panelPage().onderwerpen()->onderwerpEdit()->text(), QStringLiteral("Afval niet opgehaald"));

    // Esc asks once; yes discards the draft.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QTest::keyClick(panelPage().onderwerpen()->onderwerpEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!panel()->isActive());
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 2);
    QVERIFY(m_services->drafts.load(m_user.actor).value().isEmpty());
}

void TestCallFlowGui::badPhoneRefusedAtTheField()
{
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Vergunning dakkapel"));
    panel()->goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(panelPage().opvolging()->taakBox(), Qt::Key_Space);
    QTest::keyClick(panelPage().opvolging()->actorList(), Qt::Key_Space);
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    const auto names = panelPage().betrokkene()->nameEdits();
    QTest::keyClicks(names[1], QStringLiteral("Karel"));
    QTest::keyClicks(names[3], QStringLiteral("Deurne"));
    QTest::keyClicks(panelPage().betrokkene()->phoneEdit(), QStringLiteral("0900-1234567"));
    panelPage().betrokkene()->emailEdit()->setFocus();
    QTest::keyClicks(panelPage().betrokkene()->emailEdit(), QStringLiteral("karel@"));
    QTest::keyClick(panelPage().betrokkene()->emailEdit(), Qt::Key_Tab);
    QTRY_VERIFY(panelPage().betrokkene()->phoneMessage()->hasError());
    QTRY_VERIFY(panelPage().betrokkene()->phoneMessage()->isVisible());
    QTRY_VERIFY(panelPage().betrokkene()->emailMessage()->hasError()); // judged on leaving the field
    QCOMPARE(names[1]->text(), QStringLiteral("Karel"));
    QCOMPARE(names[3]->text(), QStringLiteral("Deurne"));

    panel()->registerContact();
    QVERIFY(panel()->isActive());
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::BetrokkeneStep));
    QVERIFY(panelPage().betrokkene()->phoneMessage()->hasError());
    QCOMPARE(names[1]->text(), QStringLiteral("Karel"));
    QCOMPARE(panel()->session().onderwerpen.value(0).onderwerp, QStringLiteral("Vergunning dakkapel"));
    QCOMPARE(Repository<Klantcontact>(m_db->database()).count(), 0);
}

void TestCallFlowGui::namesAsPeopleSpellThem_data()
{
    QTest::addColumn<bool>("newPartij");
    QTest::addColumn<QString>("voornaam");
    QTest::addColumn<QString>("voorvoegsel");
    QTest::addColumn<QString>("achternaam");
    const struct
    {
        const char *voornaam;
        const char *voorvoegsel;
        const char *achternaam;
    } names[] = {{"Jan Willem", "van den", "Berg"}, {"Maria", "van der", "Linden"},
                 {"Kees", "in 't", "Veld"},         {"Ans", "'t", "Hart"},
                 {"Pierre", "d'", "Ancona"},        {"Lucía", "de la", "Cruz"},
                 {"Ute", "von der", "Heide"},       {"Sem", "van 't", "Hek"},
                 {"Bram", "uit den", "Bogaard"},    {"Noor", "ter", "Haar"},
                 {"Zoë", "van", "Brontë"}};
    for (const auto &n : names) {
        for (const bool newPartij : {false, true}) {
            QTest::addRow("%s %s %s (%s)", n.voornaam, n.voorvoegsel, n.achternaam,
                          newPartij ? "new partij" : "betrokkene")
                << newPartij << QString::fromUtf8(n.voornaam) << QString::fromUtf8(n.voorvoegsel)
                << QString::fromUtf8(n.achternaam);
        }
    }
}

// Issue 10: what is typed is what is stored and exported, spaces and apostrophes included, for
// the betrokkene of an unknown caller (variant A) and for a new partij (variant C).
void TestCallFlowGui::namesAsPeopleSpellThem()
{
    QFETCH(bool, newPartij);
    QFETCH(QString, voornaam);
    QFETCH(QString, voorvoegsel);
    QFETCH(QString, achternaam);
    startPanel();
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    if (newPartij) {
        QTest::keyClick(panelPage().authentication()->authenticatedBox(), Qt::Key_Space);
        panelPage().authentication()->methodCombo()->setCurrentIndex(3);
        QTest::keyClicks(panelPage().authentication()->bsnEdit(), QStringLiteral("111222333"));
    }
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Naam"));
    if (!newPartij) {
        panel()->goToStep(ui::ContactPanel::OpvolgingStep);
        QTest::keyClick(panelPage().opvolging()->taakBox(), Qt::Key_Space);
        QTest::keyClick(panelPage().opvolging()->actorList(), Qt::Key_Space);
    }
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    if (newPartij)
        QTest::keyClick(panelPage().betrokkene()->consentBox(), Qt::Key_Space);
    // Typed as a person types: field by field with Tab, every key through the real widgets.
    panelPage().betrokkene()->nameEdits()[1]->setFocus();
    typeText(voornaam);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(voorvoegsel);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(achternaam);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), panelPage().betrokkene()->phoneEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("06 1234 5678"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(!panel()->isActive(), qPrintable(panelPage().banner()->text()));

    Database &db = m_db->database();
    std::optional<Contactnaam> stored;
    if (newPartij) {
        for (const Partij &p : all<Partij>(db)) {
            if (p.uuid != m_carl)
                stored = p.contactnaam;
        }
    } else {
        stored = all<Betrokkene>(db).value(0).contactnaam;
    }
    QVERIFY(stored.has_value());
    QCOMPARE(stored->voornaam, voornaam);
    QCOMPARE(stored->voorvoegselAchternaam, voorvoegsel);
    QCOMPARE(stored->achternaam, achternaam);

    QTemporaryDir out;
    QVERIFY(Exporter(db, ApiJson::defaultBaseUrl()).exportTo(out.path()).ok());
    QFile file(out.filePath(newPartij ? QStringLiteral("partijen.json") : QStringLiteral("betrokkenen.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    bool exported = false;
    for (const QJsonValue &row : rows) {
        const QJsonObject naam =
            newPartij ? row[QStringLiteral("partijIdentificatie")][QStringLiteral("contactnaam")].toObject()
                      : row[QStringLiteral("contactnaam")].toObject();
        if (naam[QStringLiteral("achternaam")].toString() == achternaam) {
            QCOMPARE(naam[QStringLiteral("voornaam")].toString(), voornaam);
            QCOMPARE(naam[QStringLiteral("voorvoegselAchternaam")].toString(), voorvoegsel);
            exported = true;
        }
    }
    QVERIFY(exported);
}

// Issue 10: the next caller starts with nothing of the last one: no search text, no hits, no
// klantbeeld, no ticks; the kanaal is the one last used.
void TestCallFlowGui::newContactStartsClean()
{
    startPanel();
    panelPage().kanaalCombo()->setCurrentIndex(panelPage().kanaalCombo()->findData(QStringLiteral("balie")));
    QTest::keyClicks(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwartewaal"));
    QTest::keyClick(test::zoekenTab(m_window.get())->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(panel()->session().partij, std::optional<QUuid>(m_carl));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    panelPage().authentication()->methodCombo()->setCurrentIndex(1);
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Eerste beller"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());

    m_window->startContact();
    QTRY_VERIFY(panel()->isActive());
    QVERIFY(test::zoekenTab(m_window.get())->searchEdit()->text().isEmpty());
    QCOMPARE(test::ZoekenPage(test::zoekenTab(m_window.get())).resultsModel()->rowCount(), 0);
    QVERIFY(!test::zoekenTab(m_window.get())->klantbeeld()->hasKlantbeeld());
    QVERIFY(!panel()->session().partij.has_value());
    QVERIFY(!panelPage().klantKeuze()->klantbeeld().has_value());
    QCOMPARE(panel()->currentStep(), int(ui::ContactPanel::KlantStep));
    for (int i = 0; i < panelPage().stepList()->count(); ++i)
        QVERIFY2(!panelPage().stepList()->item(i)->text().contains(QStringLiteral("✓")),
                 qPrintable(panelPage().stepList()->item(i)->text()));
    QCOMPARE(panelPage().kanaalCombo()->currentData().toString(), QStringLiteral("balie"));
    QVERIFY(panelPage().onderwerpen()->onderwerpEdit()->text().isEmpty());
    QVERIFY(!panel()->session().geauthenticeerd);
}

// Issue 10: the kanaal of a new contact is the seat's choice, kept in its settings across a restart
// and for whoever signs in there next; the medewerker's own last kanaal does not override it.
void TestCallFlowGui::kanaalIsRememberedPerSeat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsFile = dir.filePath(QStringLiteral("seat.ini"));
    SeatKanaal::useSettings(settingsFile);
    const auto forget = qScopeGuard([] { SeatKanaal::forget(); });

    startPanel();
    QCOMPARE(panelPage().kanaalCombo()->currentData().toString(), QStringLiteral("telefoon")); // never chosen
    QVERIFY(panelPage().kanaalCombo()->isVisible());
    panelPage().kanaalCombo()->setCurrentIndex(panelPage().kanaalCombo()->findData(QStringLiteral("balie")));
    QCOMPARE(panel()->session().kanaal, QStringLiteral("balie"));
    // Cancelled, nothing registered: the seat keeps its choice all the same.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QVERIFY(panel()->cancelContact());
    QTRY_VERIFY(!panel()->isActive());
    QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("contact/kanaal")).toString(),
             QStringLiteral("balie"));

    // A restart (a new window reads the settings again) and a colleague at this seat, whose own last
    // kanaal in the database is e-mail.
    m_window.reset();
    m_search.reset();
    QVERIFY(m_services->codeLists.setLastKanaal(m_collega, QStringLiteral("e-mail")).ok());
    const Result<SignedInActor> joost =
        m_services->accounts.signIn(QStringLiteral("Joost"), QStringLiteral("geheim123"));
    QVERIFY(joost.ok());
    m_user = joost.value();
    startPanel();
    QCOMPARE(panelPage().kanaalCombo()->currentData().toString(), QStringLiteral("balie"));
    QCOMPARE(panel()->session().kanaal, QStringLiteral("balie"));

    // Without a choice kept for the seat the medewerker's last kanaal applies, as before.
    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QVERIFY(panel()->cancelContact());
    SeatKanaal::setKanaal(QString());
    m_window->startContact();
    QTRY_VERIFY(panel()->isActive());
    QCOMPARE(panel()->session().kanaal, QStringLiteral("e-mail"));
}

QTEST_MAIN(TestCallFlowGui)
#include "tst_callflow_gui.moc"
