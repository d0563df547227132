#pragma once

#include "model/klantinteracties/objectidentificator.h"

#include <QUuid>

#include <optional>

namespace kcc {

// Bijlage (§4.11): a reference to a document or object that is part of a klantcontact.
struct Bijlage
{
    QUuid uuid;
    std::optional<QUuid> wasBijlageVanKlantcontact;
    std::optional<ObjectIdentificator> bijlageidentificator;

    friend bool operator==(const Bijlage &, const Bijlage &) = default;
};

} // namespace kcc
