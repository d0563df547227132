#pragma once

#include "model/taken/takentypes.h"

namespace kcc {

// Which afdelingen a medewerker belongs to (set by the beheerder), and which afdeling queues a
// viewer may open.
class AfdelingLidmaatschap
{
public:
    virtual ~AfdelingLidmaatschap() = default;
    virtual Result<QList<QUuid>> afdelingenVan(const QUuid &medewerker) = 0;
    virtual Result<QList<QUuid>> ledenVan(const QUuid &afdeling) = 0;
    // Beheerder only; replaces the medewerker's memberships.
    virtual Result<> setAfdelingen(const SignedInActor &viewer, const QUuid &medewerker,
                                   const QList<QUuid> &afdelingen) = 0;
    // The afdelingen the viewer may open as a queue: their own, all for a supervisor.
    virtual Result<QList<Actor>> zichtbareAfdelingen(const SignedInActor &viewer) = 0;
};

} // namespace kcc
