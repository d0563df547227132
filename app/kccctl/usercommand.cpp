#include "app/kccctl/usercommand.h"

#include "app/kccctl/commandsupport.h"
#include "storage/beheer/medewerkertoevoegen.h"
#include "storage/db/sqlservices.h"

#include <QFile>

namespace kcc::ctl {

namespace {

class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::UserCommand)

public:
    static QString description()
    {
        return tr("Add a medewerker who signs in: the actor, the account and, on PostgreSQL, their own database "
                  "login in the group roles of their roles.");
    }
    static QString usage()
    {
        return tr("kccctl: usage: kccctl user add NAME --role ROLE[,ROLE...] --password-file FILE "
                  "--functie TEXT --telefoon NUMBER [--afdeling NAME]...");
    }
    static QString passwordFile(const QString &path, const QString &why)
    {
        return tr("kccctl: cannot read the password from %1: %2").arg(path, why);
    }
    static QString added(const QString &naam, const QString &roles, bool login)
    {
        return login ? tr("Added %1 (%2) with a PostgreSQL login.").arg(naam, roles)
                     : tr("Added %1 (%2).").arg(naam, roles);
    }
    static QString actingAs() { return tr("kccctl (beheer)"); }
};

// The password from the first line of a file the administrator made (never on the command line,
// where the process list and the shell's history would keep it).
Result<QString> readPassword(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{UserCommand::passwordFile(path, file.errorString()), {}};
    const QString password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return password;
}

} // namespace

int runUser(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(UserCommand::description());
    parser.addPositionalArgument(QStringLiteral("add"), UserCommand::description());
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("medewerker|balie|supervisor|beheerder|privacyfunctionaris"),
                      QStringLiteral("ROLES")});
    parser.addOption({QStringLiteral("afdeling"), QStringLiteral("afdeling"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("password-file"), QStringLiteral("file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("telefoon"), QStringLiteral("telefoonnummer"), QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("functie"), QStringLiteral("functie"), QStringLiteral("TEXT")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("add") || !parser.isSet(QStringLiteral("role")) ||
        !parser.isSet(QStringLiteral("password-file"))) {
        context.err << UserCommand::usage() << Qt::endl;
        return UsageError;
    }
    const QString naam = positional.at(1);
    const QStringList roles = parser.value(QStringLiteral("role")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const Result<QString> password = readPassword(parser.value(QStringLiteral("password-file")));
    if (!password) {
        context.err << password.error().message << Qt::endl;
        return Failure;
    }

    const auto database = openDatabase(context);
    if (!database)
        return Failure;
    storage::SqlServices services(*database);
    // kccctl is the administrator's own tool, run with the database owner's rights.
    const SignedInActor beheer{{}, UserCommand::actingAs(), SoortActor::Medewerker, {AccountRole::beheerder()}};
    storage::NieuweMedewerker medewerker;
    medewerker.naam = naam;
    medewerker.functie = parser.value(QStringLiteral("functie"));
    medewerker.email = parser.value(QStringLiteral("email"));
    medewerker.telefoon = parser.value(QStringLiteral("telefoon"));
    medewerker.password = password.value();
    medewerker.roles = roles;
    medewerker.afdelingen = parser.values(QStringLiteral("afdeling"));
    if (const Result<QUuid> made = storage::voegMedewerkerToe(*database, services, beheer, medewerker); !made) {
        printError(context, made.error());
        return Failure;
    }
    const bool postgres = database->engine() == storage::Engine::PostgreSQL;
    context.out << UserCommand::added(naam, roles.join(QLatin1Char(',')), postgres) << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
