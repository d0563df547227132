#pragma once

#include <QUuid>

namespace kcc {

// ActorKlantcontact (§4.13): links an actor to a klantcontact; the pair is unique.
struct ActorKlantcontact
{
    QUuid uuid;
    QUuid actor;
    QUuid klantcontact;

    friend bool operator==(const ActorKlantcontact &, const ActorKlantcontact &) = default;
};

} // namespace kcc
