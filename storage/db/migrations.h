#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kcc::storage {

// One schema step from version `from` to `from + 1`. It runs inside the migration's transaction
// and must not commit; user_version is set by the caller.
struct MigrationStep
{
    int from = 0;
    std::function<Result<>(QSqlDatabase &)> apply;
};

// The ordered schema migrations (qBittorrent's updateDB(), KeePassXC's backup before save).
// To add schema version N+1: append a step {N, ...} to steps() in migrations.cpp, add a fixture of
// a version-N database under tests/data and a test in tst_migrations.cpp that opens a copy of it
// (tst_migrations already runs a made-up v1 -> v2 step through migrate() the same way).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Migrations)

public:
    static const QList<MigrationStep> &steps();
    // The version a fully migrated database has: the number of steps.
    static int currentVersion();

    // Brings the open connection from `fromVersion` to `steps.size()`. For an existing database
    // (fromVersion >= 1) a backup copy `<path>.backup-v<fromVersion>-<timestamp>` is made first.
    // All steps run in one BEGIN IMMEDIATE ... COMMIT; on any failure nothing is changed.
    // Database::open passes steps(); tests pass their own list.
    static Result<> migrate(QSqlDatabase &connection, const QString &path, int fromVersion,
                            const QList<MigrationStep> &steps);

    // Checkpoints the WAL (so the main file is complete) and copies the file; returns the copy's path.
    static Result<QString> backup(QSqlDatabase &connection, const QString &path, int version);

    static Result<int> userVersion(QSqlDatabase &connection);
};

} // namespace kcc::storage
