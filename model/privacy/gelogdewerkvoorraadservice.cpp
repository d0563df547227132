#include "model/privacy/gelogdewerkvoorraadservice.h"

namespace kcc {

GelogdeWerkvoorraadService::GelogdeWerkvoorraadService(WerkvoorraadService &inner, VerwerkingenLog &log,
                                                       const HuidigeVerwerking &verwerking)
    : m_inner(inner)
    , m_verwerkingen(log, verwerking)
{
}

Result<Page<TaakQueueRow>> GelogdeWerkvoorraadService::queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                                             const PageCursor &cursor, int limit)
{
    Result<Page<TaakQueueRow>> page = m_inner.queue(viewer, filter, cursor, limit);
    if (!page)
        return page;
    QList<QUuid> klanten;
    for (const TaakQueueRow &row : page.value().rows)
        klanten.append(row.partij);
    if (Result<> logged = m_verwerkingen.takenGetoond(klanten); !logged)
        return logged.error();
    return page;
}

Result<qint64> GelogdeWerkvoorraadService::queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter)
{
    return m_inner.queueCount(viewer, filter);
}

Result<TaakCounts> GelogdeWerkvoorraadService::counts(const SignedInActor &viewer)
{
    return m_inner.counts(viewer);
}

Result<TaakDetail> GelogdeWerkvoorraadService::detail(const SignedInActor &viewer, const QUuid &taak)
{
    // Read first (a task the viewer may not see, or that is gone, is no look at anyone), log,
    // and only then hand it out.
    Result<TaakDetail> detail = m_inner.detail(viewer, taak);
    if (!detail)
        return detail;
    const TaakDetail &d = detail.value();
    const QUuid partij = d.partij ? d.partij->uuid : QUuid();
    if (Result<> logged = m_verwerkingen.taakGeopend(taak, partij, d.klantcontact.kanaal, d.klantcontact.onderwerp,
                                                     d.klantcontact.vertrouwelijk, viewer);
        !logged)
        return logged.error();
    return detail;
}

} // namespace kcc
