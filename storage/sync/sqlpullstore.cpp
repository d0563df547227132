#include "storage/sync/sqlpullstore.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/sync/pulledrecords.h"
#include "storage/sync/serverreferences.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

SqlPullStore::SqlPullStore(Database &database)
    : m_database(database)
{
}

Result<QUuid> SqlPullStore::storePulled(ApiResource resource, const QJsonObject &json)
{
    return PulledRecords::store(m_database, resource, json);
}

Result<std::optional<QUuid>> SqlPullStore::serverUuid(ApiResource resource, const QUuid &lokaal)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT server_uuid FROM sync_identiteit WHERE resource = ? AND lokaal_uuid = ?"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(lokaal.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    if (!query.next())
        return std::optional<QUuid>();
    return std::optional<QUuid>(QUuid::fromString(query.value(0).toString()));
}

Result<std::optional<QUuid>> SqlPullStore::localUuid(ApiResource resource, const QUuid &server)
{
    const Result<std::optional<ServerReferences::Local>> local = ServerReferences(m_database).local(resource, server);
    if (!local)
        return local.error();
    return local.value() ? std::optional<QUuid>(local.value()->uuid) : std::optional<QUuid>();
}

Result<QList<QUuid>> SqlPullStore::uuids(const QString &sql)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql) || !query.exec())
        return StorageError::fromSql(query.lastError());
    QList<QUuid> result;
    while (query.next())
        result.append(QUuid::fromString(query.value(0).toString()));
    return result;
}

Result<QList<QUuid>> SqlPullStore::knownPartijen()
{
    return uuids(QStringLiteral("SELECT server_uuid FROM sync_identiteit WHERE resource = 'partijen' "
                                "ORDER BY gesynchroniseerd_op, server_uuid"));
}

Result<QList<QUuid>> SqlPullStore::ownActoren()
{
    return uuids(QStringLiteral("SELECT s.server_uuid FROM sync_identiteit s WHERE s.resource = 'actoren' AND "
                                "(s.lokaal_uuid IN (SELECT actor FROM account) OR "
                                "s.lokaal_uuid IN (SELECT afdeling FROM afdeling_lid)) ORDER BY s.server_uuid"));
}

} // namespace kcc::storage
