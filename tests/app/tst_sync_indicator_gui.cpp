// Issue 14, item 6: the Open Klant indicator in the main window's status bar, in Dutch, wired as
// the application wires it (app/werkplek/werkpleksync): the window's registration service nudges
// the background runner, which sends to the stateful fixture (tests/tools/openklant_fixture.py)
// through the fault proxy (tests/tools/fault_proxy.py). Registered -> "wachtend" -> "bijgewerkt";
// the server gone -> "offline sinds HH:mm", no dialog; back -> "bijgewerkt", each object once.
// A server that answers 429 with Retry-After is there and busy: "Open Klant: bezet tot HH:mm".
#include "app/werkplek/werkpleksync.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"
#include "tests/sync/pushscenario.h"
#include "translations/translator.h"
#include "ui/shell/mainwindow.h"
#include "ui/sync/syncstatusindicator.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStatusBar>
#include <QtTest>

using namespace kcc;
using namespace kcc::test::cases;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

QJsonObject httpJson(const QUrl &url, const QJsonObject &post = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = post.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(post).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

class TestSyncIndicatorGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registeredWaitingInStepOfflineBack();
    void textsAreCompactDutch();
    void serverAskingToWaitIsNotOffline();

private:
    bool startProxy(LoopbackProcess &proxy, quint16 serverPort, quint16 port = 0);
};

void TestSyncIndicatorGui::initTestCase()
{
    QVERIFY(installTranslations(*qApp, QStringLiteral("nl")));
}

void TestSyncIndicatorGui::cleanupTestCase()
{
    (void)installTranslations(*qApp, QStringLiteral("en"));
}

bool TestSyncIndicatorGui::startProxy(LoopbackProcess &proxy, quint16 serverPort, quint16 port)
{
    QStringList arguments{QStringLiteral(KCC_SOURCE_DIR "/tests/tools/fault_proxy.py"), QString::number(serverPort)};
    if (port)
        arguments << QStringLiteral("--port") << QString::number(port);
    return proxy.start(QStringLiteral("python3"), arguments, QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000);
}

void TestSyncIndicatorGui::registeredWaitingInStepOfflineBack()
{
    LoopbackProcess server;
    QVERIFY2(server.start(QStringLiteral("python3"),
                          {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                          QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(server.output()));
    auto proxy = std::make_unique<LoopbackProcess>();
    QVERIFY(startProxy(*proxy, server.port()));
    const quint16 port = proxy->port();
    const QUrl proxyControl(QStringLiteral("http://127.0.0.1:%1/_proxy").arg(port));
    const QUrl serverControl(QStringLiteral("http://127.0.0.1:%1/_control").arg(server.port()));

    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const People people;
    QVERIFY(test::push::seed(db.database(), people));
    test::CallFlowServices services(db.database());
    storage::ThreadedPartijSearch search(db.path());

    sync::SyncRunnerOptions options;
    options.interval = std::chrono::milliseconds(500);
    options.requestTimeout = std::chrono::milliseconds(3000);
    options.backoffBase = std::chrono::milliseconds(100);
    options.backoffMax = std::chrono::milliseconds(400);
    options.statusDelay = std::chrono::milliseconds(20);
    app::WerkplekSync openKlant({QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(port)), token},
                                db.database(), options);
    QVERIFY(openKlant.isOn());
    ui::CallFlowContext context = services.context({}, &search);
    openKlant.wire(context);
    RegistrationService *registration = context.registration;
    QVERIFY(registration != &services.registration); // the window registers through the nudging one

    ui::MainWindow window(ui::MainWindow::Sources{&services.partijen, &services.klantcontacten, db.path(), false});
    window.setCallFlow(context);
    openKlant.attach(&window);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *indicator = window.statusBar()->findChild<QLabel *>(QStringLiteral("syncStatusIndicator"));
    QVERIFY(indicator);
    QVERIFY(indicator->isVisible());
    openKlant.start();
    QTRY_COMPARE(indicator->text(), QStringLiteral("Open Klant: bijgewerkt"));

    const auto registerContact = [&](const ContactSession &session) {
        const Result<PlanContext> plan = registration->planContext(session);
        if (!plan)
            return false;
        const Result<RegistrationPlan> built = RegistrationPlan::build(session, plan.value());
        return built && registration->registerContact(built.value()).ok();
    };

    // Every answer takes 0.7 s: what is registered is seen waiting, then sent.
    httpJson(proxyControl, QJsonObject{{QStringLiteral("delay"), 0.7}});
    QVERIFY(registerContact(c9018A(people, true)));
    QTRY_VERIFY2(indicator->text().contains(QStringLiteral("wachtend")), qPrintable(indicator->text()));
    QVERIFY(indicator->toolTip().contains(QStringLiteral("wachten")));
    httpJson(proxyControl, QJsonObject{{QStringLiteral("delay"), 0}});
    QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Open Klant: bijgewerkt"), 20000);

    // The server goes away: offline since now, said in the status bar only.
    proxy.reset();
    QVERIFY(registerContact(c4161(people)));
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(QStringLiteral("Open Klant: offline sinds ")), 10000);
    const QString since = indicator->text().mid(QStringLiteral("Open Klant: offline sinds ").size());
    QVERIFY2(QTime::fromString(since, QStringLiteral("HH:mm")).isValid(), qPrintable(since));
    QVERIFY2(indicator->toolTip().contains(QStringLiteral("Laatste fout")), qPrintable(indicator->toolTip()));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(top == &window || !top->isVisible(), top->metaObject()->className());

    // Back on the same address: in step again, each klantcontact on the server once.
    proxy = std::make_unique<LoopbackProcess>();
    QVERIFY(startProxy(*proxy, server.port(), port));
    QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Open Klant: bijgewerkt"), 20000);
    const QJsonObject stored = httpJson(serverControl).value(QStringLiteral("stored")).toObject();
    QCOMPARE(stored.value(QStringLiteral("klantcontacten")).toArray().size(), 2);
    for (const test::push::Count &c : test::push::census(db.database(), stored)) {
        QVERIFY2(c.duplicates == 0 && c.missing == 0, qPrintable(c.resource));
        QCOMPARE(c.server, c.mapped);
    }
    openKlant.stop();
}

void TestSyncIndicatorGui::textsAreCompactDutch()
{
    using ui::SyncStatusIndicator;
    SyncStatus status;
    status.state = SyncStatus::State::InStep;
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: bijgewerkt"));
    status.state = SyncStatus::State::Sending;
    status.wachtend = 3;
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: 3 wachtend"));
    status.wachtend = 0;
    status.geweigerd = 2;
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: 2 geweigerd"));
    status.wachtend = 1;
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: 2 geweigerd, 1 wachtend"));
    status.state = SyncStatus::State::Offline;
    status.offlineSince = QDateTime(QDate::currentDate(), QTime(10, 42)).toUTC();
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: offline sinds 10:42"));
    status.lastError = QStringLiteral("Connection refused");
    QVERIFY(SyncStatusIndicator::toolTipFor(status).contains(QStringLiteral("Laatste fout: Connection refused")));
    status.state = SyncStatus::State::Waiting;
    status.waitUntil = QDateTime(QDate::currentDate(), QTime(14, 5)).toUTC();
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: bezet tot 14:05"));
    QVERIFY(SyncStatusIndicator::toolTipFor(status).contains(QStringLiteral("vraagt de werkplek te wachten")));
    status.state = SyncStatus::State::Stopped;
    QCOMPARE(SyncStatusIndicator::textFor(status), QStringLiteral("Open Klant: gestopt"));
}

// The server answers the first POST with 429 and Retry-After: 120. It is there and asked to wait:
// the status bar says until when (now + 2 minutes), not "offline sinds".
void TestSyncIndicatorGui::serverAskingToWaitIsNotOffline()
{
    LoopbackProcess server;
    QVERIFY2(server.start(QStringLiteral("python3"),
                          {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                          QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(server.output()));
    httpJson(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(server.port())),
             QJsonObject{{QStringLiteral("faults"),
                          QJsonArray{QJsonObject{{QStringLiteral("status"), 429},
                                                 {QStringLiteral("retryAfter"), QStringLiteral("120")}}}}});
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const People people;
    QVERIFY(test::push::seed(db.database(), people));
    test::CallFlowServices services(db.database());
    storage::ThreadedPartijSearch search(db.path());
    sync::SyncRunnerOptions options;
    options.interval = std::chrono::milliseconds(500);
    options.statusDelay = std::chrono::milliseconds(20);
    app::WerkplekSync openKlant(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(server.port())), token}, db.database(),
        options);
    QVERIFY(openKlant.isOn());
    ui::CallFlowContext context = services.context({}, &search);
    openKlant.wire(context);
    ui::MainWindow window(ui::MainWindow::Sources{&services.partijen, &services.klantcontacten, db.path(), false});
    window.setCallFlow(context);
    openKlant.attach(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *indicator = window.statusBar()->findChild<QLabel *>(QStringLiteral("syncStatusIndicator"));
    QVERIFY(indicator);
    const QDateTime asked = QDateTime::currentDateTime();
    const ContactSession session = c4161(people);
    const Result<PlanContext> plan = context.registration->planContext(session);
    QVERIFY(plan.ok());
    const Result<RegistrationPlan> built = RegistrationPlan::build(session, plan.value());
    QVERIFY(built.ok() && context.registration->registerContact(built.value()).ok());
    openKlant.start();

    const QString prefix = QStringLiteral("Open Klant: bezet tot ");
    QTRY_VERIFY2_WITH_TIMEOUT(indicator->text().startsWith(prefix), qPrintable(indicator->text()), 10000);
    const QTime until = QTime::fromString(indicator->text().mid(prefix.size()), QStringLiteral("HH:mm"));
    QVERIFY2(until.isValid(), qPrintable(indicator->text()));
    // Two minutes from the request, to the minute (the label shows no seconds).
    const int minutes = (asked.time().msecsTo(until) / 60000 + 24 * 60) % (24 * 60);
    QVERIFY2(minutes >= 1 && minutes <= 3, qPrintable(indicator->text()));
    QVERIFY(!indicator->text().contains(QStringLiteral("offline")));
    QVERIFY(indicator->toolTip().contains(QStringLiteral("vraagt de werkplek te wachten")));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    openKlant.stop();
}

QTEST_MAIN(TestSyncIndicatorGui)
#include "tst_sync_indicator_gui.moc"
