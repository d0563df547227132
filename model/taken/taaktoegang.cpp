#include "model/taken/taaktoegang.h"

#include <algorithm>

namespace kcc {

namespace {

bool overlaps(const QList<QUuid> &a, const QList<QUuid> &b)
{
    return std::any_of(a.cbegin(), a.cend(), [&](const QUuid &uuid) { return b.contains(uuid); });
}

} // namespace

bool TaakToegang::isSupervisor(const SignedInActor &viewer)
{
    return viewer.hasRole(AccountRole::supervisor());
}

bool TaakToegang::isBeheerder(const SignedInActor &viewer)
{
    return viewer.hasRole(AccountRole::beheerder());
}

Result<> TaakToegang::queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                            const QList<QUuid> &eigenAfdelingen)
{
    switch (filter.queue) {
    case TaakQueue::Mijn:
    case TaakQueue::Historie:
        return {};
    case TaakQueue::Afdeling:
        if (filter.afdeling.isNull())
            return Error{tr("Choose the afdeling whose tasks you want to see."), {}};
        if (isSupervisor(viewer) || eigenAfdelingen.contains(filter.afdeling))
            return {};
        return Error{tr("You can only see the tasks of the afdelingen you belong to."), {}};
    case TaakQueue::Alle:
        if (isSupervisor(viewer))
            return {};
        return Error{tr("Only a supervisor can see all tasks."), {}};
    }
    Q_UNREACHABLE();
}

Result<> TaakToegang::zien(const SignedInActor &viewer, const QList<QUuid> &toegewezenAan,
                           const QList<QUuid> &eigenAfdelingen, bool viewerInLog)
{
    if (isSupervisor(viewer) || viewerInLog || toegewezenAan.contains(viewer.actor) ||
        overlaps(toegewezenAan, eigenAfdelingen))
        return {};
    return Error{tr("This task is not assigned to you or to one of your afdelingen."), {}};
}

Result<> TaakToegang::behandelen(const SignedInActor &viewer, const QList<QUuid> &toegewezenAan,
                                 const QList<QUuid> &eigenAfdelingen)
{
    if (isSupervisor(viewer) || toegewezenAan.contains(viewer.actor) || overlaps(toegewezenAan, eigenAfdelingen))
        return {};
    return Error{tr("You can only work on tasks assigned to you or to one of your afdelingen."), {}};
}

Result<> TaakToegang::oppakken(const SignedInActor &viewer, const QList<QUuid> &afdelingenVanTaak,
                               const QList<QUuid> &eigenAfdelingen, const QStringList &opgepaktDoor)
{
    if (afdelingenVanTaak.isEmpty() && !opgepaktDoor.isEmpty()) {
        //: %1 = the name(s) of the medewerker(s) who took the task up
        return Error{tr("This task has already been taken up by %1.").arg(opgepaktDoor.join(QStringLiteral(", "))), {}};
    }
    if (afdelingenVanTaak.isEmpty())
        return Error{tr("This task is not assigned to an afdeling, so it cannot be taken up."), {}};
    if (isSupervisor(viewer) || overlaps(afdelingenVanTaak, eigenAfdelingen))
        return {};
    return Error{tr("You can only take up tasks of the afdelingen you belong to."), {}};
}

Result<> TaakToegang::doorsturenNaar(const SignedInActor &viewer, const QList<QUuid> &naar,
                                     const QList<QUuid> &eigenAfdelingen, const QList<QUuid> &ledenVanEigenAfdelingen)
{
    if (naar.isEmpty())
        return Error{tr("Choose at least one colleague or afdeling."), {}};
    if (isSupervisor(viewer))
        return {};
    for (const QUuid &actor : naar) {
        if (!eigenAfdelingen.contains(actor) && !ledenVanEigenAfdelingen.contains(actor)) {
            return Error{tr("You can only forward a task within your own afdelingen. Send it back to the KCC for "
                            "re-routing, or ask a supervisor."),
                         {}};
        }
    }
    return {};
}

Result<> TaakToegang::heropenen(const SignedInActor &viewer)
{
    if (isSupervisor(viewer))
        return {};
    return Error{tr("Only a supervisor can reopen a task."), {}};
}

Result<> TaakToegang::toewijzen(const SignedInActor &viewer)
{
    if (isSupervisor(viewer))
        return {};
    return Error{tr("Only a supervisor can reassign tasks."), {}};
}

Result<> TaakToegang::overzicht(const SignedInActor &viewer)
{
    if (isSupervisor(viewer))
        return {};
    return Error{tr("Only a supervisor can see the overview of all tasks."), {}};
}

Result<> TaakToegang::normWijzigen(const SignedInActor &viewer)
{
    if (isSupervisor(viewer) || isBeheerder(viewer))
        return {};
    return Error{tr("Only a supervisor or a beheerder can change the norms."), {}};
}

Result<> TaakToegang::beheren(const SignedInActor &viewer)
{
    if (isBeheerder(viewer))
        return {};
    return Error{tr("Only a beheerder can manage colleagues, afdelingen and code lists."), {}};
}

bool TaakToegang::vertrouwelijkZichtbaar(const SignedInActor &viewer, bool vertrouwelijk, bool gekoppeld,
                                         bool toegewezen)
{
    return !vertrouwelijk || gekoppeld || toegewezen || isSupervisor(viewer);
}

} // namespace kcc
