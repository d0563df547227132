#pragma once

#include "model/actor.h"
#include "model/actorklantcontact.h"
#include "model/betrokkene.h"
#include "model/bijlage.h"
#include "model/digitaaladres.h"
#include "model/internetaak.h"
#include "model/klantcontact.h"
#include "model/onderwerpobject.h"
#include "model/partij.h"
#include "model/partijidentificator.h"
#include "model/rekeningnummer.h"
#include "model/result.h"
#include "model/vertegenwoordiging.h"

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
