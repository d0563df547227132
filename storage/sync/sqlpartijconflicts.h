#pragma once

#include "model/sync/partijconflicts.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// PartijConflicts over sync_conflict (WijzigingSchema). The worker records a conflict
// (SqlSyncStore::markConflict); the beheerder resolves it here, in one transaction with its trace.
class SqlPartijConflicts final : public PartijConflicts
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlPartijConflicts)

public:
    explicit SqlPartijConflicts(Database &database);

    Result<QList<PartijConflict>> open() override;
    Result<> resolve(const SignedInActor &beheerder, qint64 id, ConflictChoice choice) override;

private:
    Result<PartijConflict> openConflict(qint64 id);
    // The local partij with the server's values in every key the sync sends.
    Result<> takeServerVersion(const PartijConflict &conflict);

    Database &m_database;
};

} // namespace kcc::storage
