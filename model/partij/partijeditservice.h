#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/fielderror.h"
#include "model/core/result.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/partij.h"

#include <QCoreApplication>
#include <QList>

namespace kcc {

// One correction of a partij at the desk (issue 10, item 6): what the partij editor hands to the
// service. `partij` carries the edited fields — contactnaam (persoon, contactpersoon),
// organisatieNaam (organisatie), voorkeurstaal, bezoek- and correspondentieadres,
// voorkeursDigitaalAdres and indicatieGeheimhouding; the service keeps every other field as stored.
// `digitaleAdressen` is the partij's complete list after the edit: a new address has a fresh
// uuid, an address of the partij that is not in the list is removed.
struct PartijEdit
{
    Partij partij;
    QList<DigitaalAdres> digitaleAdressen;

    friend bool operator==(const PartijEdit &, const PartijEdit &) = default;
};

// The rules of one edit, pure so that the form can show them before saving and the service
// checks them again inside its transaction: the partij's own validation (names, addresses with
// postcode, huisnummer, BAG id and land, voorkeurstaal), every digitaal adres by its soort (field
// "digitaleAdressen[i].<adres|omschrijving|...>"), and the voorkeur being one of the list.
// Phone numbers must be normalised first (normalizeTelefoonnummer), as the form does.
FieldErrors validatePartijEdit(const PartijEdit &edit);

// Changes an existing partij (klantbeeld, "Edit partij"). Implemented in storage/partij/.
class PartijEditService
{
public:
    virtual ~PartijEditService() = default;

    // Who saves: indicatieGeheimhouding may only be changed by a beheerder (the service refuses a
    // change by anyone else, whatever the screen allowed).
    virtual void setActingActor(const SignedInActor &actor) = 0;
    // Writes the edit in ONE transaction (partij, new, changed and removed digitale adressen), or
    // nothing: on a rule broken the Error's fieldErrors name the fields as validatePartijEdit does.
    virtual Result<> save(const PartijEdit &edit) = 0;
};

} // namespace kcc
