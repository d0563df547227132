#pragma once

#include <QString>

namespace kcc {

// Gegevensgroep "contactnaam" (Persoon, Contactpersoon, Betrokkene), klantinteracties-model.md §2.2.
// Max lengths 10/200/10/200; validated by ContactnaamValidator.
struct Contactnaam
{
    QString voorletters;
    QString voornaam;
    QString voorvoegselAchternaam;
    QString achternaam;

    bool isEmpty() const;
    // As the server computes it: the non-empty parts of voornaam, voorvoegsel and achternaam joined
    // with single spaces; voorletters are NOT included.
    QString volledigeNaam() const;

    friend bool operator==(const Contactnaam &, const Contactnaam &) = default;
};

} // namespace kcc
