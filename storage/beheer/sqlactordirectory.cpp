#include "storage/beheer/sqlactordirectory.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repository.h"

#include <QSqlQuery>

namespace kcc::storage {

SqlActorDirectory::SqlActorDirectory(Database &database)
    : m_database(database)
{
}

Result<QList<Actor>> SqlActorDirectory::activeActors(SoortActor soort)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid FROM actor WHERE soort_actor = ? AND indicatie_actief = 1"
                                 " ORDER BY naam COLLATE NOCASE, rowid"));
    query.addBindValue(toCode(soort));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the colleagues"));
    QList<QUuid> uuids;
    while (query.next())
        uuids.append(QUuid::fromString(query.value(0).toString()));
    query.finish();
    Repository<Actor> actors(m_database);
    QList<Actor> result;
    for (const QUuid &uuid : uuids) {
        if (std::optional<Actor> actor = actors.find(uuid))
            result.append(*actor);
    }
    return result;
}

Result<std::optional<Actor>> SqlActorDirectory::find(const QUuid &actor)
{
    Repository<Actor> actors(m_database);
    return actors.find(actor);
}

} // namespace kcc::storage
