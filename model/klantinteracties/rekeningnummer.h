#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// Rekeningnummer (§4.4).
struct Rekeningnummer
{
    QUuid uuid;
    std::optional<QUuid> partij;
    QString iban; // pattern only, <= 34
    QString bic;  // 8..11, no whitespace, or empty

    friend bool operator==(const Rekeningnummer &, const Rekeningnummer &) = default;
};

} // namespace kcc
