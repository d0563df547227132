#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kcc::storage {

// The tables of the work queues (schema step 3 -> 4, issue 5): which afdelingen a medewerker
// belongs to, the task log (every status change and reassignment) and the norm per gevraagde
// handeling, plus the indexes that make a queue of ten thousand tasks open quickly. Runs inside
// the migration's transaction.
class TakenSchema
{
public:
    static Result<> migrateToVersion4(QSqlDatabase &connection);
    // Gives every task without a log its creation as the first log line (by nobody, at
    // toegewezenOp, with the actors it is assigned to). For the migration and after a bulk load.
    static Result<> logUnloggedTasks(QSqlDatabase &connection);

    // The norm for a handeling without a row in taak_norm, in working days.
    static constexpr int standaardNormWerkdagen = 5;
};

} // namespace kcc::storage
