// The beheer dialog driven through the real widgets against a real SQLite database; every
// assertion that matters is on what the services read back from the database.

#include "storage/beheer/sqlaccountservice.h"
#include "storage/beheer/sqlactordirectory.h"
#include "storage/beheer/sqlcodelistservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/klantbeeld/sqlklantbeeldservice.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/taken/sqltaken.h"
#include "tests/support/beheerpage.h"
#include "tests/support/callflowservices.h"
#include "tests/support/testdatabase.h"
#include "translations/translator.h"
#include "ui/beheer/afdelingform.h"
#include "ui/beheer/beheerdialog.h"
#include "ui/beheer/codelisteditor.h"
#include "ui/beheer/medewerkeraccounteditor.h"
#include "ui/beheer/medewerkerform.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/fieldmessage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QtTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

using Services = kcc::test::CallFlowServices;

template<typename T = QWidget>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("No child named %s", name);
    return widget;
}

QStringList actorNames(ActorDirectory &actors, SoortActor soort)
{
    QStringList names;
    const Result<QList<Actor>> list = actors.activeActors(soort);
    if (list) {
        for (const Actor &actor : list.value())
            names.append(actor.naam);
    }
    return names;
}

} // namespace

class TestBeheerGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menuOnlyForBeheerder();
    void createMedewerkerWhoCanSignIn();
    void badInputRefusedAtTheField_data();
    void badInputRefusedAtTheField();
    void dutchMessages();
    void createAfdeling();
    void codeListAddRenameDeactivate();
    void editRolesAndPassword();

private:
    void typeInto(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(m_dialog.get(), name);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ui::BeheerDialog> m_dialog;
    SignedInActor m_beheerder;
};

void TestBeheerGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_services = std::make_unique<Services>(m_db->database());
    const Result<QUuid> beheerder = m_services->accounts.createMedewerker(
        QStringLiteral("Bea"), QStringLiteral("Beheer"), QString(), QStringLiteral("0201234567"),
        QStringLiteral("geheim123"), {AccountRole::medewerker(), AccountRole::beheerder()});
    QVERIFY2(beheerder.ok(), qPrintable(beheerder.error().message));
    const Result<SignedInActor> user = m_services->accounts.signIn(QStringLiteral("Bea"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());
    m_beheerder = user.value();
    m_dialog = std::make_unique<ui::BeheerDialog>(m_services->context(m_beheerder));
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestBeheerGui::cleanup()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    m_dialog.reset();
    m_services.reset();
    m_db.reset();
}

void TestBeheerGui::menuOnlyForBeheerder()
{
    const Result<QUuid> gewoon = m_services->accounts.createMedewerker(
        QStringLiteral("Gijs"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234568"),
        QStringLiteral("geheim123"), {AccountRole::medewerker(), AccountRole::supervisor()});
    QVERIFY(gewoon.ok());
    const Result<SignedInActor> gijs = m_services->accounts.signIn(QStringLiteral("Gijs"), QStringLiteral("geheim123"));
    QVERIFY(gijs.ok());

    const ui::MainWindow::Sources sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false};
    ui::MainWindow forBeheerder(sources);
    forBeheerder.setCallFlow(m_services->context(m_beheerder));
    auto *action = forBeheerder.findChild<QAction *>(QStringLiteral("beheerAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    action->trigger();
    auto *opened = forBeheerder.findChild<ui::BeheerDialog *>();
    QVERIFY(opened);
    QTRY_VERIFY(opened->isVisible());
    QVERIFY(!opened->isModal());
    action->trigger(); // a second time raises the same dialog
    QCOMPARE(forBeheerder.findChildren<ui::BeheerDialog *>().size(), 1);

    ui::MainWindow forMedewerker(sources);
    forMedewerker.setCallFlow(m_services->context(gijs.value()));
    action = forMedewerker.findChild<QAction *>(QStringLiteral("beheerAction"));
    QVERIFY(action);
    // Issue 10: without the role Beheer says why instead of being a dead menu item; it never opens.
    action->trigger();
    QVERIFY(!forMedewerker.findChild<ui::BeheerDialog *>());
    QVERIFY(forMedewerker.findChild<QDialog *>(QStringLiteral("beheerRefusedDialog")));
}

void TestBeheerGui::createMedewerkerWhoCanSignIn()
{
    typeInto("medewerkerNaamEdit", QStringLiteral("Fatima"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("KCC-medewerker"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fatima@gemeente.nl"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0201234599"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("welkom2024"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("medewerkerRepeatEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("welkom2024"));
    // medewerker is checked by default; add balie and supervisor.
    child<QCheckBox>(m_dialog.get(), "balieRoleCheck")->setChecked(true);
    child<QCheckBox>(m_dialog.get(), "supervisorRoleCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "createMedewerkerButton"), Qt::LeftButton);

    const Result<SignedInActor> signedIn =
        m_services->accounts.signIn(QStringLiteral("Fatima"), QStringLiteral("welkom2024"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    QCOMPARE(signedIn.value().naam, QStringLiteral("Fatima"));
    QStringList roles = signedIn.value().roles;
    roles.sort();
    QCOMPARE(roles, (QStringList{AccountRole::balie(), AccountRole::medewerker(), AccountRole::supervisor()}));
    const Result<std::optional<Actor>> actor = m_services->actors.find(signedIn.value().actor);
    QVERIFY(actor.ok() && actor.value().has_value());
    QCOMPARE(actor.value()->functie, QStringLiteral("KCC-medewerker"));
    QCOMPARE(actor.value()->emailadres, QStringLiteral("fatima@gemeente.nl"));
    QCOMPARE(actor.value()->telefoonnummer, QStringLiteral("0201234599"));
    // The form is cleared and the list shows the new medewerker.
    QVERIFY(child<QLineEdit>(m_dialog.get(), "medewerkerNaamEdit")->text().isEmpty());
    QCOMPARE(child<QListWidget>(m_dialog.get(), "medewerkerList")->count(), 2);
}

void TestBeheerGui::badInputRefusedAtTheField_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad phone") << QStringLiteral("12ab") << QStringLiteral("welkom2024") << QStringLiteral("welkom2024")
                               << QStringLiteral("medewerkerTelefoonEditMessage");
    QTest::newRow("passwords differ") << QStringLiteral("0201234599") << QStringLiteral("welkom2024")
                                      << QStringLiteral("welkom2025") << QStringLiteral("medewerkerRepeatEditMessage");
    QTest::newRow("short password") << QStringLiteral("0201234599") << QStringLiteral("kort") << QStringLiteral("kort")
                                    << QStringLiteral("medewerkerPasswordEditMessage");
}

void TestBeheerGui::badInputRefusedAtTheField()
{
    QFETCH(QString, phone);
    QFETCH(QString, password);
    QFETCH(QString, repeat);
    QFETCH(QString, message);

    typeInto("medewerkerNaamEdit", QStringLiteral("Fatima"));
    typeInto("medewerkerFunctieEdit", QStringLiteral("KCC"));
    typeInto("medewerkerTelefoonEdit", phone);
    typeInto("medewerkerPasswordEdit", password);
    typeInto("medewerkerRepeatEdit", repeat);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "createMedewerkerButton"), Qt::LeftButton);

    auto *fieldMessage = m_dialog->findChild<ui::FieldMessage *>(message);
    QVERIFY(fieldMessage);
    QVERIFY(fieldMessage->hasError());
    QVERIFY(fieldMessage->isVisible());
    QCOMPARE(QApplication::focusWidget(), fieldMessage->field());
    // Nothing written, nothing lost.
    QCOMPARE(actorNames(m_services->actors, SoortActor::Medewerker), QStringList{QStringLiteral("Bea")});
    QVERIFY(!m_services->accounts.signIn(QStringLiteral("Fatima"), password).ok());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "medewerkerNaamEdit")->text(), QStringLiteral("Fatima"));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "medewerkerTelefoonEdit")->text(), phone);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "medewerkerPasswordEdit")->text(), password);
}

void TestBeheerGui::dutchMessages()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("nl")));
    typeInto("medewerkerNaamEdit", QStringLiteral("Fatima"));
    typeInto("medewerkerFunctieEdit", QStringLiteral("KCC"));
    typeInto("medewerkerTelefoonEdit", QStringLiteral("12ab"));
    typeInto("medewerkerPasswordEdit", QStringLiteral("welkom2024"));
    typeInto("medewerkerRepeatEdit", QStringLiteral("welkom2025"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "createMedewerkerButton"), Qt::LeftButton);
    const QString mismatch = child<ui::FieldMessage>(m_dialog.get(), "medewerkerRepeatEditMessage")->text();
    child<QLineEdit>(m_dialog.get(), "medewerkerRepeatEdit")->setText(QStringLiteral("welkom2024"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "createMedewerkerButton"), Qt::LeftButton);
    const QString phone = child<ui::FieldMessage>(m_dialog.get(), "medewerkerTelefoonEditMessage")->text();
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));

    QCOMPARE(mismatch, QStringLiteral("De wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord."));
    QVERIFY2(phone.contains(QStringLiteral("telefoonnummer"), Qt::CaseInsensitive), qPrintable(phone));
    QCOMPARE(actorNames(m_services->actors, SoortActor::Medewerker), QStringList{QStringLiteral("Bea")});
}

void TestBeheerGui::createAfdeling()
{
    test::BeheerPage(m_dialog.get()).tabs()->setCurrentIndex(ui::BeheerDialog::AfdelingenTab);
    typeInto("afdelingNaamEdit", QStringLiteral("Afdeling Burgerzaken"));
    typeInto("afdelingOmschrijvingEdit", QStringLiteral("Paspoorten en rijbewijzen"));
    typeInto("afdelingEmailEdit", QStringLiteral("burgerzaken@gemeente.nl"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "createAfdelingButton"), Qt::LeftButton);

    QCOMPARE(actorNames(m_services->actors, SoortActor::OrganisatorischeEenheid),
             QStringList{QStringLiteral("Afdeling Burgerzaken")});
    QCOMPARE(child<QListWidget>(m_dialog.get(), "afdelingList")->count(), 1);

    // A bad e-mail is refused at its field and writes nothing.
    typeInto("afdelingNaamEdit", QStringLiteral("Afdeling Belastingen"));
    typeInto("afdelingEmailEdit", QStringLiteral("belastingen@"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "createAfdelingButton"), Qt::LeftButton);
    QVERIFY(child<ui::FieldMessage>(m_dialog.get(), "afdelingEmailEditMessage")->hasError());
    QCOMPARE(actorNames(m_services->actors, SoortActor::OrganisatorischeEenheid).size(), 1);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "afdelingNaamEdit")->text(), QStringLiteral("Afdeling Belastingen"));
}

void TestBeheerGui::codeListAddRenameDeactivate()
{
    const test::BeheerPage page(m_dialog.get());
    page.tabs()->setCurrentIndex(ui::BeheerDialog::CodelijstenTab);
    ui::CodeListEditor *editor = page.codeListEditor();
    QVERIFY(editor);
    editor->setCurrentList(CodeList::Kanaal);
    auto *table = child<QTableWidget>(m_dialog.get(), "codeListTable");
    const int before = table->rowCount();

    typeInto("codeEdit", QStringLiteral("whatsapp"));
    typeInto("codeLabelEdit", QStringLiteral("WhatsApp"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addCodeButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), before + 1);

    auto find = [this](bool includeInactive) -> std::optional<CodeListEntry> {
        const Result<QList<CodeListEntry>> entries = m_services->codeLists.entries(CodeList::Kanaal, includeInactive);
        if (entries) {
            for (const CodeListEntry &entry : entries.value()) {
                if (entry.code == QLatin1String("whatsapp"))
                    return entry;
            }
        }
        return std::nullopt;
    };
    QVERIFY(find(false).has_value());
    QCOMPARE(find(false)->label, QStringLiteral("WhatsApp"));
    QVERIFY(find(false)->actief);

    // The same code again is refused at the code field.
    typeInto("codeEdit", QStringLiteral("whatsapp"));
    typeInto("codeLabelEdit", QStringLiteral("Nog eens"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addCodeButton"), Qt::LeftButton);
    QVERIFY(child<ui::FieldMessage>(m_dialog.get(), "codeEditMessage")->hasError());
    QCOMPARE(table->rowCount(), before + 1);

    // Rename: select, edit the label, Rename.
    table->clearSelection();
    QVERIFY(editor->selectCode(QStringLiteral("whatsapp")));
    auto *label = child<QLineEdit>(m_dialog.get(), "codeLabelEdit");
    QCOMPARE(label->text(), QStringLiteral("WhatsApp"));
    label->selectAll();
    label->setFocus();
    QTest::keyClicks(label, QStringLiteral("WhatsApp Business"));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "renameCodeButton"), Qt::LeftButton);
    QCOMPARE(find(false)->label, QStringLiteral("WhatsApp Business"));

    // Deactivate: gone from the active list, kept (inactive) for the contacts that refer to it.
    QVERIFY(editor->selectCode(QStringLiteral("whatsapp")));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "deactivateCodeButton"), Qt::LeftButton);
    QVERIFY(!find(false).has_value());
    QVERIFY(find(true).has_value());
    QVERIFY(!find(true)->actief);
    QVERIFY(!child<QPushButton>(m_dialog.get(), "deactivateCodeButton")->isEnabled());
}

void TestBeheerGui::editRolesAndPassword()
{
    const Result<QUuid> gijs = m_services->accounts.createMedewerker(
        QStringLiteral("Gijs"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234568"),
        QStringLiteral("geheim123"), {AccountRole::medewerker()});
    QVERIFY(gijs.ok());
    const Result<QUuid> afdeling =
        m_services->accounts.createAfdeling(QStringLiteral("Vergunningen"), QString(), QString());
    QVERIFY(afdeling.ok());
    QVERIFY(m_services->accounts.createAfdeling(QStringLiteral("Belastingen"), QString(), QString()).ok());
    const test::BeheerPage page(m_dialog.get());
    ui::MedewerkerForm *form = page.medewerkerForm();
    QVERIFY(form);
    form->reload();
    ui::MedewerkerAccountEditor *editor = page.accountEditor();
    QVERIFY(editor);

    // Choose Gijs in the list by keyboard: the editor shows his account.
    page.medewerkerList()->setFocus();
    const QList<QListWidgetItem *> items =
        page.medewerkerList()->findItems(QStringLiteral("Gijs"), Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    page.medewerkerList()->setCurrentItem(items.first());
    QCOMPARE(editor->medewerker(), gijs.value());
    QVERIFY(page.accountRoleCheck(AccountRole::medewerker())->isChecked());
    QVERIFY(!page.accountRoleCheck(AccountRole::supervisor())->isChecked());

    // The afdelingen are offered; Gijs becomes a member of Vergunningen and a supervisor.
    QCOMPARE(page.accountAfdelingenList()->count(), 2);
    QListWidgetItem *vergunningen =
        page.accountAfdelingenList()->findItems(QStringLiteral("Vergunningen"), Qt::MatchExactly).value(0);
    QVERIFY(vergunningen);
    QCOMPARE(vergunningen->checkState(), Qt::Unchecked);
    vergunningen->setCheckState(Qt::Checked);
    QTest::mouseClick(page.accountRoleCheck(AccountRole::supervisor()), Qt::LeftButton);
    QTest::mouseClick(page.saveAccountButton(), Qt::LeftButton);
    QCOMPARE(m_services->accounts.roles(gijs.value()).value(),
             (QStringList{AccountRole::medewerker(), AccountRole::supervisor()}));
    QCOMPARE(m_services->taken.lidmaatschap.afdelingenVan(gijs.value()).value(), QList<QUuid>{afdeling.value()});
    QVERIFY(page.accountStatusLabel()->isVisible());
    // Chosen again, the editor shows what is stored.
    page.medewerkerList()->setCurrentRow(-1);
    page.medewerkerList()->setCurrentItem(items.first());
    QCOMPARE(page.accountAfdelingenList()
                 ->findItems(QStringLiteral("Vergunningen"), Qt::MatchExactly)
                 .value(0)
                 ->checkState(),
             Qt::Checked);

    // No role at all is refused at the roles, and nothing changes in the database.
    QTest::mouseClick(page.accountRoleCheck(AccountRole::medewerker()), Qt::LeftButton);
    QTest::mouseClick(page.accountRoleCheck(AccountRole::supervisor()), Qt::LeftButton);
    QVERIFY(!editor->save());
    QCOMPARE(m_services->accounts.roles(gijs.value()).value(),
             (QStringList{AccountRole::medewerker(), AccountRole::supervisor()}));

    // A short password is refused at the field and stays typed; a good one lets him sign in.
    QTest::keyClicks(page.accountPasswordEdit(), QStringLiteral("kort"));
    QTest::keyClick(page.accountPasswordEdit(), Qt::Key_Return);
    QCOMPARE(page.accountPasswordEdit()->text(), QStringLiteral("kort"));
    QVERIFY(m_services->accounts.signIn(QStringLiteral("Gijs"), QStringLiteral("geheim123")).ok());
    page.accountPasswordEdit()->clear();
    QTest::keyClicks(page.accountPasswordEdit(), QStringLiteral("nieuwwachtwoord"));
    QTest::keyClick(page.accountPasswordEdit(), Qt::Key_Return);
    QVERIFY(page.accountPasswordEdit()->text().isEmpty());
    QVERIFY(!m_services->accounts.signIn(QStringLiteral("Gijs"), QStringLiteral("geheim123")).ok());
    QVERIFY(m_services->accounts.signIn(QStringLiteral("Gijs"), QStringLiteral("nieuwwachtwoord")).ok());

    // The beheerder cannot take away their own beheer rights.
    const QList<QListWidgetItem *> bea = page.medewerkerList()->findItems(QStringLiteral("Bea"), Qt::MatchStartsWith);
    QCOMPARE(bea.size(), 1);
    page.medewerkerList()->setCurrentItem(bea.first());
    QTest::mouseClick(page.accountRoleCheck(AccountRole::beheerder()), Qt::LeftButton);
    QVERIFY(!editor->save());
    QVERIFY(m_services->accounts.roles(m_beheerder.actor).value().contains(AccountRole::beheerder()));
}

QTEST_MAIN(TestBeheerGui)
#include "tst_beheer_gui.moc"
