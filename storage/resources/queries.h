#pragma once

#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/enums.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/rekeningnummer.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc::storage {

class Database;

// Read-only lookups across resources that forms, export and sync need. All results are in rowid
// (insertion) order. A read error yields an empty list / nullopt (and a qWarning), because every
// caller treats "nothing found" and "could not read" alike in the UI.
QList<DigitaalAdres> digitaleAdressenVanPartij(Database &database, const QUuid &partij);
QList<DigitaalAdres> digitaleAdressenVanBetrokkene(Database &database, const QUuid &betrokkene);
QList<Rekeningnummer> rekeningnummersVanPartij(Database &database, const QUuid &partij);
QList<PartijIdentificator> identificatorenVanPartij(Database &database, const QUuid &partij);
QList<Betrokkene> betrokkenenVanKlantcontact(Database &database, const QUuid &klantcontact);
// The actors linked to a klantcontact through ActorKlantcontact, in link order.
QList<Actor> actorenVanKlantcontact(Database &database, const QUuid &klantcontact);
// The partij identified by this (soort, objectId), e.g. (Bsn, "999993653"); nullopt if none.
std::optional<Partij> findPartijByIdentificator(Database &database, CodeSoortObjectId soort, const QString &objectId);
// True when no resource table holds a row (a fresh database, e.g. to offer demo data).
bool isEmpty(Database &database);

} // namespace kcc::storage
