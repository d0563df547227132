#include "storage/db/connectionmark.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

Result<> run(Database &database, const QString &sql, qint64 id)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return StorageError::fromSql(query.lastError());
    query.addBindValue(ConnectionMark::lockSpace);
    query.addBindValue(int(id));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    return {};
}

} // namespace

Result<qint64> ConnectionMark::session(Database &database)
{
    if (database.engine() != Engine::PostgreSQL)
        return QCoreApplication::applicationPid();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return StorageError::fromSql(query.lastError());
    return query.value(0).toLongLong();
}

Result<> ConnectionMark::hold(Database &database, qint64 id)
{
    if (database.engine() != Engine::PostgreSQL)
        return {};
    // Session-level: not undone by a rollback, dropped by the server when the connection ends.
    return run(database, QStringLiteral("SELECT pg_advisory_lock(CAST(? AS integer), CAST(? AS integer))"), id);
}

Result<> ConnectionMark::release(Database &database, qint64 id)
{
    if (database.engine() != Engine::PostgreSQL)
        return {};
    return run(database, QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))"), id);
}

QString ConnectionMark::alive(Database &database, const QString &sessionColumn, const QString &idColumn)
{
    if (database.engine() != Engine::PostgreSQL)
        return QStringLiteral("(%1 = %2)").arg(sessionColumn).arg(QCoreApplication::applicationPid());
    // An advisory lock on two integer keys shows as classid, objid with objsubid 2.
    return QStringLiteral("EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = %1"
                          " AND l.objid = CAST(%3 AS oid) AND l.objsubid = 2 AND l.pid = %2 AND l.granted)")
        .arg(lockSpace)
        .arg(sessionColumn, idColumn);
}

} // namespace kcc::storage
