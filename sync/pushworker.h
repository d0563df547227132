#pragma once

#include "model/core/clock.h"
#include "model/sync/synclog.h"
#include "model/sync/syncstore.h"
#include "sync/apireply.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace kcc::sync {

class OpenKlantClient;

// Sends the outbox to Open Klant in queue (= dependency) order, one request at a time
// (issue 14, item 2). First slice: a QObject on the caller's thread, driven by a timer and the
// client's callbacks — not yet a thread of its own.
//
// Exactly once over an at-least-once network: before a POST the entry is marked uncertain; a
// timeout, a dropped connection or a 5xx leaves it uncertain and schedules a retry with
// exponential backoff and jitter; the retry first asks the server (RequestBody::lookupQuery)
// whether the object was stored and takes that one instead of posting again. A 408 or 429 is
// retried too, after the server's Retry-After when it sends one. Any other 4xx is a refusal,
// kept with the server's invalidParams for the beheerder and never retried; a refused token
// (401/403) stops the run without touching the entry.
//
// A removal is a DELETE of the server's record; a 404 after a lost answer means it is gone, so
// it ends as done as well.
//
// A change is a PATCH of the writable keys (idempotent: after a lost answer it is simply sent
// again). Before a partij is changed, the server's version is compared with the base of the last
// sync: when someone changed it on the server meanwhile, the change is held as a conflict for the
// beheerder instead of overwriting theirs.
class PushWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushWorker)

public:
    PushWorker(OpenKlantClient &client, SyncStore &store, Clock clock = {}, QObject *parent = nullptr);

    // First retry after `base`, doubling up to `max`, each with up to +-25 % jitter.
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds max);
    std::chrono::milliseconds backoffFor(int attempts) const;
    // A 408 or 429 with Retry-After waits what the server asked, up to this (a server that asks
    // for a day must not stop the desk's sync for a day); without the header, the backoff.
    void setRetryAfterMax(std::chrono::milliseconds max);

    // Starts sending; keeps going (waiting for retry times) until nothing waits, then emits drained().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Requests per kind, for the tests and the benchmark.
    int postsSent() const { return m_posts; }
    int lookupsSent() const { return m_lookups; }
    int patchesSent() const { return m_patches; }
    int getsSent() const { return m_gets; }
    int deletesSent() const { return m_deletes; }

signals:
    void drained();
    void entrySent(qint64 id, const QUuid &serverUuid);
    void entryRefused(qint64 id, const QString &reason);
    void stoppedOnError(const QString &message);
    // A change of a partij was held: the server's copy changed since the last sync (PartijConflicts).
    void entryConflict(qint64 id);
    // A transient failure (timeout, dropped connection, 5xx, or the server's "not now"): the entry
    // is tried again at `notBefore`. The sync runner reads this as "the server is away" (issue 14,
    // item 6) — unless `serverAskedToWait`: a 408/429 came from a server that is there and busy.
    void retryScheduled(qint64 id, const QDateTime &notBefore, const QString &reason, bool serverAskedToWait);

private:
    void step();
    void scheduleStep(std::chrono::milliseconds delay);
    void lookUp(const OutboxEntry &entry, const QJsonObject &body);
    void postEntry(const OutboxEntry &entry, const QJsonObject &body);
    void handleFailure(const OutboxEntry &entry, const ApiReply &reply);
    void fail(const Error &error);
    // Changes (bewerking Wijzigen): PATCH, for a partij after comparing the server's version with
    // the base of the last sync.
    void change(const OutboxEntry &entry, const QJsonObject &body);
    void compareAndPatch(const OutboxEntry &entry, const ServerIdentity &identity, const QJsonObject &body,
                         const QJsonObject &server);
    void patchEntry(const OutboxEntry &entry, const ServerIdentity &identity, const QJsonObject &body);
    // Removals (bewerking Verwijderen): DELETE by the server identity; 204 and 404 both mean done.
    void removeEntry(const OutboxEntry &entry);
    // An entry that cannot be sent at all: refused, logged and shown, never dropped.
    void refuseUnsendable(const OutboxEntry &entry, const QString &reason);
    void synced(const OutboxEntry &entry, const ServerIdentity &identity, const QJsonObject &server,
                const QString &bericht = {});

    OpenKlantClient &m_client;
    SyncStore &m_store;
    Clock m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_base{1000};
    std::chrono::milliseconds m_max{300000};
    std::chrono::milliseconds m_retryAfterMax{900000};
    bool m_running = false;
    int m_posts = 0;
    int m_lookups = 0;
    int m_patches = 0;
    int m_gets = 0;
    int m_deletes = 0;

public:
    // Where each outcome is written for the beheerder (issue 14, item 6); null = no log.
    void setLog(SyncLog *log) { m_log = log; }

private:
    void log(const OutboxEntry *entry, SyncUitkomst uitkomst, const QUuid &server, const QString &bericht);

    SyncLog *m_log = nullptr;
};

} // namespace kcc::sync
