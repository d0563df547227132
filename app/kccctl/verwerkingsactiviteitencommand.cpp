#include "app/kccctl/verwerkingsactiviteitencommand.h"

#include "app/kccctl/commandsupport.h"
#include "storage/db/sqlservices.h"
#include "storage/privacy/sqlverwerkingsactiviteitenregister.h"

#include <cstdio>

namespace kcc::ctl {

namespace {

class ActiviteitenCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::ActiviteitenCommand)

public:
    static QString description()
    {
        return tr("List the register of verwerkingsactiviteiten (the doelbinding of the verwerkingenlog), or change "
                  "it as a beheerder: add or change an activity, or choose one for a kanaal (and onderwerp). The "
                  "beheerder signs in with the password on the first line of standard input.");
    }
    static QString gebruikerHelp() { return tr("The sign-in name of the beheerder (to change the register)."); }
    static QString idHelp() { return tr("The activity's id in the municipality's register."); }
    static QString naamHelp() { return tr("The activity's name."); }
    static QString urlHelp() { return tr("The activity's address in the municipality's register."); }
    static QString bewaartermijnHelp() { return tr("How long its log entries are kept (ISO 8601, e.g. P2Y)."); }
    static QString standaardHelp() { return tr("Make it the default activity."); }
    static QString koppelHelp() { return tr("Use the activity --id for this kanaal, or kanaal:onderwerp."); }
    static QString needId() { return tr("kccctl: --id is required to change the register."); }
    static QString standaardMark() { return tr("(default)"); }
    static QString keuze(const QString &kanaal, const QString &onderwerp, const QString &activiteit)
    {
        return tr("kanaal '%1', onderwerp '%2' -> %3").arg(kanaal, onderwerp, activiteit);
    }
    static QString saved() { return tr("The register of verwerkingsactiviteiten was changed."); }
};

int list(const CommandContext &context, VerwerkingsactiviteitenRegister &register_)
{
    const auto activiteiten = register_.activiteiten();
    const auto keuzes = register_.keuzes();
    if (!activiteiten || !keuzes) {
        printError(context, activiteiten ? keuzes.error() : activiteiten.error());
        return Failure;
    }
    for (const Verwerkingsactiviteit &a : activiteiten.value()) {
        context.out << a.id.toString(QUuid::WithoutBraces) << QStringLiteral("  ") << a.bewaartermijn
                    << QStringLiteral("  ") << a.naam;
        if (a.standaard)
            context.out << QLatin1Char(' ') << ActiviteitenCommand::standaardMark();
        if (!a.url.isEmpty())
            context.out << QStringLiteral("  ") << a.url;
        context.out << Qt::endl;
    }
    for (const ActiviteitKeuze &k : keuzes.value())
        context.out << ActiviteitenCommand::keuze(k.kanaal, k.onderwerp, k.activiteit.toString(QUuid::WithoutBraces))
                    << Qt::endl;
    return Success;
}

} // namespace

int runVerwerkingsactiviteiten(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ActiviteitenCommand::description());
    parser.addOption({QStringLiteral("gebruiker"), ActiviteitenCommand::gebruikerHelp(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("id"), ActiviteitenCommand::idHelp(), QStringLiteral("UUID")});
    parser.addOption({QStringLiteral("naam"), ActiviteitenCommand::naamHelp(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("url"), ActiviteitenCommand::urlHelp(), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("bewaartermijn"), ActiviteitenCommand::bewaartermijnHelp(), QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("standaard"), ActiviteitenCommand::standaardHelp()});
    parser.addOption(
        {QStringLiteral("koppel"), ActiviteitenCommand::koppelHelp(), QStringLiteral("KANAAL[:ONDERWERP]")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    const std::unique_ptr<storage::Database> database = openDatabase(context);
    if (!database)
        return Failure;
    storage::SqlServices services(*database);
    storage::SqlVerwerkingsactiviteitenRegister register_(*database);
    const QString naam = parser.value(QStringLiteral("gebruiker"));
    if (naam.isEmpty())
        return list(context, register_);
    const QUuid id = QUuid::fromString(parser.value(QStringLiteral("id")));
    if (id.isNull()) {
        context.err << ActiviteitenCommand::needId() << Qt::endl;
        return UsageError;
    }
    QTextStream in(stdin);
    const Result<SignedInActor> beheerder = services.accounts().signIn(naam, in.readLine());
    if (!beheerder) {
        printError(context, beheerder.error());
        return Failure;
    }
    Result<> changed;
    if (parser.isSet(QStringLiteral("koppel"))) {
        const QString koppel = parser.value(QStringLiteral("koppel"));
        changed = register_.koppel({koppel.section(QLatin1Char(':'), 0, 0), koppel.section(QLatin1Char(':'), 1), id},
                                   beheerder.value());
    } else {
        changed =
            register_.bewaar({id, parser.value(QStringLiteral("naam")), parser.value(QStringLiteral("url")),
                              parser.value(QStringLiteral("bewaartermijn")), parser.isSet(QStringLiteral("standaard"))},
                             beheerder.value());
    }
    if (!changed) {
        printError(context, changed.error());
        return Failure;
    }
    context.out << ActiviteitenCommand::saved() << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
