#pragma once

#include "model/core/fielderror.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/rekeningnummer.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace kcc {

// Rules that span records (klantinteracties-model.md §4.1, §4.2, §12). They are pure: the caller
// (storage, a form, an import) looks up the facts and passes them in, so that the rules can be
// tested without a database and the same rule holds for every caller.

// voorkeursDigitaalAdres, when set, must be one of the partij's own digitale adressen
// (`adressenVanPartij` are the addresses whose verstrektDoorPartij is this partij, including
// those being linked in the same save). Field "voorkeursDigitaalAdres".
FieldErrors checkVoorkeursDigitaalAdres(const Partij &partij, const QList<DigitaalAdres> &adressenVanPartij);
// The same for voorkeursRekeningnummer and the partij's rekeningnummers. Field "voorkeursRekeningnummer".
FieldErrors checkVoorkeursRekeningnummer(const Partij &partij, const QList<Rekeningnummer> &rekeningnummersVanPartij);

// A BSN, RSIN or KvK number (an identificator without subIdentificatorVan) belongs to one partij
// only. `existingOwnerPartij` is the partij that already holds the same
// (register, objecttype, soort, objectId), if any. It is an error when that is another partij than
// identificator.identificeerdePartij. Vestigingsnummers (scoped by their kvk) are not checked
// here. Field "partijIdentificator.objectId".
FieldErrors checkUniqueIdentificator(const PartijIdentificator &identificator,
                                     std::optional<QUuid> existingOwnerPartij);

// Inactive actors may not be linked to a NEW klantcontact or interne taak. One error per inactive
// actor, field "toegewezenAanActoren", message naming the actor.
FieldErrors checkActorsActiveForNewRecord(const QList<Actor> &actors);
// An inactive partij may not be linked to a NEW betrokkene, and its contact details may not be
// used. Field "wasPartij", message naming the partij.
FieldErrors checkPartijActiveForNewRecord(const Partij &partij);

// A contactpersoon's werkteVoorPartij must be an organisatie. `organisatie` is the partij that
// contactpersoon.werkteVoorPartij points at (nullopt when it does not exist). Nothing to check
// when werkteVoorPartij is not set. Field "partijIdentificatie.werkteVoorPartij".
FieldErrors checkWerkteVoorPartij(const Partij &contactpersoon, const std::optional<Partij> &organisatie);

// A recorded klantcontact has at least one actor (ActorKlantcontact) and one betrokkene pointing
// at it (§4.8, F2173; the server does not enforce it). Links to other klantcontacten are ignored.
// Fields "hadBetrokkenActoren" and "hadBetrokkenen".
FieldErrors checkKlantcontactParticipants(const Klantcontact &klantcontact, const QList<ActorKlantcontact> &actoren,
                                          const QList<Betrokkene> &betrokkenen);

} // namespace kcc
