#pragma once

#include "model/core/result.h"
#include "model/taken/takentypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc::storage {

class Database;

// The log of one interne taak, oldest first: read by the work queue and by the klantcontact
// detail view, from one place.
Result<QList<TaakLogEntry>> readTaakLog(Database &database, const QUuid &taak);

// A JSON array of strings as stored in a TEXT column (taak_log.toegewezen_aan and the like).
QStringList stringsFromJsonArray(const QString &json);

} // namespace kcc::storage
