#pragma once

#include "model/klantinteracties/enums.h"
#include "model/klantinteracties/objectidentificator.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// Actor (§4.12): medewerker, organisatorische eenheid (afdeling) or geautomatiseerde actor.
// The polymorphic `actorIdentificatie` is flattened; which fields count depends on soortActor:
//   medewerker               -> functie (required), emailadres, telefoonnummer (required)
//   geautomatiseerde_actor   -> functie (required), omschrijving
//   organisatorische_eenheid -> omschrijving, emailadres, faxnummer, telefoonnummer
struct Actor
{
    QUuid uuid;
    QString naam; // <= 200, required
    SoortActor soortActor = SoortActor::Medewerker;
    bool indicatieActief = true;
    std::optional<ObjectIdentificator> actoridentificator;

    bool heeftActorIdentificatie = false; // whether actorIdentificatie was given at all
    QString functie;                      // <= 40
    QString emailadres;                   // <= 254
    QString telefoonnummer;               // <= 20, phone pattern
    QString omschrijving;                 // <= 200
    QString faxnummer;                    // <= 20

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace kcc
