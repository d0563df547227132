#pragma once

#include "model/core/clock.h"
#include "model/sync/syncstatus.h"
#include "sync/pull/puller.h"
#include "sync/runner/syncconnection.h"
#include "sync/runner/syncrunneroptions.h"
#include "sync/syncsettings.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace kcc::sync {

class SyncLoop;

// The background sync with Open Klant (issue 14, item 2): a thread of its own with a database
// connection of its own, so that the desk never waits for the network or for the outbox. It sends
// what the desk queued when nudged and on a timer, keeps trying with backoff while the server is
// away ("offline since"), and reports a SyncStatus through a queued signal - never blocking the
// GUI thread. Lives on the thread that creates it (the GUI thread); the work runs on its thread.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    SyncRunner(SyncSettings settings, SyncConnectionFactory factory, SyncRunnerOptions options = {}, Clock clock = {},
               QObject *parent = nullptr);
    // Stops (see stop()).
    ~SyncRunner() override;

    void start();
    // Ends the thread: sending stops between two requests or aborts the one in flight (it stays
    // uncertain in the outbox and is looked up on the next start), and the connection is closed.
    // Waits for that, which takes milliseconds.
    void stop();
    bool isRunning() const;

    // Thread-safe: something was queued (a registration, task or partij change committed).
    void nudge();

    // Thread-safe: a pull the desk asks for (a partij look-up, a partij's history), started by
    // `start` on the runner's thread over its client and connection, beside the push. Answered
    // with pullFinished and the returned ticket, also when the runner is not running.
    quint64 pull(std::function<void(Puller &, Puller::Done)> start);

    // The last status the thread reported (on this object's thread).
    SyncStatus status() const { return m_status; }
    // Requests sent since start(): POSTs and look-ups; read them after stop().
    int postsSent() const { return m_posts; }
    int lookupsSent() const { return m_lookups; }
    // Pulls started after drained pushes since start(); read after stop().
    int pullsStarted() const { return m_pulls; }

signals:
    void statusChanged(const kcc::SyncStatus &status);
    // `error` empty: the pull went well; `partijen` are the local uuids a look-up found.
    void pullFinished(quint64 ticket, const QList<QUuid> &partijen, int stored, const QString &error);

private:
    SyncSettings m_settings;
    SyncConnectionFactory m_factory;
    SyncRunnerOptions m_options;
    Clock m_clock;
    QThread *m_thread = nullptr;
    SyncLoop *m_loop = nullptr;
    mutable QMutex m_loopMutex; // nudge() may come from any thread while stop() clears m_loop
    SyncStatus m_status;
    int m_posts = 0;
    int m_lookups = 0;
    int m_pulls = 0;
    std::atomic<quint64> m_nextTicket{1};
};

} // namespace kcc::sync
