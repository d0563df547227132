// The Betrokkene step's additions of issue 10, item 6, by keyboard. A vertegenwoordiger: the caller is found and
// authenticated, says they call on behalf of someone else; on the Betrokkene step the rol is
// vertegenwoordiger, the represented partij is found with the search (Alt+B, Enter), an
// organisatienaam is typed. The registered klantcontact has both as betrokkenen and shows in
// both klantbeelden. Addresses: variant C stores the new partij's bezoekadres as typed; a known
// partij's caller gives an address for this contact only (the betrokkene's correspondentieadres).

#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/deskfixture.h"
#include "tests/support/keyboardaudit.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/partijeditorpage.h"
#include "tests/support/zoekenpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/afrondingwidget.h"
#include "ui/callflow/steps/authenticationwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/partij/adresform.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace kcc;
using kcc::storage::Repository;

class TestBetrokkeneGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void contactShowsInBothKlantbeelden();
    void variantCWithAnAddress();
    void oneOffAddressOnTheBetrokkene();

private:
    Partij persoon(const QString &voornaam, const QString &achternaam, const QString &nummer)
    {
        Partij p;
        p.uuid = QUuid::createUuid();
        p.nummer = nummer;
        p.voorkeurstaal = QStringLiteral("nld");
        p.contactnaam = Contactnaam{QString(), voornaam, QString(), achternaam};
        return p;
    }

    test::DeskFixture m_desk;
    std::unique_ptr<ui::MainWindow> &m_window = m_desk.window;
    Partij m_zoon;
    Partij m_moeder;
};

void TestBetrokkeneGui::init()
{
    const QString error = m_desk.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_zoon = persoon(QStringLiteral("Lotte"), QStringLiteral("Zwaneveld"), QStringLiteral("3001"));
    m_moeder = persoon(QStringLiteral("Greet"), QStringLiteral("Vossenberg"), QStringLiteral("3002"));
    storage::WriteTransaction transaction(m_desk.database());
    QVERIFY(Repository<Partij>(m_desk.database()).insert(m_zoon).ok());
    QVERIFY(Repository<Partij>(m_desk.database()).insert(m_moeder).ok());
    QVERIFY(transaction.commit().ok());
}

void TestBetrokkeneGui::cleanup()
{
    m_desk.destroy();
}

void TestBetrokkeneGui::contactShowsInBothKlantbeelden()
{
    const QString error = m_desk.openWindow(QStringLiteral("en"), QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startContact();
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    QTest::keyClicks(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(panel->session().partij, std::optional<QUuid>(m_zoon.uuid));
    panel->goToStep(ui::ContactPanel::AuthenticatieStep);
    QTest::keyClick(test::ContactPanelPage(panel).authentication()->authenticatedBox(), Qt::Key_Space);
    test::ContactPanelPage(panel).authentication()->methodCombo()->setCurrentIndex(1);
    panel->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(test::ContactPanelPage(panel).onderwerpen()->onderwerpEdit(),
                     QStringLiteral("Parkeervergunning moeder"));

    panel->goToStep(ui::ContactPanel::BetrokkeneStep);
    const test::BetrokkenePage betrokkene = test::ContactPanelPage(panel).betrokkene();
    QVERIFY(!betrokkene->vertegenwoordigdeZoekEdit()->isVisible());
    betrokkene->rolCombo()->setFocus();
    QTest::keyClick(betrokkene->rolCombo(), Qt::Key_Down); // Klant -> Vertegenwoordiger
    QTRY_VERIFY(betrokkene->vertegenwoordigdeZoekEdit()->isVisible());
    // The new fields keep the step's Tab order and Alt-keys sound.
    const QStringList problems = test::KeyboardAudit::tabOrderProblems(betrokkene.widget());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QStringList clashes = test::KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), betrokkene->organisatienaamEdit());
    QTest::keyClicks(betrokkene->organisatienaamEdit(), QStringLiteral("Zorgkantoor 't Gooi"));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), betrokkene->vertegenwoordigdeZoekEdit());
    // The caller is not offered as whom they represent.
    QTest::keyClicks(betrokkene->vertegenwoordigdeZoekEdit(), QStringLiteral("Zwaneveld"));
    QTest::keyClick(betrokkene->vertegenwoordigdeZoekEdit(), Qt::Key_Return);
    QCOMPARE(betrokkene->vertegenwoordigdeCombo()->count(), 0);
    QVERIFY(betrokkene->vertegenwoordigdeMessage()->isVisible());
    QTest::keyClick(betrokkene->vertegenwoordigdeZoekEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(betrokkene->vertegenwoordigdeZoekEdit(), QStringLiteral("Vossenberg"));
    QTest::keyClick(betrokkene->vertegenwoordigdeZoekEdit(), Qt::Key_Return);
    QCOMPARE(betrokkene->vertegenwoordigdeCombo()->count(), 1);
    QCOMPARE(panel->session().betrokkene.vertegenwoordigde, std::optional<QUuid>(m_moeder.uuid));

    panel->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(test::ContactPanelPage(panel).afronding()->registerButton()->isEnabled(),
             qPrintable(test::ContactPanelPage(panel).afronding()->missingLabel()->text()));
    QTest::keyClick(test::ContactPanelPage(panel).afronding()->registerButton(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isActive());

    // Both betrokkenen of the one klantcontact, exactly as typed.
    QList<Betrokkene> betrokkenen;
    QVERIFY(
        Repository<Betrokkene>(m_desk.database()).forEach([&](const Betrokkene &b) { betrokkenen.append(b); }).ok());
    QCOMPARE(betrokkenen.size(), 2);
    QCOMPARE(betrokkenen[0].hadKlantcontact, betrokkenen[1].hadKlantcontact);
    QCOMPARE(betrokkenen[0].rol, Rol::Vertegenwoordiger);
    QCOMPARE(betrokkenen[0].wasPartij, std::optional<QUuid>(m_zoon.uuid));
    QCOMPARE(betrokkenen[0].organisatienaam, QStringLiteral("Zorgkantoor 't Gooi"));
    QCOMPARE(betrokkenen[0].initiator, true);
    QCOMPARE(betrokkenen[1].rol, Rol::Klant);
    QCOMPARE(betrokkenen[1].wasPartij, std::optional<QUuid>(m_moeder.uuid));
    QCOMPARE(betrokkenen[1].initiator, false);

    // In both klantbeelden, as the medewerker opens them.
    for (const QUuid &partij : {m_zoon.uuid, m_moeder.uuid}) {
        ui::PartijZoekenWidget *zoeken = test::zoekenTab(m_window.get());
        QVERIFY(zoeken->openPartij(partij));
        const auto &beeld = zoeken->klantbeeld()->klantbeeld();
        QCOMPARE(beeld->aantalKlantcontacten, 1);
        KlantbeeldContactModel *history = test::KlantbeeldPage(zoeken->klantbeeld()).historyModel();
        QVERIFY(history);
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->data(history->index(0, 0)).isValid(), true);
    }
}

void TestBetrokkeneGui::variantCWithAnAddress()
{
    const QString error = m_desk.openWindow(QStringLiteral("en"), QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startContact();
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("notFoundButton")), Qt::LeftButton);
    QTest::keyClick(test::ContactPanelPage(panel).authentication()->authenticatedBox(), Qt::Key_Space);
    test::ContactPanelPage(panel).authentication()->methodCombo()->setCurrentIndex(3);
    QTest::keyClicks(test::ContactPanelPage(panel).authentication()->bsnEdit(), QStringLiteral("111222333"));
    panel->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(test::ContactPanelPage(panel).onderwerpen()->onderwerpEdit(), QStringLiteral("Verhuizing"));
    panel->goToStep(ui::ContactPanel::BetrokkeneStep);
    const test::BetrokkenePage betrokkene = test::ContactPanelPage(panel).betrokkene();
    QTest::keyClick(betrokkene->consentBox(), Qt::Key_Space);
    QTest::keyClicks(betrokkene->nameEdits()[1], QStringLiteral("Karel"));
    QTest::keyClicks(betrokkene->nameEdits()[2], QStringLiteral("in 't"));
    QTest::keyClicks(betrokkene->nameEdits()[3], QStringLiteral("Veld"));
    QTest::keyClicks(betrokkene->phoneEdit(), QStringLiteral("06 1234 5678"));
    // Alt+W to the address, then Tab through it as it reads.
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
    ui::AdresForm *adres = betrokkene->adresForm();
    QCOMPARE(QApplication::focusWidget(), adres->edit(ui::AdresForm::Postcode));
    for (const QString &text : {QStringLiteral("5211ab"), QStringLiteral("7"), QString(), QStringLiteral("Markt"),
                                QStringLiteral("'s-Hertogenbosch"), QStringLiteral("NL")}) {
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList problems = test::KeyboardAudit::tabOrderProblems(betrokkene.widget());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QStringList clashes = test::KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

    panel->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(test::ContactPanelPage(panel).afronding()->registerButton()->isEnabled(),
             qPrintable(test::ContactPanelPage(panel).afronding()->missingLabel()->text()));
    QTest::keyClick(test::ContactPanelPage(panel).afronding()->registerButton(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isActive());

    QList<Partij> partijen;
    QVERIFY(Repository<Partij>(m_desk.database()).forEach([&](const Partij &p) { partijen.append(p); }).ok());
    QCOMPARE(partijen.size(), 3);
    const Partij &karel = partijen[2];
    QCOMPARE(karel.contactnaam->voorvoegselAchternaam, QStringLiteral("in 't"));
    Adres expected;
    expected.postcode = QStringLiteral("5211 AB");
    expected.huisnummer = 7;
    expected.straatnaam = QStringLiteral("Markt");
    expected.stad = QStringLiteral("'s-Hertogenbosch");
    expected.land = QStringLiteral("NL");
    QCOMPARE(karel.bezoekadres, std::optional<Adres>(expected));
    QVERIFY(!karel.correspondentieadres);
}

void TestBetrokkeneGui::oneOffAddressOnTheBetrokkene()
{
    const QString error = m_desk.openWindow(QStringLiteral("nl"), QSize(1366, 768));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startContact();
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QTRY_VERIFY(panel->isActive());
    QTest::keyClicks(test::zoekenTab(m_window.get())->searchEdit(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(panel->session().partij, std::optional<QUuid>(m_zoon.uuid));
    panel->goToStep(ui::ContactPanel::AuthenticatieStep);
    QTest::keyClick(test::ContactPanelPage(panel).authentication()->authenticatedBox(), Qt::Key_Space);
    test::ContactPanelPage(panel).authentication()->methodCombo()->setCurrentIndex(1);
    panel->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(test::ContactPanelPage(panel).onderwerpen()->onderwerpEdit(), QStringLiteral("Brief over WOZ"));
    panel->goToStep(ui::ContactPanel::BetrokkeneStep);
    const test::BetrokkenePage betrokkene = test::ContactPanelPage(panel).betrokkene();
    // Dutch: Alt+C reaches the address for this contact.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    ui::AdresForm *adres = betrokkene->adresForm();
    QCOMPARE(QApplication::focusWidget(), adres->edit(ui::AdresForm::Postcode));
    // A wrong BAG id: the message at its field, the registration waits.
    adres->edit(ui::AdresForm::NummeraanduidingId)->setFocus();
    QTest::keyClicks(adres->edit(ui::AdresForm::NummeraanduidingId), QStringLiteral("12345"));
    adres->edit(ui::AdresForm::Adresregel1)->setFocus();
    QTest::keyClicks(adres->edit(ui::AdresForm::Adresregel1), QStringLiteral("Postbus 1"));
    QTest::keyClicks(adres->edit(ui::AdresForm::Adresregel2), QStringLiteral("B-1000 Brussel"));
    QTest::keyClicks(adres->edit(ui::AdresForm::Land), QStringLiteral("BE"));
    const QStringList clashes = test::KeyboardAudit::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    panel->goToStep(ui::ContactPanel::AfrondingStep);
    QTest::keyClick(test::ContactPanelPage(panel).afronding()->registerButton(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel->isActive());
    QTRY_VERIFY(test::adresMessage(adres, ui::AdresForm::NummeraanduidingId)->hasError());
    QCOMPARE(adres->edit(ui::AdresForm::Adresregel1)->text(), QStringLiteral("Postbus 1"));

    adres->edit(ui::AdresForm::NummeraanduidingId)->selectAll();
    QTest::keyClick(adres->edit(ui::AdresForm::NummeraanduidingId), Qt::Key_Delete);
    panel->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(test::ContactPanelPage(panel).afronding()->registerButton()->isEnabled(),
             qPrintable(test::ContactPanelPage(panel).afronding()->missingLabel()->text()));
    QTest::keyClick(test::ContactPanelPage(panel).afronding()->registerButton(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isActive());

    QList<Betrokkene> betrokkenen;
    QVERIFY(
        Repository<Betrokkene>(m_desk.database()).forEach([&](const Betrokkene &b) { betrokkenen.append(b); }).ok());
    QCOMPARE(betrokkenen.size(), 1);
    QVERIFY(betrokkenen[0].correspondentieadres);
    QCOMPARE(betrokkenen[0].correspondentieadres->adresregel1, QStringLiteral("Postbus 1"));
    QCOMPARE(betrokkenen[0].correspondentieadres->adresregel2, QStringLiteral("B-1000 Brussel"));
    QCOMPARE(betrokkenen[0].correspondentieadres->land, QStringLiteral("BE"));
    QVERIFY(betrokkenen[0].correspondentieadres->nummeraanduidingId.isEmpty());
    // The partij's own addresses are not touched by a one-off address.
    QVERIFY(!Repository<Partij>(m_desk.database()).find(m_zoon.uuid)->correspondentieadres);
}

QTEST_MAIN(TestBetrokkeneGui)
#include "tst_betrokkene_gui.moc"
