#pragma once

#include "model/core/clock.h"
#include "model/sync/synclog.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// SyncLog over the table sync_log (SyncLogSchema). Filters are bound values; the text filter is an
// escaped LIKE on lower-cased text, so that it means the same on SQLite and PostgreSQL.
class SqlSyncLog final : public SyncLog
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlSyncLog)

public:
    explicit SqlSyncLog(Database &database, Clock clock = {});

    Result<> append(const SyncLogRegel &regel) override;
    Result<SyncLogPagina> read(const SyncLogFilter &filter) override;

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kcc::storage
