#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// The tables of the sync with Open Klant (schema step 8 -> 9, issue 14): which local record is
// which record on the server (sync_identiteit), and the outbox the desk fills in the same
// transaction as a registration (sync_outbox). Plain TEXT/BIGINT DDL that PostgreSQL also takes.
class SyncSchema
{
public:
    static Result<> migrateToVersion10(QSqlDatabase &connection);
};

} // namespace kcc::storage
