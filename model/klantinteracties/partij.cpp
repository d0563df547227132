#include "model/klantinteracties/partij.h"

namespace kcc {

QString Partij::weergaveNaam() const
{
    if (soortPartij == SoortPartij::Organisatie)
        return organisatieNaam;
    return contactnaam ? contactnaam->volledigeNaam() : QString();
}

} // namespace kcc
