#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// The tables of the guided call registration (schema step 2 -> 3): accounts (one per medewerker
// actor that may sign in), the editable code lists seeded with Dutch defaults, each medewerker's
// last kanaal, and the concept registrations (drafts). Runs inside the migration's transaction.
class CallflowSchema
{
public:
    static Result<> migrateToVersion3(QSqlDatabase &connection);
    // Step 6 -> 7 (frozen): per account the failed sign-ins in a row and the moment until which
    // it is locked (UTC, ISO 8601), so that guessing passwords slows down and then stops.
    static Result<> migrateToVersion7(QSqlDatabase &connection);
    // Step 7 -> 8 (frozen): several open contacts per medewerker (issue 10, item 5). A draft keeps
    // the step last shown and, while parked (the caller on hold), since when (UTC, ISO 8601);
    // existing drafts are in front, on their first step.
    static Result<> migrateToVersion8(QSqlDatabase &connection);
};

} // namespace kcc::storage
