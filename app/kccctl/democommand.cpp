#include "app/kccctl/commandsupport.h"
#include "storage/demo/demoloader.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace kcc::ctl {

namespace {
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::DemoCommand)

public:
    static QString description()
    {
        return tr("Fill an empty database with deterministic Dutch demo data of every resource type.");
    }
    static QString partijenHelp()
    {
        return tr("Number of partijen (default %1).").arg(storage::DemoOptions{}.partijen);
    }
    static QString klantcontactenHelp() { return tr("Number of klantcontacten (default: derived from --partijen)."); }
    static QString seedHelp() { return tr("Seed; the same seed and sizes give the same data (default 1)."); }
    static QString notANumber(const QString &option, const QString &value)
    {
        return tr("kccctl: --%1 needs a whole number, not '%2'.").arg(option, value);
    }
    static QString doneOnServer(qint64 milliseconds, const QString &database)
    {
        return tr("Demo data written to %1 in %2 s.").arg(database, QString::number(milliseconds / 1000.0, 'f', 1));
    }
    static QString done(qint64 milliseconds, qint64 bytes)
    {
        return tr("Demo data written in %1 s; database file %2 MiB.")
            .arg(QString::number(milliseconds / 1000.0, 'f', 1), QString::number(bytes / 1048576.0, 'f', 1));
    }
};

bool readNumber(const QCommandLineParser &parser, const QString &option, qint64 &target, const CommandContext &context)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok) {
        context.err << DemoCommand::notANumber(option, parser.value(option)) << Qt::endl;
        return false;
    }
    target = value;
    return true;
}
} // namespace

int runDemo(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoCommand::description());
    parser.addOption({QStringLiteral("partijen"), DemoCommand::partijenHelp(), QStringLiteral("N")});
    parser.addOption({QStringLiteral("klantcontacten"), DemoCommand::klantcontactenHelp(), QStringLiteral("M")});
    parser.addOption({QStringLiteral("seed"), DemoCommand::seedHelp(), QStringLiteral("S")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;

    storage::DemoOptions options;
    qint64 seed = static_cast<qint64>(options.seed);
    if (!readNumber(parser, QStringLiteral("partijen"), options.partijen, context) ||
        !readNumber(parser, QStringLiteral("klantcontacten"), options.klantcontacten, context) ||
        !readNumber(parser, QStringLiteral("seed"), seed, context))
        return UsageError;
    options.seed = static_cast<quint64>(seed);

    const auto database = openDatabase(context);
    if (!database)
        return Failure;

    QString lastStage;
    int lastPercent = -1;
    const auto progress = [&](const QString &stage, int percent) {
        // Only print when something visible changes; a million rows must not mean a million lines.
        if (stage == lastStage && percent / 10 == lastPercent / 10)
            return;
        lastStage = stage;
        lastPercent = percent;
        context.err << QStringLiteral("  %1 %2%").arg(stage).arg(percent) << Qt::endl;
    };
    const auto report = storage::DemoLoader::load(*database, options, progress);
    if (!report) {
        printError(context, report.error());
        return Failure;
    }
    for (auto it = report.value().counts.cbegin(); it != report.value().counts.cend(); ++it)
        context.out << QStringLiteral("%1\t%2").arg(it.key()).arg(it.value()) << Qt::endl;
    if (database->engine() == storage::Engine::PostgreSQL)
        context.out << DemoCommand::doneOnServer(report.value().milliseconds, database->path()) << Qt::endl;
    else
        context.out << DemoCommand::done(report.value().milliseconds, QFileInfo(database->path()).size()) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
