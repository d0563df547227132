#pragma once

#include "model/taken/takentypes.h"

namespace kcc {

// Handling one task (issue 5): take it up, a contact attempt (C2984 call back, C9708 answer),
// forward or re-route it (C6114), close and reopen it. Each is one transaction with its log rows.
class TaakActiesService
{
public:
    virtual ~TaakActiesService() = default;

    // "Pak op": the task, assigned to an afdeling of the viewer, becomes assigned to the viewer.
    virtual Result<> pakOp(const SignedInActor &viewer, const QUuid &taak) = 0;
    // C2984 / C9708: registers a new klantcontact (initiator false, betrokkene copied, an
    // onderwerpobject wasKlantcontact = the original, the viewer linked) in one transaction, logs
    // the attempt, and closes the task when gelukt && taakAfhandelen. A failed attempt keeps it open.
    virtual Result<ContactPogingReceipt> registreerContactPoging(const SignedInActor &viewer, const QUuid &taak,
                                                                 const ContactPoging &poging) = 0;
    // C6114 B: the task is reassigned to `naar` (active actors; a non-supervisor only within their
    // own afdelingen and their members) with the toelichting in the log.
    virtual Result<> stuurDoor(const SignedInActor &viewer, const QUuid &taak, const QList<QUuid> &naar,
                               const QString &toelichting) = 0;
    // C6114 A: a new taak "Opnieuw routeren" on the same klantcontact for `kcc` (an afdeling), and
    // the original closed with the toelichting; both logged and linked. Returns the new task's uuid.
    virtual Result<QUuid> routeerOpnieuw(const SignedInActor &viewer, const QUuid &taak, const QUuid &kcc,
                                         const QString &toelichting) = 0;
    // Status verwerkt, afgehandeldOp = now, toelichting appended to the task's toelichting.
    virtual Result<> handelAf(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting) = 0;
    // Supervisor only: back to te_verwerken, afgehandeldOp cleared.
    virtual Result<> heropen(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting) = 0;
};

} // namespace kcc
