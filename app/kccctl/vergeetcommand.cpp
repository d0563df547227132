#include "app/kccctl/vergeetcommand.h"

#include "app/kccctl/commandsupport.h"
#include "app/kccctl/inzagecommand.h"
#include "storage/db/sqlservices.h"
#include "storage/privacy/vergeetopdracht.h"

namespace kcc::ctl {

namespace {

class VergeetCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::VergeetCommand)

public:
    static QString description()
    {
        return tr("Erase one person's data (GDPR art. 17) in one transaction: names, addresses, contact details and "
                  "identificatoren go, the klantcontacten and taken stay anonymised, so the statistics stay the "
                  "same. Then the freed space and the WAL are wiped. Only for an account with the privacy officer "
                  "role; it signs in with the password on the first line of standard input, and the erasure is "
                  "recorded in the verwerkingenlog first.");
    }
    static QString opruimenHelp()
    {
        return tr("Only wipe the freed space and the WAL (when an earlier erasure found the database in use).");
    }
    static QString verslag(const storage::VergeetVerslag &verslag)
    {
        return tr("Erased: partij %1; %2 betrokkenen in %3 klantcontacten anonymised; %4 digitale adressen, %5 "
                  "identificatoren, %6 rekeningnummers and %7 drafts removed (%8 ms).")
            .arg(verslag.partij.toString(QUuid::WithoutBraces))
            .arg(verslag.betrokkenen)
            .arg(verslag.klantcontacten)
            .arg(verslag.digitaleAdressen)
            .arg(verslag.identificatoren)
            .arg(verslag.rekeningnummers)
            .arg(verslag.concepten)
            .arg(verslag.milliseconden);
    }
    static QString nietGewist(const QString &reason)
    {
        return tr("kccctl: the erasure is done, but the freed space is not wiped yet: %1").arg(reason);
    }
    static QString opgeruimd() { return tr("The freed space and the WAL are wiped."); }
};

int opruimen(const CommandContext &context)
{
    const std::unique_ptr<storage::Database> database = openDatabase(context);
    if (!database)
        return Failure;
    if (Result<> gewist = storage::VergeetOpdracht::wisVrijeRuimte(*database); !gewist) {
        printError(context, gewist.error());
        return Failure;
    }
    context.out << VergeetCommand::opgeruimd() << Qt::endl;
    return Success;
}

} // namespace

int runVergeet(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(VergeetCommand::description());
    addPersoonOptions(parser);
    parser.addOption({QStringLiteral("opruimen"), VergeetCommand::opruimenHelp()});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("opruimen")))
        return opruimen(context);
    InzageVraag vraag;
    QString naam;
    if (!readPersoonOptions(parser, context, vraag, naam))
        return UsageError;

    const std::unique_ptr<storage::Database> database = openDatabase(context);
    if (!database)
        return Failure;
    storage::SqlServices services(*database);
    const std::optional<SignedInActor> functionaris = signInFromStdin(services.accounts(), naam, context);
    if (!functionaris)
        return Failure;
    services.huidigeVerwerking().setGebruiker(functionaris->actor.toString(QUuid::WithoutBraces));
    storage::VergeetOpdracht opdracht(*database, services.verwerkingenLog(), services.huidigeVerwerking(),
                                      services.clock());
    const Result<storage::VergeetVerslag> verslag = opdracht.vergeet(vraag, *functionaris);
    if (!verslag) {
        printError(context, verslag.error());
        return Failure;
    }
    context.out << VergeetCommand::verslag(verslag.value()) << Qt::endl;
    if (!verslag.value().waarschuwing.isEmpty())
        context.err << VergeetCommand::nietGewist(verslag.value().waarschuwing) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
