#pragma once

#include "model/brp/brppersoon.h"
#include "model/callflow/contactsession.h"

namespace kcc {

// "Overnemen als nieuwe partij": what the call flow's variant C starts with for a person found in
// the BRP - the name, the BSN identificator, and geheimhouding as indicatieGeheimhouding. Contact
// details and consent come from the caller, never from the BRP.
NieuwePartij nieuwePartijUitBrp(const BrpPersoon &persoon);

} // namespace kcc
