#pragma once

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

#include <QList>

namespace kcc::test {

// A small data set that uses every resource and every field of the API at least once: nulls next
// to empty groups, diacritics, all three soorten partij (a contactpersoon working for an
// organisatie, a vestiging with subIdentificatorVan), all three soorten actor, an interne taak
// with two actors, metadata, a betrokkene without partij with its own digitaal adres. Every
// record is valid for new input, and the lists are in an order that satisfies the references.
struct RichDataSet
{
    QList<Actor> actoren;
    QList<Partij> partijen;
    QList<PartijIdentificator> identificatoren;
    QList<DigitaalAdres> digitaleAdressen;
    QList<Rekeningnummer> rekeningnummers;
    QList<Vertegenwoordiging> vertegenwoordigingen;
    QList<Klantcontact> klantcontacten;
    QList<Betrokkene> betrokkenen;
    QList<Onderwerpobject> onderwerpobjecten;
    QList<Bijlage> bijlagen;
    QList<ActorKlantcontact> actorKlantcontacten;
    QList<InterneTaak> interneTaken;

    static RichDataSet create();
};

} // namespace kcc::test
