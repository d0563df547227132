#include "app/sync/synccommand.h"

#include "app/kccctl/commandsupport.h"
#include "storage/sync/sqlpullstore.h"
#include "storage/sync/sqlsyncstore.h"
#include "storage/sync/syncbacklog.h"
#include "sync/openklantclient.h"
#include "sync/pull/puller.h"
#include "sync/pushworker.h"
#include "sync/settings/syncsettingsloader.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace kcc::ctl {

namespace {

class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::SyncCommand)

public:
    static QString description()
    {
        return tr("Stay in step with the municipality's Open Klant. push: send what waits (--all: first queue every "
                  "local record the server does not have yet); exits 0 only when nothing is left. pull: refresh the "
                  "actoren, the partijen known on the server with their history, and the open interne taken of "
                  "this desk's actoren and afdelingen. status: what waits and what the server refused, with its "
                  "reasons.");
    }
    static QString commandHelp() { return tr("push, pull or status."); }
    static QString baseUrlHelp()
    {
        return tr("The Klantinteracties API's base URL (else $KCC_SYNC_BASE_URL), e.g. "
                  "https://openklant.example.nl/klantinteracties/api/v1.");
    }
    static QString tokenFileHelp()
    {
        return tr("The file holding the API token, readable by its owner only (else $KCC_SYNC_TOKEN_FILE).");
    }
    static QString allHelp() { return tr("push: first queue every local record the server does not have yet."); }
    static QString wachtHelp() { return tr("push: keep retrying for at most this many seconds (default 60)."); }
    static QString badCommand(const QString &command)
    {
        return tr("kccctl: sync needs push, pull or status, not '%1'.").arg(command);
    }
    static QString badLookup() { return tr("kccctl: sync lookup needs bsn, kvk, telefoon or email and a value."); }
    static QString badWacht(const QString &value)
    {
        return tr("kccctl: --wacht needs a whole number of seconds, not '%1'.").arg(value);
    }
    static QString notSetUp()
    {
        return tr("kccctl: sync is not set up: give --base-url URL and --token-file FILE (or set KCC_SYNC_BASE_URL "
                  "and KCC_SYNC_TOKEN_FILE).");
    }
    static QString badUrl(const QString &url) { return tr("kccctl: '%1' is not an http(s) URL.").arg(url); }
    static QString tokenMissing(const QString &path)
    {
        return tr("kccctl: the token file %1 does not exist.").arg(path);
    }
    static QString tokenOpen(const QString &path)
    {
        return tr("kccctl: the token file %1 may be read by others; make it readable by its owner only (chmod 600).")
            .arg(path);
    }
    static QString tokenUnreadable(const QString &path, const QString &reason)
    {
        return tr("kccctl: the token file %1 cannot be read: %2").arg(path, reason);
    }
    static QString tokenShape(const QString &path)
    {
        return tr("kccctl: the token file %1 must hold the token on one line.").arg(path);
    }
    static QString queued(int count) { return tr("Queued %n record(s) the server does not have yet.", nullptr, count); }
    static QString stand(const OutboxStatus &status)
    {
        return tr("Waiting: %1, refused: %2, sent: %3.")
            .arg(status.wachtend)
            .arg(status.geweigerd)
            .arg(status.verzonden);
    }
    static QString pushed(int posts, int lookups)
    {
        return tr("Requests: %1 sent, %2 look-ups.").arg(posts).arg(lookups);
    }
    static QString refused(const OutboxRefusal &refusal)
    {
        return tr("Refused: %1 %2: %3")
            .arg(resourcePath(refusal.resource), refusal.lokaal.toString(QUuid::WithoutBraces), refusal.reden);
    }
    static QString pulled(const sync::PullReport &report)
    {
        return tr("Pulled: %1 record(s) stored or updated (%2 requests).").arg(report.stored).arg(report.requests);
    }
    static QString notStored(const QString &warning) { return tr("Not stored: %1").arg(warning); }
};

Result<QString> readToken(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{SyncCommand::tokenMissing(path), {}};
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others)
        return Error{SyncCommand::tokenOpen(path), {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{SyncCommand::tokenUnreadable(path, file.errorString()), {}};
    const QByteArray token = file.readAll().trimmed();
    if (token.isEmpty() || token.contains('\n') || token.contains('\r'))
        return Error{SyncCommand::tokenShape(path), {}};
    return QString::fromUtf8(token);
}

// The flags, else the environment. The beheerder's own settings (QtKeychain, issue 14 item 1) come
// in here once the settings page stores them.
Result<sync::SyncSettings> settingsFrom(const QCommandLineParser &parser)
{
    const QString url = parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url"))
                                                                 : qEnvironmentVariable("KCC_SYNC_BASE_URL");
    const QString tokenFile = parser.isSet(QStringLiteral("token-file")) ? parser.value(QStringLiteral("token-file"))
                                                                         : qEnvironmentVariable("KCC_SYNC_TOKEN_FILE");
    if (url.isEmpty() || tokenFile.isEmpty()) {
        // What the beheerder set in the werkplek (Beheer > Open Klant) or IT for every desk.
        const sync::SyncSettings stored = sync::loadSyncSettings();
        if (url.isEmpty() && tokenFile.isEmpty() && stored.isConfigured())
            return stored;
        return Error{SyncCommand::notSetUp(), {}};
    }
    sync::SyncSettings settings;
    settings.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!settings.baseUrl.isValid() ||
        (settings.baseUrl.scheme() != QLatin1String("https") && settings.baseUrl.scheme() != QLatin1String("http")))
        return Error{SyncCommand::badUrl(url), {}};
    const Result<QString> token = readToken(tokenFile);
    if (!token)
        return token.error();
    settings.token = token.value();
    return settings;
}

std::unique_ptr<sync::OpenKlantClient> clientFor(const sync::SyncSettings &settings)
{
    auto client = std::make_unique<sync::OpenKlantClient>(settings);
    if (const QByteArray timeout = qgetenv("KCC_SYNC_TIMEOUT_MS"); !timeout.isEmpty())
        client->setTimeout(std::chrono::milliseconds(timeout.toInt()));
    return client;
}

int printStatus(const CommandContext &context, storage::SqlSyncStore &store)
{
    const Result<OutboxStatus> status = store.status();
    const Result<QList<OutboxRefusal>> refusals = store.refusals();
    if (!status || !refusals) {
        printError(context, !status ? status.error() : refusals.error());
        return Failure;
    }
    context.out << SyncCommand::stand(status.value()) << Qt::endl;
    for (const OutboxRefusal &refusal : refusals.value()) {
        context.out << SyncCommand::refused(refusal) << Qt::endl;
        for (const FieldError &veld : refusal.velden)
            context.out << QStringLiteral("  ") << veld.field << QStringLiteral(": ") << veld.message << Qt::endl;
    }
    return Success;
}

int push(const CommandContext &context, storage::Database &database, const sync::SyncSettings &settings, bool all,
         int wacht)
{
    if (all) {
        const Result<int> queued = storage::SyncBacklog::queueEverything(database);
        if (!queued) {
            printError(context, queued.error());
            return Failure;
        }
        context.out << SyncCommand::queued(queued.value()) << Qt::endl;
    }
    storage::SqlSyncStore store(database);
    const auto client = clientFor(settings);
    sync::PushWorker worker(*client, store);
    if (const QByteArray base = qgetenv("KCC_SYNC_BACKOFF_MS"); !base.isEmpty())
        worker.setBackoff(std::chrono::milliseconds(base.toInt()), std::chrono::milliseconds(base.toInt() * 16));
    QEventLoop loop;
    QString stopped;
    QObject::connect(&worker, &sync::PushWorker::drained, &loop, &QEventLoop::quit);
    QObject::connect(&worker, &sync::PushWorker::stoppedOnError, &loop, [&loop, &stopped](const QString &message) {
        stopped = message;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::seconds(wacht), &loop, &QEventLoop::quit);
    worker.start();
    loop.exec();
    worker.stop();
    if (!stopped.isEmpty())
        context.err << QStringLiteral("kccctl: ") << stopped << Qt::endl;
    context.out << SyncCommand::pushed(worker.postsSent(), worker.lookupsSent()) << Qt::endl;
    if (printStatus(context, store) != Success)
        return Failure;
    const Result<OutboxStatus> status = store.status();
    return stopped.isEmpty() && status && status.value().wachtend == 0 && status.value().geweigerd == 0 ? Success
                                                                                                        : Failure;
}

// Runs one pull and waits for it; warnings go to stderr.
int runPull(const CommandContext &context, storage::Database &database, const sync::SyncSettings &settings,
            const std::function<void(sync::Puller &, sync::Puller::Done)> &start, sync::PullReport &report)
{
    storage::SqlPullStore store(database);
    const auto client = clientFor(settings);
    sync::Puller puller(*client, store);
    QEventLoop loop;
    std::optional<Result<sync::PullReport>> result;
    start(puller, [&](const Result<sync::PullReport> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok()) {
        printError(context, result->error());
        return Failure;
    }
    report = result->value();
    for (const QString &warning : std::as_const(report.warnings))
        context.err << SyncCommand::notStored(warning) << Qt::endl;
    return Success;
}

std::optional<sync::LookupKind> lookupKind(const QString &name)
{
    if (name == QLatin1String("bsn"))
        return sync::LookupKind::Bsn;
    if (name == QLatin1String("kvk"))
        return sync::LookupKind::KvkNummer;
    if (name == QLatin1String("telefoon"))
        return sync::LookupKind::Telefoonnummer;
    if (name == QLatin1String("email"))
        return sync::LookupKind::Email;
    return std::nullopt;
}

int lookUp(const CommandContext &context, storage::Database &database, const sync::SyncSettings &settings,
           const QStringList &positional)
{
    const std::optional<sync::LookupKind> kind = positional.size() == 3 ? lookupKind(positional.at(1)) : std::nullopt;
    if (!kind) {
        context.err << SyncCommand::badLookup() << Qt::endl;
        return UsageError;
    }
    sync::PullReport report;
    const QString value = positional.at(2);
    const int code = runPull(
        context, database, settings,
        [&](sync::Puller &puller, sync::Puller::Done done) { puller.lookUpPartij(*kind, value, done); }, report);
    for (const QUuid &partij : std::as_const(report.partijen))
        context.out << partij.toString(QUuid::WithoutBraces) << Qt::endl;
    return code;
}

} // namespace

int runSync(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SyncCommand::description());
    parser.addPositionalArgument(QStringLiteral("command"), SyncCommand::commandHelp(),
                                 QStringLiteral("push|pull|status"));
    parser.addOption({QStringLiteral("base-url"), SyncCommand::baseUrlHelp(), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token-file"), SyncCommand::tokenFileHelp(), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("all"), SyncCommand::allHelp()});
    parser.addOption(
        {QStringLiteral("wacht"), SyncCommand::wachtHelp(), QStringLiteral("SECONDS"), QStringLiteral("60")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!QStringList{QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("status"), QStringLiteral("lookup")}
             .contains(command)) {
        context.err << SyncCommand::badCommand(command) << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const int wacht = parser.value(QStringLiteral("wacht")).toInt(&ok);
    if (!ok || wacht < 0) {
        context.err << SyncCommand::badWacht(parser.value(QStringLiteral("wacht"))) << Qt::endl;
        return UsageError;
    }
    if (command == QLatin1String("status")) {
        const auto database = openDatabaseForReading(context);
        if (!database)
            return Failure;
        storage::SqlSyncStore store(*database);
        return printStatus(context, store);
    }
    const Result<sync::SyncSettings> settings = settingsFrom(parser);
    if (!settings) {
        context.err << settings.error().message << Qt::endl;
        return Failure;
    }
    const auto database = openDatabase(context);
    if (!database)
        return Failure;
    if (command == QLatin1String("push"))
        return push(context, *database, settings.value(), parser.isSet(QStringLiteral("all")), wacht);
    if (command == QLatin1String("lookup"))
        return lookUp(context, *database, settings.value(), positional);
    sync::PullReport report;
    const int code = runPull(
        context, *database, settings.value(),
        [](sync::Puller &puller, sync::Puller::Done done) { puller.pullAll(done); }, report);
    if (code == Success)
        context.out << SyncCommand::pulled(report) << Qt::endl;
    return code;
}

} // namespace kcc::ctl
