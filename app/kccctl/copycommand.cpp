#include "app/kccctl/copycommand.h"

#include "app/kccctl/commandsupport.h"
#include "storage/db/databaseaddress.h"
#include "storage/db/databasecopy.h"
#include "storage/privacy/pseudoniemsleutel.h"

namespace kcc::ctl {

namespace {
class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ctl::CopyCommand)

public:
    static QString description()
    {
        return tr("Copy this SQLite database (--db) into an empty PostgreSQL database, in one transaction, and "
                  "verify the copy (the same number of rows in every table, and the check) before it is committed. "
                  "The PostgreSQL password comes from PGPASSFILE or ~/.pgpass.");
    }
    static QString toHelp() { return tr("The PostgreSQL database: postgresql://[user@]host[:port]/dbname."); }
    static QString toMissing() { return tr("kccctl copy: --to postgresql://... is required."); }
    static QString notPostgres() { return tr("kccctl copy: --to must be a postgresql:// address."); }
    static QString notSqlite() { return tr("kccctl copy: --db must be a SQLite file."); }
    static QString done(qint64 rows, qint64 milliseconds, const QString &target)
    {
        return tr("%n row(s) copied to %1 and verified in %2 s.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
            .arg(target, QString::number(milliseconds / 1000.0, 'f', 1));
    }
    static QString sameKey()
    {
        return tr(
            "The verwerkingenlog was copied with its pseudonyms: give every desk on the new database the key file "
            "of this SQLite database (%1) through KCC_PSEUDONIEM_SLEUTEL, or look-ups by BSN will not find "
            "the old entries.");
    }
    static QString logins()
    {
        return tr("Accounts were copied, but on PostgreSQL every medewerker signs in with their own login: "
                  "create it with 'kccctl --db URI user add'.");
    }
};
} // namespace

int runCopy(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CopyCommand::description());
    parser.addOption({QStringLiteral("to"), CopyCommand::toHelp(), QStringLiteral("URI")});
    int exitCode = Success;
    if (!parseCommandLine(parser, context, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("to"))) {
        context.err << CopyCommand::toMissing() << Qt::endl;
        return UsageError;
    }
    const Result<storage::DatabaseAddress> target = storage::DatabaseAddress::parse(parser.value(QStringLiteral("to")));
    if (!target || target.value().engine != storage::Engine::PostgreSQL) {
        context.err << (target ? CopyCommand::notPostgres() : target.error().message) << Qt::endl;
        return UsageError;
    }
    const Result<storage::DatabaseAddress> source = storage::DatabaseAddress::parse(context.databasePath);
    if (!source || source.value().engine != storage::Engine::SQLite) {
        context.err << CopyCommand::notSqlite() << Qt::endl;
        return UsageError;
    }

    const auto from = openDatabase(context);
    if (!from)
        return Failure;
    const CommandContext targetContext{parser.value(QStringLiteral("to")), context.arguments, context.out, context.err};
    const auto to = openDatabase(targetContext);
    if (!to)
        return Failure;
    const auto report = storage::DatabaseCopy::copy(*from, *to, [&context](const storage::CopiedTable &table) {
        context.out << QStringLiteral("%1\t%2").arg(table.name).arg(table.rows) << Qt::endl;
    });
    if (!report) {
        printError(context, report.error());
        return Failure;
    }
    qint64 rows = 0;
    bool accounts = false;
    for (const storage::CopiedTable &table : report.value().tables) {
        rows += table.rows;
        accounts = accounts || (table.name == QLatin1String("account") && table.rows > 0);
    }
    context.out << CopyCommand::done(rows, report.value().milliseconds, to->path()) << Qt::endl;
    if (report.value().logNeedsSameKey)
        context.err << CopyCommand::sameKey().arg(storage::PseudoniemSleutel::pad(from->path())) << Qt::endl;
    if (accounts)
        context.err << CopyCommand::logins() << Qt::endl;
    return Success;
}

} // namespace kcc::ctl
