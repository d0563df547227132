#include "storage/taken/takenstore.h"

#include "model/taken/werkdagen.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/takenschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

namespace takensql {

QString text(const QUuid &uuid)
{
    return codec::uuidText(uuid);
}

QVariant nullableText(const std::optional<QUuid> &uuid)
{
    return uuid && !uuid->isNull() ? QVariant(text(*uuid)) : QVariant(QMetaType(QMetaType::QString));
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

Error firstError(const FieldErrors &errors)
{
    return Error{errors.first().message, errors};
}

} // namespace takensql

using takensql::Query;
using takensql::text;

Error TakenStore::readError(const QSqlQuery &query) const
{
    return StorageError::fromSql(query.lastError(), takensql::Text::tr("reading the tasks"));
}

Result<> TakenStore::run(QSqlQuery &query, const Query &q) const
{
    Sql::streamRows(query);
    if (!query.prepare(q.sql))
        return readError(query);
    for (int i = 0; i < q.binds.size(); ++i)
        query.bindValue(i, q.binds.at(i));
    if (!query.exec())
        return readError(query);
    return {};
}

Result<std::pair<int, int>> TakenStore::countAndLate(const Query &q) const
{
    QSqlQuery query(database.connection());
    if (Result<> ran = run(query, q); !ran)
        return ran.error();
    if (!query.next())
        return readError(query);
    return std::pair{query.value(0).toInt(), query.value(1).toInt()};
}

Result<QList<QUuid>> TakenStore::uuids(const Query &q) const
{
    QSqlQuery query(database.connection());
    if (Result<> ran = run(query, q); !ran)
        return ran.error();
    QList<QUuid> result;
    while (query.next())
        result << QUuid::fromString(query.value(0).toString());
    return result;
}

Result<QList<QUuid>> TakenStore::afdelingenVan(const QUuid &medewerker) const
{
    return uuids(Query{}.add(QStringLiteral("SELECT l.afdeling FROM afdeling_lid l JOIN actor a ON a.uuid = "
                                            "l.afdeling WHERE l.medewerker = ? ORDER BY a.naam, a.uuid"),
                             {text(medewerker)}));
}

Result<QList<QUuid>> TakenStore::ledenVan(const QList<QUuid> &afdelingen) const
{
    QStringList ids;
    for (const QUuid &afdeling : afdelingen)
        ids << text(afdeling);
    return uuids(Query{}.add(QStringLiteral("SELECT l.medewerker FROM afdeling_lid l JOIN actor a ON "
                                            "a.uuid = l.medewerker WHERE l.afdeling IN (SELECT value FROM "
                                            "json_each(?)) GROUP BY l.medewerker, a.naam ORDER BY a.naam, "
                                            "l.medewerker"),
                             {takensql::jsonArray(ids)}));
}

Result<QList<TaakNorm>> TakenStore::storedNorms() const
{
    QSqlQuery query(database.connection());
    const Query q = Query{}.add(QStringLiteral("SELECT gevraagde_handeling, werkdagen FROM taak_norm ORDER BY 1"));
    if (Result<> ran = run(query, q); !ran)
        return ran.error();
    QList<TaakNorm> norms;
    while (query.next())
        norms.append({query.value(0).toString(), query.value(1).toInt()});
    return norms;
}

Result<takensql::Grenzen> TakenStore::grenzen() const
{
    Result<QList<TaakNorm>> norms = storedNorms();
    if (!norms)
        return norms.error();
    const QDateTime moment = now();
    takensql::Grenzen result;
    result.standaard = codec::dateTimeText(Werkdagen::teLaatGrens(moment, TakenSchema::standaardNormWerkdagen, zone));
    for (const TaakNorm &norm : norms.value()) {
        result.perHandeling.append(
            {norm.gevraagdeHandeling, codec::dateTimeText(Werkdagen::teLaatGrens(moment, norm.werkdagen, zone))});
    }
    return result;
}

Result<InterneTaak> TakenStore::taakVoorWijziging(const QUuid &uuid) const
{
    // SQLite's write transaction holds the database's only write lock already. On PostgreSQL two
    // seats may change the same task at once: the second waits here until the first commits, and
    // then reads the task as the first left it (so two seats never both pick it up).
    if (database.engine() == Engine::PostgreSQL) {
        QSqlQuery lock(database.connection());
        lock.prepare(QStringLiteral("SELECT 1 FROM interne_taak WHERE uuid = ? FOR UPDATE"));
        lock.addBindValue(takensql::text(uuid));
        if (!lock.exec())
            return readError(lock);
    }
    return taakOf(uuid);
}

Result<InterneTaak> TakenStore::taakOf(const QUuid &uuid) const
{
    Repository<InterneTaak> taken(database);
    std::optional<InterneTaak> taak = taken.find(uuid);
    if (!taak)
        return Error{takensql::Text::tr("This task no longer exists."), {}};
    return *taak;
}

Result<QList<Actor>> TakenStore::actoren(const QList<QUuid> &uuids) const
{
    Repository<Actor> repository(database);
    QList<Actor> result;
    for (const QUuid &uuid : uuids) {
        std::optional<Actor> actor = repository.find(uuid);
        if (!actor)
            return Error{takensql::Text::tr("A colleague or afdeling of this task no longer exists."), {}};
        result.append(*actor);
    }
    return result;
}

} // namespace kcc::storage
