#include "storage/privacy/inzagepersoon.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"

#include <QSqlQuery>

namespace kcc::storage {

Result<std::optional<InzagePersoon>> InzagePersoon::zoek(Database &database, const InzageVraag &vraag)
{
    QSqlQuery query(database.connection());
    if (!vraag.bsn.isEmpty()) {
        query.prepare(QStringLiteral("SELECT identificeerde_partij FROM partij_identificator"
                                     " WHERE code_soort_object_id = 'bsn' AND object_id = ?"
                                     " AND identificeerde_partij IS NOT NULL ORDER BY rowid LIMIT 1"));
        query.addBindValue(vraag.bsn);
        if (!query.exec())
            return Sql::error(tr("look up the partij of the BSN"), query.lastError());
        InzagePersoon persoon{query.next() ? QUuid::fromString(query.value(0).toString()) : QUuid(), vraag.bsn};
        return std::optional<InzagePersoon>(persoon);
    }
    const QString partij = vraag.partij.toString(QUuid::WithoutBraces);
    query.prepare(QStringLiteral("SELECT p.uuid, (SELECT i.object_id FROM partij_identificator i"
                                 " WHERE i.identificeerde_partij = p.uuid AND i.code_soort_object_id = 'bsn')"
                                 " FROM partij p WHERE p.uuid = ?"));
    query.addBindValue(partij);
    if (!query.exec())
        return Sql::error(tr("look up the partij"), query.lastError());
    if (!query.next())
        return std::optional<InzagePersoon>();
    return std::optional<InzagePersoon>(InzagePersoon{vraag.partij, query.value(1).toString()});
}

} // namespace kcc::storage
