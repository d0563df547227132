#include "app/kccctl/commandsupport.h"
#include "model/privacy/persoonsverwerkingen.h"
#include "storage/exchange/exporter.h"
#include "storage/privacy/opdrachtregelgebruiker.h"
#include "storage/privacy/pseudoniemsleutel.h"
#include "storage/privacy/sqlverwerkingenlog.h"

#include <QUrl>

namespace kcc::ctl {

namespace {
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::ExportCommand)

public:
    static QString description()
    {
        return tr("Write every resource to DIR as Klantinteracties API v1 JSON, one file per resource.");
    }
    static QString directoryHelp() { return tr("Directory to write the files into (created when missing)."); }
    static QString baseUrlHelp()
    {
        return tr("Base URL for the 'url' fields (default %1, or $KCC_API_BASE_URL).").arg(defaultBaseUrl());
    }
    static QString needsDirectory() { return tr("kccctl export: name the directory to write to."); }
    static QString badUrl(const QString &url) { return tr("kccctl export: '%1' is not an http(s) URL.").arg(url); }
    static QString done(const QString &directory, qint64 milliseconds)
    {
        return tr("Exported to %1 in %2 s.").arg(directory, QString::number(milliseconds / 1000.0, 'f', 1));
    }
    static QString notLogged(const QString &reason)
    {
        //: %1: why the entry could not be written
        return tr("kccctl export: nothing was exported, because the export must first be recorded in the "
                  "verwerkingenlog and that failed: %1")
            .arg(reason);
    }
    static QString defaultBaseUrl() { return QStringLiteral("http://localhost:8000/klantinteracties/api/v1"); }
};
} // namespace

int runExport(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::description());
    parser.addPositionalArgument(QStringLiteral("DIR"), ExportCommand::directoryHelp());
    parser.addOption({QStringLiteral("base-url"), ExportCommand::baseUrlHelp(), QStringLiteral("URL")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        context.err << ExportCommand::needsDirectory() << Qt::endl;
        return UsageError;
    }
    QString baseUrlText = parser.value(QStringLiteral("base-url"));
    if (baseUrlText.isEmpty())
        baseUrlText = qEnvironmentVariable("KCC_API_BASE_URL", ExportCommand::defaultBaseUrl());
    const QUrl baseUrl(baseUrlText, QUrl::StrictMode);
    if (!baseUrl.isValid() ||
        (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https"))) {
        context.err << ExportCommand::badUrl(baseUrlText) << Qt::endl;
        return UsageError;
    }

    const auto database = openDatabaseForReading(context);
    if (!database)
        return Failure;
    // Log first (issue 15): everyone in the export has an entry before a file is written.
    {
        const Result<QByteArray> sleutel = storage::PseudoniemSleutel::laad(database->path());
        if (!sleutel) {
            context.err << ExportCommand::notLogged(sleutel.error().message) << Qt::endl;
            return Failure;
        }
        storage::SqlVerwerkingenLog log(*database, Pseudoniemen(sleutel.value()), {});
        HuidigeVerwerking verwerking;
        verwerking.setGebruiker(storage::OpdrachtregelGebruiker::naam(*database));
        if (Result<QUuid> logged =
                log.logAllePartijen(verwerking.current(), PersoonsVerwerkingen::partijenGeexporteerd());
            !logged) {
            context.err << ExportCommand::notLogged(logged.error().message) << Qt::endl;
            return Failure;
        }
    }
    storage::Exporter exporter(*database, baseUrl);
    const QString directory = parser.positionalArguments().constFirst();
    const auto report = exporter.exportTo(directory);
    if (!report) {
        printError(context, report.error());
        return Failure;
    }
    for (const auto &[file, count] : report.value().counts)
        context.out << QStringLiteral("%1\t%2").arg(file).arg(count) << Qt::endl;
    context.out << ExportCommand::done(directory, report.value().milliseconds) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
