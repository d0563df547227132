#include "model/brp/brppersoon.h"

namespace kcc {

Contactnaam BrpPersoon::contactnaam() const
{
    Contactnaam naam;
    // The Klantinteracties voorletters hold at most 10 characters; longer ones are left out
    // rather than cut (the voornamen carry them anyway).
    if (voorletters.size() <= 10)
        naam.voorletters = voorletters;
    naam.voornaam = voornamen;
    naam.voorvoegselAchternaam = voorvoegsel;
    naam.achternaam = geslachtsnaam;
    return naam;
}

QString BrpPersoon::volledigeNaam() const
{
    QStringList parts;
    for (const QString &part : {voornamen, voorvoegsel, geslachtsnaam}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace kcc
