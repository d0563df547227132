#include "model/brp/brpovername.h"

namespace kcc {

NieuwePartij nieuwePartijUitBrp(const BrpPersoon &persoon)
{
    NieuwePartij partij;
    partij.soortPartij = SoortPartij::Persoon;
    partij.contactnaam = persoon.contactnaam();
    partij.bsn = persoon.burgerservicenummer;
    partij.indicatieGeheimhouding = persoon.geheimhouding;
    return partij;
}

} // namespace kcc
