#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace kcc::storage {

// Turns SQLite failures into the translated Error that storage returns. Messages for the
// constraints a user can run into are chosen by the repositories; this is the generic fallback.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::StorageError)

public:
    // "The database reported an error: <SQLite text>".
    static Error fromSql(const QSqlError &error);
    // The same with what was being done, e.g. action = tr("saving the partij").
    static Error fromSql(const QSqlError &error, const QString &action);

    // Classification of the SQLite message text (the QSQLITE driver does not expose the
    // extended result codes reliably).
    static bool isUniqueViolation(const QSqlError &error);
    static bool isCheckViolation(const QSqlError &error);
    static bool isForeignKeyViolation(const QSqlError &error);
    static bool isNotNullViolation(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
    // The text after "UNIQUE constraint failed: " / "CHECK constraint failed: ".
    static QString constraintDetail(const QSqlError &error);
};

} // namespace kcc::storage
