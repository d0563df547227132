#pragma once

#include "model/brp/brpzoekvraag.h"

#include <QJsonObject>
#include <QStringList>

namespace kcc::sync {

// The body of POST /personen for one question: the narrowest query type that answers it, and
// only the fields the desk shows (brp-personen-openapi.yaml, PersonenQuery). Automatically
// delivered fields (geheimhoudingPersoonsgegevens, inOnderzoek, opschortingBijhouding, rni,
// verificatie) are never asked for: the API answers 400 when they are.
class BrpVerzoek
{
public:
    static QString raadpleegMetBsn() { return QStringLiteral("RaadpleegMetBurgerservicenummer"); }
    static QString zoekMetNaamEnGeboortedatum() { return QStringLiteral("ZoekMetGeslachtsnaamEnGeboortedatum"); }

    static QJsonObject body(const BrpZoekvraag &vraag);
    // For RaadpleegMetBurgerservicenummer (a Persoon) and the Zoek types (a PersoonBeperkt,
    // which has no overlijden: a deceased person shows there by opschortingBijhouding).
    static QStringList fields(BrpZoekvraag::Soort soort);
};

} // namespace kcc::sync
