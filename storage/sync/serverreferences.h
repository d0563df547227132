#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc::storage {

class Database;

// Translates the server's identities into the desk's (sync_identiteit): a record the desk pushed
// has its own uuid locally, so a reference to it in a pulled record must point there, and the
// record itself coming back from the server is the same record, not a twin.
class ServerReferences
{
public:
    struct Local
    {
        QUuid uuid;
        QString herkomst; // "lokaal" (the desk pushed it) or "server" (pulled)
    };

    explicit ServerReferences(Database &database);

    // The local record that is this server record; nullopt when none is mapped yet.
    Result<std::optional<Local>> local(ApiResource resource, const QUuid &server);
    // `json` with the uuid of every nested reference ({"uuid", "url"}) replaced by the local uuid
    // where one is mapped; the resource is read from the reference's url. The object's own uuid
    // stays: it is the server's.
    QJsonObject toLocal(const QJsonObject &json);

    // The resource an API url names: ".../klantcontacten/<uuid>" -> Klantcontacten.
    static std::optional<ApiResource> resourceOfUrl(const QString &url);

private:
    QJsonValue translated(const QJsonValue &value);

    Database &m_database;
};

} // namespace kcc::storage
