#include "storage/sync/syncbacklog.h"

#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/sync/syncoutbox.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kcc::storage {

namespace {

Result<qint64> waiting(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE status = 'wachtend'")) || !query.next())
        return StorageError::fromSql(query.lastError());
    return query.value(0).toLongLong();
}

} // namespace

Result<int> SyncBacklog::queueEverything(Database &database)
{
    // The tables in the order the server needs them (a record after what it refers to).
    const QList<QPair<ApiResource, QString>> order = {
        {ApiResource::Partijen, QStringLiteral("partij")},
        {ApiResource::PartijIdentificatoren, QStringLiteral("partij_identificator")},
        {ApiResource::Actoren, QStringLiteral("actor")},
        {ApiResource::Klantcontacten, QStringLiteral("klantcontact")},
        {ApiResource::Betrokkenen, QStringLiteral("betrokkene")},
        {ApiResource::DigitaleAdressen, QStringLiteral("digitaal_adres")},
        {ApiResource::Onderwerpobjecten, QStringLiteral("onderwerpobject")},
        {ApiResource::Bijlagen, QStringLiteral("bijlage")},
        {ApiResource::ActorKlantcontacten, QStringLiteral("actor_klantcontact")},
        {ApiResource::InterneTaken, QStringLiteral("interne_taak")},
    };
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    const Result<qint64> before = waiting(database);
    if (!before)
        return before.error();
    for (const auto &[resource, table] : order) {
        QList<QUuid> uuids;
        QSqlQuery query(database.connection());
        // The table names are the fixed list above, never input.
        if (!query.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY rowid").arg(table)))
            return StorageError::fromSql(query.lastError());
        while (query.next())
            uuids.append(QUuid::fromString(query.value(0).toString()));
        for (const QUuid &uuid : std::as_const(uuids)) {
            if (Result<> queued = SyncOutbox::ensureQueued(database, resource, uuid); !queued)
                return queued.error();
        }
    }
    const Result<qint64> after = waiting(database);
    if (!after)
        return after.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return int(after.value() - before.value());
}

} // namespace kcc::storage
