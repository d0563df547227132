#include "storage/sync/pulledrecords.h"

#include "model/apijson/apijson.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/sync/sqlsyncstore.h"
#include "storage/sync/syncbasis.h"

namespace kcc::storage {

namespace {

ServerIdentity identityOf(const QJsonObject &json)
{
    return {QUuid::fromString(json.value(QStringLiteral("uuid")).toString()),
            json.value(QStringLiteral("url")).toString()};
}

template<typename T>
Result<> upsert(Database &database, const T &record)
{
    Repository<T> repository(database);
    return repository.find(record.uuid) ? repository.update(record) : repository.insert(record);
}

} // namespace

Result<QUuid> PulledRecords::storePartij(Database &database, const QJsonObject &json)
{
    PartijInvoer invoer;
    Result<Partij> partij = ApiJson::partijFromJson(json, &invoer);
    if (!partij)
        return partij.error();
    Partij record = partij.value();
    // Addresses and accounts are not pulled in this slice: no dangling voorkeur references.
    record.voorkeursDigitaalAdres.reset();
    record.voorkeursRekeningnummer.reset();
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<> stored = upsert(database, record); !stored)
        return stored.error();
    if (Result<> mapped = SqlSyncStore::mapIdentity(database, ApiResource::Partijen, record.uuid, identityOf(json),
                                                    QStringLiteral("server"));
        !mapped)
        return mapped.error();
    // The base a later change at the desk is compared with (conflicts, issue 14 item 5).
    if (Result<> based = SyncBasis::store(database, ApiResource::Partijen, record.uuid, json); !based)
        return based.error();
    for (const PartijIdentificator &identificator : std::as_const(invoer.partijIdentificatoren)) {
        if (Result<> stored = upsert(database, identificator); !stored)
            return stored.error();
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return record.uuid;
}

Result<QUuid> PulledRecords::storeActor(Database &database, const QJsonObject &json)
{
    Result<Actor> actor = ApiJson::actorFromJson(json);
    if (!actor)
        return actor.error();
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<> stored = upsert(database, actor.value()); !stored)
        return stored.error();
    if (Result<> mapped = SqlSyncStore::mapIdentity(database, ApiResource::Actoren, actor.value().uuid,
                                                    identityOf(json), QStringLiteral("server"));
        !mapped)
        return mapped.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return actor.value().uuid;
}

} // namespace kcc::storage
