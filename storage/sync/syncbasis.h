#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace kcc::storage {

class Database;

// The server's version of a record as it was at the last push or pull (sync_basis): a change made
// at the desk is compared with it before it is sent, to see whether someone changed the record on
// the server meanwhile (issue 14, item 5). Inside the caller's transaction.
class SyncBasis
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SyncBasis)

public:
    // Only the resources a conflict is checked for (partijen) keep a base.
    static bool keptFor(ApiResource resource) { return resource == ApiResource::Partijen; }
    static Result<> store(Database &database, ApiResource resource, const QUuid &lokaal, const QJsonObject &server);
    static Result<std::optional<QJsonObject>> find(Database &database, ApiResource resource, const QUuid &lokaal);
};

} // namespace kcc::storage
