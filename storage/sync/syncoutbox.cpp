#include "storage/sync/syncoutbox.h"

#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"
#include "storage/resources/queries.h"
#include "storage/resources/rowcodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

Result<bool> exists(Database &database, const char *sql, ApiResource resource, const QUuid &lokaal)
{
    QSqlQuery query(database.connection());
    query.prepare(QString::fromLatin1(sql));
    query.addBindValue(resourcePath(resource));
    query.addBindValue(codec::uuidText(lokaal));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    return query.next();
}

// Advisory lock key of the outbox's numbering (5226 is the migrations').
constexpr qint64 outboxNumbering = 5227;

Result<> insertEntry(Database &database, ApiResource resource, const QUuid &lokaal, const QString &bewerking)
{
    // Entries are numbered max(id) + 1 in the writer's transaction; two seats must not read the same
    // max (found by bench_load: 23505 on sync_outbox's key with 20 seats). Held until commit, so the
    // numbers also become visible in order.
    if (Result<> locked = SqlDialect::lockUntilCommit(database.connection(), outboxNumbering); !locked)
        return locked;
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO sync_outbox (id, resource, lokaal_uuid, aangemaakt_op, bewerking)"
                                  " SELECT coalesce(max(id), 0) + 1, ?, ?, ?, ? FROM sync_outbox"));
    insert.addBindValue(resourcePath(resource));
    insert.addBindValue(codec::uuidText(lokaal));
    insert.addBindValue(codec::dateTimeText(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(bewerking);
    if (!insert.exec())
        return StorageError::fromSql(insert.lastError());
    return {};
}

} // namespace

Result<> SyncOutbox::ensureQueued(Database &database, ApiResource resource, const QUuid &lokaal)
{
    if (lokaal.isNull())
        return {};
    for (const char *sql : {"SELECT 1 FROM sync_identiteit WHERE resource = ? AND lokaal_uuid = ?",
                            "SELECT 1 FROM sync_outbox WHERE resource = ? AND lokaal_uuid = ? AND status <> 'geweigerd'"
                            " AND bewerking = 'aanmaken'"}) {
        const Result<bool> found = exists(database, sql, resource, lokaal);
        if (!found)
            return found.error();
        if (found.value())
            return {};
    }
    return insertEntry(database, resource, lokaal, QStringLiteral("aanmaken"));
}

Result<> SyncOutbox::queueRegistration(Database &database, const RegistrationPlan &plan,
                                       const RegistrationReceipt &receipt)
{
    QList<QPair<ApiResource, QUuid>> records;
    if (receipt.partij) {
        records.append({ApiResource::Partijen, *receipt.partij});
        for (const PartijIdentificator &identificator : identificatorenVanPartij(database, *receipt.partij))
            records.append({ApiResource::PartijIdentificatoren, identificator.uuid});
        // A new partij's addresses (variant C), or those of a partij known only here; the ones
        // already on the server (pulled or pushed) are skipped by ensureQueued.
        for (const DigitaalAdres &adres : digitaleAdressenVanPartij(database, *receipt.partij))
            records.append({ApiResource::DigitaleAdressen, adres.uuid});
    }
    for (const RegistrationPlan::Contact &contact : plan.contacten) {
        for (const ActorKlantcontact &link : contact.actoren)
            records.append({ApiResource::Actoren, link.actor});
        if (contact.interneTaak) {
            for (const QUuid &actor : contact.interneTaak->toegewezenAanActoren)
                records.append({ApiResource::Actoren, actor});
        }
    }
    for (const RegistrationPlan::Contact &contact : plan.contacten) {
        records.append({ApiResource::Klantcontacten, contact.klantcontact.uuid});
        records.append({ApiResource::Betrokkenen, contact.betrokkene.uuid});
        if (contact.vertegenwoordigde) {
            if (contact.vertegenwoordigde->wasPartij)
                records.append({ApiResource::Partijen, *contact.vertegenwoordigde->wasPartij});
            records.append({ApiResource::Betrokkenen, contact.vertegenwoordigde->uuid});
        }
        // The one-off contact details of this klantcontact refer to its betrokkene.
        for (const DigitaalAdres &adres : contact.betrokkeneAdressen)
            records.append({ApiResource::DigitaleAdressen, adres.uuid});
        for (const Onderwerpobject &object : contact.onderwerpobjecten)
            records.append({ApiResource::Onderwerpobjecten, object.uuid});
        for (const Bijlage &bijlage : contact.bijlagen)
            records.append({ApiResource::Bijlagen, bijlage.uuid});
        for (const ActorKlantcontact &link : contact.actoren)
            records.append({ApiResource::ActorKlantcontacten, link.uuid});
        if (contact.interneTaak)
            records.append({ApiResource::InterneTaken, contact.interneTaak->uuid});
    }
    for (const auto &[resource, uuid] : std::as_const(records)) {
        if (Result<> queued = ensureQueued(database, resource, uuid); !queued)
            return queued;
    }
    return {};
}

Result<> SyncOutbox::queueChange(Database &database, ApiResource resource, const QUuid &lokaal)
{
    if (lokaal.isNull())
        return {};
    // Known on the server, or on its way there (even refused: the change then waits behind it,
    // and the refusal stays the beheerder's to see): a change of its own. Never folded into an
    // earlier entry — the worker may already be sending that one with the state before this change.
    for (const char *sql :
         {"SELECT 1 FROM sync_identiteit WHERE resource = ? AND lokaal_uuid = ?",
          "SELECT 1 FROM sync_outbox WHERE resource = ? AND lokaal_uuid = ? AND bewerking = 'aanmaken'"}) {
        const Result<bool> found = exists(database, sql, resource, lokaal);
        if (!found)
            return found.error();
        if (found.value())
            return insertEntry(database, resource, lokaal, QStringLiteral("wijzigen"));
    }
    // A record the server has never seen (made before the sync was set up): created with its
    // current state.
    return ensureQueued(database, resource, lokaal);
}

Result<> SyncOutbox::queueRemoval(Database &database, ApiResource resource, const QUuid &lokaal)
{
    if (lokaal.isNull())
        return {};
    for (const char *sql :
         {"SELECT 1 FROM sync_identiteit WHERE resource = ? AND lokaal_uuid = ?",
          "SELECT 1 FROM sync_outbox WHERE resource = ? AND lokaal_uuid = ? AND status <> 'vervallen'"}) {
        const Result<bool> found = exists(database, sql, resource, lokaal);
        if (!found)
            return found.error();
        if (found.value())
            return insertEntry(database, resource, lokaal, QStringLiteral("verwijderen"));
    }
    return {};
}

} // namespace kcc::storage
