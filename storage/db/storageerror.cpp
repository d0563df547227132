#include "storage/db/storageerror.h"

namespace kcc::storage {

namespace {

QString sqliteText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

Error StorageError::fromSql(const QSqlError &error)
{
    return Error{tr("The database reported an error: %1").arg(sqliteText(error)), {}};
}

Error StorageError::fromSql(const QSqlError &error, const QString &action)
{
    //: %1 is what was being done ("saving the partij"), %2 the database's own message
    return Error{tr("The database reported an error while %1: %2").arg(action, sqliteText(error)), {}};
}

bool StorageError::isUniqueViolation(const QSqlError &error)
{
    return sqliteText(error).contains(QLatin1String("UNIQUE constraint failed"));
}

bool StorageError::isCheckViolation(const QSqlError &error)
{
    return sqliteText(error).contains(QLatin1String("CHECK constraint failed"));
}

bool StorageError::isForeignKeyViolation(const QSqlError &error)
{
    return sqliteText(error).contains(QLatin1String("FOREIGN KEY constraint failed"));
}

bool StorageError::isNotNullViolation(const QSqlError &error)
{
    return sqliteText(error).contains(QLatin1String("NOT NULL constraint failed"));
}

bool StorageError::isBusy(const QSqlError &error)
{
    const QString text = sqliteText(error);
    return text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("database is busy"));
}

QString StorageError::constraintDetail(const QSqlError &error)
{
    const QString text = sqliteText(error);
    const qsizetype colon = text.indexOf(QLatin1String("failed: "));
    return colon < 0 ? QString() : text.mid(colon + 8).trimmed();
}

} // namespace kcc::storage
