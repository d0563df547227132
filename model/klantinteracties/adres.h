#pragma once

#include <QString>

#include <optional>

namespace kcc {

// Gegevensgroep "adres" (bezoekadres, correspondentieadres) of Partij and Betrokkene,
// klantinteracties-model.md §2.1. Every sub-field is optional; the group as a whole is held as
// std::optional<Adres> by its owner, because the API distinguishes null from an empty object.
struct Adres
{
    QString nummeraanduidingId; // BAG id, 16 digits or empty
    QString straatnaam;
    std::optional<int> huisnummer; // 1..99999 or null
    QString huisnummertoevoeging;
    QString postcode; // "1234 AB" or empty
    QString stad;
    QString adresregel1;
    QString adresregel2;
    QString adresregel3;
    QString land; // uppercase ISO 3166-1 alpha-2 or empty

    bool isEmpty() const;
    // One line for lists: "Dorpsstraat 12a, 1234 AB Utrecht" (or the adresregels).
    QString oneLine() const;

    friend bool operator==(const Adres &, const Adres &) = default;
};

} // namespace kcc
