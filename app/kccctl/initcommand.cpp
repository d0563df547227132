#include "app/kccctl/commandsupport.h"

namespace kcc::ctl {

namespace {
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::InitCommand)

public:
    static QString description() { return tr("Create the database, or migrate it to the current schema."); }
    static QString ready(const QString &path, int version)
    {
        return tr("Database %1 is ready (schema version %2).").arg(path).arg(version);
    }
};
} // namespace

int runInit(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InitCommand::description());
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << QStringLiteral("kccctl: ") << parser.positionalArguments().join(QLatin1Char(' '))
                    << QStringLiteral("?") << Qt::endl;
        return UsageError;
    }
    const auto database = openDatabase(context);
    if (!database)
        return Failure;
    context.out << InitCommand::ready(database->path(), database->schemaVersion()) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
