#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/taken/takentypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace kcc {

// Who may do what with interne taken (issue 5). Pure: the caller (the storage services) looks up the
// facts — the viewer's afdelingen, the task's assignees — and passes them in, so that every rule
// is tested without a database and every screen goes through the same rule. A refusal is an
// Error with a translated message.
//
// Roles (AccountRole): a medewerker or balie works their own queue and the queues of the
// afdelingen they belong to; a supervisor sees and reassigns everything; a beheerder manages
// actors, memberships and code lists.
class TaakToegang
{
    Q_DECLARE_TR_FUNCTIONS(kcc::TaakToegang)

public:
    static bool isSupervisor(const SignedInActor &viewer);
    static bool isBeheerder(const SignedInActor &viewer);

    // Mijn and Historie: always (they are the viewer's own). Afdeling: a member of that afdeling
    // or a supervisor. Alle: a supervisor.
    static Result<> queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                          const QList<QUuid> &eigenAfdelingen);

    // Opening a task: assigned to the viewer or to one of their afdelingen, handled by the viewer
    // before (its log names them), or a supervisor.
    static Result<> zien(const SignedInActor &viewer, const QList<QUuid> &toegewezenAan,
                         const QList<QUuid> &eigenAfdelingen, bool viewerInLog);
    // Working on a task (contact attempt, forward, re-route, close): assigned to the viewer or to
    // one of their afdelingen, or a supervisor.
    static Result<> behandelen(const SignedInActor &viewer, const QList<QUuid> &toegewezenAan,
                               const QList<QUuid> &eigenAfdelingen);
    // "Pak op": the task is assigned to an afdeling (`afdelingenVanTaak`: the assignees that are
    // afdelingen) the viewer belongs to; a supervisor may take up any afdeling's task. A task that
    // is assigned to medewerkers only (`opgepaktDoor`: their names) was taken up already, and the
    // refusal names who has it.
    static Result<> oppakken(const SignedInActor &viewer, const QList<QUuid> &afdelingenVanTaak,
                             const QList<QUuid> &eigenAfdelingen, const QStringList &opgepaktDoor = {});
    // Forwarding (C6114 B): a supervisor anywhere; anyone else only to their own afdelingen and
    // the members of those (`ledenVanEigenAfdelingen`).
    static Result<> doorsturenNaar(const SignedInActor &viewer, const QList<QUuid> &naar,
                                   const QList<QUuid> &eigenAfdelingen, const QList<QUuid> &ledenVanEigenAfdelingen);
    // Re-routing back to the KCC (C6114 A) is open to everyone who may work on the task.
    static Result<> heropenen(const SignedInActor &viewer);
    // wijsToe (reassigning across afdelingen), backlog and figures.
    static Result<> toewijzen(const SignedInActor &viewer);
    static Result<> overzicht(const SignedInActor &viewer);
    static Result<> normWijzigen(const SignedInActor &viewer);
    // Actors, afdeling memberships and code lists.
    static Result<> beheren(const SignedInActor &viewer);

    // A vertrouwelijk klantcontact's onderwerp and inhoud are visible only to the actors linked to
    // it (`gekoppeld`), the actors one of its tasks is assigned to (`toegewezen`) and supervisors.
    static bool vertrouwelijkZichtbaar(const SignedInActor &viewer, bool vertrouwelijk, bool gekoppeld,
                                       bool toegewezen);
};

} // namespace kcc
