// Beheer > Open Klant and the sync log, driven through the real widgets (issue 14, items 1 and 6):
// "verbinding testen" against the stateful loopback server (tests/tools/openklant_fixture.py)
// reports in plain words what it answered, the actor is chosen from the server's actoren, the
// token is stored in a 0600 file here (no D-Bus session: the fallback says so), nothing typed is
// lost on a failed test; the beheerder opens and filters the sync log, a medewerker is refused.
#include "storage/db/sqlservices.h"
#include "sync/settings/openklantbeheerdienst.h"
#include "tests/support/callflowservices.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"
#include "ui/beheer/beheerdialog.h"
#include "ui/beheer/openklantinstellingenform.h"
#include "ui/shell/mainwindow.h"
#include "ui/sync/synclogdialog.h"
#include "ui/sync/synclogmodel.h"
#include "ui/widgets/fieldmessage.h"

#include <QAction>
#include <QComboBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QtTest>

using namespace kcc;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

template<typename T = QWidget>
T *child(const QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("No child named %s", name);
    return widget;
}

// A port on loopback where nobody listens.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestOpenKlantGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testedConnectionOffersTheServersActors();
    void failedTestsSayWhyAndKeepWhatWasTyped();
    void invalidInputIsRefusedAtTheField();
    void itFixedValuesAreReadOnly();
    void syncLogOpensForTheBeheerderAndFilters();
    void medewerkerGetsNoSyncLog();

private:
    SignedInActor signIn(const QString &login, const QStringList &roles);
    QString serverUrl(const QString &path = QStringLiteral("/klantinteracties/api/v1")) const;
    void postActor(const QString &naam);
    void openForm();
    void type(const char *name, const QString &text);

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sync::OpenKlantBeheerDienst> m_beheer;
    std::unique_ptr<ui::BeheerDialog> m_dialog;
    QSettings *m_system = nullptr; // owned by m_beheer
};

void TestOpenKlantGui::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // as in CI: no keyring
}

void TestOpenKlantGui::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_services = std::make_unique<test::CallFlowServices>(m_db->database());
    m_dir = std::make_unique<QTemporaryDir>();
    auto system = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("system.conf")), QSettings::IniFormat);
    m_system = system.get();
    m_beheer = std::make_unique<sync::OpenKlantBeheerDienst>(
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("user.conf")), QSettings::IniFormat),
        std::move(system), sync::TokenOpslag(m_dir->filePath(QStringLiteral("config"))));
}

void TestOpenKlantGui::cleanup()
{
    m_dialog.reset();
    m_beheer.reset();
    m_services.reset();
    m_db.reset();
    m_server.reset();
}

SignedInActor TestOpenKlantGui::signIn(const QString &login, const QStringList &roles)
{
    if (const Result<SignedInActor> known = m_services->accounts.signIn(login, QStringLiteral("geheim123")); known)
        return known.value();
    const Result<QUuid> made = m_services->accounts.createMedewerker(
        login, QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"), QStringLiteral("geheim123"), roles);
    if (!made)
        qWarning("%s", qPrintable(made.error().message));
    return m_services->accounts.signIn(login, QStringLiteral("geheim123")).value();
}

QString TestOpenKlantGui::serverUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path);
}

void TestOpenKlantGui::postActor(const QString &naam)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(serverUrl() + QStringLiteral("/actoren")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Token " + token.toUtf8());
    const QJsonObject actor{{QStringLiteral("naam"), naam},
                            {QStringLiteral("soortActor"), QStringLiteral("geautomatiseerde_actor")}};
    QNetworkReply *reply = network.post(request, QJsonDocument(actor).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();
}

void TestOpenKlantGui::openForm()
{
    ui::CallFlowContext context =
        m_services->context(signIn(QStringLiteral("Bea"), {AccountRole::medewerker(), AccountRole::beheerder()}));
    context.openKlant = m_beheer.get();
    m_dialog = std::make_unique<ui::BeheerDialog>(context);
    m_dialog->show();
    auto *tabs = child<QTabWidget>(m_dialog.get(), "beheerTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), ui::BeheerDialog::OpenKlantTab + 1);
    tabs->setCurrentIndex(ui::BeheerDialog::OpenKlantTab);
    QVERIFY(child<ui::OpenKlantInstellingenForm>(m_dialog.get(), "openKlantInstellingenForm"));
}

void TestOpenKlantGui::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestOpenKlantGui::testedConnectionOffersTheServersActors()
{
    postActor(QStringLiteral("KCC Werkplek balie"));
    postActor(QStringLiteral("Website"));
    openForm();
    auto *tokenPlek = child<QLabel>(m_dialog.get(), "openKlantTokenPlek");
    QVERIFY(tokenPlek->text().contains(QStringLiteral("No token")));
    type("openKlantBaseUrlEdit", serverUrl());
    type("openKlantTokenEdit", token);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "openKlantTokenEdit")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "openKlantTestButton"), Qt::LeftButton);
    auto *result = child<QLabel>(m_dialog.get(), "openKlantTestResult");
    QTRY_VERIFY2(result->text().contains(QStringLiteral("accepted the token")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("2 actor(s)")) ||
                 result->text().contains(QStringLiteral("2 actor")),
             qPrintable(result->text()));
    auto *combo = child<QComboBox>(m_dialog.get(), "openKlantActorCombo");
    const int balie = combo->findText(QStringLiteral("KCC Werkplek balie"));
    QVERIFY(balie > 0);
    QVERIFY(combo->findText(QStringLiteral("Website")) > 0);
    const QUuid serverActor = combo->itemData(balie).toUuid();
    QVERIFY(!serverActor.isNull());
    combo->setCurrentIndex(balie);

    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "openKlantSaveButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(m_dialog.get(), "openKlantStatus")->text().contains(QStringLiteral("Saved")),
             qPrintable(child<QLabel>(m_dialog.get(), "openKlantStatus")->text()));
    // No keyring here: the 0600 file, and the form says so and why.
    QVERIFY2(tokenPlek->text().contains(QStringLiteral("openklant-token")) &&
                 tokenPlek->text().contains(QStringLiteral("no keyring")),
             qPrintable(tokenPlek->text()));
    QVERIFY(child<QLineEdit>(m_dialog.get(), "openKlantTokenEdit")->text().isEmpty()); // not shown again
    const OpenKlantInstellingen saved = m_beheer->instellingen();
    QCOMPARE(saved.baseUrl, QUrl(serverUrl()));
    QCOMPARE(saved.actor, serverActor);
    QCOMPARE(saved.actorNaam, QStringLiteral("KCC Werkplek balie"));
    const QString tokenFile = m_dir->filePath(QStringLiteral("config/openklant-token"));
    QCOMPARE(QFile::permissions(tokenFile) & ~QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Opened again: what was saved, and the stored token serves the next test.
    m_dialog.reset();
    openForm();
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "openKlantBaseUrlEdit")->text(), serverUrl());
    QCOMPARE(child<QComboBox>(m_dialog.get(), "openKlantActorCombo")->currentData().toUuid(), serverActor);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "openKlantTestButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(m_dialog.get(), "openKlantTestResult")->text().contains(QStringLiteral("accepted")));
}

void TestOpenKlantGui::failedTestsSayWhyAndKeepWhatWasTyped()
{
    openForm();
    auto *result = child<QLabel>(m_dialog.get(), "openKlantTestResult");
    auto *button = child<QPushButton>(m_dialog.get(), "openKlantTestButton");
    const QString wrongToken = QStringLiteral("ffffffffffffffffffffffffffffffffffffffff");
    struct Case
    {
        QString url;
        QString expected;
    };
    const QList<Case> cases{
        {serverUrl(), QStringLiteral("refused the token (HTTP 401)")},
        {serverUrl(QStringLiteral("/api/v2")), QStringLiteral("HTTP 404")},
        {QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(closedPort()),
         QStringLiteral("cannot be reached")},
    };
    for (const Case &c : cases) {
        type("openKlantBaseUrlEdit", c.url);
        type("openKlantTokenEdit", wrongToken);
        result->clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY2(button->isEnabled() && !result->text().isEmpty() &&
                         !result->text().startsWith(QStringLiteral("Asking")),
                     qPrintable(result->text()));
        QVERIFY2(result->text().contains(c.expected), qPrintable(result->text()));
        QCOMPARE(child<QLineEdit>(m_dialog.get(), "openKlantBaseUrlEdit")->text(), c.url);
        QCOMPARE(child<QLineEdit>(m_dialog.get(), "openKlantTokenEdit")->text(), wrongToken);
    }
    QVERIFY(m_beheer->instellingen().baseUrl.isEmpty()); // a test saves nothing
}

void TestOpenKlantGui::invalidInputIsRefusedAtTheField()
{
    openForm();
    auto *save = child<QPushButton>(m_dialog.get(), "openKlantSaveButton");
    const auto messageFor = [this](const char *field) -> QString {
        for (ui::FieldMessage *message : m_dialog->findChildren<ui::FieldMessage *>()) {
            if (message->field() == child<QLineEdit>(m_dialog.get(), field))
                return message->text();
        }
        return {};
    };
    type("openKlantTokenEdit", token);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(messageFor("openKlantBaseUrlEdit").contains(QStringLiteral("Fill in")));
    type("openKlantBaseUrlEdit", QStringLiteral("ftp://openklant.example"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(messageFor("openKlantBaseUrlEdit").contains(QStringLiteral("http")));
    type("openKlantBaseUrlEdit", serverUrl());
    type("openKlantTokenEdit", QStringLiteral("met spatie en te kort"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(messageFor("openKlantBaseUrlEdit").isEmpty());
    QVERIFY(messageFor("openKlantTokenEdit").contains(QStringLiteral("without spaces")));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "openKlantTokenEdit")->text(), QStringLiteral("met spatie en te kort"));
    QVERIFY(m_beheer->instellingen().baseUrl.isEmpty());
}

void TestOpenKlantGui::itFixedValuesAreReadOnly()
{
    m_system->setValue(QStringLiteral("openklant/baseUrl"), serverUrl());
    m_system->setValue(QStringLiteral("openklant/tokenBestand"), m_dir->filePath(QStringLiteral("it.token")));
    openForm();
    QVERIFY(child<QLineEdit>(m_dialog.get(), "openKlantBaseUrlEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "openKlantBaseUrlEdit")->text(), serverUrl());
    QVERIFY(!child<QLineEdit>(m_dialog.get(), "openKlantTokenEdit")->isEnabled());
    // IT's token file is missing: the form says so where the token's place is shown.
    QVERIFY2(child<QLabel>(m_dialog.get(), "openKlantTokenPlek")->text().contains(QStringLiteral("does not exist")),
             qPrintable(child<QLabel>(m_dialog.get(), "openKlantTokenPlek")->text()));
}

void TestOpenKlantGui::syncLogOpensForTheBeheerderAndFilters()
{
    SyncLog &log = m_services->sql.syncLog();
    SyncLogRegel regel;
    regel.resource = QStringLiteral("klantcontacten");
    regel.lokaal = QUuid::createUuid();
    regel.uitkomst = SyncUitkomst::Verzonden;
    QVERIFY(log.append(regel).ok());
    regel.uitkomst = SyncUitkomst::Geweigerd;
    regel.resource = QStringLiteral("partijen");
    regel.bericht = QStringLiteral("The server refused the request (HTTP 400): kanaal: Ongeldig kanaal.");
    QVERIFY(log.append(regel).ok());
    regel.uitkomst = SyncUitkomst::Offline;
    regel.bericht = QStringLiteral("The server could not be reached");
    QVERIFY(log.append(regel).ok());

    const ui::MainWindow::Sources sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false};
    ui::MainWindow window(sources);
    window.setCallFlow(
        m_services->context(signIn(QStringLiteral("Bea"), {AccountRole::medewerker(), AccountRole::beheerder()})));
    auto *action = window.findChild<QAction *>(QStringLiteral("syncLogAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action->trigger();
    auto *dialog = window.findChild<ui::SyncLogDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    auto *view = child<QTableView>(dialog, "syncLogView");
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(child<QLabel>(dialog, "syncLogCount")->text().contains(QStringLiteral("3")));
    // Newest first.
    QCOMPARE(view->model()->index(0, ui::SyncLogModel::UitkomstColumn).data(ui::SyncLogModel::RawRole).toString(),
             QStringLiteral("offline"));

    auto *uitkomst = child<QComboBox>(dialog, "syncLogUitkomstCombo");
    uitkomst->setCurrentIndex(uitkomst->findData(QStringLiteral("geweigerd")));
    QTest::mouseClick(child<QPushButton>(dialog, "syncLogShowButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(
        view->model()->index(0, ui::SyncLogModel::BerichtColumn).data().toString().contains(QStringLiteral("kanaal")));

    uitkomst->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(dialog, "syncLogTekstEdit"), QStringLiteral("REACHED"));
    QTest::mouseClick(child<QPushButton>(dialog, "syncLogShowButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);

    // A wrong date is said at the field, and the rows shown stay.
    QTest::keyClicks(child<QLineEdit>(dialog, "syncLogVanEdit"), QStringLiteral("gisteren"));
    QTest::mouseClick(child<QPushButton>(dialog, "syncLogShowButton"), Qt::LeftButton);
    QVERIFY(child<ui::FieldMessage>(dialog, "syncLogVanMessage")->text().contains(QStringLiteral("yyyy-mm-dd")));
    QCOMPARE(view->model()->rowCount(), 1);
    child<QLineEdit>(dialog, "syncLogVanEdit")->setText(QDate::currentDate().addDays(1).toString(Qt::ISODate));
    QTest::mouseClick(child<QPushButton>(dialog, "syncLogShowButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0);

    action->trigger(); // a second time raises the same dialog
    QCOMPARE(window.findChildren<ui::SyncLogDialog *>().size(), 1);
}

void TestOpenKlantGui::medewerkerGetsNoSyncLog()
{
    const ui::MainWindow::Sources sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false};
    ui::MainWindow window(sources);
    window.setCallFlow(m_services->context(signIn(QStringLiteral("Gijs"), {AccountRole::medewerker()})));
    auto *action = window.findChild<QAction *>(QStringLiteral("syncLogAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(!window.findChild<ui::SyncLogDialog *>());
    QVERIFY(window.findChild<QDialog *>(QStringLiteral("beheerRefusedDialog")));
    // Nor the Open Klant settings: Beheer itself is refused.
    window.findChild<QAction *>(QStringLiteral("beheerAction"))->trigger();
    QVERIFY(!window.findChild<ui::BeheerDialog *>());
}

QTEST_MAIN(TestOpenKlantGui)
#include "tst_openklant_gui.moc"
