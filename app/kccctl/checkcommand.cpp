#include "app/kccctl/commandsupport.h"
#include "storage/db/integritycheck.h"

namespace kcc::ctl {

namespace {
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::CheckCommand)

public:
    static QString description()
    {
        return tr("Check the database file and the domain rules (every klantcontact has an actor and a "
                  "betrokkene, every interne taak an actor, no dangling references). Exit 0 only when clean.");
    }
    static QString clean(const QString &path) { return tr("%1: no problems found.").arg(path); }
    static QString problems(int count) { return tr("%n problem(s) found.", nullptr, count); }
};
} // namespace

int runCheck(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckCommand::description());
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    const auto database = openDatabaseForReading(context);
    if (!database)
        return Failure;
    const QStringList problems = storage::IntegrityCheck::run(*database);
    for (const QString &warning : storage::IntegrityCheck::warnings(*database))
        context.out << QStringLiteral("~ ") << warning << Qt::endl;
    if (problems.isEmpty()) {
        context.out << CheckCommand::clean(database->path()) << Qt::endl;
        return Success;
    }
    for (const QString &problem : problems)
        context.err << QStringLiteral("- ") << problem << Qt::endl;
    context.err << CheckCommand::problems(problems.size()) << Qt::endl;
    return Failure;
}

} // namespace kcc::ctl
