#pragma once

#include "model/privacy/persoonsverwerkingen.h"
#include "model/taken/werkvoorraadservice.h"

namespace kcc {

// The work queues, logged first (issue 15): detail() hands out a task only after its "Openen
// interne taak" entry is written (the task's uuid is the verwerkingId), and queue() a page only
// after every klant named on it has its entry. When logging fails they return its error and no
// data. Counts show nobody and are not logged. A task of an unknown caller (variant A) names no
// known person, so opening it writes nothing.
class GelogdeWerkvoorraadService final : public WerkvoorraadService
{
public:
    GelogdeWerkvoorraadService(WerkvoorraadService &inner, VerwerkingenLog &log, const HuidigeVerwerking &verwerking);

    Result<Page<TaakQueueRow>> queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                     const PageCursor &cursor, int limit) override;
    Result<qint64> queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter) override;
    Result<TaakCounts> counts(const SignedInActor &viewer) override;
    Result<TaakDetail> detail(const SignedInActor &viewer, const QUuid &taak) override;

private:
    WerkvoorraadService &m_inner;
    PersoonsVerwerkingen m_verwerkingen;
};

} // namespace kcc
