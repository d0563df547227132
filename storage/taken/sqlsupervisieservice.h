#pragma once

#include "model/taken/supervisieservice.h"
#include "storage/taken/takenstore.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kcc::storage {

class Database;

// SupervisieService on SQLite: reassigning (one WriteTransaction with its taak_log rows), the
// backlog per assignee, the figures per day (reckoned in `zone`) and the norms.
class SqlSupervisieService final : public SupervisieService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlTakenService)

public:
    using Clock = TakenStore::Clock;

    // The database must outlive the service. `clock` gives the current UTC time (tests fix it);
    // `zone` is where "working day" and "per day" are reckoned.
    explicit SqlSupervisieService(Database &database, Clock clock = {},
                                  const QTimeZone &zone = QTimeZone::systemTimeZone());

    Result<> wijsToe(const SignedInActor &viewer, const QList<QUuid> &taken, const QList<QUuid> &naar,
                     const QString &toelichting) override;
    Result<QList<TaakBacklogRow>> backlog(const SignedInActor &viewer) override;
    Result<QList<DagCijfers>> cijfers(const SignedInActor &viewer, const QDate &van, const QDate &tot) override;
    Result<QList<TaakNorm>> normen() override;
    Result<> setNorm(const SignedInActor &viewer, const TaakNorm &norm) override;

private:
    TakenStore m_store;
};

} // namespace kcc::storage
