#pragma once

#include "storage/db/database.h"
#include "storage/sync/sqlpullstore.h"
#include "storage/sync/sqlsynclog.h"
#include "storage/sync/sqlsyncstore.h"
#include "sync/pull/puller.h"
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
            // Over the database above: destroyed first.
            std::unique_ptr<storage::SqlSyncStore> store;
            std::unique_ptr<storage::SqlSyncLog> log;
            std::unique_ptr<storage::SqlPullStore> pulled;
        };
        Result<std::unique_ptr<storage::Database>> opened = database.openAnother();
        if (!opened)
            return opened.error();
        auto held = std::make_shared<Held>();
        held->database = std::move(opened).value();
        held->store = std::make_unique<storage::SqlSyncStore>(*held->database);
        held->log = std::make_unique<storage::SqlSyncLog>(*held->database);
        held->pulled = std::make_unique<storage::SqlPullStore>(*held->database);
        sync::SyncConnection connection;
        connection.store = std::shared_ptr<SyncStore>(held, held->store.get());
        connection.log = std::shared_ptr<SyncLog>(held, held->log.get());
        connection.pullStore = std::shared_ptr<PullStore>(held, held->pulled.get());
        // Issue 14, item 3: after every drained push, the actoren, the partijen the desk knows from
        // the server and the open taken for our actoren and afdelingen come in.
        connection.pull = [held](sync::OpenKlantClient &client, std::function<void(const QString &)> done) {
            auto *puller = new sync::Puller(client, *held->pulled);
            puller->pullAll([puller, done](const Result<sync::PullReport> &report) {
                puller->deleteLater();
                done(report ? QString() : report.error().message);
            });
        };
        return connection;
    };
}

} // namespace kcc::app
