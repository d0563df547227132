#pragma once

#include "model/klantinteracties/enums.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// DigitaalAdres (§4.3): e-mail, phone number or other. Belongs to a partij (default contact
// details, verstrektDoorPartij) or to a betrokkene (one-off, verstrektDoorBetrokkene).
struct DigitaalAdres
{
    QUuid uuid;
    std::optional<QUuid> verstrektDoorBetrokkene;
    std::optional<QUuid> verstrektDoorPartij;
    QString adres; // <= 80; validated per soort
    SoortDigitaalAdres soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
    bool isStandaardAdres = false; // only with verstrektDoorPartij
    QString omschrijving;          // <= 40
    QString referentie;            // slug <= 50
    std::optional<QDate> verificatieDatum;

    friend bool operator==(const DigitaalAdres &, const DigitaalAdres &) = default;
};

} // namespace kcc
