// Incoming calls from a softphone (issue 3): the command line, the single-instance hand-over over
// the local socket, and what the contact panel does with the number - one match opens its
// klantbeeld, several show the list, none keeps the number as the one-off contact detail.
// Everything runs against a real SQLite database; the outcome is checked in the database.

#include "app/werkplek/commandlineoptions.h"
#include "app/werkplek/incomingcalls.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/search/partijsearchmodel.h"
#include "storage/beheer/sqlaccountservice.h"
#include "storage/beheer/sqlactordirectory.h"
#include "storage/beheer/sqlcodelistservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/klantbeeld/sqlklantbeeldservice.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekenpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/afrondingwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/steps/opvolgingeditor.h"
#include "ui/callflow/waitingcallnotice.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainstatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

template<typename T>
QList<T> all(Database &db)
{
    QList<T> rows;
    (void)Repository<T>(db).forEach([&rows](const T &row) { rows.append(row); });
    return rows;
}

using Services = kcc::test::CallFlowServices;

} // namespace

class TestIncomingCallGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandLine_data();
    void commandLine();
    void handOverReachesTheRunningInstance();
    void secondInstanceDoesNotTakeTheSocket();
    void oneMatchOpensTheKlantbeeld();
    void severalMatchesShowTheList();
    void noMatchKeepsTheNumberAsOneOffDetail();
    void markupInANumberIsShownLiterally();
    void f2OpensTheContactDockAndACallDuringAContactWaits();

private:
    QUuid addPersoon(const QString &achternaam, const QString &telefoon);
    void startPanel(const QString &number);
    ui::ContactPanel *panel() { return test::MainWindowPage(m_window.get()).contactPanel(); }
    test::ContactPanelPage panelPage() { return test::ContactPanelPage(panel()); }
    ui::PartijZoekenWidget *zoeken() { return test::zoekenTab(m_window.get()); }
    QPushButton *notFoundButton() { return panel()->findChild<QPushButton *>(QStringLiteral("notFoundButton")); }

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search;
    std::unique_ptr<ui::MainWindow> m_window;
    SignedInActor m_user;
};

void TestIncomingCallGui::initTestCase()
{
    // The socket lives in the user's runtime directory: a private one keeps a running KCC
    // Werkplek of the developer out of this test.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.path()));
}

void TestIncomingCallGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_services = std::make_unique<Services>(m_db->database());
    QVERIFY(m_services->accounts
                .createMedewerker(QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(),
                                  QStringLiteral("0201234567"), QStringLiteral("geheim123"),
                                  {AccountRole::medewerker()})
                .ok());
    const Result<SignedInActor> user =
        m_services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());
    m_user = user.value();
    QVERIFY(m_services->accounts.createAfdeling(QStringLiteral("Afdeling Afval"), QString(), QString()).ok());
}

void TestIncomingCallGui::cleanup()
{
    m_window.reset();
    m_search.reset();
    m_services.reset();
    m_db.reset();
}

QUuid TestIncomingCallGui::addPersoon(const QString &achternaam, const QString &telefoon)
{
    Partij partij;
    partij.uuid = QUuid::createUuid();
    partij.voorkeurstaal = QStringLiteral("nld");
    partij.contactnaam = Contactnaam{QString(), QStringLiteral("Sam"), QString(), achternaam};
    DigitaalAdres adres;
    adres.uuid = QUuid::createUuid();
    adres.verstrektDoorPartij = partij.uuid;
    adres.adres = telefoon;
    partij.voorkeursDigitaalAdres = adres.uuid;
    WriteTransaction transaction(m_db->database());
    if (!Repository<Partij>(m_db->database()).insert(partij).ok() ||
        !Repository<DigitaalAdres>(m_db->database()).insert(adres).ok() || !transaction.commit().ok())
        return {};
    return partij.uuid;
}

void TestIncomingCallGui::startPanel(const QString &number)
{
    // The call arrives at the main window: its one search looks the number up for the contact.
    m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    m_window->setCallFlow(m_services->context(m_user, m_search.get()));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startContact(number);
}

void TestIncomingCallGui::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<bool>("valid");
    QTest::newRow("--incoming") << QStringList{QStringLiteral("--incoming"), QStringLiteral("0612345678")}
                                << QStringLiteral("0612345678") << true;
    QTest::newRow("tel: international") << QStringList{QStringLiteral("tel:+31612345678")}
                                        << QStringLiteral("0612345678") << true;
    QTest::newRow("tel: with parameter") << QStringList{QStringLiteral("tel:0201234567;phone-context=example.nl")}
                                         << QStringLiteral("0201234567") << true;
    QTest::newRow("tel: percent-encoded")
        << QStringList{QStringLiteral("TEL:06%2012345678")} << QStringLiteral("06 12345678") << true;
    QTest::newRow("nothing") << QStringList{} << QString() << true;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("0612345678")} << QString() << false;
    // From outside: only a phone number is taken (issue 11, finding 2).
    QTest::newRow("markup") << QStringList{QStringLiteral("--incoming"), QStringLiteral("<b>0612345678</b>")}
                            << QString() << false;
    QTest::newRow("tel: with encoded markup")
        << QStringList{QStringLiteral("tel:%3Cfont%20color=red%3E06%3C/font%3E")} << QString() << false;
}

void TestIncomingCallGui::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, incoming);
    QFETCH(bool, valid);
    arguments.prepend(QStringLiteral("kcc-werkplek"));
    const app::CommandLineOptions options = app::CommandLineOptions::parse(arguments);
    QCOMPARE(options.error.isEmpty(), valid);
    if (valid)
        QCOMPARE(options.incoming, incoming);
}

void TestIncomingCallGui::handOverReachesTheRunningInstance()
{
    QVERIFY(!app::IncomingCalls::handOver(QStringLiteral("0612345678"))); // nobody runs yet
    app::IncomingCalls running;
    QVERIFY(running.listen());
    QSignalSpy calls(&running, &app::IncomingCalls::incomingCall);
    QSignalSpy activations(&running, &app::IncomingCalls::activationRequested);

    // handOver() blocks until the running side disconnects, so it runs on another thread here,
    // as it runs in another process in real life.
    std::atomic<bool> taken = false;
    std::unique_ptr<QThread> caller(
        QThread::create([&taken] { taken = app::IncomingCalls::handOver(QStringLiteral("0612345678")); }));
    caller->start();
    QTRY_COMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("0612345678"));
    QTRY_VERIFY(caller->isFinished());
    QVERIFY(taken);

    std::unique_ptr<QThread> plain(QThread::create([] { app::IncomingCalls::handOver(QString()); }));
    plain->start();
    QTRY_COMPARE(activations.size(), 1);
    QTRY_VERIFY(plain->isFinished());
    QCOMPARE(calls.size(), 1);
}

void TestIncomingCallGui::secondInstanceDoesNotTakeTheSocket()
{
    app::IncomingCalls first;
    QVERIFY(first.listen());
    app::IncomingCalls second;
    QVERIFY(!second.listen());
    // The first instance still receives the calls.
    QSignalSpy calls(&first, &app::IncomingCalls::incomingCall);
    std::unique_ptr<QThread> caller(
        QThread::create([] { app::IncomingCalls::handOver(QStringLiteral("0201234567")); }));
    caller->start();
    QTRY_COMPARE(calls.size(), 1);
    QTRY_VERIFY(caller->isFinished());
}

void TestIncomingCallGui::oneMatchOpensTheKlantbeeld()
{
    const QUuid sam = addPersoon(QStringLiteral("Zwartewaal"), QStringLiteral("0612345678"));
    QVERIFY(!sam.isNull());
    addPersoon(QStringLiteral("Anders"), QStringLiteral("0201112233"));
    startPanel(QStringLiteral("0612345678"));
    QTRY_VERIFY(zoeken()->klantbeeld()->hasKlantbeeld());
    QCOMPARE(zoeken()->klantbeeld()->klantbeeld()->partij.uuid, sam);
    QCOMPARE(panel()->session().kanaal, QStringLiteral("telefoon"));
    QCOMPARE(panel()->session().partij, std::optional<QUuid>(sam));
}

void TestIncomingCallGui::severalMatchesShowTheList()
{
    addPersoon(QStringLiteral("Jansen"), QStringLiteral("0612345678"));
    addPersoon(QStringLiteral("Pietersen"), QStringLiteral("0612345678"));
    startPanel(QStringLiteral("0612345678"));
    QTRY_COMPARE(test::ZoekenPage(zoeken()).resultsModel()->rowCount(), 2);
    QTRY_VERIFY(panelPage().banner()->text().contains(QStringLiteral("0612345678")));
    QVERIFY(!zoeken()->klantbeeld()->hasKlantbeeld());
    QVERIFY(!panel()->session().partij.has_value());
    QVERIFY(panelPage().banner()->text().contains(QStringLiteral("0612345678")));
}

void TestIncomingCallGui::noMatchKeepsTheNumberAsOneOffDetail()
{
    addPersoon(QStringLiteral("Jansen"), QStringLiteral("0201112233"));
    startPanel(QStringLiteral("0687654321"));
    QTRY_VERIFY(panelPage().banner()->text().contains(QStringLiteral("0687654321")));
    QCOMPARE(test::ZoekenPage(zoeken()).resultsModel()->rowCount(), 0);
    QCOMPARE(panel()->session().betrokkene.digitaleAdressen.size(), 1);

    // Registered as variant A (V6898 rule 2: not authenticated, a callback asked for): the
    // number is the betrokkene's one-off contact detail, without typing it again.
    QTest::mouseClick(notFoundButton(), Qt::LeftButton);
    panel()->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(panelPage().onderwerpen()->onderwerpEdit(), QStringLiteral("Vraag over afval"));
    panel()->goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(panelPage().opvolging()->taakBox(), Qt::Key_Space);
    QTest::keyClick(panelPage().opvolging()->actorList(), Qt::Key_Space); // the first: Afdeling Afval
    panel()->goToStep(ui::ContactPanel::BetrokkeneStep);
    QCOMPARE(panelPage().betrokkene()->phoneEdit()->text(), QStringLiteral("0687654321"));
    QTest::keyClicks(panelPage().betrokkene()->nameEdits()[3], QStringLiteral("De Vries"));
    panel()->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(panelPage().afronding()->registerButton()->isEnabled(),
             qPrintable(panelPage().afronding()->missingLabel()->text()));
    QTest::mouseClick(panelPage().afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel()->isActive());

    Database &db = m_db->database();
    const auto betrokkenen = all<Betrokkene>(db);
    QCOMPARE(betrokkenen.size(), 1);
    QVERIFY(!betrokkenen[0].wasPartij.has_value());
    const auto adressen = all<DigitaalAdres>(db);
    bool found = false;
    for (const DigitaalAdres &adres : adressen) {
        if (adres.verstrektDoorBetrokkene == std::optional<QUuid>(betrokkenen[0].uuid)) {
            QCOMPARE(adres.adres, QStringLiteral("0687654321"));
            QCOMPARE(adres.soortDigitaalAdres, SoortDigitaalAdres::Telefoonnummer);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(all<Klantcontact>(db).value(0).kanaal, QStringLiteral("telefoon"));
    QCOMPARE(all<InterneTaak>(db).size(), 1);
}

void TestIncomingCallGui::markupInANumberIsShownLiterally()
{
    // Whatever reaches the banner is drawn as text: a crafted "number" cannot colour the headline
    // or add a link (issue 11, finding 2).
    const QString crafted = QStringLiteral("<a href='https://example.org'><font color=red size=7>Bel 0900</font></a>");
    startPanel(crafted);
    QTRY_VERIFY(panelPage().banner()->isVisible());
    const auto *label = panelPage().banner()->findChild<QLabel *>(QStringLiteral("messageBannerText"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY2(label->text().contains(crafted), qPrintable(label->text()));
}

void TestIncomingCallGui::f2OpensTheContactDockAndACallDuringAContactWaits()
{
    const QUuid sam = addPersoon(QStringLiteral("Zwartewaal"), QStringLiteral("0612345678"));
    storage::ThreadedPartijSearch search(m_db->path()); // outlives the window's search model
    ui::MainWindow window({&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    window.setCallFlow(m_services->context(m_user, &search));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("contactDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    auto *action = window.findChild<QAction *>(QStringLiteral("newContactAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F2));

    QTest::keyClick(&window, Qt::Key_F2);
    QTRY_VERIFY(dock->isVisible());
    QVERIFY(test::MainWindowPage(&window).contactPanel()->isActive());
    QTRY_VERIFY(test::zoekenTab(&window)->searchEdit()->hasFocus());
    const QUuid session = test::MainWindowPage(&window).contactPanel()->session().uuid;

    // A call that comes in during the contact does not throw it away: it is announced only.
    window.startContact(QStringLiteral("0612345678"));
    QCOMPARE(test::MainWindowPage(&window).contactPanel()->session().uuid, session);
    QVERIFY(!test::MainWindowPage(&window).contactPanel()->session().partij.has_value());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("0612345678")));
    // Said plainly in the panel too, with the number as people read it, until the call is taken.
    auto *notice = test::ContactPanelPage(test::MainWindowPage(&window).contactPanel()).waitingCallNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("06 12 34 56 78")), qPrintable(notice->text()));
    QVERIFY(!sam.isNull());
}

QTEST_MAIN(TestIncomingCallGui)
#include "tst_incomingcall_gui.moc"
