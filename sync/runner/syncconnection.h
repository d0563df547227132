#pragma once

#include "model/core/result.h"
#include "model/sync/pullstore.h"
#include "model/sync/synclog.h"
#include "model/sync/syncstore.h"

#include <QString>

#include <functional>
#include <memory>

namespace kcc::sync {

class OpenKlantClient;

// What the sync runner's thread works with, opened ON that thread: a database connection of its
// own (SQLite allows one connection per thread; on PostgreSQL it is a session of its own) behind
// the SyncStore. The store's shared_ptr owns the connection (app/werkplek/syncwiring.h).
struct SyncConnection
{
    std::shared_ptr<SyncStore> store;
    // Issue 14, item 3 (the Puller, built separately): run after every drained push, over the same
    // thread and connection; calls `done` with an empty string or the error's words. Empty: no pull.
    std::function<void(OpenKlantClient &client, std::function<void(const QString &error)> done)> pull;
    // Where the push worker writes each outcome for the beheerder (issue 14, item 6); may be null.
    std::shared_ptr<SyncLog> log;
    // Where the desk's own look-ups (SyncRunner::pull: the Zoeken tab, the klantbeeld's history)
    // store what they find, on this connection; null: the runner answers them with an error.
    std::shared_ptr<PullStore> pullStore;
};

// Called on the runner's thread each time it (re)connects.
using SyncConnectionFactory = std::function<Result<SyncConnection>()>;

} // namespace kcc::sync
