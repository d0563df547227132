#pragma once

#include "model/privacy/inzagedossier.h"

#include <QStringList>

namespace kcc::storage {

// What identifies the person of a dossier, for the erasure (VergeetOpdracht).
class VergeetWaarden
{
public:
    // Names, address parts, BSN and other identificatoren, digitale adressen and IBANs, as they
    // may appear in free text: of three characters or more, longest first (a full name is
    // replaced before its parts), each once.
    static QStringList waarden(const InzageDossier &dossier);
    // What a draft about the person would hold: the partij's uuid, identificatoren, digitale
    // adressen, IBANs and full names.
    static QStringList kenmerken(const InzageDossier &dossier);
    // The uuids of the person's own records (partij, betrokkenen, digitale adressen,
    // identificatoren, rekeningnummers).
    static QStringList records(const InzageDossier &dossier);
    // False when the partij holds nothing personal any more (after an erasure).
    static bool heeftPersoonsgegevens(const InzageDossier &dossier);
};

} // namespace kcc::storage
