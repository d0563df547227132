#pragma once

#include "model/klantinteracties/objectidentificator.h"

#include <QUuid>

#include <optional>

namespace kcc {

// Onderwerpobject (§4.10): what a klantcontact was about (a zaak, or an earlier klantcontact via
// wasKlantcontact, as in a callback).
struct Onderwerpobject
{
    QUuid uuid;
    std::optional<QUuid> klantcontact;
    std::optional<QUuid> wasKlantcontact;
    std::optional<ObjectIdentificator> onderwerpobjectidentificator;

    friend bool operator==(const Onderwerpobject &, const Onderwerpobject &) = default;
};

} // namespace kcc
