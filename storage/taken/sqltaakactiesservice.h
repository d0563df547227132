#pragma once

#include "model/taken/taakactiesservice.h"
#include "storage/taken/takenstore.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kcc::storage {

class Database;

// TaakActiesService on SQLite. Every action checks its preconditions through one check
// (TaakWijziging::voorbereid: the task, its status, the viewer's right through TaakToegang, the
// toelichting) and is one WriteTransaction that also writes its taak_log rows.
class SqlTaakActiesService final : public TaakActiesService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlTakenService)

public:
    using Clock = TakenStore::Clock;

    // The database must outlive the service. `clock` gives the current UTC time (tests fix it).
    explicit SqlTaakActiesService(Database &database, Clock clock = {},
                                  const QTimeZone &zone = QTimeZone::systemTimeZone());

    Result<> pakOp(const SignedInActor &viewer, const QUuid &taak) override;
    Result<ContactPogingReceipt> registreerContactPoging(const SignedInActor &viewer, const QUuid &taak,
                                                         const ContactPoging &poging) override;
    Result<> stuurDoor(const SignedInActor &viewer, const QUuid &taak, const QList<QUuid> &naar,
                       const QString &toelichting) override;
    Result<QUuid> routeerOpnieuw(const SignedInActor &viewer, const QUuid &taak, const QUuid &kcc,
                                 const QString &toelichting) override;
    Result<> handelAf(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting) override;
    Result<> heropen(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting) override;

private:
    QString opnieuwRouterenHandeling() const;

    TakenStore m_store;
};

} // namespace kcc::storage
