#include "app/doorsturen/doorstuurcommand.h"

#include "app/kccctl/commandsupport.h"
#include "storage/privacy/doorstuuruitbox.h"
#include "sync/verwerkingen/verwerkingenzender.h"

#include <QEventLoop>
#include <QFile>

namespace kcc::ctl {

namespace {

class DoorstuurCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::DoorstuurCommand)

public:
    static QString description()
    {
        return tr("Forward the verwerkingenlog to the municipality's central log (the Verwerkingenlogging API): "
                  "turn it on with --instellen and --token-bestand, off with --uit, or send what waits. Exits 0 "
                  "only when nothing is left to send and nothing was refused.");
    }
    static QString instellenHelp() { return tr("Turn forwarding on: the base URL of the central log's API."); }
    static QString tokenHelp() { return tr("The file holding the bearer token for the central log."); }
    static QString uitHelp() { return tr("Turn forwarding off (what waits stays queued)."); }
    static QString wachtHelp() { return tr("Keep retrying for at most this many seconds (default 60)."); }
    static QString badUrl(const QString &url) { return tr("kccctl: '%1' is not an http(s) URL.").arg(url); }
    static QString needToken() { return tr("kccctl: --instellen needs --token-bestand FILE."); }
    static QString badWacht(const QString &value)
    {
        return tr("kccctl: --wacht needs a whole number of seconds, not '%1'.").arg(value);
    }
    static QString ingesteld(const QString &url) { return tr("The verwerkingenlog is forwarded to %1.").arg(url); }
    static QString uitgezet() { return tr("The verwerkingenlog is no longer forwarded."); }
    static QString nietIngesteld()
    {
        return tr("kccctl: forwarding is not set up; use --instellen URL --token-bestand FILE.");
    }
    static QString tokenOnleesbaar(const QString &path, const QString &reason)
    {
        return tr("kccctl: cannot read the token file %1: %2").arg(path, reason);
    }
    static QString stand(qint64 wachtend, qint64 geweigerd, int posts, int lookups)
    {
        return tr("Waiting: %1, refused: %2 (requests: %3 sent, %4 look-ups).")
            .arg(wachtend)
            .arg(geweigerd)
            .arg(posts)
            .arg(lookups);
    }
};

int stelIn(const CommandContext &context, storage::DoorstuurUitbox &uitbox, const QCommandLineParser &parser)
{
    DoorstuurInstelling instelling;
    if (!parser.isSet(QStringLiteral("uit"))) {
        const QString url = parser.value(QStringLiteral("instellen"));
        instelling.baseUrl = QUrl(url, QUrl::StrictMode);
        if (!instelling.baseUrl.isValid() || (instelling.baseUrl.scheme() != QLatin1String("https") &&
                                              instelling.baseUrl.scheme() != QLatin1String("http"))) {
            context.err << DoorstuurCommand::badUrl(url) << Qt::endl;
            return UsageError;
        }
        instelling.tokenBestand = parser.value(QStringLiteral("token-bestand"));
        if (instelling.tokenBestand.isEmpty()) {
            context.err << DoorstuurCommand::needToken() << Qt::endl;
            return UsageError;
        }
    }
    if (Result<> set = uitbox.stelIn(instelling); !set) {
        printError(context, set.error());
        return Failure;
    }
    context.out << (instelling.baseUrl.isEmpty() ? DoorstuurCommand::uitgezet()
                                                 : DoorstuurCommand::ingesteld(instelling.baseUrl.toString()))
                << Qt::endl;
    return Success;
}

} // namespace

int runVerwerkingenDoorsturen(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DoorstuurCommand::description());
    parser.addOption({QStringLiteral("instellen"), DoorstuurCommand::instellenHelp(), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token-bestand"), DoorstuurCommand::tokenHelp(), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("uit"), DoorstuurCommand::uitHelp()});
    parser.addOption(
        {QStringLiteral("wacht"), DoorstuurCommand::wachtHelp(), QStringLiteral("SECONDS"), QStringLiteral("60")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    bool ok = false;
    const int wacht = parser.value(QStringLiteral("wacht")).toInt(&ok);
    if (!ok || wacht < 0) {
        context.err << DoorstuurCommand::badWacht(parser.value(QStringLiteral("wacht"))) << Qt::endl;
        return UsageError;
    }
    const auto database = openDatabase(context);
    if (!database)
        return Failure;
    storage::DoorstuurUitbox uitbox(*database);
    if (parser.isSet(QStringLiteral("instellen")) || parser.isSet(QStringLiteral("uit")))
        return stelIn(context, uitbox, parser);

    const Result<std::optional<DoorstuurInstelling>> instelling = uitbox.instelling();
    if (!instelling) {
        printError(context, instelling.error());
        return Failure;
    }
    if (!instelling.value()) {
        context.err << DoorstuurCommand::nietIngesteld() << Qt::endl;
        return Failure;
    }
    QFile tokenFile(instelling.value()->tokenBestand);
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        context.err << DoorstuurCommand::tokenOnleesbaar(tokenFile.fileName(), tokenFile.errorString()) << Qt::endl;
        return Failure;
    }
    const QString token = QString::fromUtf8(tokenFile.readAll()).trimmed();
    sync::VerwerkingenZender zender(uitbox, instelling.value()->baseUrl, token);
    if (const QByteArray base = qgetenv("KCC_DOORSTUUR_BACKOFF_MS"); !base.isEmpty())
        zender.setBackoff(std::chrono::milliseconds(base.toInt()), std::chrono::milliseconds(base.toInt() * 16));
    if (const QByteArray timeout = qgetenv("KCC_DOORSTUUR_TIMEOUT_MS"); !timeout.isEmpty())
        zender.setTimeout(std::chrono::milliseconds(timeout.toInt()));
    QEventLoop loop;
    QString gestopt;
    QObject::connect(&zender, &sync::VerwerkingenZender::klaar, &loop, &QEventLoop::quit);
    QObject::connect(&zender, &sync::VerwerkingenZender::gestopt, &loop, [&loop, &gestopt](const QString &message) {
        gestopt = message;
        loop.quit();
    });
    zender.start(std::chrono::seconds(wacht));
    loop.exec();
    if (!gestopt.isEmpty())
        context.err << QStringLiteral("kccctl: ") << gestopt << Qt::endl;
    const Result<qint64> wachtend = uitbox.wachtend();
    const Result<qint64> geweigerd = uitbox.geweigerd();
    if (!wachtend || !geweigerd) {
        printError(context, !wachtend ? wachtend.error() : geweigerd.error());
        return Failure;
    }
    context.out << DoorstuurCommand::stand(wachtend.value(), geweigerd.value(), zender.postsSent(),
                                           zender.lookupsSent())
                << Qt::endl;
    return gestopt.isEmpty() && wachtend.value() == 0 && geweigerd.value() == 0 ? Success : Failure;
}

} // namespace kcc::ctl
