// Issue 14, item 3, at the desk: a partij and a history that only Open Klant knows are found in the
// Zoeken tab and shown in the klantbeeld. The main window is wired as the application wires it
// (app/werkplek/werkpleksync: the look-ups run on the background runner's thread and connection)
// against the stateful fixture (tests/tools/openklant_fixture.py) holding Anneke Jansen with her BSN
// and a contact a web form made without any actor. Typed BSN -> "Open Klant" hit -> Enter -> the
// klantbeeld with the web-form contact; the server down -> a quiet line, the local search as before.
#include "app/werkplek/werkpleksync.h"
#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "model/privacy/pseudoniemen.h"
#include "model/search/partijsearchmodel.h"
#include "storage/privacy/pseudoniemsleutel.h"
#include "storage/resources/repository.h"
#include "storage/sync/sqlpullstore.h"
#include "sync/openklantclient.h"
#include "sync/pull/puller.h"
#include "tests/support/callflowservices.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekenpage.h"
#include "tests/support/zoekfixture.h"
#include "tests/sync/loopbackprocess.h"
#include "tests/sync/openklantseed.h"
#include "translations/translator.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/listtableview.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtTest>

using namespace kcc;
using namespace kcc::test::openklant;

namespace {

const QString annekeBsn = QStringLiteral("296648875");

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

QWidget *focus()
{
    return QApplication::focusWidget();
}

} // namespace

class TestOpenKlantLookupGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bsnOnlyTheServerKnowsIsFoundAndItsHistoryShown();
    void serverDownSaysSoQuietly();

private:
    void openWindow(quint16 port);
    ui::PartijZoekenWidget *zoeken() const { return test::MainWindowPage(m_window.get()).zoeken(); }
    PartijSearchModel *results() const { return test::ZoekenPage(zoeken()).resultsModel(); }
    KlantbeeldContactModel *history() const { return test::KlantbeeldPage(zoeken()->klantbeeld()).historyModel(); }
    QLabel *historyNote() const
    {
        return zoeken()->klantbeeld()->findChild<QLabel *>(QStringLiteral("historyOpenKlantNote"));
    }
    std::optional<QUuid> shownPartij() const
    {
        const auto &k = zoeken()->klantbeeld()->klantbeeld();
        return k ? std::optional<QUuid>(k->partij.uuid) : std::nullopt;
    }
    // How often Anneke is in the verwerkingenlog as shown in search results.
    int annekeShownInResults();
    // Anneke as an earlier look-up left her: her partij here, her history still on the server.
    bool lookUpAnnekeBeforehand();

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<app::WerkplekSync> m_sync;
    std::unique_ptr<ui::MainWindow> m_window;
    test::ZoekFixture m_fixture;
};

void TestOpenKlantLookupGui::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    httpJson(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(m_server->port())),
             QJsonObject{{QStringLiteral("load"), QStringLiteral(KCC_TEST_DATA_DIR "/openklant/server")},
                         {QStringLiteral("seed"), webform()}});
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    // The desk's own partijen; Anneke is not among them.
    const QString error = m_fixture.insert(m_db->database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!storage::Repository<Partij>(m_db->database()).find(anneke));
}

void TestOpenKlantLookupGui::cleanup()
{
    m_window.reset();
    m_sync.reset();
    m_services.reset();
    m_db.reset();
    m_server.reset();
}

void TestOpenKlantLookupGui::openWindow(quint16 port)
{
    m_services = std::make_unique<test::CallFlowServices>(m_db->database());
    const Result<QUuid> medewerker = m_services->accounts.createMedewerker(
        QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
        QStringLiteral("geheim123"), {AccountRole::medewerker()});
    QVERIFY2(medewerker.ok(), qPrintable(medewerker.error().message));
    const Result<SignedInActor> user =
        m_services->accounts.signIn(QStringLiteral("Marieke"), QStringLiteral("geheim123"));
    QVERIFY(user.ok());
    m_services->sql.huidigeVerwerking().setGebruiker(user.value().actor.toString(QUuid::WithoutBraces));

    sync::SyncRunnerOptions options;
    options.requestTimeout = std::chrono::milliseconds(5000);
    options.backoffBase = std::chrono::milliseconds(100);
    options.backoffMax = std::chrono::milliseconds(400);
    m_sync = std::make_unique<app::WerkplekSync>(
        sync::SyncSettings{QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(port)), token},
        m_db->database(), options);
    QVERIFY(m_sync->isOn());
    // The search that logs every hit it hands out, as the application's.
    ui::CallFlowContext context = m_services->context(user.value(), &m_services->sql.search());
    m_sync->wire(context);
    QVERIFY(context.serverLookup);
    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    m_window->setCallFlow(context);
    m_sync->attach(m_window.get());
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(zoeken());
    m_sync->start();
    QTRY_COMPARE(focus(), zoeken()->searchEdit());
}

int TestOpenKlantLookupGui::annekeShownInResults()
{
    const Result<QByteArray> key = storage::PseudoniemSleutel::laad(m_db->path(), false);
    if (!key)
        return -1;
    QSqlQuery query(m_db->database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM verwerkt_object WHERE pseudoniem = ?"
                                 " AND betrokkenheid = 'Getoond in zoekresultaat'"));
    // A person with a BSN is logged under the pseudonym of the BSN (storage/privacy/sqlverwerkingenlog.cpp).
    query.addBindValue(Pseudoniemen(key.value()).bsn(annekeBsn));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

bool TestOpenKlantLookupGui::lookUpAnnekeBeforehand()
{
    sync::OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), token});
    storage::SqlPullStore store(m_db->database());
    sync::Puller puller(client, store);
    std::optional<Result<sync::PullReport>> result;
    puller.lookUpPartij(sync::LookupKind::Bsn, annekeBsn, [&](const Result<sync::PullReport> &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 20000) && result->ok() &&
           result->value().partijen == QList<QUuid>{anneke};
}

void TestOpenKlantLookupGui::bsnOnlyTheServerKnowsIsFoundAndItsHistoryShown()
{
    openWindow(m_server->port());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(annekeShownInResults(), 0);

    QTest::keyClicks(focus(), annekeBsn);
    // Nobody here: the tab asks Open Klant, and lists what it found in the same hit list.
    QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 20000);
    const QModelIndex hit = results()->index(0, PartijSearchModel::LetOpColumn);
    QCOMPARE(hit.data(UuidRole).toUuid(), anneke);
    QVERIFY(hit.data(PartijSearchModel::UitOpenKlantRole).toBool());
    QVERIFY2(hit.data().toString().contains(QStringLiteral("Open Klant")), qPrintable(hit.data().toString()));
    QVERIFY(
        results()->index(0, PartijSearchModel::NaamColumn).data().toString().contains(QStringLiteral("Vries-Çetin")));
    // Logged as every hit is, before it was shown.
    QCOMPARE(annekeShownInResults(), 1);

    // Down and Enter, as on a local hit.
    QCOMPARE(focus(), zoeken()->searchEdit());
    QTest::keyClick(focus(), Qt::Key_Down);
    QCOMPARE(focus(), test::ZoekenPage(zoeken()).resultsView());
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(anneke));

    // The history comes from Open Klant in the background: the web form's contact, marked.
    QTRY_VERIFY_WITH_TIMEOUT(history()->rowCount() >= 1, 20000);
    int webform = -1;
    for (int row = 0; row < history()->rowCount(); ++row) {
        if (history()->index(row, 0).data(UuidRole).toUuid() == webformContact)
            webform = row;
    }
    QVERIFY(webform >= 0);
    QCOMPARE(history()->index(webform, KlantbeeldContactModel::KanaalColumn).data().toString(),
             QStringLiteral("webformulier"));
    QCOMPARE(history()->index(webform, KlantbeeldContactModel::OnderwerpColumn).data().toString(),
             QStringLiteral("Melding openbare ruimte"));
    QCOMPARE(history()->index(webform, KlantbeeldContactModel::MedewerkerColumn).data().toString(),
             QStringLiteral("Open Klant"));
    QVERIFY(history()->index(webform, 0).data(KlantbeeldContactModel::UitOpenKlantRole).toBool());
    QTRY_VERIFY(!historyNote()->isVisible());
    QCOMPARE(history()->totalCount(), qint64(history()->rowCount()));

    // Opened again within the minute: not pulled again.
    QVERIFY(m_sync->serverLookup());
    QCOMPARE(m_sync->serverLookup()->pullHistory(anneke), quint64(0));

    // Known here now: the same BSN is found locally, still marked, without asking the server.
    QTest::keyClick(zoeken()->searchEdit(), Qt::Key_Escape);
    QTest::keyClick(zoeken()->searchEdit(), Qt::Key_Escape);
    QTRY_COMPARE(results()->state(), PartijSearchModel::State::Idle);
    QTest::keyClicks(zoeken()->searchEdit(), annekeBsn);
    QTRY_COMPARE(results()->state(), PartijSearchModel::State::Ready);
    QCOMPARE(results()->rowCount(), 1);
    QVERIFY(results()->index(0, 0).data(PartijSearchModel::UitOpenKlantRole).toBool());
    QVERIFY(!test::ZoekenPage(zoeken()).statusLabel()->text().contains(QStringLiteral("Open Klant")));

    // A partij of the desk's own is not marked.
    QTest::keyClick(zoeken()->searchEdit(), Qt::Key_Escape);
    QTest::keyClicks(zoeken()->searchEdit(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QVERIFY(!results()->index(0, 0).data(PartijSearchModel::UitOpenKlantRole).toBool());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestOpenKlantLookupGui::serverDownSaysSoQuietly()
{
    // In Dutch, as the desk reads it: the cause is said once ("niet bereikbaar" not twice).
    QVERIFY(installTranslations(*qApp, QStringLiteral("nl")));
    const auto english = qScopeGuard([] { (void)installTranslations(*qApp, QStringLiteral("en")); });
    QVERIFY(lookUpAnnekeBeforehand());
    // The server goes: nothing listens on its port, every request is refused at once.
    const quint16 port = m_server->port();
    m_server.reset();
    openWindow(port);
    if (QTest::currentTestFailed())
        return;
    const QString unknownBsn = QStringLiteral("111222333"); // passes the 11-proef
    QTest::keyClicks(focus(), unknownBsn);
    QLabel *status = test::ZoekenPage(zoeken()).statusLabel();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Navragen bij Open Klant lukte niet: ")), 20000);
    QVERIFY2(status->text().contains(unknownBsn), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Open Klant lukte niet: De server is niet bereikbaar: ")),
             qPrintable(status->text()));
    QVERIFY2(status->text().count(QStringLiteral("niet bereikbaar")) == 1, qPrintable(status->text()));
    QCOMPARE(results()->rowCount(), 0);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(top == m_window.get() || !top->isVisible(), top->metaObject()->className());

    // The local search as before.
    QTest::keyClick(zoeken()->searchEdit(), Qt::Key_Escape);
    QTest::keyClicks(zoeken()->searchEdit(), QStringLiteral("Zwaneveld"));
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(m_fixture.zwaneveld));
    QCOMPARE(results()->rowCount(), 1);
    QVERIFY(!status->text().contains(QStringLiteral("Open Klant")));

    // Anneke's klantbeeld shows what the desk knows and says quietly why no more.
    QTest::keyClick(zoeken()->searchEdit(), Qt::Key_Escape);
    QTest::keyClicks(zoeken()->searchEdit(), annekeBsn);
    QTRY_COMPARE(shownPartij(), std::optional<QUuid>(anneke));
    QVERIFY(results()->index(0, 0).data(PartijSearchModel::UitOpenKlantRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(historyNote()->text().contains(QStringLiteral("Navragen bij Open Klant lukte niet")),
                             20000);
    QVERIFY(historyNote()->isVisible());
    QCOMPARE(history()->rowCount(), 0);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

QTEST_MAIN(TestOpenKlantLookupGui)
#include "tst_openklant_lookup_gui.moc"
