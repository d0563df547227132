#include "storage/taken/taaklogwriter.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/takenstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

using takensql::jsonArray;
using takensql::nullableText;
using takensql::text;

Result<> writeTaakLog(Database &database, const TaakLogEntry &entry)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral(
            "INSERT INTO taak_log (taak, tijdstip, actor, actor_naam, actie, toegewezen_aan, toelichting,"
            " klantcontact, gelukt, gerelateerde_taak) VALUES (?, ?, ?, coalesce(?, ''), ?, ?, coalesce(?, ''), ?, "
            "?, ?)")))
        return StorageError::fromSql(query.lastError(), takensql::Text::tr("writing the task log"));
    query.addBindValue(text(entry.taak));
    query.addBindValue(codec::dateTimeText(entry.tijdstip));
    query.addBindValue(entry.actor.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text(entry.actor)));
    query.addBindValue(entry.actorNaam);
    query.addBindValue(toCode(entry.actie));
    query.addBindValue(jsonArray(entry.toegewezenAan));
    query.addBindValue(entry.toelichting);
    query.addBindValue(nullableText(entry.klantcontact));
    query.addBindValue(entry.gelukt ? QVariant(int(*entry.gelukt)) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(nullableText(entry.gerelateerdeTaak));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), takensql::Text::tr("writing the task log"));
    return {};
}

Result<> logTaakAangemaakt(Database &database, const InterneTaak &taak, const QUuid &door, const QDateTime &tijdstip)
{
    TaakLogEntry log;
    log.taak = taak.uuid;
    log.tijdstip = tijdstip;
    log.actor = door;
    log.actie = TaakLogActie::Aangemaakt;
    Repository<Actor> actors(database);
    if (!door.isNull()) {
        if (const std::optional<Actor> actor = actors.find(door))
            log.actorNaam = actor->naam;
    }
    for (const QUuid &uuid : taak.toegewezenAanActoren) {
        const std::optional<Actor> actor = actors.find(uuid);
        log.toegewezenAan << (actor ? actor->naam : text(uuid));
    }
    return writeTaakLog(database, log);
}

} // namespace kcc::storage
