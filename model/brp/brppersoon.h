#pragma once

#include "model/klantinteracties/contactnaam.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace kcc {

// One person as the BRP (Haal Centraal BRP Personen bevragen) gave them to the desk: only what
// the medewerker needs to verify who is on the line. The values serve to check what the caller
// says; they are never read out to the caller.
struct BrpPersoon
{
    QString burgerservicenummer;
    QString voornamen;
    QString voorvoegsel;
    QString geslachtsnaam;
    QString voorletters;
    QDate geboortedatum;        // a full date, when the BRP knows it
    QString geboortedatumTekst; // the BRP's langFormaat ("1 januari 1970", "januari 1970", "onbekend")
    QString geslacht;           // the omschrijving ("man", "vrouw", "onbekend")
    // geheimhoudingPersoonsgegevens: the person's data may not be given to third parties. The
    // client never fills `adresregels` or `land` for such a person, so no widget can show them.
    bool geheimhouding = false;
    bool overleden = false;
    QString overlijdensdatumTekst;
    // The groups of data that are in onderzoek (the BRP doubts them): "persoon", "naam",
    // "geboorte", "adres", "overlijden"; empty when none is.
    QStringList inOnderzoek;
    bool woontInBuitenland = false;
    QStringList adresregels; // adressering.adresregel1..3
    QString land;            // adressering.land.omschrijving

    // The name as the Klantinteracties contactnaam of a new partij.
    Contactnaam contactnaam() const;
    // "Jan Pieter de Vries" (voornamen, voorvoegsel, geslachtsnaam).
    QString volledigeNaam() const;

    friend bool operator==(const BrpPersoon &, const BrpPersoon &) = default;
};

} // namespace kcc
