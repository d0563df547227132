// Push benchmark (issue 14, item 9): N real registrations (the call flow's RegistrationWriter,
// the mix of tests/sync/pushscenario.h) pushed by the background SyncRunner to the stateful
// fixture (tests/tools/openklant_fixture.py) through the fault proxy (tests/tools/fault_proxy.py),
// once without faults and once with 20 % faults. Prints registrations per second of the push
// alone (registering is timed apart) and requests per registration - KISS sends seven POSTs for
// one contact - and checks the server's store against the database: lost and duplicates.
//
// bench_push [--registrations N] [--rates 0,0.2] [--seed S] [--timeout-ms MS]
#include "app/werkplek/syncwiring.h"
#include "tests/sync/loopbackprocess.h"
#include "tests/sync/pushscenario.h"

#include "sync/runner/syncrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>

using namespace kcc;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

QJsonObject getJson(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

int run(int registrations, double rate, const QString &seed, int timeoutMs)
{
    LoopbackProcess server;
    if (!server.start(QStringLiteral("python3"),
                      {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                      QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000)) {
        std::fprintf(stderr, "fixture did not start: %s\n", qPrintable(server.output()));
        return 1;
    }
    LoopbackProcess proxy;
    if (!proxy.start(QStringLiteral("python3"),
                     {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/fault_proxy.py"), QString::number(server.port()),
                      QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--seed"), seed,
                      QStringLiteral("--slow"), QString::number(timeoutMs * 3 / 1000.0)},
                     QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000)) {
        std::fprintf(stderr, "proxy did not start: %s\n", qPrintable(proxy.output()));
        return 1;
    }
    QTemporaryDir dir;
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("push.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const std::unique_ptr<storage::Database> database = std::move(opened).value();
    const test::push::People people;
    if (!test::push::seed(*database, people))
        return 1;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < registrations; ++n) {
        if (!test::push::registerCase(*database, test::push::session(people, n))) {
            std::fprintf(stderr, "registration %d failed\n", n);
            return 1;
        }
    }
    const double registerSeconds = timer.elapsed() / 1000.0;
    storage::SqlSyncStore store(*database);
    const int queued = store.status().value().wachtend;

    // Every held-back answer costs the client its timeout (the application waits 10 s): on
    // loopback a short one keeps the run in minutes; the held-back answers come after three times it.
    sync::SyncRunnerOptions options;
    options.requestTimeout = std::chrono::milliseconds(timeoutMs);
    options.backoffBase = std::chrono::milliseconds(10);
    options.backoffMax = std::chrono::milliseconds(100);
    sync::SyncRunner runner(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(proxy.port())), token},
        app::syncConnectionFactory(*database), options);
    timer.restart();
    runner.start();
    const bool drained = waitFor(
        [&] { return runner.status().state == SyncStatus::State::InStep && runner.status().wachtend == 0; }, 3600000);
    const double pushSeconds = timer.elapsed() / 1000.0;
    runner.stop();

    const QJsonObject proxyState = getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/_proxy").arg(proxy.port())));
    const QJsonObject stored = getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(server.port())))
                                   .value(QStringLiteral("stored"))
                                   .toObject();
    int lost = 0;
    int duplicates = 0;
    for (const test::push::Count &c : test::push::census(*database, stored)) {
        lost += c.missing + (c.mapped - c.server > 0 ? c.mapped - c.server : 0);
        duplicates += c.duplicates;
    }
    lost += store.status().value().wachtend + store.status().value().geweigerd;
    const int requests = proxyState.value(QStringLiteral("requests")).toInt();
    std::printf(
        "faults %.0f %%: %d registrations (%d outbox entries) registered in %.1f s; pushed in %.1f s = "
        "%.0f registrations/s; %d requests = %.2f per registration (%.2f POST + %.2f look-up); "
        "faults injected %s; lost %d, duplicates %d%s\n",
        rate * 100, registrations, queued, registerSeconds, pushSeconds, registrations / pushSeconds, requests,
        double(requests) / registrations, double(runner.postsSent()) / registrations,
        double(runner.lookupsSent()) / registrations,
        QJsonDocument(proxyState.value(QStringLiteral("faults")).toObject()).toJson(QJsonDocument::Compact).constData(),
        lost, duplicates, drained ? "" : " (NOT drained)");
    std::fflush(stdout);
    return drained && lost == 0 && duplicates == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("registrations"), QStringLiteral("How many (default 10000)."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("rates"), QStringLiteral("Fault rates, comma-separated (default 0,0.2)."),
                      QStringLiteral("LIST"), QStringLiteral("0,0.2")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("The proxy's seed (default 9)."), QStringLiteral("S"),
                      QStringLiteral("9")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("The client's request timeout (default 100)."),
                      QStringLiteral("MS"), QStringLiteral("100")});
    parser.process(app);
    int status = 0;
    for (const QString &rate : parser.value(QStringLiteral("rates")).split(QLatin1Char(',')))
        status |= run(parser.value(QStringLiteral("registrations")).toInt(), rate.toDouble(),
                      parser.value(QStringLiteral("seed")), parser.value(QStringLiteral("timeout-ms")).toInt());
    return status;
}
