#pragma once

#include "model/core/fielderror.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/adres.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/contactnaam.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/rekeningnummer.h"
#include "model/klantinteracties/vertegenwoordiging.h"
#include "model/validation/valuevalidators.h"

#include <QString>

namespace kcc {

// Resource-level validation (klantinteracties-model.md §4 and §12): every max length, required
// field, per-soort format and within-record rule. Cross-record rules (voorkeursDigitaalAdres,
// unique BSN, inactive actors, ...) are in referencerules.h.
//
// Each error's `field` is the API's camelCase path ("partijIdentificator.objectId",
// "bezoekadres.postcode", "partijIdentificatie.contactnaam.voornaam", "onderwerp"); an empty
// result means valid. The same validators serve new input and imports from Open Klant:
//  * empty optional strings are always valid (Open Klant returns "" for blanks);
//  * an empty optional nummer/referentienummer counts as absent (serialisers must write null);
//  * Strictness (valuevalidators.h) only relaxes client-only rules: taal/voorkeurstaal codes,
//    land list membership, subIdentificatorVan on non-vestiging identificators, and "at least one
//    actor" on an InterneTaak (the server drops assignments when an actor is deleted, so a real
//    dump can hold tasks without actors). Everything the server enforces is checked in both modes.
// Rules that point at one field although the server reports them elsewhere:
//  * indicatieContactGelukt=true with verdereActieOndernomen=true -> "verdereActieOndernomen"
//    (the server says nonFieldErrors); a form can put the message next to that checkbox.
//  * a null uuid -> "uuid": every record is given its uuid by the client before validation.
//  * metadata: an empty key -> "metadata"; a value over 255 or a repeated key -> "metadata.<key>".
//  * toegewezenAanActoren: none, a null or a repeated actor -> "toegewezenAanActoren".

FieldErrors validate(const Partij &partij, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const PartijIdentificator &identificator, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const DigitaalAdres &adres, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Rekeningnummer &rekeningnummer, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Vertegenwoordiging &vertegenwoordiging, Strictness strictness = Strictness::NewInput);
// Klantcontact also requires plaatsgevondenOp (§12.17: the client always sends it).
FieldErrors validate(const Klantcontact &klantcontact, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Betrokkene &betrokkene, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Onderwerpobject &onderwerpobject, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Bijlage &bijlage, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Actor &actor, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const ActorKlantcontact &link, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const InterneTaak &taak, Strictness strictness = Strictness::NewInput);

// Value groups. `prefix` is the path of the group ("bezoekadres", "contactnaam",
// "partijIdentificatie.contactnaam"); errors are named "<prefix>.<subfield>", or just
// "<subfield>" when prefix is empty.
FieldErrors validate(const Adres &adres, const QString &prefix, Strictness strictness = Strictness::NewInput);
FieldErrors validate(const Contactnaam &contactnaam, const QString &prefix);

} // namespace kcc
