#include "storage/sync/sqlsyncstore.h"

#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/sync/syncbasis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

std::optional<ApiResource> resourceFromPath(const QString &path)
{
    for (int i = 0; i <= int(ApiResource::InterneTaken); ++i) {
        if (resourcePath(ApiResource(i)) == path)
            return ApiResource(i);
    }
    return std::nullopt;
}

template<typename T, typename... Relaties>
std::optional<QJsonObject> documentOf(Database &database, const QUuid &uuid, const Relaties &...relaties)
{
    const std::optional<T> record = Repository<T>(database).find(uuid);
    if (!record)
        return std::nullopt;
    return ApiJson().toJson(*record, relaties...);
}

QString fieldsJson(const FieldErrors &velden)
{
    QJsonArray array;
    for (const FieldError &veld : velden)
        array.append(QJsonObject{{QStringLiteral("name"), veld.field}, {QStringLiteral("reason"), veld.message}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

FieldErrors fieldsFromJson(const QString &text)
{
    FieldErrors velden;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        velden.append(
            {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("reason")).toString()});
    }
    return velden;
}

// A change the worker cannot send (issue 14, item 2): its record's create was refused (no server
// identity and no create waiting), or an earlier change of the record is held as a conflict (a
// removal waits behind such a conflict too: the beheerder decides first).
const char *const heldChange =
    "(o.bewerking = 'wijzigen' AND ((NOT EXISTS (SELECT 1 FROM sync_identiteit i WHERE i.resource = o.resource"
    " AND i.lokaal_uuid = o.lokaal_uuid) AND NOT EXISTS (SELECT 1 FROM sync_outbox a WHERE a.resource = o.resource"
    " AND a.lokaal_uuid = o.lokaal_uuid AND a.bewerking = 'aanmaken' AND a.status = 'wachtend'))"
    " OR EXISTS (SELECT 1 FROM sync_outbox c WHERE c.resource = o.resource AND c.lokaal_uuid = o.lokaal_uuid"
    " AND c.status = 'conflict')) OR (o.bewerking = 'verwijderen' AND EXISTS (SELECT 1 FROM sync_outbox c"
    " WHERE c.resource = o.resource AND c.lokaal_uuid = o.lokaal_uuid AND c.status = 'conflict')))";

} // namespace

SqlSyncStore::SqlSyncStore(Database &database)
    : m_database(database)
{
}

std::optional<QJsonObject> SqlSyncStore::document(ApiResource resource, const QUuid &lokaal)
{
    switch (resource) {
    case ApiResource::Partijen:
        return documentOf<Partij>(m_database, lokaal, PartijRelaties());
    case ApiResource::PartijIdentificatoren:
        return documentOf<PartijIdentificator>(m_database, lokaal);
    case ApiResource::DigitaleAdressen:
        return documentOf<DigitaalAdres>(m_database, lokaal);
    case ApiResource::Rekeningnummers:
        return documentOf<Rekeningnummer>(m_database, lokaal);
    case ApiResource::Vertegenwoordigingen:
        return documentOf<Vertegenwoordiging>(m_database, lokaal);
    case ApiResource::Klantcontacten:
        return documentOf<Klantcontact>(m_database, lokaal, KlantcontactRelaties());
    case ApiResource::Betrokkenen:
        return documentOf<Betrokkene>(m_database, lokaal, BetrokkeneRelaties());
    case ApiResource::Onderwerpobjecten:
        return documentOf<Onderwerpobject>(m_database, lokaal);
    case ApiResource::Bijlagen:
        return documentOf<Bijlage>(m_database, lokaal);
    case ApiResource::Actoren:
        return documentOf<Actor>(m_database, lokaal);
    case ApiResource::ActorKlantcontacten:
        return documentOf<ActorKlantcontact>(m_database, lokaal);
    case ApiResource::InterneTaken:
        return documentOf<InterneTaak>(m_database, lokaal);
    }
    return std::nullopt;
}

Result<std::optional<OutboxEntry>> SqlSyncStore::nextDue(const QDateTime &now)
{
    // On a shared PostgreSQL database every seat runs a sync runner over the one outbox: only the
    // seat holding the sender lock sends, so that no two seats post the same entry. The others see
    // nothing due (their indicator still counts what waits) and take over when its connection ends.
    constexpr qint64 senderLock = 5228;
    Result<bool> sender = SqlDialect::holdSessionLock(m_database.connection(), senderLock);
    if (!sender && sender.error().cause == Error::Cause::Unreachable) {
        // The server dropped the runner's own session (a restart, a failover): this round opens it
        // again, as a seat's WriteTransaction does, and takes the sender lock in the new session.
        if (Result<> reconnected = m_database.reconnect(); !reconnected)
            return reconnected.error();
        sender = SqlDialect::holdSessionLock(m_database.connection(), senderLock);
    }
    if (!sender)
        return sender.error();
    if (!sender.value())
        return std::optional<OutboxEntry>();
    for (;;) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT o.id, o.resource, o.lokaal_uuid, o.pogingen, o.onzeker, o.volgende_poging,"
                                     " o.bewerking FROM sync_outbox o WHERE o.status = 'wachtend' AND NOT ") %
                      QLatin1String(heldChange) % QLatin1String(" ORDER BY o.id LIMIT 1"));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("reading the sync outbox"));
        if (!query.next())
            return std::optional<OutboxEntry>();
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        const std::optional<ApiResource> resource = resourceFromPath(query.value(1).toString());
        entry.lokaal = QUuid::fromString(query.value(2).toString());
        entry.pogingen = query.value(3).toInt();
        entry.onzeker = query.value(4).toInt() != 0;
        const QString volgende = query.value(5).toString();
        if (query.value(6).toString() == QLatin1String("wijzigen"))
            entry.bewerking = OutboxEntry::Bewerking::Wijzigen;
        else if (query.value(6).toString() == QLatin1String("verwijderen"))
            entry.bewerking = OutboxEntry::Bewerking::Verwijderen;
        const QString path = query.value(1).toString();
        query.finish();
        if (!volgende.isEmpty() && codec::dateTimeFromText(volgende) > now)
            return std::optional<OutboxEntry>();
        if (resource && entry.bewerking == OutboxEntry::Bewerking::Verwijderen) {
            // The local row is gone; what is sent is the server's identity (kept until the DELETE
            // succeeds). Without one the server never had the record: nothing to remove.
            const Result<std::optional<ServerIdentity>> identity = serverIdentity(*resource, entry.lokaal);
            if (!identity)
                return identity.error();
            entry.resource = *resource;
            if (identity.value())
                return std::optional<OutboxEntry>(entry);
            if (Result<> settled = settleWithoutRecord(entry, path); !settled)
                return settled.error();
            continue;
        }
        const std::optional<QJsonObject> document =
            resource ? this->document(*resource, entry.lokaal) : std::optional<QJsonObject>();
        if (!document) {
            if (Result<> settled = settleWithoutRecord(entry, path); !settled)
                return settled.error();
            continue;
        }
        entry.resource = *resource;
        entry.document = *document;
        return std::optional<OutboxEntry>(entry);
    }
}

Result<> SqlSyncStore::settleWithoutRecord(const OutboxEntry &entry, const QString &resource)
{
    if (entry.bewerking == OutboxEntry::Bewerking::Verwijderen) {
        return update(QStringLiteral("UPDATE sync_outbox SET status = 'vervallen', onzeker = 0, laatste_fout = ?"
                                     " WHERE id = ?"),
                      {tr("Never on the server: nothing to remove."), entry.id});
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_outbox WHERE resource = ? AND lokaal_uuid = ? AND id > ?"
                                 " AND bewerking = 'verwijderen' AND status = 'wachtend'"));
    query.addBindValue(resource);
    query.addBindValue(codec::uuidText(entry.lokaal));
    query.addBindValue(entry.id);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the sync outbox"));
    const bool removedLater = query.next();
    query.finish();
    if (!removedLater || (entry.onzeker && entry.bewerking == OutboxEntry::Bewerking::Aanmaken)) {
        // Removed locally with no removal queued (or an unknown resource): nothing left to send.
        // A create whose answer was lost may be on the server, and without the record it can no
        // longer be looked up: the beheerder sees it instead of the server keeping it unnoticed.
        return markRefused(entry.id,
                           removedLater ? tr("Removed at the desk after an attempt that got no answer; it may be on "
                                             "the server and must be removed there.")
                                        : tr("The local record no longer exists."),
                           {});
    }
    // Removed at the desk before it was sent: the removal that follows settles it.
    return update(QStringLiteral("UPDATE sync_outbox SET status = 'vervallen', onzeker = 0, laatste_fout = ?"
                                 " WHERE id = ?"),
                  {tr("Removed at the desk before it was sent."), entry.id});
}

Result<std::optional<ServerIdentity>> SqlSyncStore::serverIdentity(ApiResource resource, const QUuid &lokaal)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT server_uuid, server_url FROM sync_identiteit"
                                 " WHERE resource = ? AND lokaal_uuid = ?"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(codec::uuidText(lokaal));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the server identities"));
    if (!query.next())
        return std::optional<ServerIdentity>();
    return std::optional<ServerIdentity>(
        ServerIdentity{QUuid::fromString(query.value(0).toString()), query.value(1).toString()});
}

Result<bool> SqlSyncStore::isServerUuidMapped(ApiResource resource, const QUuid &server)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_identiteit WHERE resource = ? AND server_uuid = ?"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(codec::uuidText(server));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the server identities"));
    return query.next();
}

Result<> SqlSyncStore::update(const QString &sql, const QVariantList &values)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("updating the sync outbox"));
    return transaction.commit();
}

Result<> SqlSyncStore::markUncertain(qint64 id)
{
    return update(QStringLiteral("UPDATE sync_outbox SET onzeker = 1, pogingen = pogingen + 1 WHERE id = ?"), {id});
}

Result<> SqlSyncStore::markSent(const OutboxEntry &entry, const ServerIdentity &identity)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<> mapped = mapIdentity(m_database, entry.resource, entry.lokaal, identity, QStringLiteral("lokaal"));
        !mapped)
        return mapped;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sync_outbox SET status = 'verzonden', onzeker = 0, laatste_fout = ''"
                                 " WHERE id = ?"));
    query.addBindValue(entry.id);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("updating the sync outbox"));
    return transaction.commit();
}

Result<> SqlSyncStore::markRetry(qint64 id, const QDateTime &notBefore, const QString &reason)
{
    return update(QStringLiteral("UPDATE sync_outbox SET volgende_poging = ?, laatste_fout = ? WHERE id = ?"),
                  {codec::dateTimeText(notBefore), reason, id});
}

Result<> SqlSyncStore::markRefused(qint64 id, const QString &reason, const FieldErrors &velden)
{
    return update(QStringLiteral("UPDATE sync_outbox SET status = 'geweigerd', laatste_fout = ?, ongeldige_velden = ?"
                                 " WHERE id = ?"),
                  {reason, fieldsJson(velden), id});
}

Result<OutboxStatus> SqlSyncStore::status()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT CASE WHEN o.status = 'wachtend' AND ") % QLatin1String(heldChange) %
                    QLatin1String(" THEN 'vastgehouden' ELSE o.status END AS toestand, count(*) FROM sync_outbox o"
                                  " GROUP BY toestand")))
        return StorageError::fromSql(query.lastError(), tr("reading the sync outbox"));
    OutboxStatus status;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const int count = query.value(1).toInt();
        if (name == QLatin1String("wachtend"))
            status.wachtend = count;
        else if (name == QLatin1String("geweigerd"))
            status.geweigerd = count;
        else if (name == QLatin1String("vastgehouden"))
            status.vastgehouden = count;
        else if (name == QLatin1String("conflict"))
            status.conflicten = count;
        else if (name == QLatin1String("verzonden"))
            status.verzonden = count;
    }
    return status;
}

Result<QList<OutboxRefusal>> SqlSyncStore::refusals()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, resource, lokaal_uuid, laatste_fout, ongeldige_velden FROM sync_outbox"
                                   " WHERE status = 'geweigerd' ORDER BY id")))
        return StorageError::fromSql(query.lastError(), tr("reading the sync outbox"));
    QList<OutboxRefusal> refusals;
    while (query.next()) {
        OutboxRefusal refusal;
        refusal.id = query.value(0).toLongLong();
        refusal.resource = resourceFromPath(query.value(1).toString()).value_or(ApiResource::Klantcontacten);
        refusal.lokaal = QUuid::fromString(query.value(2).toString());
        refusal.reden = query.value(3).toString();
        refusal.velden = fieldsFromJson(query.value(4).toString());
        refusals.append(refusal);
    }
    return refusals;
}

Result<> SqlSyncStore::mapIdentity(Database &database, ApiResource resource, const QUuid &lokaal,
                                   const ServerIdentity &identity, const QString &herkomst)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sync_identiteit (resource, lokaal_uuid, server_uuid, server_url, herkomst,"
                       " gesynchroniseerd_op) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (resource, lokaal_uuid) DO UPDATE SET server_uuid = excluded.server_uuid,"
                       " server_url = excluded.server_url, gesynchroniseerd_op = excluded.gesynchroniseerd_op"));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(codec::uuidText(lokaal));
    query.addBindValue(codec::uuidText(identity.uuid));
    query.addBindValue(identity.url);
    query.addBindValue(herkomst);
    query.addBindValue(codec::dateTimeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("recording a server identity"));
    return {};
}

Result<std::optional<QJsonObject>> SqlSyncStore::baseVersion(ApiResource resource, const QUuid &lokaal)
{
    return SyncBasis::find(m_database, resource, lokaal);
}

Result<> SqlSyncStore::markSynced(const OutboxEntry &entry, const ServerIdentity &identity,
                                  const QJsonObject &serverVersion)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<> mapped = mapIdentity(m_database, entry.resource, entry.lokaal, identity, QStringLiteral("lokaal"));
        !mapped)
        return mapped;
    if (Result<> based = SyncBasis::store(m_database, entry.resource, entry.lokaal, serverVersion); !based)
        return based;
    if (Result<> settled = settle(entry.id, QStringLiteral("verzonden")); !settled)
        return settled;
    return transaction.commit();
}

Result<> SqlSyncStore::markConflict(const OutboxEntry &entry, const QJsonObject &serverVersion)
{
    const auto json = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const Result<std::optional<QJsonObject>> basis = SyncBasis::find(m_database, entry.resource, entry.lokaal);
    if (!basis)
        return basis.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_conflict (id, outbox_id, resource, lokaal_uuid, basis, bureau,"
                                 " server, ontstaan_op) SELECT coalesce(max(id), 0) + 1, ?, ?, ?, ?, ?, ?, ?"
                                 " FROM sync_conflict"));
    query.addBindValue(entry.id);
    query.addBindValue(resourcePath(entry.resource));
    query.addBindValue(codec::uuidText(entry.lokaal));
    query.addBindValue(json(basis.value().value_or(QJsonObject())));
    query.addBindValue(json(entry.document));
    query.addBindValue(json(serverVersion));
    query.addBindValue(codec::dateTimeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("recording a conflict"));
    if (Result<> settled = settle(entry.id, QStringLiteral("conflict")); !settled)
        return settled;
    return transaction.commit();
}

Result<> SqlSyncStore::markRemoved(const OutboxEntry &entry)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    for (const char *sql : {"DELETE FROM sync_identiteit WHERE resource = ? AND lokaal_uuid = ?",
                            "DELETE FROM sync_basis WHERE resource = ? AND lokaal_uuid = ?"}) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(resourcePath(entry.resource));
        query.addBindValue(codec::uuidText(entry.lokaal));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("forgetting a removed record's server identity"));
    }
    if (Result<> settled = settle(entry.id, QStringLiteral("verzonden")); !settled)
        return settled;
    return transaction.commit();
}

Result<> SqlSyncStore::settle(qint64 id, const QString &status)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sync_outbox SET status = ?, onzeker = 0, laatste_fout = '' WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(id);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("updating the sync outbox"));
    return {};
}

} // namespace kcc::storage
