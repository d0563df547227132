#pragma once

#include "model/taken/takentypes.h"

namespace kcc {

// The supervisor's side of the work queues (issue 5): reassigning tasks, the backlog per
// assignee, the figures per day and the norms that decide "te laat".
class SupervisieService
{
public:
    virtual ~SupervisieService() = default;

    // Supervisor only: each task reassigned to `naar`, all in one transaction.
    virtual Result<> wijsToe(const SignedInActor &viewer, const QList<QUuid> &taken, const QList<QUuid> &naar,
                             const QString &toelichting) = 0;
    // Supervisor only.
    virtual Result<QList<TaakBacklogRow>> backlog(const SignedInActor &viewer) = 0;
    virtual Result<QList<DagCijfers>> cijfers(const SignedInActor &viewer, const QDate &van, const QDate &tot) = 0;
    virtual Result<QList<TaakNorm>> normen() = 0;
    // Beheerder or supervisor.
    virtual Result<> setNorm(const SignedInActor &viewer, const TaakNorm &norm) = 0;
};

} // namespace kcc
