#pragma once

#include "model/core/clock.h"
#include "model/taken/takenservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace kcc::storage {

class Database;

// TakenService and AfdelingLidmaatschap on SQLite (schema version 4, TakenSchema). Every method
// checks the viewer's rights through TaakToegang and refuses with a translated message; every
// change is one WriteTransaction that also writes its taak_log rows.
//
// Queues are keyset-paged in two steps: the page's task rowids are chosen (and sorted) on the
// narrow tables first, and only the page's rows are joined to klantcontact, betrokkene and partij.
// "Te laat" is decided in SQL against a cut-off per handeling (now minus the norm in working days,
// Werkdagen::teLaatGrens), so counting ten thousand tasks needs no C++ per row.
class SqlTakenService final : public TakenService, public AfdelingLidmaatschap
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlTakenService)

public:
    // The database must outlive the service. `clock` gives the current UTC time (tests fix it);
    // `zone` is where "working day" and "per day" are reckoned.
    explicit SqlTakenService(Database &database, Clock clock = {}, const QTimeZone &zone = QTimeZone::systemTimeZone());
    ~SqlTakenService() override;
    SqlTakenService(const SqlTakenService &) = delete;
    SqlTakenService &operator=(const SqlTakenService &) = delete;

    Result<Page<TaakQueueRow>> queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                     const PageCursor &cursor, int limit) override;
    Result<qint64> queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter) override;
    Result<TaakCounts> counts(const SignedInActor &viewer) override;
    Result<QList<Actor>> zichtbareAfdelingen(const SignedInActor &viewer) override;
    Result<TaakDetail> detail(const SignedInActor &viewer, const QUuid &taak) override;
    Result<> pakOp(const SignedInActor &viewer, const QUuid &taak) override;
    Result<ContactPogingReceipt> registreerContactPoging(const SignedInActor &viewer, const QUuid &taak,
                                                         const ContactPoging &poging) override;
    Result<> stuurDoor(const SignedInActor &viewer, const QUuid &taak, const QList<QUuid> &naar,
                       const QString &toelichting) override;
    Result<QUuid> routeerOpnieuw(const SignedInActor &viewer, const QUuid &taak, const QUuid &kcc,
                                 const QString &toelichting) override;
    Result<> handelAf(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting) override;
    Result<> heropen(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting) override;
    Result<> wijsToe(const SignedInActor &viewer, const QList<QUuid> &taken, const QList<QUuid> &naar,
                     const QString &toelichting) override;
    Result<QList<TaakBacklogRow>> backlog(const SignedInActor &viewer) override;
    Result<QList<DagCijfers>> cijfers(const SignedInActor &viewer, const QDate &van, const QDate &tot) override;
    Result<QList<TaakNorm>> normen() override;
    Result<> setNorm(const SignedInActor &viewer, const TaakNorm &norm) override;

    Result<QList<QUuid>> afdelingenVan(const QUuid &medewerker) override;
    Result<QList<QUuid>> ledenVan(const QUuid &afdeling) override;
    Result<> setAfdelingen(const SignedInActor &viewer, const QUuid &medewerker,
                           const QList<QUuid> &afdelingen) override;

    // For kccctl and tests: the actor with exactly this naam (case-insensitive), optionally of one
    // soort; an error names the problem (none, or several with that name).
    Result<Actor> actorByName(const QString &naam, std::optional<SoortActor> soort = std::nullopt);

    // Writes the 'aangemaakt' log row of a task created elsewhere (the call flow), inside the
    // caller's WriteTransaction. `door` may be null (an import or a migration).
    static Result<> logAangemaakt(Database &database, const InterneTaak &taak, const QUuid &door,
                                  const QDateTime &tijdstip);
    // Writes one log row inside the caller's WriteTransaction (demo data, imports).
    static Result<> writeLog(Database &database, const TaakLogEntry &entry);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kcc::storage
