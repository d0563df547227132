// kccctl: the administrator's command line for KCC Werkplek (QtCore only, runs without a display).

#include "app/kccctl/commandsupport.h"
#include "app/kccctl/copycommand.h"
#include "app/kccctl/doorstuurstarter.h"
#include "app/kccctl/inzagecommand.h"
#include "app/kccctl/kccctlcommand.h"
#include "app/kccctl/searchcommand.h"
#include "app/kccctl/syncstarter.h"
#include "app/kccctl/takencommand.h"
#include "app/kccctl/usercommand.h"
#include "app/kccctl/vergeetcommand.h"
#include "app/kccctl/verwerkingencommand.h"
#include "app/kccctl/verwerkingsactiviteitencommand.h"
#include "storage/db/databaselocation.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <map>
#include <memory>

using namespace kcc::ctl;

namespace {

class Kccctl
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::Kccctl)

public:
    static QString usage()
    {
        return tr("Usage: kccctl [--db PATH] <command> [options]\n"
                  "\n"
                  "Commands:\n"
                  "  init                      create the database or bring its schema up to date\n"
                  "  demo [--partijen N] [--klantcontacten M] [--seed S]\n"
                  "                            fill an empty database with demo data\n"
                  "  export DIR [--base-url URL]\n"
                  "                            write every resource as Klantinteracties API JSON\n"
                  "  import DIR                read such files into the database (all or nothing)\n"
                  "  check                     integrity check and domain invariants\n"
                  "  search QUERY [--limit N] [--json]\n"
                  "                            find partijen by name, BSN, KvK, phone, e-mail, postcode\n"
                  "  taken [--actor NAME|--afdeling NAME] [--status te_verwerken|verwerkt] [--json]\n"
                  "                            list interne taken, oldest first, overdue ones marked\n"
                  "  verwerkingen --bsn BSN|--partij UUID --gebruiker NAME [--van DATE] [--tot DATE] [--json]\n"
                  "                            the verwerkingenlog about one person (privacy officer)\n"
                  "  verwerkingen-opschonen    remove log entries past their bewaartermijn\n"
                  "  verwerkingen-doorsturen [--instellen URL --token-bestand FILE|--uit] [--wacht S]\n"
                  "                            send the verwerkingenlog on to the municipality's central log\n"
                  "  inzage --bsn BSN|--partij UUID --gebruiker NAME DIR\n"
                  "                            everything about one person as JSON and PDF (privacy officer)\n"
                  "  vergeet --bsn BSN|--partij UUID --gebruiker NAME\n"
                  "                            erase one person's data, keeping anonymous statistics (privacy "
                  "officer)\n"
                  "  verwerkingsactiviteiten [--gebruiker NAME ...]\n"
                  "                            the register of processing activities (beheerder changes it)\n"
                  "  user add NAME --role ROLE[,ROLE...] --password-file FILE --functie TEXT --telefoon NR [--afdeling "
                  "NAME]...\n"
                  "                            a medewerker with an account (and, on PostgreSQL, a login)\n"
                  "  copy --to URI             copy this SQLite database into an empty PostgreSQL database\n"
                  "  sync push [--all]|pull|status [--base-url URL] [--token-file FILE]\n"
                  "                            stay in step with the municipality's Open Klant\n"
                  "\n"
                  "The database is --db PATH|URI, else $KCC_DB, else the file kcc-werkplek uses:\n"
                  "  %1\n"
                  "Run 'kccctl <command> --help' for the options of a command.\n")
            .arg(kcc::storage::DatabaseLocation::defaultPath());
    }
    static QString unknownCommand(const QString &command) { return tr("kccctl: unknown command '%1'.").arg(command); }
    static QString missingDatabaseValue() { return tr("kccctl: --db needs a file path or a postgresql:// address."); }
};

} // namespace

int main(int argc, char *argv[])
{
    // kccctl runs without a display; only the inzage renders a PDF with QtGui, offscreen.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool gui = needsGuiApplication(rawArguments);
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("KCC Werkplek"));
    QCoreApplication::setApplicationName(QStringLiteral("kccctl"));
    kcc::installTranslations(app, kcc::ctl::messageLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the subcommand; everything after it belongs to the subcommand.
    QStringList arguments = QCoreApplication::arguments();
    QString databaseOption;
    int index = 1;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QLatin1String("--db")) {
            if (index + 1 >= arguments.size()) {
                err << Kccctl::missingDatabaseValue() << Qt::endl;
                return UsageError;
            }
            databaseOption = arguments.at(++index);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databaseOption = argument.mid(5);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << Kccctl::usage();
            return Success;
        } else {
            break;
        }
    }
    if (index >= arguments.size()) {
        err << Kccctl::usage();
        return UsageError;
    }

    const QString command = arguments.at(index);
    const std::map<QString, int (*)(const CommandContext &)> commands{
        {QStringLiteral("init"), runInit},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("search"), runSearch},
        {QStringLiteral("taken"), runTaken},
        {QStringLiteral("verwerkingen"), runVerwerkingen},
        {QStringLiteral("verwerkingen-opschonen"), runVerwerkingenOpschonen},
        {QStringLiteral("inzage"), runInzage},
        {QStringLiteral("vergeet"), runVergeet},
        {QStringLiteral("verwerkingen-doorsturen"), runVerwerkingenDoorsturenProgram},
        {QStringLiteral("verwerkingsactiviteiten"), runVerwerkingsactiviteiten},
        {QStringLiteral("user"), runUser},
        {QStringLiteral("copy"), runCopy},
        {QStringLiteral("sync"), runSyncProgram},
    };
    const auto found = commands.find(command);
    if (found == commands.end()) {
        err << Kccctl::unknownCommand(command) << Qt::endl << Qt::endl << Kccctl::usage();
        return UsageError;
    }

    QStringList commandArguments{QStringLiteral("kccctl %1").arg(command)};
    commandArguments << arguments.mid(index + 1);
    const CommandContext context{kcc::storage::DatabaseLocation::resolve(databaseOption), commandArguments, out, err};
    return found->second(context);
}
