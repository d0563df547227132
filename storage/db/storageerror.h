#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace kcc::storage {

// Turns SQLite and PostgreSQL failures into the translated Error that storage returns. Messages for the
// constraints a user can run into are chosen by the repositories; this is the generic fallback.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::StorageError)

public:
    // "The database reported an error: <SQLite text>".
    static Error fromSql(const QSqlError &error);
    // The same with what was being done, e.g. action = tr("saving the partij").
    static Error fromSql(const QSqlError &error, const QString &action);

    // Classification: PostgreSQL's SQLSTATE, else the SQLite message text (the QSQLITE driver
    // does not expose the extended result codes reliably).
    static bool isUniqueViolation(const QSqlError &error);
    static bool isCheckViolation(const QSqlError &error);
    static bool isForeignKeyViolation(const QSqlError &error);
    static bool isNotNullViolation(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
    // PostgreSQL: a serialization failure or deadlock; running the whole transaction again helps.
    static bool isRetryable(const QSqlError &error);
    // PostgreSQL: the server went away (restart, failover, network).
    static bool isConnectionLost(const QSqlError &error);
    // The text after "UNIQUE constraint failed: " / "CHECK constraint failed: "; on PostgreSQL the
    // constraint's name, turned into SQLite's "table.column" for unique constraints.
    static QString constraintDetail(const QSqlError &error);
};

} // namespace kcc::storage
