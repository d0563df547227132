#include "app/kccctl/doorstuurstarter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace kcc::ctl {

namespace {

class DoorstuurStarter
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::DoorstuurStarter)

public:
    static QString missing(const QString &path)
    {
        return tr("kccctl: %1 is missing; it is installed next to kccctl.").arg(path);
    }
};

} // namespace

int runVerwerkingenDoorsturenProgram(const CommandContext &context)
{
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kcc-verwerkingen-doorsturen"));
    if (!QFileInfo(program).isExecutable()) {
        context.err << DoorstuurStarter::missing(program) << Qt::endl;
        return Failure;
    }
    context.out.flush();
    context.err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, QStringList{context.databasePath} + context.arguments.mid(1));
    if (!process.waitForStarted() || !process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return Failure;
    return process.exitCode();
}

} // namespace kcc::ctl
