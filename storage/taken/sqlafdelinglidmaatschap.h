#pragma once

#include "model/taken/afdelinglidmaatschap.h"
#include "storage/taken/takenstore.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace kcc::storage {

class Database;

// AfdelingLidmaatschap on SQLite (table afdeling_lid, TakenSchema).
class SqlAfdelingLidmaatschap final : public AfdelingLidmaatschap
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlTakenService)

public:
    // The database must outlive the service.
    explicit SqlAfdelingLidmaatschap(Database &database);

    Result<QList<QUuid>> afdelingenVan(const QUuid &medewerker) override;
    Result<QList<QUuid>> ledenVan(const QUuid &afdeling) override;
    Result<> setAfdelingen(const SignedInActor &viewer, const QUuid &medewerker,
                           const QList<QUuid> &afdelingen) override;
    Result<QList<Actor>> zichtbareAfdelingen(const SignedInActor &viewer) override;

    // For kccctl and tests: the actor with exactly this naam (case-insensitive), optionally of one
    // soort; an error names the problem (none, or several with that name).
    Result<Actor> actorByName(const QString &naam, std::optional<SoortActor> soort = std::nullopt);

private:
    TakenStore m_store;
};

} // namespace kcc::storage
