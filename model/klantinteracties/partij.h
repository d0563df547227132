#pragma once

#include "model/klantinteracties/adres.h"
#include "model/klantinteracties/contactnaam.h"
#include "model/klantinteracties/enums.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// Partij (klantinteracties-model.md §4.1): a persoon, organisatie or contactpersoon the municipality
// knows. The polymorphic `partijIdentificatie` of the API is flattened here; which fields count is
// decided by soortPartij:
//   persoon        -> contactnaam
//   organisatie    -> organisatieNaam
//   contactpersoon -> contactnaam, werkteVoorPartij, contactpersoonUuid
// Reverse relations (digitale adressen, identificatoren, betrokkenen, ...) live in their own
// resources and are not duplicated here.
struct Partij
{
    QUuid uuid;
    std::optional<QString> nummer; // local human number, integer string <= 10, unique; null allowed
    QString interneNotitie;        // <= 1000
    std::optional<QUuid> voorkeursDigitaalAdres;
    std::optional<QUuid> voorkeursRekeningnummer;
    SoortPartij soortPartij = SoortPartij::Persoon;
    std::optional<bool> indicatieGeheimhouding; // null = not indicated
    QString voorkeurstaal;                      // ISO 639-2/T, e.g. "nld"; may be empty
    bool indicatieActief = true;
    std::optional<Adres> bezoekadres;
    std::optional<Adres> correspondentieadres;

    // partijIdentificatie; absent in some server responses, hence the flag.
    bool heeftPartijIdentificatie = true;
    std::optional<Contactnaam> contactnaam;  // persoon, contactpersoon (nullable in the API)
    QString organisatieNaam;                 // organisatie, <= 200
    std::optional<QUuid> werkteVoorPartij;   // contactpersoon: an organisatie partij
    std::optional<QUuid> contactpersoonUuid; // contactpersoon: the subtype's own uuid in the API

    // The name to show: volledigeNaam for persons and contactpersonen, naam for organisations.
    QString weergaveNaam() const;

    friend bool operator==(const Partij &, const Partij &) = default;
};

} // namespace kcc
