// The partij editor at the desk (issue 10, item 6), driven by the keyboard only: from the Zoeken
// tab's klantbeeld Ctrl+Shift+E opens it, names with voorvoegsels, the language by name, a digitaal adres
// made the voorkeur and a bezoekadres in user notation are typed, Alt+V saves, and the database
// holds exactly what was typed; bad input stays in the form with the message at its field; the
// geheimhouding is for beheerders only; during a contact the editor waits for authentication.

#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "tests/support/deskfixture.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/partijeditorpage.h"
#include "tests/support/zoekenpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/partij/adresform.h"
#include "ui/partij/digitaleadresseneditor.h"
#include "ui/partij/partijeditordialog.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/taalcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace kcc;
using kcc::storage::Repository;

class TestPartijEditorGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typedIsStored();
    void badInputStaysWithTheMessageAtItsField();
    void geheimhoudingOnlyForBeheerders();
    void duringAContactOnlyAfterAuthentication();
    void organisationByItsName();

private:
    void openWindow(const QString &language = QStringLiteral("en"));
    ui::PartijEditorDialog *openEditor();
    Partij stored() { return *Repository<Partij>(m_desk.database()).find(m_partij.uuid); }
    void type(QWidget *widget, const QString &text) { QTest::keyClicks(widget, text); }
    // Alt+key to the dialog, as a user presses it.
    void alt(QWidget *window, Qt::Key key) { QTest::keyClick(window, key, Qt::AltModifier); }

    test::DeskFixture m_desk;
    std::unique_ptr<ui::MainWindow> &m_window = m_desk.window;
    Partij m_partij;
    DigitaalAdres m_telefoon;
};

void TestPartijEditorGui::init()
{
    const QString error = m_desk.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_partij = Partij{};
    m_partij.uuid = QUuid::createUuid();
    m_partij.nummer = QStringLiteral("1928753");
    m_partij.voorkeurstaal = QStringLiteral("nld");
    m_partij.contactnaam =
        Contactnaam{QStringLiteral("J"), QStringLiteral("Jan"), QString(), QStringLiteral("Zwartewaal")};
    m_telefoon = DigitaalAdres{};
    m_telefoon.uuid = QUuid::createUuid();
    m_telefoon.verstrektDoorPartij = m_partij.uuid;
    m_telefoon.adres = QStringLiteral("0612345678");
    PartijIdentificator bsn;
    bsn.uuid = QUuid::createUuid();
    bsn.identificeerdePartij = m_partij.uuid;
    bsn.objectId = QStringLiteral("999993653");
    storage::WriteTransaction transaction(m_desk.database());
    QVERIFY(Repository<Partij>(m_desk.database()).insert(m_partij).ok());
    QVERIFY(Repository<PartijIdentificator>(m_desk.database()).insert(bsn).ok());
    QVERIFY(Repository<DigitaalAdres>(m_desk.database()).insert(m_telefoon).ok());
    m_partij.voorkeursDigitaalAdres = m_telefoon.uuid;
    QVERIFY(Repository<Partij>(m_desk.database()).update(m_partij).ok());
    QVERIFY(transaction.commit().ok());
}

void TestPartijEditorGui::cleanup()
{
    m_desk.destroy();
}

void TestPartijEditorGui::openWindow(const QString &language)
{
    const QString error = m_desk.openWindow(language, QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    test::zoekenTab(m_window.get())->focusSearch();
    type(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwartewaal"));
    QTRY_VERIFY(test::zoekenTab(m_window.get())->klantbeeld()->hasKlantbeeld());
}

ui::PartijEditorDialog *TestPartijEditorGui::openEditor()
{
    QPushButton *button = test::ZoekenPage(test::zoekenTab(m_window.get())).editPartijButton();
    if (!button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ui::PartijEditorDialog *dialog = nullptr;
    // Not QTRY_*: they return void on failure, and this returns the dialog (nullptr = not opened).
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ui::PartijEditorDialog *>()) && dialog->isVisible(); }, 5000))
        return nullptr;
    QApplication::setActiveWindow(dialog);
    return dialog;
}

void TestPartijEditorGui::typedIsStored()
{
    openWindow();
    ui::PartijEditorDialog *dialog = openEditor();
    QVERIFY(dialog);
    const test::PartijEditorPage editor(dialog);

    // Names: Alt to the field, select what is there, type over it.
    alt(dialog, Qt::Key_P);
    QCOMPARE(QApplication::focusWidget(), editor.nameEdits().at(2));
    type(QApplication::focusWidget(), QStringLiteral("van den"));
    alt(dialog, Qt::Key_S);
    QCOMPARE(QApplication::focusWidget(), editor.nameEdits().at(3));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(QApplication::focusWidget(), QStringLiteral("Berg-d'Hondt"));
    alt(dialog, Qt::Key_N);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(QApplication::focusWidget(), QStringLiteral("Anne Marie"));

    // The language by its name.
    alt(dialog, Qt::Key_L);
    QCOMPARE(QApplication::focusWidget(), editor.taalCombo());
    type(editor.taalCombo(), QStringLiteral("English"));
    QCOMPARE(editor.taalCombo()->code(), QStringLiteral("eng"));

    // A new e-mail address, made the voorkeur.
    alt(dialog, Qt::Key_W);
    ui::DigitaleAdressenEditor *adressen = editor.digitaleAdressen();
    // A button's Alt-key clicks it a moment later (animateClick).
    QTRY_COMPARE(QApplication::focusWidget(), adressen->soortCombo());
    QTest::keyClick(adressen->soortCombo(), Qt::Key_Down); // telephone -> e-mail
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), adressen->adresEdit());
    type(adressen->adresEdit(), QStringLiteral("anne@example.nl"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    type(adressen->omschrijvingEdit(), QStringLiteral("werk"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), adressen->voorkeurBox());
    QTest::keyClick(adressen->voorkeurBox(), Qt::Key_Space);
    // The phone number as the medewerker writes it, normalised on leaving the field.
    adressen->list()->setFocus();
    QTest::keyClick(adressen->list(), Qt::Key_Home);
    QCOMPARE(adressen->list()->currentRow(), 0);
    alt(dialog, Qt::Key_R);
    QCOMPARE(QApplication::focusWidget(), adressen->adresEdit());
    QTest::keyClick(adressen->adresEdit(), Qt::Key_A, Qt::ControlModifier);
    type(adressen->adresEdit(), QStringLiteral("06-87654321"));
    QTest::keyClick(adressen->adresEdit(), Qt::Key_Tab);
    QCOMPARE(adressen->adresEdit()->text(), QStringLiteral("0687654321"));

    // The bezoekadres in the user's notation, on the second page.
    alt(dialog, Qt::Key_A);
    QCOMPARE(editor.tabs()->currentIndex(), 1);
    alt(dialog, Qt::Key_I);
    ui::AdresForm *bezoek = editor.bezoekadresForm();
    QCOMPARE(QApplication::focusWidget(), bezoek->edit(ui::AdresForm::Postcode));
    for (const QString &text : {QStringLiteral("1234ab"), QStringLiteral("12"), QStringLiteral("a"),
                                QStringLiteral("Dorpsstraat"), QStringLiteral("Utrecht"), QStringLiteral("nl")}) {
        type(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(bezoek->edit(ui::AdresForm::Postcode)->text(), QStringLiteral("1234 AB"));
    QCOMPARE(QApplication::focusWidget(), bezoek->edit(ui::AdresForm::NummeraanduidingId));
    type(QApplication::focusWidget(), QStringLiteral("0344200000123456"));

    alt(dialog, Qt::Key_V);
    QTRY_VERIFY(!m_window->findChild<ui::PartijEditorDialog *>());

    const Partij after = stored();
    QCOMPARE(after.contactnaam,
             std::optional<Contactnaam>(Contactnaam{QStringLiteral("J"), QStringLiteral("Anne Marie"),
                                                    QStringLiteral("van den"), QStringLiteral("Berg-d'Hondt")}));
    QCOMPARE(after.voorkeurstaal, QStringLiteral("eng"));
    QVERIFY(after.bezoekadres);
    QCOMPARE(after.bezoekadres->postcode, QStringLiteral("1234 AB"));
    QCOMPARE(after.bezoekadres->huisnummer, std::optional<int>(12));
    QCOMPARE(after.bezoekadres->huisnummertoevoeging, QStringLiteral("a"));
    QCOMPARE(after.bezoekadres->straatnaam, QStringLiteral("Dorpsstraat"));
    QCOMPARE(after.bezoekadres->stad, QStringLiteral("Utrecht"));
    QCOMPARE(after.bezoekadres->land, QStringLiteral("NL"));
    QCOMPARE(after.bezoekadres->nummeraanduidingId, QStringLiteral("0344200000123456"));
    QVERIFY(!after.correspondentieadres);
    QCOMPARE(after.nummer, m_partij.nummer);
    const QList<DigitaalAdres> digitaal = storage::digitaleAdressenVanPartij(m_desk.database(), m_partij.uuid);
    QCOMPARE(digitaal.size(), 2);
    QCOMPARE(digitaal.at(0).uuid, m_telefoon.uuid);
    QCOMPARE(digitaal.at(0).adres, QStringLiteral("0687654321"));
    QCOMPARE(digitaal.at(1).soortDigitaalAdres, SoortDigitaalAdres::Email);
    QCOMPARE(digitaal.at(1).adres, QStringLiteral("anne@example.nl"));
    QCOMPARE(digitaal.at(1).omschrijving, QStringLiteral("werk"));
    QCOMPARE(after.voorkeursDigitaalAdres, std::optional<QUuid>(digitaal.at(1).uuid));

    // The klantbeeld shows the saved partij at once.
    QTRY_COMPARE(test::zoekenTab(m_window.get())->klantbeeld()->klantbeeld()->partij.contactnaam, after.contactnaam);
}

void TestPartijEditorGui::badInputStaysWithTheMessageAtItsField()
{
    openWindow();
    ui::PartijEditorDialog *dialog = openEditor();
    QVERIFY(dialog);
    const test::PartijEditorPage editor(dialog);
    alt(dialog, Qt::Key_A);
    alt(dialog, Qt::Key_O); // correspondentieadres
    ui::AdresForm *post = editor.correspondentieadresForm();
    QCOMPARE(QApplication::focusWidget(), post->edit(ui::AdresForm::Postcode));
    type(post->edit(ui::AdresForm::Postcode), QStringLiteral("12345"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    type(post->edit(ui::AdresForm::Huisnummer), QStringLiteral("12b"));
    // The letter is refused at once, with the reason at the field: the huisnummer is a number.
    QCOMPARE(post->edit(ui::AdresForm::Huisnummer)->text(), QStringLiteral("12"));
    QVERIFY(test::adresMessage(post, ui::AdresForm::Huisnummer)->isVisible());
    QVERIFY(!test::adresMessage(post, ui::AdresForm::Huisnummer)->text().isEmpty());
    post->edit(ui::AdresForm::Land)->setFocus();
    type(post->edit(ui::AdresForm::Land), QStringLiteral("XX"));
    alt(dialog, Qt::Key_V);

    QTRY_VERIFY(test::adresMessage(post, ui::AdresForm::Postcode)->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(test::adresMessage(post, ui::AdresForm::Postcode)->text().contains(QStringLiteral("1234 AB")));
    QVERIFY(test::adresMessage(post, ui::AdresForm::Land)->isVisible());
    QVERIFY(!editor.banner()->text().isEmpty());
    // Nothing typed is lost, nothing is stored.
    QCOMPARE(post->edit(ui::AdresForm::Postcode)->text(), QStringLiteral("12345"));
    QCOMPARE(post->edit(ui::AdresForm::Land)->text(), QStringLiteral("XX"));
    QCOMPARE(stored(), m_partij);

    // An e-mail address that is no e-mail address: the address is chosen, the message at its field.
    alt(dialog, Qt::Key_C);
    alt(dialog, Qt::Key_W);
    QTRY_COMPARE(QApplication::focusWidget(), editor.digitaleAdressen()->soortCombo());
    QTest::keyClick(editor.digitaleAdressen()->soortCombo(), Qt::Key_Down);
    type(editor.digitaleAdressen()->adresEdit(), QStringLiteral("anne@"));
    post->edit(ui::AdresForm::Postcode)->clear();
    post->edit(ui::AdresForm::Huisnummer)->clear();
    post->edit(ui::AdresForm::Land)->clear();
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(editor.tabs()->currentIndex(), 0);
    QCOMPARE(editor.digitaleAdressen()->list()->currentRow(), 1);
    QVERIFY(editor.digitaalAdresMessage()->isVisible());
    QCOMPARE(editor.digitaleAdressen()->adresEdit()->text(), QStringLiteral("anne@"));
    QCOMPARE(storage::digitaleAdressenVanPartij(m_desk.database(), m_partij.uuid), QList<DigitaalAdres>{m_telefoon});
}

void TestPartijEditorGui::geheimhoudingOnlyForBeheerders()
{
    openWindow();
    ui::PartijEditorDialog *dialog = openEditor();
    QVERIFY(dialog);
    const test::PartijEditorPage editor(dialog);
    QVERIFY(editor.geheimhoudingBox()->isVisible());
    QVERIFY(!editor.geheimhoudingBox()->isEnabled());
    // Even a box ticked behind the screen's back is refused by the service.
    editor.geheimhoudingBox()->setChecked(true);
    QVERIFY(!dialog->save());
    QVERIFY(dialog->findChild<ui::FieldMessage *>(QStringLiteral("geheimhoudingMessage"))->isVisible());
    QVERIFY(!stored().indicatieGeheimhouding);
}

void TestPartijEditorGui::duringAContactOnlyAfterAuthentication()
{
    const QString error = m_desk.openWindow(QStringLiteral("en"), QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startContact();
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    type(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwartewaal"));
    QTRY_COMPARE(panel->session().partij, std::optional<QUuid>(m_partij.uuid));
    QPushButton *button = test::ZoekenPage(test::zoekenTab(m_window.get())).editPartijButton();
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(!openEditor());

    panel->goToStep(ui::ContactPanel::AuthenticatieStep);
    QTest::keyClick(panel->findChild<QCheckBox *>(QStringLiteral("authenticatedBox")), Qt::Key_Space);
    QTRY_VERIFY(button->isEnabled());
    ui::PartijEditorDialog *dialog = openEditor();
    QVERIFY(dialog);
    const test::PartijEditorPage editor(dialog);
    alt(dialog, Qt::Key_N);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(QApplication::focusWidget(), QStringLiteral("Johan"));
    alt(dialog, Qt::Key_V);
    QTRY_VERIFY(!m_window->findChild<ui::PartijEditorDialog *>());
    QCOMPARE(stored().contactnaam->voornaam, QStringLiteral("Johan"));
    // The contact's own copy of its partij is read again.
    QTRY_COMPARE(panel->klantKeuze()->klantbeeld()->partij.contactnaam->voornaam, QStringLiteral("Johan"));
    QVERIFY(panel->session().geauthenticeerd);
}

void TestPartijEditorGui::organisationByItsName()
{
    Partij bakkerij;
    bakkerij.uuid = QUuid::createUuid();
    bakkerij.soortPartij = SoortPartij::Organisatie;
    bakkerij.organisatieNaam = QStringLiteral("Bakkerij");
    {
        storage::WriteTransaction transaction(m_desk.database());
        QVERIFY(Repository<Partij>(m_desk.database()).insert(bakkerij).ok());
        QVERIFY(transaction.commit().ok());
    }
    openWindow();
    QVERIFY(test::zoekenTab(m_window.get())->openPartij(bakkerij.uuid));
    ui::PartijEditorDialog *dialog = openEditor();
    QVERIFY(dialog);
    const test::PartijEditorPage editor(dialog);
    // An organisation has a naam, no contactnaam.
    QVERIFY(!editor.nameEdits().at(3)->isVisible());
    QVERIFY(editor.organisatieNaamEdit()->isVisible());
    alt(dialog, Qt::Key_N);
    QCOMPARE(QApplication::focusWidget(), editor.organisatieNaamEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    type(QApplication::focusWidget(), QStringLiteral(" 't Hoekje"));
    alt(dialog, Qt::Key_V);
    QTRY_VERIFY(!m_window->findChild<ui::PartijEditorDialog *>());
    const Partij after = *Repository<Partij>(m_desk.database()).find(bakkerij.uuid);
    QCOMPARE(after.organisatieNaam, QStringLiteral("Bakkerij 't Hoekje"));
    QCOMPARE(after.soortPartij, SoortPartij::Organisatie);
    QVERIFY(!after.contactnaam);
}

QTEST_MAIN(TestPartijEditorGui)
#include "tst_partijeditor_gui.moc"
