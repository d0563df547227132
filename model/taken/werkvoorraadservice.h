#pragma once

#include "model/taken/takentypes.h"

namespace kcc {

// Reading the work queues (issue 5): a queue page by page, its count, the numbers at a glance and
// one task for handling. Refuses what the viewer may not see (TaakToegang) with a translated message.
class WerkvoorraadService
{
public:
    virtual ~WerkvoorraadService() = default;

    // First page and the following ones (keyset paging, see pagedlistsource.h).
    virtual Result<Page<TaakQueueRow>> queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                             const PageCursor &cursor, int limit) = 0;
    virtual Result<qint64> queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter) = 0;
    virtual Result<TaakCounts> counts(const SignedInActor &viewer) = 0;
    virtual Result<TaakDetail> detail(const SignedInActor &viewer, const QUuid &taak) = 0;
};

} // namespace kcc
