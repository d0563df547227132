#include "storage/taken/taaklogreader.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/resources/rowcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kcc::storage {

QStringList stringsFromJsonArray(const QString &json)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        values << value.toString();
    return values;
}

Result<QList<TaakLogEntry>> readTaakLog(Database &database, const QUuid &taak)
{
    QSqlQuery query(database.connection());
    Sql::streamRows(query);
    query.prepare(QStringLiteral("SELECT tijdstip, actor, actor_naam, actie, toegewezen_aan, toelichting, klantcontact,"
                                 " gelukt, gerelateerde_taak FROM taak_log WHERE taak = ? ORDER BY id"));
    query.addBindValue(codec::uuidText(taak));
    if (!query.exec()) {
        return StorageError::fromSql(
            query.lastError(),
            QCoreApplication::translate("kcc::storage::SqlKlantcontactDetailService", "reading the task log"));
    }
    QList<TaakLogEntry> log;
    while (query.next()) {
        TaakLogEntry entry;
        entry.taak = taak;
        entry.tijdstip = codec::dateTimeFromText(query.value(0).toString());
        if (!query.isNull(1))
            entry.actor = QUuid::fromString(query.value(1).toString());
        entry.actorNaam = query.value(2).toString();
        entry.actie = taakLogActieFromCode(query.value(3).toString()).value_or(TaakLogActie::Aangemaakt);
        entry.toegewezenAan = stringsFromJsonArray(query.value(4).toString());
        entry.toelichting = query.value(5).toString();
        if (!query.isNull(6))
            entry.klantcontact = QUuid::fromString(query.value(6).toString());
        if (!query.isNull(7))
            entry.gelukt = query.value(7).toBool();
        if (!query.isNull(8))
            entry.gerelateerdeTaak = QUuid::fromString(query.value(8).toString());
        log.append(entry);
    }
    return log;
}

} // namespace kcc::storage
