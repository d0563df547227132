#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
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
};

} // namespace kcc::storage
