#include "app/kccctl/syncstarter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>

namespace kcc::ctl {

namespace {

class SyncStarter
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::SyncStarter)

public:
    static QString missing(const QString &path)
    {
        return tr("kccctl: %1 is missing; it is installed next to kccctl.").arg(path);
    }
};

QString program()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kcc-sync"));
}

} // namespace

int runSyncProgram(const CommandContext &context)
{
    if (!QFileInfo(program()).isExecutable()) {
        context.err << SyncStarter::missing(program()) << Qt::endl;
        return Failure;
    }
    context.out.flush();
    context.err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program(), QStringList{context.databasePath} + context.arguments.mid(1));
    if (!process.waitForStarted() || !process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return Failure;
    return process.exitCode();
}

bool serverLookUpConfigured()
{
    if (!qEnvironmentVariable("KCC_SYNC_BASE_URL").isEmpty() && !qEnvironmentVariable("KCC_SYNC_TOKEN_FILE").isEmpty())
        return true;
    // The werkplek's settings (sync/settings), read by the desk's own names; kcc-sync reads the
    // token. The user's settings fall back to IT's system-wide file.
    const QSettings werkplek(QStringLiteral("KCC Werkplek"), QStringLiteral("KCC Werkplek"));
    return !werkplek.value(QStringLiteral("openklant/baseUrl")).toString().isEmpty();
}

std::optional<QList<QUuid>> lookUpOnServer(const CommandContext &context, const QString &kind, const QString &value)
{
    if (!QFileInfo(program()).isExecutable()) {
        context.err << SyncStarter::missing(program()) << Qt::endl;
        return std::nullopt;
    }
    context.err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setReadChannel(QProcess::StandardOutput);
    process.start(program(), {context.databasePath, QStringLiteral("lookup"), kind, value});
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return std::nullopt;
    const QString problems = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (!problems.isEmpty())
        context.err << problems << Qt::endl;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != Success)
        return std::nullopt;
    QList<QUuid> found;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (const QUuid uuid = QUuid::fromString(line.trimmed()); !uuid.isNull())
            found.append(uuid);
    }
    return found;
}

} // namespace kcc::ctl
