#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUuid>

namespace kcc::storage {

class Database;

// Stores records pulled from Open Klant (issue 14, item 3) in the local database, each remembered
// in sync_identiteit with herkomst 'server'. A pulled record keeps the server's uuid as its local
// uuid, so that a second pull updates it instead of adding a twin. The server's own rules apply to
// it, not the desk's (IntegrityCheck::warnings).
class PulledRecords
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PulledRecords)

public:
    // A partij in the API's response shape, with its nested partijIdentificatoren. One transaction.
    static Result<QUuid> storePartij(Database &database, const QJsonObject &json);
    static Result<QUuid> storeActor(Database &database, const QJsonObject &json);

    // Any pulled record in the API's response shape, read by the same ApiJson readers as
    // `kccctl import` (so Open Klant's own quirks are accepted), stored or updated under the
    // server's uuid in one transaction and mapped with herkomst 'server'. References to records the
    // desk pushed are translated to the desk's uuids (ServerReferences). A record the desk itself
    // pushed is not touched: its local uuid is returned (changes on both sides are push14's
    // conflicts). An optional reference to a record the desk does not have is left out; a required
    // one is an error naming it, so that the caller pulls that record first.
    static Result<QUuid> store(Database &database, ApiResource resource, const QJsonObject &json);
    // Which of these local records came from Open Klant (herkomst 'server').
    static Result<QSet<QUuid>> fromServer(Database &database, ApiResource resource, const QList<QUuid> &lokaal);
};

} // namespace kcc::storage
