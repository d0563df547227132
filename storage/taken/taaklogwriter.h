#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/internetaak.h"
#include "model/taken/takentypes.h"

#include <QDateTime>
#include <QUuid>

namespace kcc::storage {

class Database;

// Writes one row of the task log inside the caller's WriteTransaction (the taken services, demo
// data, imports). Read back with readTaakLog (taaklogreader.h).
Result<> writeTaakLog(Database &database, const TaakLogEntry &entry);

// Writes the 'aangemaakt' log row of a task created elsewhere (the call flow), inside the
// caller's WriteTransaction. `door` may be null (an import or a migration).
Result<> logTaakAangemaakt(Database &database, const InterneTaak &taak, const QUuid &door, const QDateTime &tijdstip);

} // namespace kcc::storage
