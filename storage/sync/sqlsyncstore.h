#pragma once

#include "model/sync/syncstore.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// SyncStore over the sync tables (SyncSchema). Each mark* is its own short write transaction:
// the push worker records what it is about to do before it does it.
class SqlSyncStore final : public SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlSyncStore)

public:
    explicit SqlSyncStore(Database &database);

    Result<std::optional<OutboxEntry>> nextDue(const QDateTime &now) override;
    Result<std::optional<ServerIdentity>> serverIdentity(ApiResource resource, const QUuid &lokaal) override;
    Result<bool> isServerUuidMapped(ApiResource resource, const QUuid &server) override;
    Result<> markUncertain(qint64 id) override;
    Result<> markSent(const OutboxEntry &entry, const ServerIdentity &identity) override;
    Result<> markRetry(qint64 id, const QDateTime &notBefore, const QString &reason) override;
    Result<> markRefused(qint64 id, const QString &reason, const FieldErrors &velden) override;
    Result<OutboxStatus> status() override;
    Result<QList<OutboxRefusal>> refusals() override;
    Result<std::optional<QJsonObject>> baseVersion(ApiResource resource, const QUuid &lokaal) override;
    Result<> markSynced(const OutboxEntry &entry, const ServerIdentity &identity,
                        const QJsonObject &serverVersion) override;
    Result<> markConflict(const OutboxEntry &entry, const QJsonObject &serverVersion) override;
    Result<> markRemoved(const OutboxEntry &entry) override;

    // Records that a local record is this record on the server. `herkomst` is "lokaal" (pushed)
    // or "server" (pulled). Inside the caller's transaction.
    static Result<> mapIdentity(Database &database, ApiResource resource, const QUuid &lokaal,
                                const ServerIdentity &identity, const QString &herkomst);

private:
    Result<> update(const QString &sql, const QVariantList &values);
    // Within the caller's transaction: the entry is done with `status` ('verzonden', 'conflict').
    Result<> settle(qint64 id, const QString &status);
    // The record in the API's response shape with local uuids; nullopt when it no longer exists.
    std::optional<QJsonObject> document(ApiResource resource, const QUuid &lokaal);
    // An entry whose local record is gone, or a removal of a record the server never had: settled
    // without a request (vervallen, or refused when the server may hold it after a lost answer).
    Result<> settleWithoutRecord(const OutboxEntry &entry, const QString &resource);

    Database &m_database;
};

} // namespace kcc::storage
