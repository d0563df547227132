#include "app/kccctl/inzagecommand.h"

#include "app/kccctl/commandsupport.h"
#include "storage/db/privatefiles.h"
#include "storage/db/sqlservices.h"
#include "translations/translator.h"
#include "ui/privacy/inzagebestanden.h"

#include <QDir>
#include <QUrl>

#include <cstdio>

namespace kcc::ctl {

namespace {

class InzageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::InzageCommand)

public:
    static QString description()
    {
        return tr("Write everything the KCC holds about one person (GDPR art. 15) into DIR: inzage.json in the "
                  "API's shape and inzage.pdf to hand to the citizen. Only for an account with the privacy officer "
                  "role; it signs in with the password on the first line of standard input, and the inzage is "
                  "recorded in the verwerkingenlog first.");
    }
    static QString bsnHelp() { return tr("The person's BSN."); }
    static QString partijHelp() { return tr("The partij's uuid."); }
    static QString gebruikerHelp() { return tr("The sign-in name of the privacy officer."); }
    static QString dirHelp() { return tr("The folder to write into (made 0700 when missing)."); }
    static QString baseUrlHelp()
    {
        return tr("Base URL of the Klantinteracties API for the 'url' fields (default %1).")
            .arg(ApiJson::defaultBaseUrl().toString());
    }
    static QString logBaseUrlHelp()
    {
        return tr("Base URL of the Verwerkingenlogging API for the log's 'url' fields (default %1).")
            .arg(defaultLogBaseUrl());
    }
    static QString taalHelp() { return tr("Language of the PDF: nl (default) or en."); }
    static QString defaultLogBaseUrl() { return QStringLiteral("http://localhost:8000/api/v1"); }
    static QString oneOf() { return tr("kccctl: give either --bsn or --partij."); }
    static QString oneDir() { return tr("kccctl: give one folder (DIR) to write the inzage into."); }
    static QString needGebruiker()
    {
        return tr("kccctl: --gebruiker is required: the privacy officer's sign-in name.");
    }
    static QString badPartij(const QString &value) { return tr("kccctl: '%1' is not a partij uuid.").arg(value); }
    static QString badUrl(const QString &value) { return tr("kccctl: '%1' is not an http(s) URL.").arg(value); }
    static QString written(const QString &path) { return tr("Written: %1").arg(path); }
};

} // namespace

bool needsGuiApplication(const QStringList &arguments)
{
    // The first argument that is neither --db nor its value is the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arguments.at(i).startsWith(QLatin1String("--db=")))
            continue;
        return arguments.at(i) == QLatin1String("inzage");
    }
    return false;
}

void addPersoonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("bsn"), InzageCommand::bsnHelp(), QStringLiteral("BSN")});
    parser.addOption({QStringLiteral("partij"), InzageCommand::partijHelp(), QStringLiteral("UUID")});
    parser.addOption({QStringLiteral("gebruiker"), InzageCommand::gebruikerHelp(), QStringLiteral("NAME")});
}

bool readPersoonOptions(const QCommandLineParser &parser, const CommandContext &context, InzageVraag &vraag,
                        QString &gebruiker)
{
    vraag.bsn = parser.value(QStringLiteral("bsn")).trimmed();
    const QString partij = parser.value(QStringLiteral("partij")).trimmed();
    if (vraag.bsn.isEmpty() == partij.isEmpty()) {
        context.err << InzageCommand::oneOf() << Qt::endl;
        return false;
    }
    vraag.partij = QUuid::fromString(partij);
    if (!partij.isEmpty() && vraag.partij.isNull()) {
        context.err << InzageCommand::badPartij(partij) << Qt::endl;
        return false;
    }
    gebruiker = parser.value(QStringLiteral("gebruiker"));
    if (gebruiker.isEmpty()) {
        context.err << InzageCommand::needGebruiker() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<SignedInActor> signInFromStdin(AccountService &accounts, const QString &naam,
                                             const CommandContext &context)
{
    QTextStream in(stdin);
    const Result<SignedInActor> user = accounts.signIn(naam, in.readLine());
    if (!user) {
        printError(context, user.error());
        return std::nullopt;
    }
    return user.value();
}

int runInzage(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InzageCommand::description());
    addPersoonOptions(parser);
    parser.addOption({QStringLiteral("base-url"), InzageCommand::baseUrlHelp(), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("log-base-url"), InzageCommand::logBaseUrlHelp(), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("taal"), InzageCommand::taalHelp(), QStringLiteral("nl|en")});
    parser.addPositionalArgument(QStringLiteral("DIR"), InzageCommand::dirHelp());
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    InzageVraag vraag;
    QString naam;
    if (!readPersoonOptions(parser, context, vraag, naam))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        context.err << InzageCommand::oneDir() << Qt::endl;
        return UsageError;
    }
    const QString baseUrlText = parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url"))
                                                                         : ApiJson::defaultBaseUrl().toString();
    const QUrl baseUrl(baseUrlText, QUrl::StrictMode);
    if (!baseUrl.isValid() ||
        (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https"))) {
        context.err << InzageCommand::badUrl(baseUrlText) << Qt::endl;
        return UsageError;
    }
    const QString logBaseUrl = parser.isSet(QStringLiteral("log-base-url"))
                                   ? parser.value(QStringLiteral("log-base-url"))
                                   : InzageCommand::defaultLogBaseUrl();
    const QString map = parser.positionalArguments().constFirst();

    const std::unique_ptr<storage::Database> database = openDatabase(context);
    if (!database)
        return Failure;
    storage::SqlServices services(*database);
    const std::optional<SignedInActor> functionaris = signInFromStdin(services.accounts(), naam, context);
    if (!functionaris)
        return Failure;
    services.huidigeVerwerking().setGebruiker(functionaris->actor.toString(QUuid::WithoutBraces));
    const Result<InzageDossier> dossier = services.inzage().inzage(vraag, *functionaris);
    if (!dossier) {
        printError(context, dossier.error());
        return Failure;
    }
    if (Result<> made = storage::PrivateFiles::makeDirectory(map); !made) {
        printError(context, made.error());
        return Failure;
    }
    // The document is for the citizen: Dutch, whatever language the administrator's messages are in.
    (void)installTranslations(*QCoreApplication::instance(), parser.value(QStringLiteral("taal")).isEmpty()
                                                                 ? QStringLiteral("nl")
                                                                 : parser.value(QStringLiteral("taal")));
    const Result<> written = ui::InzageBestanden::schrijf(dossier.value(), map, ApiJson(baseUrl), logBaseUrl);
    (void)installTranslations(*QCoreApplication::instance(), messageLanguage());
    if (!written) {
        printError(context, written.error());
        return Failure;
    }
    const QDir dir(map);
    for (const QString &name : {ui::InzageBestanden::jsonNaam(), ui::InzageBestanden::pdfNaam()})
        context.out << InzageCommand::written(QDir::toNativeSeparators(dir.filePath(name))) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
