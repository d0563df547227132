#include "storage/sync/syncbasis.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/resources/queries.h"
#include "storage/resources/rowcodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

Result<> SyncBasis::store(Database &database, ApiResource resource, const QUuid &lokaal, const QJsonObject &server)
{
    if (!keptFor(resource))
        return {};
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_basis (resource, lokaal_uuid, document, opgeslagen_op)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (resource, lokaal_uuid) DO UPDATE SET"
                                 " document = excluded.document, opgeslagen_op = excluded.opgeslagen_op"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(codec::uuidText(lokaal));
    query.addBindValue(QString::fromUtf8(QJsonDocument(server).toJson(QJsonDocument::Compact)));
    query.addBindValue(codec::dateTimeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("recording the server's version"));
    return {};
}

Result<std::optional<QJsonObject>> SyncBasis::find(Database &database, ApiResource resource, const QUuid &lokaal)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT document FROM sync_basis WHERE resource = ? AND lokaal_uuid = ?"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(codec::uuidText(lokaal));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the server's version"));
    if (!query.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

} // namespace kcc::storage
