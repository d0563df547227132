#pragma once

#include "storage/db/database.h"
#include "storage/sync/sqlsyncstore.h"
#include "sync/runner/syncconnection.h"

#include <memory>

namespace kcc::app {

// The sync runner's database side (issue 14, item 2): on the runner's thread, a second connection
// to the database the desk uses (Database::openAnother: the same file or server and credentials;
// SQLite in WAL with a busy timeout, so the desk's writes and the runner's marks wait for each
// other briefly instead of failing) and the outbox over it. `database` must outlive the runner.
// Header-only, so that the tests and the benchmark wire the runner the same way.
inline sync::SyncConnectionFactory syncConnectionFactory(const storage::Database &database)
{
    return [&database]() -> Result<sync::SyncConnection> {
        struct Held
        {
            std::unique_ptr<storage::Database> database;
            std::unique_ptr<storage::SqlSyncStore> store; // declared last: destroyed first
        };
        Result<std::unique_ptr<storage::Database>> opened = database.openAnother();
        if (!opened)
            return opened.error();
        auto held = std::make_shared<Held>();
        held->database = std::move(opened).value();
        held->store = std::make_unique<storage::SqlSyncStore>(*held->database);
        sync::SyncConnection connection;
        connection.store = std::shared_ptr<SyncStore>(held, held->store.get());
        return connection;
    };
}

} // namespace kcc::app
