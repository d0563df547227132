// The BRP look-up at the desk (issue 15, V0856), through the real client against the loopback
// stand-in of the BRP (tests/tools/brp_fixture.py) and the main window on a real database: search,
// show (a person with geheimhouding without any address), mark the deceased, those in onderzoek and
// those abroad, log before showing, and take a person over as a new partij - registered as variant
// C with the BSN identificator and indicatieGeheimhouding. Also the beheerder's BRP settings.

#include "model/brp/brpinstellingen.h"
#include "model/brp/gelogdebrppersonen.h"
#include "model/callflow/contactsession.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "storage/resources/repository.h"
#include "storage/search/threadedpartijsearch.h"
#include "sync/brp/brpclient.h"
#include "tests/support/callflowservices.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"
#include "ui/beheer/beheerdialog.h"
#include "ui/beheer/brpinstellingenform.h"
#include "ui/callflow/contactpanel.h"
#include "ui/search/brpzoekendialog.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace kcc;
using kcc::test::findNamed;

namespace {

const QByteArray apiKey = "brp-gui-test-key";

template<typename T>
QList<T> all(storage::Database &db)
{
    QList<T> rows;
    (void)storage::Repository<T>(db).forEach([&rows](const T &row) { rows.append(row); });
    return rows;
}

} // namespace

class TestBrpGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void geheimhoudingTakenOverAsVariantC();
    void marksAndErrorsAreShownInWords();
    void failingLogShowsNobody();
    void beheerderSetsTheBrpSettings();

private:
    ui::BrpZoekenDialog *openDialog(const QString &searchText);
    QStringList searchIn(ui::BrpZoekenDialog *dialog, const QString &bsn, const QString &naam = {},
                         const QString &datum = {});
    qint64 brpEntries();

    QTemporaryDir m_dir;
    LoopbackProcess m_fixture;
    BrpInstellingen m_instellingen;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search;
    std::unique_ptr<sync::BrpClient> m_client;
    std::unique_ptr<GelogdeBrpPersonen> m_brp;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestBrpGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The beheer form writes the application's settings: into this test's own directory.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    const QString keyFile = m_dir.filePath(QStringLiteral("brp.key"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(apiKey);
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY2(
        m_fixture.start(QStringLiteral("python3"),
                        {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/brp_fixture.py"), QString::fromLatin1(apiKey)},
                        QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
        qPrintable(m_fixture.output()));
    m_instellingen.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/haalcentraal/api/brp").arg(m_fixture.port()));
    m_instellingen.apiKeyFile = keyFile;
    m_instellingen.headers = {{QStringLiteral("x-doelbinding"), QStringLiteral("KCC")}};
}

void TestBrpGui::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_services = std::make_unique<test::CallFlowServices>(m_db->database());
    QVERIFY(m_services->accounts.createMedewerker(QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(),
                                                  QStringLiteral("0201234567"), QStringLiteral("geheim123"),
                                                  {AccountRole::medewerker()}));
    const Result<SignedInActor> user =
        m_services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user);
    m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
    m_client = std::make_unique<sync::BrpClient>([this] { return m_instellingen; });
    m_brp = std::make_unique<GelogdeBrpPersonen>(*m_client, m_services->sql.verwerkingenLog(),
                                                 m_services->sql.huidigeVerwerking());
    ui::CallFlowContext context = m_services->context(user.value(), m_search.get());
    context.brp = m_brp.get();
    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    m_window->setCallFlow(context);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBrpGui::cleanup()
{
    m_window.reset();
    m_brp.reset();
    m_client.reset();
    m_search.reset();
    m_services.reset();
    m_db.reset();
}

qint64 TestBrpGui::brpEntries()
{
    QSqlQuery query(m_db->database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM verwerkingsactie a JOIN verwerkt_object o ON o.actie = a.rij"
                                   " WHERE a.actie_naam = 'BRP raadplegen'"
                                   " AND o.betrokkenheid = 'Geraadpleegd in BRP'")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

ui::BrpZoekenDialog *TestBrpGui::openDialog(const QString &searchText)
{
    ui::PartijZoekenWidget *zoeken = test::zoekenTab(m_window.get());
    auto *button = findNamed<QPushButton>(zoeken, QStringLiteral("brpZoekenButton"));
    if (!zoeken || !button || !button->isVisible())
        return nullptr;
    zoeken->focusSearch();
    QTest::keyClicks(zoeken->searchEdit(), searchText);
    // The caller is not a partij: the status points to the BRP.
    auto *status = findNamed<QLabel>(zoeken, QStringLiteral("zoekenStatus"));
    if (!searchText.isEmpty() && !QTest::qWaitFor([status] { return status->text().contains(u"BRP"); }, 10000))
        return nullptr;
    QTest::keyClick(zoeken->searchEdit(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    return zoeken->findChild<ui::BrpZoekenDialog *>(QStringLiteral("brpZoekenDialog"));
}

// Fills the dialog's fields and presses Enter; the list's lines once the answer is there.
QStringList TestBrpGui::searchIn(ui::BrpZoekenDialog *dialog, const QString &bsn, const QString &naam,
                                 const QString &datum)
{
    auto *bsnEdit = findNamed<QLineEdit>(dialog, QStringLiteral("brpBsnEdit"));
    auto *naamEdit = findNamed<QLineEdit>(dialog, QStringLiteral("brpGeslachtsnaamEdit"));
    auto *datumEdit = findNamed<QLineEdit>(dialog, QStringLiteral("brpGeboortedatumEdit"));
    auto *searchButton = findNamed<QPushButton>(dialog, QStringLiteral("brpSearchButton"));
    bsnEdit->setText(bsn);
    naamEdit->setText(naam);
    datumEdit->setText(datum);
    QTest::keyClick(bsn.isEmpty() ? datumEdit : bsnEdit, Qt::Key_Return);
    if (!QTest::qWaitFor([searchButton] { return searchButton->isEnabled(); }, 10000))
        return {QStringLiteral("no answer within 10 s")};
    QStringList lines;
    auto *results = findNamed<QListWidget>(dialog, QStringLiteral("brpResults"));
    for (int i = 0; i < results->count(); ++i)
        lines.append(results->item(i)->text());
    return lines;
}

void TestBrpGui::geheimhoudingTakenOverAsVariantC()
{
    ui::BrpZoekenDialog *dialog = openDialog(QStringLiteral("999990019"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *bsnEdit = findNamed<QLineEdit>(dialog, QStringLiteral("brpBsnEdit"));
    QCOMPARE(bsnEdit->text(), QStringLiteral("999990019")); // taken from the search box
    QVERIFY(findNamed<QLabel>(dialog, QStringLiteral("brpNote"))->text().contains(QStringLiteral("Never read")));
    QCOMPARE(brpEntries(), 0);
    QTest::keyClick(bsnEdit, Qt::Key_Return);
    auto *results = findNamed<QListWidget>(dialog, QStringLiteral("brpResults"));
    QTRY_COMPARE(results->count(), 1);
    // Logged before it was shown: the entry is there now that the person is.
    QCOMPARE(brpEntries(), 1);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("Sanne Bakker")));
    const QString shown = findNamed<QTextBrowser>(dialog, QStringLiteral("brpPersoonView"))->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("2 maart 1975")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("geheimhouding")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("Verborgenstraat")) && !shown.contains(QStringLiteral("1234 CD")),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("999990019")), qPrintable(shown)); // the BSN masked

    // The keyboard takes her over: Enter on the person in the list.
    QCOMPARE(QApplication::focusWidget(), results);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    // The dialog was the active window; the keyboard goes back to the desk.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ui::ContactPanel *panel = test::MainWindowPage(m_window.get()).contactPanel();
    QVERIFY(panel->isActive());
    QCOMPARE(panel->session().partijKeuze, ContactSession::PartijKeuze::Nieuw);
    QCOMPARE(panel->session().nieuwePartij.bsn, QStringLiteral("999990019"));
    QVERIFY(panel->session().nieuwePartij.indicatieGeheimhouding);

    // Authenticated by the control questions, with consent and a phone number: variant C.
    const test::ContactPanelPage page(panel);
    QTest::keyClick(page.authentication()->authenticatedBox(), Qt::Key_Space);
    page.authentication()->methodCombo()->setCurrentIndex(1);
    QCOMPARE(page.authentication()->bsnEdit()->text(), QStringLiteral("999990019"));
    panel->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(page.onderwerpen()->onderwerpEdit(), QStringLiteral("Paspoort aanvragen"));
    panel->goToStep(ui::ContactPanel::BetrokkeneStep);
    QTest::keyClick(page.betrokkene()->consentBox(), Qt::Key_Space);
    QCOMPARE(page.betrokkene()->nameEdits().at(1)->text(), QStringLiteral("Sanne"));
    QCOMPARE(page.betrokkene()->nameEdits().at(3)->text(), QStringLiteral("Bakker"));
    QTest::keyClicks(page.betrokkene()->phoneEdit(), QStringLiteral("0612345678"));
    QTest::keyClick(page.betrokkene()->phoneEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(!panel->isActive(),
                 qPrintable(page.banner()->text() + QLatin1Char(' ') + page.afronding()->missingLabel()->text()));

    const QList<PartijIdentificator> identificatoren = all<PartijIdentificator>(m_db->database());
    QCOMPARE(identificatoren.size(), 1);
    QCOMPARE(identificatoren.first().objectId, QStringLiteral("999990019"));
    QCOMPARE(identificatoren.first().codeSoortObjectId, CodeSoortObjectId::Bsn);
    const QList<Partij> partijen = all<Partij>(m_db->database());
    QCOMPARE(partijen.size(), 1);
    QCOMPARE(partijen.first().uuid, identificatoren.first().identificeerdePartij);
    QCOMPARE(partijen.first().indicatieGeheimhouding, std::optional<bool>(true));
    QCOMPARE(partijen.first().contactnaam.value_or(Contactnaam()).achternaam, QStringLiteral("Bakker"));
    QCOMPARE(brpEntries(), 1);
}

void TestBrpGui::marksAndErrorsAreShownInWords()
{
    ui::BrpZoekenDialog *dialog = openDialog(QString());
    QVERIFY(dialog);
    auto *view = findNamed<QTextBrowser>(dialog, QStringLiteral("brpPersoonView"));
    auto *status = findNamed<QLabel>(dialog, QStringLiteral("brpStatus"));
    auto *overnemen = findNamed<QPushButton>(dialog, QStringLiteral("brpOvernemenButton"));

    QStringList lines = searchIn(dialog, QString(), QStringLiteral("Jansen"), QStringLiteral("02-02-1940"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("DECEASED")), qPrintable(lines.first()));
    QVERIFY(view->toPlainText().contains(QStringLiteral("Deceased according to the BRP")));
    QVERIFY(!overnemen->isEnabled()); // a deceased person is not taken over

    lines = searchIn(dialog, QStringLiteral("999990032"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("IN ONDERZOEK")), qPrintable(lines.first()));
    QVERIFY(view->toPlainText().contains(QStringLiteral("persoon, adres")));
    QVERIFY(overnemen->isEnabled());

    lines = searchIn(dialog, QStringLiteral("999990044"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("LIVES ABROAD")), qPrintable(lines.first()));
    QVERIFY(view->toPlainText().contains(QStringLiteral("België")));
    QVERIFY(view->toPlainText().contains(QStringLiteral("Rue de la Loi 16")));

    lines = searchIn(dialog, QString(), QStringLiteral("Haddad"), QStringLiteral("1-1-2000"));
    QVERIFY(lines.isEmpty());
    QVERIFY2(status->text().contains(QStringLiteral("too many persons")), qPrintable(status->text()));

    lines = searchIn(dialog, QStringLiteral("111222333"));
    QVERIFY(lines.isEmpty());
    QCOMPARE(status->text(), QStringLiteral("Nobody found in the BRP."));

    // Refused before it is sent: no full date of birth.
    lines = searchIn(dialog, QString(), QStringLiteral("Vries"), QStringLiteral("1980"));
    QVERIFY(lines.isEmpty());
    QVERIFY2(status->text().contains(QStringLiteral("full")), qPrintable(status->text()));
    QCOMPARE(brpEntries(), 3); // the three persons shown, one entry each
}

void TestBrpGui::failingLogShowsNobody()
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                      " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    ui::BrpZoekenDialog *dialog = openDialog(QStringLiteral("999990007"));
    QVERIFY(dialog);
    const QStringList lines = searchIn(dialog, QStringLiteral("999990007"));
    QVERIFY(lines.isEmpty());
    QVERIFY(findNamed<QTextBrowser>(dialog, QStringLiteral("brpPersoonView"))->toPlainText().isEmpty());
    const QString status = findNamed<QLabel>(dialog, QStringLiteral("brpStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("verwerkingenlog")) && !status.contains(QStringLiteral("Vries")),
             qPrintable(status));
}

void TestBrpGui::beheerderSetsTheBrpSettings()
{
    ui::BrpInstellingenForm form;
    auto *baseUrl = findNamed<QLineEdit>(&form, QStringLiteral("brpBaseUrlEdit"));
    auto *keyFile = findNamed<QLineEdit>(&form, QStringLiteral("brpKeyFileEdit"));
    auto *headers = findNamed<QPlainTextEdit>(&form, QStringLiteral("brpHeadersEdit"));
    auto *status = findNamed<QLabel>(&form, QStringLiteral("brpInstellingenStatus"));
    QCOMPARE(findNamed<QLineEdit>(&form, QStringLiteral("brpKeyHeaderEdit"))->text(), QStringLiteral("X-API-KEY"));

    baseUrl->setText(QStringLiteral("ftp://brp"));
    QVERIFY(!form.save());
    QVERIFY(status->text().contains(QStringLiteral("https://")));
    baseUrl->setText(QStringLiteral("https://brp.gemeente.nl/haalcentraal/api/brp"));
    headers->setPlainText(QStringLiteral("x-doelbinding BRPKCC"));
    QVERIFY(!form.save());
    QVERIFY2(status->text().contains(QStringLiteral("Line 1")), qPrintable(status->text()));
    headers->setPlainText(QStringLiteral("x-doelbinding: BRPKCC\nx-verwerking: Klantcontact"));
    keyFile->setText(m_instellingen.apiKeyFile);
    findNamed<QSpinBox>(&form, QStringLiteral("brpTimeoutSpin"))->setValue(7);
    QTest::mouseClick(findNamed<QPushButton>(&form, QStringLiteral("brpSaveButton")), Qt::LeftButton);
    QVERIFY2(status->text().startsWith(QStringLiteral("Saved")), qPrintable(status->text()));

    const BrpInstellingen saved = BrpInstellingen::load();
    QCOMPARE(saved.baseUrl, QUrl(QStringLiteral("https://brp.gemeente.nl/haalcentraal/api/brp")));
    QCOMPARE(saved.apiKeyFile, m_instellingen.apiKeyFile);
    QCOMPARE(saved.apiKeyHeader, QStringLiteral("X-API-KEY"));
    QCOMPARE(saved.timeoutSeconds, 7);
    QCOMPARE(saved.headers.size(), 2);
    QCOMPARE(saved.headers.at(1),
             BrpInstellingen::Header(QStringLiteral("x-verwerking"), QStringLiteral("Klantcontact")));
    // The settings name the file; the key itself is nowhere in them.
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(apiKey));
    QVERIFY(findNamed<QLabel>(&form, QStringLiteral("brpKeyStatus"))->text().contains(QStringLiteral("protected")));

    // The beheer dialog carries the form as its BRP tab.
    ui::CallFlowContext context = m_services->context(test::fixtureBeheerder());
    ui::BeheerDialog beheer(context);
    auto *tabs = findNamed<QTabWidget>(&beheer, QStringLiteral("beheerTabs"));
    QCOMPARE(tabs->widget(ui::BeheerDialog::BrpTab)->objectName(), QStringLiteral("brpInstellingenForm"));
}

QTEST_MAIN(TestBrpGui)
#include "tst_brp_gui.moc"
