#include "sync/pushworker.h"

#include "sync/openklantclient.h"
#include "sync/requestbody.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace kcc::sync {

namespace {

std::optional<ServerIdentity> identityOf(const QJsonObject &object)
{
    const QUuid uuid = QUuid::fromString(object.value(QStringLiteral("uuid")).toString());
    if (uuid.isNull())
        return std::nullopt;
    return ServerIdentity{uuid, object.value(QStringLiteral("url")).toString()};
}

} // namespace

PushWorker::PushWorker(OpenKlantClient &client, SyncStore &store, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PushWorker::step);
}

void PushWorker::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    m_base = base;
    m_max = max;
}

void PushWorker::setRetryAfterMax(std::chrono::milliseconds max)
{
    m_retryAfterMax = max;
}

std::chrono::milliseconds PushWorker::backoffFor(int attempts) const
{
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 plain = std::min<qint64>(m_base.count() << doublings, m_max.count());
    const qint64 spread = plain / 4;
    const qint64 jitter = spread > 0 ? QRandomGenerator::global()->bounded(2 * spread + 1) - spread : 0;
    return std::chrono::milliseconds(std::max<qint64>(0, plain + jitter));
}

void PushWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    scheduleStep(std::chrono::milliseconds(0));
}

void PushWorker::stop()
{
    m_running = false;
    m_timer.stop();
}

void PushWorker::scheduleStep(std::chrono::milliseconds delay)
{
    if (m_running)
        m_timer.start(delay);
}

void PushWorker::fail(const Error &error)
{
    stop();
    log(nullptr, SyncUitkomst::Gestopt, {}, error.message);
    emit stoppedOnError(error.message);
}

void PushWorker::log(const OutboxEntry *entry, SyncUitkomst uitkomst, const QUuid &server, const QString &bericht)
{
    if (!m_log)
        return;
    SyncLogRegel regel;
    regel.tijd = m_clock.now();
    regel.richting = SyncRichting::Push;
    regel.resource = entry ? resourcePath(entry->resource) : QString();
    regel.lokaal = entry ? entry->lokaal : QUuid();
    regel.server = server;
    regel.uitkomst = uitkomst;
    regel.bericht = bericht;
    // The log is for reading afterwards; a line it cannot take must not stop the sending.
    if (const Result<> written = m_log->append(regel); !written)
        qWarning("sync log: %s", qPrintable(written.error().message));
}

void PushWorker::step()
{
    if (!m_running)
        return;
    const QDateTime now = m_clock.now();
    const Result<std::optional<OutboxEntry>> next = m_store.nextDue(now);
    if (!next)
        return fail(next.error());
    if (!next.value()) {
        const Result<OutboxStatus> status = m_store.status();
        if (status && status.value().wachtend == 0) {
            stop();
            emit drained();
            return;
        }
        // The first entry waits for its retry time; look again shortly.
        scheduleStep(std::min(m_base, std::chrono::milliseconds(1000)));
        return;
    }
    const OutboxEntry entry = *next.value();
    if (entry.bewerking == OutboxEntry::Bewerking::Verwijderen)
        return removeEntry(entry);
    const Result<QJsonObject> body =
        RequestBody::build(entry.resource, entry.document, [this](ApiResource resource, const QUuid &lokaal) {
            const Result<std::optional<ServerIdentity>> identity = m_store.serverIdentity(resource, lokaal);
            return identity && identity.value() ? std::optional<QUuid>(identity.value()->uuid) : std::optional<QUuid>();
        });
    if (!body) {
        if (Result<> refused = m_store.markRefused(entry.id, body.error().message, body.error().fieldErrors); !refused)
            return fail(refused.error());
        log(&entry, SyncUitkomst::Geweigerd, {}, body.error().message);
        emit entryRefused(entry.id, body.error().message);
        return scheduleStep(std::chrono::milliseconds(0));
    }
    if (entry.bewerking == OutboxEntry::Bewerking::Wijzigen)
        change(entry, body.value());
    else if (entry.onzeker)
        lookUp(entry, body.value());
    else
        postEntry(entry, body.value());
}

void PushWorker::lookUp(const OutboxEntry &entry, const QJsonObject &body)
{
    const std::optional<QUrlQuery> query = RequestBody::lookupQuery(entry.resource, body);
    if (!query) {
        // No filter can tell; posting again risks a duplicate, losing the record is worse.
        postEntry(entry, body);
        return;
    }
    ++m_lookups;
    const OpenKlantClient::ListReplyHandler handler = [this, entry, body](const std::optional<ApiReply> &failure,
                                                                          const QList<QJsonObject> &found) {
        if (failure) {
            // The look-up's own answer decides: a 429 waits as long as the server asked, a 401
            // stops. Any other 4xx of a look-up is not the entry's fault: retried, never refused.
            if (failure->isClientError() && !failure->isAuthError()) {
                ApiReply retry;
                retry.outcome = ApiReply::Outcome::NotReachable;
                retry.networkError = failure->describe();
                return handleFailure(entry, retry);
            }
            return handleFailure(entry, *failure);
        }
        for (const QJsonObject &candidate : found) {
            const std::optional<ServerIdentity> identity = identityOf(candidate);
            if (!identity || !RequestBody::matches(body, candidate))
                continue;
            const Result<bool> mapped = m_store.isServerUuidMapped(entry.resource, identity->uuid);
            if (!mapped)
                return fail(mapped.error());
            if (mapped.value())
                continue; // another local record's twin
            return synced(entry, *identity, candidate,
                          tr("Found on the server after an attempt without an answer; not sent again."));
        }
        postEntry(entry, body);
    };
    m_client.listAll(entry.resource, *query, handler);
}

void PushWorker::postEntry(const OutboxEntry &entry, const QJsonObject &body)
{
    if (Result<> marked = m_store.markUncertain(entry.id); !marked)
        return fail(marked.error());
    ++m_posts;
    m_client.post(entry.resource, body, [this, entry](const ApiReply &reply) {
        if (reply.isSuccess()) {
            const std::optional<ServerIdentity> identity = identityOf(reply.object());
            if (!identity) {
                ApiReply odd = reply;
                odd.status = 502; // an answer without the uuid it must carry: try again (looking it up)
                return handleFailure(entry, odd);
            }
            return synced(entry, *identity, reply.object());
        }
        handleFailure(entry, reply);
    });
}

void PushWorker::handleFailure(const OutboxEntry &entry, const ApiReply &reply)
{
    if (reply.isAuthError())
        return fail(Error{reply.describe(), {}});
    if (reply.isClientError()) {
        const QString reason = reply.describe();
        if (Result<> refused = m_store.markRefused(entry.id, reason, reply.invalidParams()); !refused)
            return fail(refused.error());
        log(&entry, SyncUitkomst::Geweigerd, {}, reason);
        emit entryRefused(entry.id, reason);
        return scheduleStep(std::chrono::milliseconds(0));
    }
    // Transient (timeout, dropped connection, 5xx, 408, 429) or anything unexpected: retry later;
    // the entry stays uncertain, so the retry looks first. When the server said how long to wait,
    // at least that (and at least the first backoff step), but never more than the cap.
    const std::optional<std::chrono::milliseconds> asked = reply.retryAfter(m_clock.now());
    const std::chrono::milliseconds delay =
        asked ? std::clamp(*asked, std::min(m_base, m_retryAfterMax), m_retryAfterMax) : backoffFor(entry.pogingen + 1);
    const QDateTime notBefore = m_clock.now().addMSecs(delay.count());
    if (Result<> retry = m_store.markRetry(entry.id, notBefore, reply.describe()); !retry)
        return fail(retry.error());
    const bool offline =
        reply.outcome == ApiReply::Outcome::TimedOut || reply.outcome == ApiReply::Outcome::NotReachable;
    log(&entry, offline ? SyncUitkomst::Offline : SyncUitkomst::Opnieuw, {},
        tr("%1 Next attempt in %n second(s).", nullptr, int((delay.count() + 999) / 1000)).arg(reply.describe()));
    emit retryScheduled(entry.id, notBefore, reply.describe(), reply.isNotNow());
    scheduleStep(delay);
}

void PushWorker::synced(const OutboxEntry &entry, const ServerIdentity &identity, const QJsonObject &server,
                        const QString &bericht)
{
    if (Result<> sent = m_store.markSynced(entry, identity, server); !sent)
        return fail(sent.error());
    log(&entry, SyncUitkomst::Verzonden, identity.uuid, bericht);
    emit entrySent(entry.id, identity.uuid);
    scheduleStep(std::chrono::milliseconds(0));
}

void PushWorker::change(const OutboxEntry &entry, const QJsonObject &body)
{
    const Result<std::optional<ServerIdentity>> identity = m_store.serverIdentity(entry.resource, entry.lokaal);
    if (!identity)
        return fail(identity.error());
    if (!identity.value()) {
        // The store holds such changes back (SyncStore::nextDue); should one come through, it
        // cannot be sent and must not be lost silently.
        return refuseUnsendable(entry, tr("The record is not on the server, so its change cannot be sent."));
    }
    // An attempt has started (counts for the backoff); the flag means nothing more for a PATCH.
    if (Result<> marked = m_store.markUncertain(entry.id); !marked)
        return fail(marked.error());
    const ServerIdentity server = *identity.value();
    if (entry.resource != ApiResource::Partijen)
        return patchEntry(entry, server, body);
    ++m_gets;
    m_client.getOne(entry.resource, server.uuid, [this, entry, server, body](const ApiReply &reply) {
        if (!reply.isSuccess())
            return handleFailure(entry, reply);
        compareAndPatch(entry, server, body, reply.object());
    });
}

void PushWorker::compareAndPatch(const OutboxEntry &entry, const ServerIdentity &identity, const QJsonObject &body,
                                 const QJsonObject &server)
{
    const Result<std::optional<QJsonObject>> base = m_store.baseVersion(entry.resource, entry.lokaal);
    if (!base)
        return fail(base.error());
    if (base.value() && RequestBody::sameVersion(entry.resource, *base.value(), server))
        return patchEntry(entry, identity, body);
    // The server holds the desk's version already (both made the same change): nothing to send.
    if (RequestBody::sameVersion(entry.resource, entry.document, server))
        return synced(entry, identity, server);
    // Changed on the server since the last sync (or never compared): the beheerder chooses.
    if (Result<> held = m_store.markConflict(entry, server); !held)
        return fail(held.error());
    log(&entry, SyncUitkomst::Conflict, identity.uuid,
        tr("Changed on the desk and on the server since the last sync; the beheerder chooses."));
    emit entryConflict(entry.id);
    scheduleStep(std::chrono::milliseconds(0));
}

void PushWorker::patchEntry(const OutboxEntry &entry, const ServerIdentity &identity, const QJsonObject &body)
{
    ++m_patches;
    m_client.patch(entry.resource, identity.uuid, body, [this, entry, identity](const ApiReply &reply) {
        if (reply.isSuccess())
            return synced(entry, identity, reply.object());
        handleFailure(entry, reply);
    });
}

void PushWorker::refuseUnsendable(const OutboxEntry &entry, const QString &reason)
{
    if (Result<> refused = m_store.markRefused(entry.id, reason, {}); !refused)
        return fail(refused.error());
    log(&entry, SyncUitkomst::Geweigerd, {}, reason);
    emit entryRefused(entry.id, reason);
    scheduleStep(std::chrono::milliseconds(0));
}

void PushWorker::removeEntry(const OutboxEntry &entry)
{
    const Result<std::optional<ServerIdentity>> identity = m_store.serverIdentity(entry.resource, entry.lokaal);
    if (!identity)
        return fail(identity.error());
    if (!identity.value()) {
        // The store settles removals of records the server never had (SyncStore::nextDue);
        // should one come through, it must not be lost silently.
        return refuseUnsendable(entry, tr("The record is not on the server, so its removal cannot be sent."));
    }
    if (Result<> marked = m_store.markUncertain(entry.id); !marked)
        return fail(marked.error());
    const ServerIdentity server = *identity.value();
    ++m_deletes;
    m_client.remove(entry.resource, server.uuid, [this, entry, server](const ApiReply &reply) {
        const bool gone = reply.outcome == ApiReply::Outcome::Answered && reply.status == 404;
        if (!reply.isSuccess() && !gone)
            return handleFailure(entry, reply);
        if (Result<> removed = m_store.markRemoved(entry); !removed)
            return fail(removed.error());
        log(&entry, SyncUitkomst::Verzonden, server.uuid,
            gone ? tr("Removed on the server (it was already gone).") : tr("Removed on the server."));
        emit entrySent(entry.id, server.uuid);
        scheduleStep(std::chrono::milliseconds(0));
    });
}

} // namespace kcc::sync
