#include "storage/sync/serverreferences.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace kcc::storage {

ServerReferences::ServerReferences(Database &database)
    : m_database(database)
{
}

Result<std::optional<ServerReferences::Local>> ServerReferences::local(ApiResource resource, const QUuid &server)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT lokaal_uuid, herkomst FROM sync_identiteit WHERE resource = ? AND "
                                 "server_uuid = ?"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(server.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    if (!query.next())
        return std::optional<Local>();
    return std::optional<Local>(Local{QUuid::fromString(query.value(0).toString()), query.value(1).toString()});
}

std::optional<ApiResource> ServerReferences::resourceOfUrl(const QString &url)
{
    const QStringList segments = QUrl(url).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return std::nullopt;
    const QString &name = segments.at(segments.size() - 2);
    for (int i = 0; i <= int(ApiResource::InterneTaken); ++i) {
        if (resourcePath(ApiResource(i)) == name)
            return ApiResource(i);
    }
    return std::nullopt;
}

QJsonObject ServerReferences::toLocal(const QJsonObject &json)
{
    QJsonObject result;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        result.insert(it.key(), translated(it.value()));
    return result;
}

QJsonValue ServerReferences::translated(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(translated(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = toLocal(value.toObject());
    const QString url = object.value(QStringLiteral("url")).toString();
    const QUuid server = QUuid::fromString(object.value(QStringLiteral("uuid")).toString());
    const std::optional<ApiResource> resource = resourceOfUrl(url);
    if (server.isNull() || !resource)
        return object;
    // A failed look-up leaves the server's uuid: the record is then missing locally, which the
    // caller reports for the reference.
    if (const auto local = this->local(*resource, server); local && local.value())
        object.insert(QStringLiteral("uuid"), local.value()->uuid.toString(QUuid::WithoutBraces));
    return object;
}

} // namespace kcc::storage
