#include "storage/sync/sqlpartijconflicts.h"

#include "model/taken/taaktoegang.h"
#include "storage/db/database.h"
#include "storage/db/retry.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/sync/syncbasis.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

const char *const columns = "SELECT id, outbox_id, lokaal_uuid, basis, bureau, server, ontstaan_op FROM sync_conflict"
                            " WHERE keuze IS NULL AND resource = 'partijen'";

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

PartijConflict conflictOf(const QSqlQuery &query)
{
    PartijConflict conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.outboxId = query.value(1).toLongLong();
    conflict.partij = QUuid::fromString(query.value(2).toString());
    conflict.basis = object(query.value(3));
    conflict.bureau = object(query.value(4));
    conflict.server = object(query.value(5));
    conflict.ontstaanOp = codec::dateTimeFromText(query.value(6).toString());
    return conflict;
}

} // namespace

SqlPartijConflicts::SqlPartijConflicts(Database &database)
    : m_database(database)
{
}

Result<QList<PartijConflict>> SqlPartijConflicts::open()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QString::fromLatin1(columns) % QLatin1String(" ORDER BY id")))
        return StorageError::fromSql(query.lastError(), tr("reading the sync conflicts"));
    QList<PartijConflict> conflicts;
    while (query.next())
        conflicts.append(conflictOf(query));
    return conflicts;
}

Result<PartijConflict> SqlPartijConflicts::openConflict(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(columns) % QLatin1String(" AND id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the sync conflicts"));
    if (!query.next())
        return Error{tr("This conflict has already been resolved."), {}};
    return conflictOf(query);
}

Result<> SqlPartijConflicts::takeServerVersion(const PartijConflict &conflict)
{
    Repository<Partij> partijen(m_database);
    const std::optional<Partij> local = partijen.find(conflict.partij);
    if (!local)
        return Error{tr("This partij no longer exists."), {}};
    QJsonObject merged = ApiJson().toJson(*local, PartijRelaties());
    for (const QString &key : PartijConflicts::syncVelden())
        merged.insert(key, conflict.server.value(key));
    Result<Partij> partij = ApiJson::partijFromJson(merged);
    if (!partij)
        return partij.error();
    return partijen.update(partij.value());
}

Result<> SqlPartijConflicts::resolve(const SignedInActor &beheerder, qint64 id, ConflictChoice choice)
{
    if (!TaakToegang::isBeheerder(beheerder))
        return Error{tr("Only a beheerder may resolve a conflict with the server."), {}};
    return retryOnConflict([&]() -> Result<> {
        WriteTransaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.error();
        const Result<PartijConflict> conflict = openConflict(id);
        if (!conflict)
            return conflict.error();
        const bool keepDesk = choice == ConflictChoice::KeepDesk;
        if (!keepDesk) {
            if (Result<> taken = takeServerVersion(conflict.value()); !taken)
                return taken;
        }
        // The server's version is the base from now on: KeepDesk's PATCH goes out against it.
        if (Result<> based =
                SyncBasis::store(m_database, ApiResource::Partijen, conflict.value().partij, conflict.value().server);
            !based)
            return based;
        QSqlQuery query(m_database.connection());
        query.prepare(keepDesk ? QStringLiteral("UPDATE sync_outbox SET status = 'wachtend', onzeker = 0,"
                                                " volgende_poging = NULL, laatste_fout = '' WHERE id = ?")
                               : QStringLiteral("UPDATE sync_outbox SET status = 'vervallen' WHERE id = ?"));
        query.addBindValue(conflict.value().outboxId);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("updating the sync outbox"));
        query.prepare(QStringLiteral("UPDATE sync_conflict SET keuze = ?, gekozen_door = ?, gekozen_op = ?"
                                     " WHERE id = ?"));
        query.addBindValue(keepDesk ? QStringLiteral("bureau") : QStringLiteral("server"));
        query.addBindValue(codec::uuidText(beheerder.actor));
        query.addBindValue(codec::dateTimeText(QDateTime::currentDateTimeUtc()));
        query.addBindValue(id);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("recording the choice"));
        return transaction.commit();
    });
}

} // namespace kcc::storage
