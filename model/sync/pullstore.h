#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace kcc {

// The local side of pulling from Open Klant (issue 14, item 3): where pulled records go and what
// the puller asks about the desk's own data. Implemented in storage/sync (SqlPullStore); used by
// sync/pull/Puller.
class PullStore
{
public:
    virtual ~PullStore() = default;

    // Stores (or updates) one record in the API's response shape, as the server sent it; returns
    // the local uuid. A record the desk pushed itself is not stored twice.
    virtual Result<QUuid> storePulled(ApiResource resource, const QJsonObject &json) = 0;
    // The server uuid of a local record; nullopt when the server does not know it.
    virtual Result<std::optional<QUuid>> serverUuid(ApiResource resource, const QUuid &lokaal) = 0;
    // The local record that is this server record, if the desk has it.
    virtual Result<std::optional<QUuid>> localUuid(ApiResource resource, const QUuid &server) = 0;
    // The server uuids of the partijen the desk knows from the server or has sent to it.
    virtual Result<QList<QUuid>> knownPartijen() = 0;
    // The server uuids of the desk's own actoren: medewerkers with an account, and the afdelingen
    // they belong to (their interne taken are pulled into the werkvoorraad).
    virtual Result<QList<QUuid>> ownActoren() = 0;
};

} // namespace kcc
