#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// Changes through the outbox and conflicts with the server (schema step 11 -> 12, issue 14 items 2
// and 5): sync_outbox learns what an entry does (bewerking: create or change) and two more states
// ('conflict': held for the beheerder; 'vervallen': the beheerder kept the server's version);
// sync_basis keeps the server's version of a record as it was at the last sync (the base a change
// is compared against); sync_conflict keeps each conflict with both versions and its resolution.
class WijzigingSchema
{
public:
    static Result<> migrateToVersion12(QSqlDatabase &connection);
};

} // namespace kcc::storage
