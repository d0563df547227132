// Issue 10, "Done means": every scenario of the standard can be done by keyboard alone at
// 1366×768 and stores exactly what was typed. One test per scenario, driven only by key presses
// on the focused widget (no setters, no mouse), counting them; the database is then checked field
// by field. The closing note quotes the "<scenario> by keyboard: n keystrokes" lines.

#include "model/callflow/registrationrules.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/deskfixture.h"
#include "tests/support/keycounter.h"
#include "tests/support/mainwindowpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/authenticationwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/steps/opvolgingeditor.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/listtableview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

#include <algorithm>

using namespace kcc;
using kcc::storage::Repository;
using kcc::test::KeyCounter;

namespace {

const QString bsnCarl = QStringLiteral("999993653");

template<typename T>
QList<T> all(storage::Database &db)
{
    QList<T> rows;
    (void)Repository<T>(db).forEach([&rows](const T &row) { rows.append(row); });
    return rows;
}

// The betrokkenen of one klantcontact, klant first.
QList<Betrokkene> betrokkenenVan(storage::Database &db, const QUuid &klantcontact)
{
    QList<Betrokkene> rows;
    for (const Betrokkene &b : all<Betrokkene>(db)) {
        if (b.hadKlantcontact == klantcontact)
            rows.append(b);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Betrokkene &a, const Betrokkene &b) { return (a.rol == Rol::Klant) > (b.rol == Rol::Klant); });
    return rows;
}

} // namespace

class TestKeystrokesGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void c4161BKnownCallerAuthenticated();
    void c9167AUnknownCaller();
    void balieTwoOnderwerpen();
    void vertegenwoordigerForKnownPartij();

private:
    // F2 in the main window at 1366×768: the contact starts with the search box focused.
    void startByF2(KeyCounter &kb);
    // Types the name in the search box and opens the one hit with Enter.
    void findCarl(KeyCounter &kb);
    // Every klantcontact was recorded by the signed-in medewerker, and only by her.
    void checkActors(const QList<Klantcontact> &contacten);
    ui::ContactPanel *panel() const { return test::MainWindowPage(m_desk.window.get()).contactPanel(); }
    test::ContactPanelPage panelPage() const { return test::ContactPanelPage(panel()); }
    ui::PartijZoekenWidget *zoeken() const { return test::zoekenTab(m_desk.window.get()); }

    test::DeskFixture m_desk;
    SignedInActor m_user;
    QUuid m_carl;
    QUuid m_greet;
};

void TestKeystrokesGui::init()
{
    const QString error = m_desk.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Result<SignedInActor> user =
        m_desk.services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());
    m_user = user.value();

    // Carl Zwartewaal (C9167 B, C4161): known, with a default phone number and his BSN.
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
    // Greet Vossenberg, for whom Carl calls as vertegenwoordiger.
    Partij greet;
    greet.uuid = QUuid::createUuid();
    greet.nummer = QStringLiteral("3002");
    greet.voorkeurstaal = QStringLiteral("nld");
    greet.contactnaam = Contactnaam{QString(), QStringLiteral("Greet"), QString(), QStringLiteral("Vossenberg")};

    storage::Database &db = m_desk.database();
    storage::WriteTransaction transaction(db);
    QVERIFY(Repository<Partij>(db).insert(carl).ok());
    QVERIFY(Repository<DigitaalAdres>(db).insert(telefoon).ok());
    QVERIFY(Repository<PartijIdentificator>(db).insert(bsn).ok());
    QVERIFY(Repository<Partij>(db).insert(greet).ok());
    QVERIFY(transaction.commit().ok());
    m_carl = carl.uuid;
    m_greet = greet.uuid;

    const QString opened = m_desk.openWindow(QStringLiteral("en"), QSize(1366, 768));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QApplication::setActiveWindow(m_desk.window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_desk.window.get()));
}

void TestKeystrokesGui::cleanup()
{
    m_desk.destroy();
}

void TestKeystrokesGui::startByF2(KeyCounter &kb)
{
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    kb.press(Qt::Key_F2);
    QTRY_VERIFY(panel()->isActive());
    QTRY_VERIFY(zoeken()->searchEdit()->hasFocus());
}

void TestKeystrokesGui::findCarl(KeyCounter &kb)
{
    kb.type(QStringLiteral("Zwartewaal"));
    kb.press(Qt::Key_Return);
    QTRY_VERIFY(zoeken()->klantbeeld()->hasKlantbeeld());
    QCOMPARE(panel()->session().partij, std::optional<QUuid>(m_carl));
}

void TestKeystrokesGui::checkActors(const QList<Klantcontact> &contacten)
{
    const auto actoren = all<ActorKlantcontact>(m_desk.database());
    QCOMPARE(actoren.size(), contacten.size());
    for (const Klantcontact &k : contacten) {
        QVERIFY(std::any_of(actoren.begin(), actoren.end(), [&](const ActorKlantcontact &a) {
            return a.klantcontact == k.uuid && a.actor == m_user.actor;
        }));
    }
}

// C4161 with C9167's variant B caller: Carl phones, is found by name, authenticated with control
// questions; his klantbeeld opens fully; his question is answered at once and registered.
void TestKeystrokesGui::c4161BKnownCallerAuthenticated()
{
    KeyCounter kb;
    startByF2(kb);
    findCarl(kb);
    QVERIFY(!zoeken()->klantbeeld()->text().contains(QStringLiteral("0201112233")));

    kb.press(Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(panelPage().authentication()->authenticatedBox()->hasFocus());
    kb.press(Qt::Key_Space);
    kb.press(Qt::Key_Tab);
    kb.press(Qt::Key_Down); // Controlevragen telefonisch
    QCOMPARE(panel()->session().authenticatiemethode, QStringLiteral("controlevragen"));
    // C4161: authenticated, the klantbeeld shows his contact details and his history.
    QTRY_VERIFY(zoeken()->klantbeeld()->text().contains(QStringLiteral("0201112233")));
    QVERIFY(!zoeken()->klantbeeld()->text().contains(bsnCarl));
    QVERIFY(zoeken()->klantbeeld()->historyView()->isVisible());

    kb.press(Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    kb.type(QStringLiteral("Afvalpas kwijt"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Hoe vraag ik een nieuwe afvalpas aan?"));
    kb.press(Qt::Key_R, Qt::AltModifier); // Answe&r
    QTRY_VERIFY(panelPage().onderwerpen()->reactieEdit()->editor()->hasFocus());
    kb.type(QStringLiteral("Via het formulier op de website."));
    kb.press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());
    qInfo("C4161 B by keyboard: %d keystrokes", kb.keys);
    qInfo("C4161 B by keyboard: %d typed, %d to steer", kb.typed, kb.keys - kb.typed);

    storage::Database &db = m_desk.database();
    const auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 1);
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Afvalpas kwijt"));
    QCOMPARE(contacten[0].inhoud, QStringLiteral("Hoe vraag ik een nieuwe afvalpas aan?"));
    QCOMPARE(contacten[0].reactie, QStringLiteral("Via het formulier op de website."));
    QCOMPARE(contacten[0].kanaal, QStringLiteral("telefoon"));
    checkActors(contacten);
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].hadKlantcontact, contacten[0].uuid);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(m_carl));
    QCOMPARE(betrokkenen[0].rol, Rol::Klant);
    QCOMPARE(betrokkenen[0].initiator, true);
    QVERIFY(!betrokkenen[0].contactnaam.has_value() || betrokkenen[0].contactnaam->volledigeNaam().isEmpty());
    QVERIFY(storage::digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid).isEmpty());
    QCOMPARE(all<InterneTaak>(db).size(), 0);
    QCOMPARE(all<Partij>(db).size(), 2);
}

// C9167 variant A: Karel van Deurne is not known and not authenticated; his callback request
// goes to Afdeling Vergunningen with the name and number he gave, and no partij.
void TestKeystrokesGui::c9167AUnknownCaller()
{
    KeyCounter kb;
    startByF2(kb);
    kb.press(Qt::Key_N, Qt::AltModifier); // &Not found — continue without partij
    QTRY_COMPARE(panel()->currentStep(), int(ui::ContactPanel::AuthenticatieStep));

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
             RegistrationRules::label(RegistrationRules::Variant::UnknownPerson));
    const auto names = panelPage().betrokkene()->nameEdits();
    QTRY_VERIFY(names[1]->hasFocus());
    kb.press(Qt::Key_Backtab);
    QVERIFY(names[0]->hasFocus());
    kb.type(QStringLiteral("K"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Karel"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("van"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Deurne"));
    kb.press(Qt::Key_Tab);
    QVERIFY(panelPage().betrokkene()->phoneEdit()->hasFocus());
    kb.type(QStringLiteral("0612345678"));
    kb.press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());
    qInfo("C9167 A by keyboard: %d keystrokes", kb.keys);
    qInfo("C9167 A by keyboard: %d typed, %d to steer", kb.typed, kb.keys - kb.typed);

    storage::Database &db = m_desk.database();
    const auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 1);
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Vergunning dakkapel"));
    QCOMPARE(contacten[0].inhoud, QStringLiteral("Vraag over dakkapel."));
    QCOMPARE(contacten[0].kanaal, QStringLiteral("telefoon"));
    checkActors(contacten);
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen[0].hadKlantcontact, contacten[0].uuid);
    QVERIFY(!betrokkenen[0].wasPartij.has_value());
    QCOMPARE(betrokkenen[0].rol, Rol::Klant);
    QVERIFY(betrokkenen[0].contactnaam.has_value());
    QCOMPARE(betrokkenen[0].contactnaam->voorletters, QStringLiteral("K"));
    QCOMPARE(betrokkenen[0].contactnaam->voornaam, QStringLiteral("Karel"));
    QCOMPARE(betrokkenen[0].contactnaam->voorvoegselAchternaam, QStringLiteral("van"));
    QCOMPARE(betrokkenen[0].contactnaam->achternaam, QStringLiteral("Deurne"));
    const auto adressen = storage::digitaleAdressenVanBetrokkene(db, betrokkenen[0].uuid);
    QCOMPARE(adressen.size(), 1);
    QCOMPARE(adressen[0].adres, QStringLiteral("0612345678"));
    const auto taken = all<InterneTaak>(db);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken[0].gevraagdeHandeling, QStringLiteral("Terugbellen"));
    QCOMPARE(taken[0].aanleidinggevendKlantcontact, contacten[0].uuid);
    QCOMPARE(taken[0].toegewezenAanActoren.size(), 1);
    QCOMPARE(all<Partij>(db).size(), 2); // no partij added
}

// At the balie: Carl shows his identity document and asks about two things; one visit, two
// klantcontacten (one per onderwerp), both kanaal balie and both with Carl as klant.
void TestKeystrokesGui::balieTwoOnderwerpen()
{
    KeyCounter kb;
    startByF2(kb);
    kb.press(Qt::Key_L, Qt::AltModifier); // Channe&l
    QTRY_VERIFY(panelPage().kanaalCombo()->hasFocus());
    kb.press(Qt::Key_B); // Balie, by its first letter
    QCOMPARE(panelPage().kanaalCombo()->currentData().toString(), QStringLiteral("balie"));
    kb.press(Qt::Key_F3); // back to the search box
    QTRY_VERIFY(zoeken()->searchEdit()->hasFocus());
    findCarl(kb);

    kb.press(Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(panelPage().authentication()->authenticatedBox()->hasFocus());
    kb.press(Qt::Key_Space);
    kb.press(Qt::Key_Tab);
    kb.press(Qt::Key_I); // Identiteitsbewijs aan de balie, by its first letter
    QCOMPARE(panel()->session().authenticatiemethode, QStringLiteral("identiteitsbewijs"));

    kb.press(Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    kb.type(QStringLiteral("Paspoort verlengen"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Welke documenten moet ik meenemen?"));
    // The button's tooltip names the key that adds the onderwerp (it once said Alt+A).
    auto *add = panelPage().onderwerpen()->findChild<QPushButton *>(QStringLiteral("addOnderwerpButton"));
    QVERIFY(add && add->toolTip().contains(QStringLiteral("(Alt+J)")));
    kb.press(Qt::Key_J, Qt::AltModifier); // Add sub&ject
    QTRY_COMPARE(panelPage().onderwerpen()->tabs()->count(), 2);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    QCOMPARE(panelPage().onderwerpen()->onderwerpEdit()->text(), QString());
    kb.type(QStringLiteral("Parkeervergunning"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Mijn vergunning verloopt volgende maand."));
    kb.press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());
    qInfo("Balie with two onderwerpen by keyboard: %d keystrokes", kb.keys);
    qInfo("Balie with two onderwerpen by keyboard: %d typed, %d to steer", kb.typed, kb.keys - kb.typed);

    storage::Database &db = m_desk.database();
    auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 2);
    std::sort(contacten.begin(), contacten.end(),
              [](const Klantcontact &a, const Klantcontact &b) { return a.onderwerp < b.onderwerp; });
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Parkeervergunning"));
    QCOMPARE(contacten[0].inhoud, QStringLiteral("Mijn vergunning verloopt volgende maand."));
    QCOMPARE(contacten[1].onderwerp, QStringLiteral("Paspoort verlengen"));
    QCOMPARE(contacten[1].inhoud, QStringLiteral("Welke documenten moet ik meenemen?"));
    for (const Klantcontact &k : std::as_const(contacten)) {
        QCOMPARE(k.kanaal, QStringLiteral("balie"));
        QVERIFY(k.referentienummer.has_value());
        const auto betrokkenen = betrokkenenVan(db, k.uuid);
        QCOMPARE(betrokkenen.size(), 1);
        QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(m_carl));
        QCOMPARE(betrokkenen[0].rol, Rol::Klant);
        QCOMPARE(betrokkenen[0].initiator, true);
    }
    QVERIFY(contacten[0].referentienummer != contacten[1].referentienummer);
    checkActors(contacten);
    QCOMPARE(all<Betrokkene>(db).size(), 2);
    QCOMPARE(all<InterneTaak>(db).size(), 0);
    QCOMPARE(all<Partij>(db).size(), 2);
}

// Carl phones for Greet Vossenberg: he is found and authenticated, on the Betrokkene step he is
// vertegenwoordiger and Greet is found with "On behalf of" (Alt+B, Enter). The klantcontact has
// both as betrokkenen and shows in both klantbeelden.
void TestKeystrokesGui::vertegenwoordigerForKnownPartij()
{
    KeyCounter kb;
    startByF2(kb);
    findCarl(kb);

    kb.press(Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(panelPage().authentication()->authenticatedBox()->hasFocus());
    kb.press(Qt::Key_Space);
    kb.press(Qt::Key_Tab);
    kb.press(Qt::Key_Down); // Controlevragen telefonisch

    kb.press(Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(panelPage().onderwerpen()->onderwerpEdit()->hasFocus());
    kb.type(QStringLiteral("Parkeervergunning moeder"));
    kb.press(Qt::Key_Tab);
    kb.type(QStringLiteral("Vergunning op naam van zijn moeder verlengen."));

    kb.press(Qt::Key_5, Qt::AltModifier);
    QTRY_COMPARE(panel()->currentStep(), int(ui::ContactPanel::BetrokkeneStep));
    const test::BetrokkenePage betrokkene = panelPage().betrokkene();
    kb.press(Qt::Key_R, Qt::AltModifier); // &Role
    QTRY_VERIFY(betrokkene->rolCombo()->hasFocus());
    kb.press(Qt::Key_Down); // Klant -> Vertegenwoordiger
    QTRY_VERIFY(betrokkene->vertegenwoordigdeZoekEdit()->isVisible());
    kb.press(Qt::Key_B, Qt::AltModifier); // On &behalf of
    QTRY_VERIFY(betrokkene->vertegenwoordigdeZoekEdit()->hasFocus());
    kb.type(QStringLiteral("Vossenberg"));
    kb.press(Qt::Key_Return);
    QCOMPARE(betrokkene->vertegenwoordigdeCombo()->count(), 1);
    QCOMPARE(panel()->session().betrokkene.vertegenwoordigde, std::optional<QUuid>(m_greet));
    kb.press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isActive());
    qInfo("Vertegenwoordiger by keyboard: %d keystrokes", kb.keys);
    qInfo("Vertegenwoordiger by keyboard: %d typed, %d to steer", kb.typed, kb.keys - kb.typed);

    storage::Database &db = m_desk.database();
    const auto contacten = all<Klantcontact>(db);
    QCOMPARE(contacten.size(), 1);
    QCOMPARE(contacten[0].onderwerp, QStringLiteral("Parkeervergunning moeder"));
    QCOMPARE(contacten[0].inhoud, QStringLiteral("Vergunning op naam van zijn moeder verlengen."));
    QCOMPARE(contacten[0].kanaal, QStringLiteral("telefoon"));
    checkActors(contacten);
    QCOMPARE(all<Betrokkene>(db).size(), 2);
    const auto betrokkenen = betrokkenenVan(db, contacten[0].uuid);
    QCOMPARE(betrokkenen.size(), 2);
    QCOMPARE(betrokkenen[0].rol, Rol::Klant);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(m_greet));
    QCOMPARE(betrokkenen[0].initiator, false);
    QCOMPARE(betrokkenen[1].rol, Rol::Vertegenwoordiger);
    QCOMPARE(betrokkenen[1].wasPartij, std::optional<QUuid>(m_carl));
    QCOMPARE(betrokkenen[1].initiator, true);
    QCOMPARE(betrokkenen[1].organisatienaam, QString());
    QCOMPARE(all<Partij>(db).size(), 2);

    // In both klantbeelden.
    for (const QUuid &partij : {m_carl, m_greet}) {
        const Result<Klantbeeld> beeld = m_desk.services->klantbeeld.load(partij, m_user);
        QVERIFY2(beeld.ok(), qPrintable(beeld.error().message));
        QCOMPARE(beeld.value().aantalKlantcontacten, 1);
        QCOMPARE(beeld.value().klantcontacten.size(), 1);
        QCOMPARE(beeld.value().klantcontacten[0].klantcontact.uuid, contacten[0].uuid);
    }
}

QTEST_MAIN(TestKeystrokesGui)
#include "tst_keystrokes_gui.moc"
