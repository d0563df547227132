#pragma once

#include "model/sync/pullstore.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// PullStore over the local database: PulledRecords for the writes, sync_identiteit for the
// mapping, the accounts and afdeling memberships for "our" actoren.
class SqlPullStore final : public PullStore
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlPullStore)

public:
    explicit SqlPullStore(Database &database);

    Result<QUuid> storePulled(ApiResource resource, const QJsonObject &json) override;
    Result<std::optional<QUuid>> serverUuid(ApiResource resource, const QUuid &lokaal) override;
    Result<std::optional<QUuid>> localUuid(ApiResource resource, const QUuid &server) override;
    Result<QList<QUuid>> knownPartijen() override;
    Result<QList<QUuid>> ownActoren() override;

private:
    Result<QList<QUuid>> uuids(const QString &sql);

    Database &m_database;
};

} // namespace kcc::storage
