#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/enums.h"

#include <optional>
#include <QList>
#include <QUuid>

namespace kcc {

class ActorDirectory
{
public:
    virtual ~ActorDirectory() = default;

    // Active actors of this soort, by naam.
    virtual Result<QList<Actor>> activeActors(SoortActor soort) = 0;
    virtual Result<std::optional<Actor>> find(const QUuid &actor) = 0;
};

} // namespace kcc
