#pragma once

#include "model/core/result.h"
#include "model/privacy/inzagedossier.h"

#include <QCoreApplication>
#include <QUuid>

namespace kcc::storage {

class Database;

// Reads every record about one partij into a dossier (all but the log and the time): the partij,
// its identificatoren, digitale adressen (its own and its betrokkenen's), rekeningnummers,
// vertegenwoordigingen, betrokkenen, their klantcontacten with onderwerpobjecten (either
// reference), bijlagen and interne taken. Lists in rowid order with the relations an export
// writes. No transaction of its own: the caller holds one for a consistent picture.
class InzageLezer
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::InzageLezer)

public:
    static Result<> verzamel(Database &database, const QUuid &partij, InzageDossier &dossier);
};

} // namespace kcc::storage
