#pragma once

#include "model/klantinteracties/adres.h"
#include "model/klantinteracties/contactnaam.h"
#include "model/klantinteracties/enums.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// Betrokkene bij klantcontact (§4.9). Linked to a partij when known (wasPartij); otherwise it
// carries the one-off contact details itself (contactnaam, addresses, digitale adressen).
struct Betrokkene
{
    QUuid uuid;
    std::optional<QUuid> wasPartij;
    QUuid hadKlantcontact;
    std::optional<Adres> bezoekadres;
    std::optional<Adres> correspondentieadres;
    std::optional<Contactnaam> contactnaam;
    Rol rol = Rol::Klant;
    QString organisatienaam; // <= 200
    bool initiator = true;

    friend bool operator==(const Betrokkene &, const Betrokkene &) = default;
};

} // namespace kcc
