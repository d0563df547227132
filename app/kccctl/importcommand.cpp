#include "app/kccctl/commandsupport.h"
#include "storage/exchange/importer.h"

namespace kcc::ctl {

namespace {
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::ImportCommand)

public:
    static QString description()
    {
        return tr("Read Klantinteracties API v1 JSON files (as written by 'export' or dumped from an Open Klant "
                  "server) in one transaction: valid input is imported whole, invalid input is refused whole.");
    }
    static QString directoryHelp() { return tr("Directory holding partijen.json, klantcontacten.json, ..."); }
    static QString needsDirectory() { return tr("kccctl import: name the directory to read from."); }
    static QString warning(const QString &text) { return tr("kccctl import: warning: %1").arg(text); }
    static QString done(const QString &directory, qint64 milliseconds)
    {
        return tr("Imported %1 in %2 s.").arg(directory, QString::number(milliseconds / 1000.0, 'f', 1));
    }
};
} // namespace

int runImport(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::description());
    parser.addPositionalArgument(QStringLiteral("DIR"), ImportCommand::directoryHelp());
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        context.err << ImportCommand::needsDirectory() << Qt::endl;
        return UsageError;
    }
    const auto database = openDatabase(context);
    if (!database)
        return Failure;
    storage::Importer importer(*database);
    const QString directory = parser.positionalArguments().constFirst();
    const auto report = importer.importFrom(directory);
    if (!report) {
        // The message already lists the first Importer::maxReportedProblems problems and counts
        // the rest; the full list in fieldErrors is not printed a second time.
        printError(context, Error{report.error().message, {}});
        return Failure;
    }
    for (const QString &warning : report.value().warnings)
        context.err << ImportCommand::warning(warning) << Qt::endl;
    for (const auto &[file, count] : report.value().counts)
        context.out << QStringLiteral("%1\t%2").arg(file).arg(count) << Qt::endl;
    context.out << ImportCommand::done(directory, report.value().milliseconds) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
