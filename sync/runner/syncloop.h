#pragma once

#include "model/core/clock.h"
#include "model/sync/syncstatus.h"
#include "sync/pull/puller.h"
#include "sync/runner/syncconnection.h"
#include "sync/runner/syncrunneroptions.h"
#include "sync/syncsettings.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace kcc::sync {

class PushWorker;

// The sync runner's half on its own thread: opens the connection there, drives the push worker
// (and the pull hook) on nudges and on a timer, and turns what happens into a SyncStatus. Every
// slot runs on the thread; SyncRunner calls them queued.
class SyncLoop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLoop)

public:
    SyncLoop(SyncSettings settings, SyncConnectionFactory factory, SyncRunnerOptions options, Clock clock);
    ~SyncLoop() override;

    void begin();
    // Something was queued: send it now unless a run is under way (it picks the entry up).
    void nudge();
    // Stops sending and closes the connection. A POST in flight stays marked uncertain in the
    // outbox, so the next start looks it up before it sends again: nothing is lost or doubled.
    void shutdown();

    // A look-up the desk asked for (SyncRunner::pull), beside the push on the same client and
    // connection; answered with pullFinished.
    void pullNow(quint64 ticket, const std::function<void(Puller &, Puller::Done)> &start);

    // Requests sent since begin(), for the tests and the benchmark.
    int postsSent() const;
    int lookupsSent() const;
    // Pulls started after a drained push (at most one per SyncRunnerOptions::pullInterval).
    int pullsStarted() const;

signals:
    void statusChanged(const kcc::SyncStatus &status);
    void pullFinished(quint64 ticket, const QList<QUuid> &partijen, int stored, const QString &error);

private:
    bool connectStore();
    void cycle();
    void onDrained();
    // A retry is scheduled; `askedToWaitUntil` is valid when the server asked to wait (408/429).
    void onRetry(const QString &reason, const QDateTime &askedToWaitUntil);
    void onStopped(const QString &message);
    void scheduleStatus();
    void publishStatus();

    SyncSettings m_settings;
    SyncConnectionFactory m_factory;
    SyncRunnerOptions m_options;
    Clock m_clock;
    std::optional<SyncConnection> m_connection;
    std::unique_ptr<OpenKlantClient> m_client;
    std::unique_ptr<PushWorker> m_push;
    QTimer m_interval;
    QTimer m_statusTimer;
    SyncStatus m_status;
    SyncStatus m_published;
    // The desk's look-ups under way, by ticket: ended (and answered) before the client goes.
    std::map<quint64, Puller *> m_lookups;
    bool m_pulling = false;
    QDateTime m_lastPull; // by m_clock; invalid before the first
    int m_pulls = 0;
    bool m_stopped = false;
    int m_postsBefore = 0;
    int m_lookupsBefore = 0;
};

} // namespace kcc::sync
