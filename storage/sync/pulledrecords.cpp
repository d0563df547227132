#include "storage/sync/pulledrecords.h"

#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/resources/resourcetraits.h"
#include "storage/sync/serverreferences.h"
#include "storage/sync/sqlsyncstore.h"
#include "storage/sync/syncbasis.h"

#include <QSqlError>
#include <QSqlQuery>

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

namespace kcc::storage {

namespace {

class PullMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PulledRecords)

public:
    static QString missing(const QString &field, const QString &what, const QUuid &uuid)
    {
        return tr("%1 refers to %2 %3, which this desk does not have (yet).")
            .arg(field, what, uuid.toString(QUuid::WithoutBraces));
    }
};

template<typename T>
bool exists(Database &database, const QUuid &uuid)
{
    return Repository<T>(database).find(uuid).has_value();
}

// An optional reference to a record the desk does not have is left out.
template<typename T>
void dropDangling(Database &database, std::optional<QUuid> &reference)
{
    if (reference && !exists<T>(database, *reference))
        reference.reset();
}

template<typename T>
Result<> need(Database &database, const QString &field, const QUuid &uuid)
{
    if (exists<T>(database, uuid))
        return {};
    return Error{PullMessages::missing(field, QLatin1String(ResourceTraits<T>::table()), uuid),
                 {{field, PullMessages::missing(field, QLatin1String(ResourceTraits<T>::table()), uuid)}}};
}

Result<> resolve(Database &database, DigitaalAdres &adres)
{
    dropDangling<Partij>(database, adres.verstrektDoorPartij);
    dropDangling<Betrokkene>(database, adres.verstrektDoorBetrokkene);
    return {};
}

Result<> resolve(Database &, Klantcontact &)
{
    return {};
}

Result<> resolve(Database &database, Betrokkene &betrokkene)
{
    dropDangling<Partij>(database, betrokkene.wasPartij);
    return need<Klantcontact>(database, QStringLiteral("hadKlantcontact"), betrokkene.hadKlantcontact);
}

Result<> resolve(Database &database, Onderwerpobject &onderwerpobject)
{
    dropDangling<Klantcontact>(database, onderwerpobject.klantcontact);
    dropDangling<Klantcontact>(database, onderwerpobject.wasKlantcontact);
    return {};
}

Result<> resolve(Database &database, Bijlage &bijlage)
{
    return bijlage.wasBijlageVanKlantcontact ? need<Klantcontact>(database, QStringLiteral("wasBijlageVanKlantcontact"),
                                                                  *bijlage.wasBijlageVanKlantcontact)
                                             : Result<>();
}

Result<> resolve(Database &database, ActorKlantcontact &link)
{
    if (Result<> actor = need<Actor>(database, QStringLiteral("actor"), link.actor); !actor)
        return actor;
    return need<Klantcontact>(database, QStringLiteral("klantcontact"), link.klantcontact);
}

Result<> resolve(Database &database, InterneTaak &taak)
{
    for (const QUuid &actor : std::as_const(taak.toegewezenAanActoren)) {
        if (Result<> found = need<Actor>(database, QStringLiteral("toegewezenAanActoren"), actor); !found)
            return found;
    }
    return need<Klantcontact>(database, QStringLiteral("aanleidinggevendKlantcontact"),
                              taak.aanleidinggevendKlantcontact);
}

template<typename T>
Result<QUuid> storeOne(Database &database, ApiResource resource, const QJsonObject &json,
                       Result<T> (*parse)(const QJsonObject &))
{
    Result<T> parsed = parse(json);
    if (!parsed)
        return parsed.error();
    T record = std::move(parsed).value();
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<> resolved = resolve(database, record); !resolved)
        return resolved.error();
    if (Result<> stored = upsert(database, record); !stored)
        return stored.error();
    if (Result<> mapped =
            SqlSyncStore::mapIdentity(database, resource, record.uuid, identityOf(json), QStringLiteral("server"));
        !mapped)
        return mapped.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return record.uuid;
}

} // namespace

Result<QUuid> PulledRecords::store(Database &database, ApiResource resource, const QJsonObject &json)
{
    ServerReferences references(database);
    const QUuid server = QUuid::fromString(json.value(QStringLiteral("uuid")).toString());
    if (server.isNull())
        return Error{tr("The server sent a record of %1 without a uuid.").arg(resourcePath(resource)), {}};
    const Result<std::optional<ServerReferences::Local>> local = references.local(resource, server);
    if (!local)
        return local.error();
    if (local.value() && local.value()->herkomst == QLatin1String("lokaal"))
        return local.value()->uuid; // the desk's own record, back from the server: not a twin
    const QJsonObject translated = references.toLocal(json);
    switch (resource) {
    case ApiResource::Partijen:
        return storePartij(database, translated);
    case ApiResource::Actoren:
        return storeActor(database, translated);
    case ApiResource::DigitaleAdressen:
        return storeOne<DigitaalAdres>(database, resource, translated, &ApiJson::digitaalAdresFromJson);
    case ApiResource::Klantcontacten:
        return storeOne<Klantcontact>(database, resource, translated, &ApiJson::klantcontactFromJson);
    case ApiResource::Betrokkenen:
        return storeOne<Betrokkene>(database, resource, translated, &ApiJson::betrokkeneFromJson);
    case ApiResource::Onderwerpobjecten:
        return storeOne<Onderwerpobject>(database, resource, translated, &ApiJson::onderwerpobjectFromJson);
    case ApiResource::Bijlagen:
        return storeOne<Bijlage>(database, resource, translated, &ApiJson::bijlageFromJson);
    case ApiResource::ActorKlantcontacten:
        return storeOne<ActorKlantcontact>(database, resource, translated, &ApiJson::actorKlantcontactFromJson);
    case ApiResource::InterneTaken:
        return storeOne<InterneTaak>(database, resource, translated, &ApiJson::interneTaakFromJson);
    case ApiResource::PartijIdentificatoren:
    case ApiResource::Rekeningnummers:
    case ApiResource::Vertegenwoordigingen:
        break;
    }
    return Error{tr("Records of %1 are not pulled.").arg(resourcePath(resource)), {}};
}

Result<QSet<QUuid>> PulledRecords::fromServer(Database &database, ApiResource resource, const QList<QUuid> &lokaal)
{
    QSet<QUuid> found;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_identiteit WHERE resource = ? AND lokaal_uuid = ? AND "
                                 "herkomst = 'server'"));
    for (const QUuid &uuid : lokaal) {
        query.bindValue(0, resourcePath(resource));
        query.bindValue(1, uuid.toString(QUuid::WithoutBraces));
        if (!query.exec())
            return StorageError::fromSql(query.lastError());
        if (query.next())
            found.insert(uuid);
        query.finish();
    }
    return found;
}

} // namespace kcc::storage
