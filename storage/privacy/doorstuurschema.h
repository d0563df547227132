#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// Forwarding the verwerkingenlog to the municipality's central log (schema step 10 -> 11, issue
// 15 item 1): the setting that turns it on (one row: the Verwerkingenlogging API's base URL and
// the file its token is in), and the outbox. While the setting exists, every entry queues its
// POST /verwerkingsacties body in the same transaction as the entry itself, so that no entry is
// lost between the two; the sender (sync/verwerkingen/) sends them. Without it nothing queues.
class DoorstuurSchema
{
public:
    static Result<> migrateToVersion11(QSqlDatabase &connection);
};

} // namespace kcc::storage
