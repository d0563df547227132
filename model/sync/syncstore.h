#pragma once

#include "model/core/result.h"
#include "model/sync/outboxentry.h"

#include <optional>
#include <QList>

namespace kcc {

// The local side of the sync with Open Klant: the outbox the desk fills in the same transaction as
// its registrations, and the mapping between local and server identities. Implemented in
// storage/sync; used by the push worker in sync/.
class SyncStore
{
public:
    virtual ~SyncStore() = default;

    // The first entry not yet sent or refused, in queue order, when it is due at `now`; nullopt
    // when the outbox is empty or the first entry waits for its retry time (later entries wait
    // behind it: they may depend on it).
    virtual Result<std::optional<OutboxEntry>> nextDue(const QDateTime &now) = 0;
    virtual Result<std::optional<ServerIdentity>> serverIdentity(ApiResource resource, const QUuid &lokaal) = 0;
    // True when some local record of `resource` is already mapped to this server uuid.
    virtual Result<bool> isServerUuidMapped(ApiResource resource, const QUuid &server) = 0;

    // Recorded BEFORE a POST leaves, so that even a crash during the request makes the next
    // attempt look the object up first.
    virtual Result<> markUncertain(qint64 id) = 0;
    virtual Result<> markSent(const OutboxEntry &entry, const ServerIdentity &identity) = 0;
    virtual Result<> markRetry(qint64 id, const QDateTime &notBefore, const QString &reason) = 0;
    virtual Result<> markRefused(qint64 id, const QString &reason, const FieldErrors &velden) = 0;

    virtual Result<OutboxStatus> status() = 0;
    virtual Result<QList<OutboxRefusal>> refusals() = 0;

    // Changes (issue 14, items 2 and 5). The server's version of a record as it was at the last
    // push or pull: what a change is compared against before it is sent; nullopt when unknown.
    virtual Result<std::optional<QJsonObject>> baseVersion(ApiResource resource, const QUuid &lokaal) = 0;
    // The server stored the entry (POST or PATCH) and answered `serverVersion`: the identity is
    // mapped, the answer becomes the new base and the entry is sent — one transaction.
    virtual Result<> markSynced(const OutboxEntry &entry, const ServerIdentity &identity,
                                const QJsonObject &serverVersion) = 0;
    // The record changed on the server since the base: the entry is held as 'conflict' with both
    // versions for the beheerder (PartijConflicts), nothing is sent.
    virtual Result<> markConflict(const OutboxEntry &entry, const QJsonObject &serverVersion) = 0;
    // The server removed the record (a DELETE answered 204, or 404: already gone): the entry is
    // sent and the record's identity and base are forgotten — one transaction.
    virtual Result<> markRemoved(const OutboxEntry &entry) = 0;
};

} // namespace kcc
