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
#include "model/vertegenwoordiging.h"

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
