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

namespace kcc::demo {

// Receives the records of DemoGenerator as they are made, so that a million partijen never sit
// in memory at once. Every add returns false to stop the generation (e.g. a write failed).
//
// Order: actors first; then per partij the Partij followed by its own identificatoren,
// digitale adressen and rekeningnummers (a Partij names its voorkeursDigitaalAdres and
// voorkeursRekeningnummer before they are added, so a store must check those references at
// commit, not per row); then the vertegenwoordigingen; then per klantcontact the Klantcontact
// followed by its actor links, betrokkenen (each followed by its one-off digitale adressen),
// onderwerpobjecten and bijlagen. An InterneTaak always follows its klantcontact but may come
// much later (a callback task is closed when the callback is made). Every other reference points
// at a record added earlier.
class DemoSink
{
public:
    virtual ~DemoSink() = default;

    virtual bool add(const Actor &actor) = 0;
    virtual bool add(const Partij &partij) = 0;
    virtual bool add(const PartijIdentificator &identificator) = 0;
    virtual bool add(const DigitaalAdres &adres) = 0;
    virtual bool add(const Rekeningnummer &rekeningnummer) = 0;
    virtual bool add(const Vertegenwoordiging &vertegenwoordiging) = 0;
    virtual bool add(const Klantcontact &klantcontact) = 0;
    virtual bool add(const ActorKlantcontact &link) = 0;
    virtual bool add(const Betrokkene &betrokkene) = 0;
    virtual bool add(const Onderwerpobject &onderwerpobject) = 0;
    virtual bool add(const Bijlage &bijlage) = 0;
    virtual bool add(const InterneTaak &taak) = 0;

    // Called now and then with the number of partijen plus klantcontacten made so far and the
    // total of both; returning false stops the generation.
    virtual bool progress(qint64 done, qint64 total)
    {
        Q_UNUSED(done);
        Q_UNUSED(total);
        return true;
    }
};

} // namespace kcc::demo
