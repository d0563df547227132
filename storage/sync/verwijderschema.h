#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// Removals through the outbox (schema step 15 -> 16, issue 14 item 2): sync_outbox learns a third
// bewerking, 'verwijderen' (a DELETE of a record the desk removed, e.g. a partij's digitaal adres).
// SQLite cannot change a CHECK constraint in place, so the table is rebuilt with every column it
// had (storage/sync/wijzigingschema.cpp), on both engines alike.
class VerwijderSchema
{
public:
    static Result<> migrateToVersion16(QSqlDatabase &connection);
};

} // namespace kcc::storage
