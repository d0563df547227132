#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/rekeningnummer.h"
#include "model/klantinteracties/vertegenwoordiging.h"

namespace kcc::storage {
class Database;
}

namespace kcc::test {

// One consistent set of every Klantinteracties resource with every field set to a non-default
// value (non-ASCII names included). It satisfies every rule IntegrityCheck knows, so it is also
// the "clean" fixture; tests break one rule at a time.
struct StorageFixture
{
    Actor medewerker;
    Actor afdeling;
    Partij organisatie;
    Partij contactpersoon;
    PartijIdentificator kvk;
    PartijIdentificator vestiging;
    PartijIdentificator bsn;
    DigitaalAdres email;
    Rekeningnummer rekening;
    Vertegenwoordiging vertegenwoordiging;
    Klantcontact vraag;
    Klantcontact terugbelContact;
    Betrokkene betrokkene;
    Betrokkene terugbelBetrokkene;
    ActorKlantcontact actorVraag;
    ActorKlantcontact actorTerugbel;
    Onderwerpobject onderwerp;
    Bijlage bijlage;
    InterneTaak taak;

    static StorageFixture full();
    // Inserts everything in one WriteTransaction (children before parents on purpose: the
    // references are deferred) and commits.
    Result<> insertAll(storage::Database &database) const;
};

} // namespace kcc::test
