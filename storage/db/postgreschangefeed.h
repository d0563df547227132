#pragma once

#include "model/core/livechanges.h"
#include "model/core/result.h"

#include <QThread>

#include <chrono>
#include <memory>

namespace kcc::storage {

class Database;

// LiveChanges on the KCC's PostgreSQL server (issue 13, items 5 and 6): a connection of its own, on
// a thread of its own, LISTENs on the channel that the triggers of PostgresNotifications notify at
// every commit that changes a shared queue, and checks every `heartbeat` that the server is still
// there. When it is not, `lost` is emitted once and the listener reconnects by itself; `restored`
// follows when it is back. Connecting never blocks the GUI thread.
class PostgresChangeFeed final : public LiveChanges
{
    Q_OBJECT

public:
    // Listens on the database of `source` with its credentials. `source` must outlive the feed.
    explicit PostgresChangeFeed(const Database &source, std::chrono::milliseconds heartbeat = std::chrono::seconds(2),
                                QObject *parent = nullptr);
    ~PostgresChangeFeed() override;

    static QString channel() { return QStringLiteral("kcc_wijziging"); }

signals:
    // The first LISTEN is in place (tests wait for it before they write).
    void listening();

private:
    QThread m_thread;
};

} // namespace kcc::storage
