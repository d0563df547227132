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
    emit stoppedOnError(error.message);
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
    const Result<QJsonObject> body =
        RequestBody::build(entry.resource, entry.document, [this](ApiResource resource, const QUuid &lokaal) {
            const Result<std::optional<ServerIdentity>> identity = m_store.serverIdentity(resource, lokaal);
            return identity && identity.value() ? std::optional<QUuid>(identity.value()->uuid) : std::optional<QUuid>();
        });
    if (!body) {
        if (Result<> refused = m_store.markRefused(entry.id, body.error().message, body.error().fieldErrors); !refused)
            return fail(refused.error());
        emit entryRefused(entry.id, body.error().message);
        return scheduleStep(std::chrono::milliseconds(0));
    }
    if (entry.onzeker)
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
    m_client.listAll(entry.resource, *query, [this, entry, body](const Result<QList<QJsonObject>> &found) {
        if (!found) {
            ApiReply reply;
            reply.outcome = ApiReply::Outcome::NotReachable;
            reply.networkError = found.error().message;
            handleFailure(entry, reply);
            return;
        }
        for (const QJsonObject &candidate : found.value()) {
            const std::optional<ServerIdentity> identity = identityOf(candidate);
            if (!identity || !RequestBody::matches(body, candidate))
                continue;
            const Result<bool> mapped = m_store.isServerUuidMapped(entry.resource, identity->uuid);
            if (!mapped)
                return fail(mapped.error());
            if (mapped.value())
                continue; // another local record's twin
            if (Result<> sent = m_store.markSent(entry, *identity); !sent)
                return fail(sent.error());
            emit entrySent(entry.id, identity->uuid);
            return scheduleStep(std::chrono::milliseconds(0));
        }
        postEntry(entry, body);
    });
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
            if (Result<> sent = m_store.markSent(entry, *identity); !sent)
                return fail(sent.error());
            emit entrySent(entry.id, identity->uuid);
            return scheduleStep(std::chrono::milliseconds(0));
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
        emit entryRefused(entry.id, reason);
        return scheduleStep(std::chrono::milliseconds(0));
    }
    // Transient (timeout, dropped connection, 5xx) or anything unexpected: retry later; the entry
    // stays uncertain, so the retry looks first.
    const std::chrono::milliseconds delay = backoffFor(entry.pogingen + 1);
    const QDateTime notBefore = m_clock.now().addMSecs(delay.count());
    if (Result<> retry = m_store.markRetry(entry.id, notBefore, reply.describe()); !retry)
        return fail(retry.error());
    emit retryScheduled(entry.id, notBefore, reply.describe());
    scheduleStep(delay);
}

} // namespace kcc::sync
