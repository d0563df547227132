#pragma once

#include "model/taken/werkvoorraadservice.h"
#include "storage/taken/takenstore.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kcc::storage {

class Database;

// WerkvoorraadService on SQLite (schema version 4, TakenSchema). Every method checks the viewer's
// rights through TaakToegang and refuses with a translated message.
//
// Queues are keyset-paged in two steps: the page's task rowids are chosen (and sorted) on the
// narrow tables first (taakqueuequery.h), and only the page's rows are joined to klantcontact,
// betrokkene and partij. "Te laat" is decided in SQL against a cut-off per handeling (now minus the
// norm in working days, Werkdagen::teLaatGrens), so counting ten thousand tasks needs no C++ per row.
class SqlWerkvoorraadService final : public WerkvoorraadService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlTakenService)

public:
    using Clock = TakenStore::Clock;

    // The database must outlive the service. `clock` gives the current UTC time (tests fix it);
    // `zone` is where "working day" is reckoned.
    explicit SqlWerkvoorraadService(Database &database, Clock clock = {},
                                    const QTimeZone &zone = QTimeZone::systemTimeZone());

    Result<Page<TaakQueueRow>> queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                     const PageCursor &cursor, int limit) override;
    Result<qint64> queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter) override;
    Result<TaakCounts> counts(const SignedInActor &viewer) override;
    Result<TaakDetail> detail(const SignedInActor &viewer, const QUuid &taak) override;

private:
    Result<QList<TaakQueueRow>> rowsFor(const SignedInActor &viewer, const QList<QUuid> &taken) const;
    // Whether the viewer may see the contents of this (vertrouwelijk) klantcontact.
    Result<bool> inhoudZichtbaar(const SignedInActor &viewer, const Klantcontact &klantcontact) const;

    TakenStore m_store;
};

} // namespace kcc::storage
