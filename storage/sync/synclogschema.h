#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// The sync log (schema step 11 -> 12, issue 14 item 6): one line per outcome of the push and the
// pull, for the beheerder. Append-only for everyone, read by the beheerder (PostgresSecurity).
class SyncLogSchema
{
public:
    static Result<> migrateToVersion13(QSqlDatabase &connection);
};

} // namespace kcc::storage
