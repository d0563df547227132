#pragma once

#include <QObject>
#include <QTimer>

namespace kcc {
class LiveChanges;
}

namespace kcc::storage {

class Database;

// Keeps the seat's own connection to the KCC's PostgreSQL server (issue 13, item 6): when the
// server went away and is back (the change feed's `restored`), after a failure somebody reported
// (check()), and every `idle` as a heartbeat, it asks the connection for a round trip and opens
// it again when the server dropped it, retrying with growing waits (1, 2, 4, … 30 s) until it
// answers. While the feed reports the server away it does not try on this (the GUI) thread,
// where an unreachable host would hold the window for the connect timeout; the feed's own
// thread finds out when it is back. `connected` then tells what waits (the spool) to go.
class ConnectionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionKeeper)

public:
    // `changes` may be null (no feed: only check() and the heartbeat try). Both must outlive it.
    ConnectionKeeper(Database &database, LiveChanges *changes, int idleMilliseconds = 30000, QObject *parent = nullptr);
    ~ConnectionKeeper() override;

    // Tries now (unless the feed says the server is away).
    void check();
    bool serverAway() const { return m_serverAway; }

    static constexpr int firstRetryMilliseconds = 1000;
    static constexpr int longestRetryMilliseconds = 30000;

signals:
    // The connection answers (again, or still): what waited can be sent now.
    void connected();
    // Reconnecting failed; the next try follows by itself.
    void stillAway(const QString &reason);

private:
    void attempt();

    Database &m_database;
    QTimer m_retry;
    QTimer m_idle;
    int m_nextWait = firstRetryMilliseconds;
    bool m_serverAway = false;
};

} // namespace kcc::storage
