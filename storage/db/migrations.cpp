#include "storage/db/migrations.h"

#include "storage/callflow/callflowschema.h"
#include "storage/db/numbersequence.h"
#include "storage/db/postgresnotifications.h"
#include "storage/db/postgressecurity.h"
#include "storage/db/schema.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"
#include "storage/privacy/doorstuurschema.h"
#include "storage/privacy/privacyschema.h"
#include "storage/search/searchindex.h"
#include "storage/sync/synclogschema.h"
#include "storage/sync/syncschema.h"
#include "storage/sync/verwijderschema.h"
#include "storage/sync/wijzigingschema.h"
#include "storage/taken/taakgeopendschema.h"
#include "storage/taken/takenschema.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

Result<> execStatements(QSqlDatabase &connection, const QStringList &statements)
{
    return SqlDialect::execDdl(connection, statements);
}

Result<> exec(QSqlDatabase &connection, const QString &statement)
{
    return execStatements(connection, {statement});
}

} // namespace

const QList<MigrationStep> &Migrations::steps()
{
    static const QList<MigrationStep> all = {
        // 0 -> 1: an empty file gets the first schema.
        {0, [](QSqlDatabase &connection) { return execStatements(connection, Schema::versionOneStatements()); }},
        // 1 -> 2: the instant search tables (FTS over partij names, lookup indexes); see SearchIndex.
        {1, [](auto &connection) { return SearchIndex::migrateToVersion2(connection); }},
        // 2 -> 3: accounts, code lists, last kanaal and drafts of the call flow; see CallflowSchema.
        {2, [](auto &connection) { return CallflowSchema::migrateToVersion3(connection); }},
        // 3 -> 4: afdeling memberships, the task log, norms per handeling and queue indexes; see TakenSchema.
        {3, [](auto &connection) { return TakenSchema::migrateToVersion4(connection); }},
        // 4 -> 5: name-pair and e-mail key tables for the instant search; see SearchIndex.
        {4, [](auto &connection) { return SearchIndex::migrateToVersion5(connection); }},
        // 5 -> 6: unique indexes behind the uniqueness rules the importer checked only in code; see Schema.
        {5, [](auto &connection) { return Schema::migrateToVersion6(connection); }},
        // 6 -> 7: failed sign-ins and the lock of an account; see CallflowSchema.
        {6, [](auto &connection) { return CallflowSchema::migrateToVersion7(connection); }},
        // 7 -> 8: the step and the parking moment of each draft (several open contacts); see CallflowSchema.
        {7, [](auto &connection) { return CallflowSchema::migrateToVersion8(connection); }},
        // 8 -> 9: the verwerkingenlog (append-only), its register of activities and corrections; see PrivacySchema.
        {8, [](auto &connection) { return PrivacySchema::migrateToVersion9(connection); }},
        // 9 -> 10: the identities of records on Open Klant and the sync outbox; see SyncSchema.
        {9, [](auto &connection) { return SyncSchema::migrateToVersion10(connection); }},
        // 10 -> 11: forwarding the verwerkingenlog to the central log; see DoorstuurSchema.
        {10, [](auto &connection) { return DoorstuurSchema::migrateToVersion11(connection); }},
        // 11 -> 12: changes in the sync outbox, the server's base version, conflicts; see WijzigingSchema.
        {11, [](auto &connection) { return WijzigingSchema::migrateToVersion12(connection); }},
        // 12 -> 13: the sync log the beheerder reads; see SyncLogSchema.
        {12, [](auto &connection) { return SyncLogSchema::migrateToVersion13(connection); }},
        // 13 -> 14 ("zoek-PG"): the instant search on PostgreSQL (on SQLite the index refilled); see SearchIndex.
        {13, [](auto &connection) { return SearchIndex::migrateToVersion14(connection); }},
        // 14 -> 15 "taak-geopend": which seat has which task open (issue 13); see TaakGeopendSchema.
        {14, [](auto &connection) { return TaakGeopendSchema::migrateToVersion15(connection); }},
        // 15 -> 16: removals ('verwijderen', a DELETE) in the sync outbox; see VerwijderSchema.
        {15, [](auto &connection) { return VerwijderSchema::migrateToVersion16(connection); }},
        // 16 -> 17 "toewijzing-zichtbaar": on PostgreSQL whoever may open a task sees and replaces all
        // of its assignment (the policies, installed below after every upgrade); nothing on SQLite.
        {16, [](auto &) { return Result<>{}; }},
        // 17 -> 18 "nummer-index": the highest reference number is read from an index; see NumberSequence.
        {17, [](auto &connection) { return NumberSequence::migrateToVersion18(connection); }},
    };
    return all;
}

int Migrations::currentVersion()
{
    return int(steps().size());
}

Result<int> Migrations::userVersion(QSqlDatabase &connection)
{
    return SqlDialect::schemaVersion(connection);
}

Result<QString> Migrations::backup(QSqlDatabase &connection, const QString &path, int version)
{
    QSqlQuery query(connection);
    // TRUNCATE moves everything from the -wal file into the main file, so a plain file copy is complete.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return Error{tr("Could not prepare the backup of %1: %2").arg(path, query.lastError().text()), {}};
    if (query.value(0).toInt() != 0) {
        return Error{
            tr("Could not back up %1 because another program is using it. Close the other program and try again.")
                .arg(path),
            {}};
    }
    query.finish();

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = path % QLatin1String(".backup-v") % QString::number(version) % QLatin1Char('-') % stamp;
    QFile source(path);
    if (!source.copy(target))
        return Error{tr("Could not back up %1 to %2: %3").arg(path, target, source.errorString()), {}};
    // A copy of every record: owner-only like the database, whatever mode the original has.
    QFile copy(target);
    if (!copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        copy.remove();
        return Error{tr("Could not protect the backup %1: %2").arg(target, copy.errorString()), {}};
    }
    return target;
}

Result<> Migrations::migrate(QSqlDatabase &connection, const QString &path, int fromVersion,
                             const QList<MigrationStep> &steps)
{
    const int target = int(steps.size());
    if (fromVersion >= target)
        return {};

    const bool postgres = SqlDialect::isPostgres(connection);
    QString backupPath;
    // PostgreSQL: DDL is transactional, so a failed step leaves nothing behind; the server's
    // backups (pg_dump, base backups) are the municipality's IT's, not a file copy of ours.
    if (fromVersion >= 1 && !postgres) {
        Result<QString> copy = backup(connection, path, fromVersion);
        if (!copy)
            return copy.error();
        backupPath = copy.value();
    }

    if (Result<> begun = exec(connection, SqlDialect::beginWrite(connection)); !begun)
        return Error{tr("Could not start the database upgrade of %1: %2").arg(path, begun.error().message), {}};
    if (postgres) {
        // Two seats starting a new version at once: the second waits here, then finds the work done.
        // The number is ours, any constant will do; the lock ends with the transaction.
        if (Result<> locked = exec(connection, QStringLiteral("SELECT pg_advisory_xact_lock(5226)")); !locked) {
            QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
            return Error{tr("Could not start the database upgrade of %1: %2").arg(path, locked.error().message), {}};
        }
        if (Result<> installed = SqlDialect::installCompatibility(connection); !installed) {
            QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
            return Error{tr("Could not start the database upgrade of %1: %2").arg(path, installed.error().message), {}};
        }
    }

    auto fail = [&](int from, const QString &why) -> Result<> {
        QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
        if (backupPath.isEmpty()) {
            return Error{tr("Upgrading the database %1 from schema version %2 to %3 failed: %4. Nothing was changed.")
                             .arg(path, QString::number(from), QString::number(from + 1), why),
                         {}};
        }
        return Error{tr("Upgrading the database %1 from schema version %2 to %3 failed: %4. Nothing was changed; "
                        "a backup copy is at %5.")
                         .arg(path, QString::number(from), QString::number(from + 1), why, backupPath),
                     {}};
    };

    // Another program may have upgraded the database between our check and taking the lock.
    Result<int> current = userVersion(connection);
    if (!current)
        return fail(fromVersion, current.error().message);
    if (current.value() >= target) {
        QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
        if (current.value() == target)
            return {};
        return Error{tr("The database %1 was upgraded to schema version %2 by a newer program meanwhile.")
                         .arg(path, QString::number(current.value())),
                     {}};
    }
    for (int version = current.value(); version < target; ++version) {
        const MigrationStep &step = steps.at(version);
        Q_ASSERT(step.from == version);
        if (Result<> applied = step.apply(connection); !applied)
            return fail(version, applied.error().message);
    }
    // The roles, grants and row-level policies cover every table the steps made (PostgresSecurity).
    if (postgres) {
        if (Result<> secured = PostgresSecurity::install(connection); !secured)
            return fail(target - 1, secured.error().message);
        if (Result<> notifying = PostgresNotifications::install(connection); !notifying)
            return fail(target - 1, notifying.error().message);
    }
    if (Result<> set = SqlDialect::setSchemaVersion(connection, target); !set)
        return fail(target - 1, set.error().message);
    if (Result<> committed = exec(connection, QStringLiteral("COMMIT")); !committed)
        return fail(target - 1, committed.error().message);
    return {};
}

} // namespace kcc::storage
