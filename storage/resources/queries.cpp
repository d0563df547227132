#include "storage/resources/queries.h"

#include "storage/db/schema.h"
#include "storage/db/sqlutil.h"
#include "storage/resources/repositoryimpl.h"

namespace kcc::storage {

namespace {

QVariantList idParameter(const QUuid &uuid)
{
    return {QVariant(codec::uuidText(uuid))};
}

} // namespace

QList<DigitaalAdres> digitaleAdressenVanPartij(Database &database, const QUuid &partij)
{
    return selectWhere<DigitaalAdres>(database, QStringLiteral("verstrekt_door_partij = ?"), idParameter(partij));
}

QList<DigitaalAdres> digitaleAdressenVanBetrokkene(Database &database, const QUuid &betrokkene)
{
    return selectWhere<DigitaalAdres>(database, QStringLiteral("verstrekt_door_betrokkene = ?"),
                                      idParameter(betrokkene));
}

QList<Rekeningnummer> rekeningnummersVanPartij(Database &database, const QUuid &partij)
{
    return selectWhere<Rekeningnummer>(database, QStringLiteral("partij = ?"), idParameter(partij));
}

QList<PartijIdentificator> identificatorenVanPartij(Database &database, const QUuid &partij)
{
    return selectWhere<PartijIdentificator>(database, QStringLiteral("identificeerde_partij = ?"), idParameter(partij));
}

QList<Betrokkene> betrokkenenVanKlantcontact(Database &database, const QUuid &klantcontact)
{
    return selectWhere<Betrokkene>(database, QStringLiteral("had_klantcontact = ?"), idParameter(klantcontact));
}

QList<Actor> actorenVanKlantcontact(Database &database, const QUuid &klantcontact)
{
    // Ordered by the link rows, so the first actor is the one registered first.
    QList<Actor> actors;
    QSqlQuery query(database.connection());
    Sql::streamRows(query);
    QStringList columns;
    for (const QString &column : columnNames<Actor>())
        columns << QLatin1String("a.") % column;
    query.prepare(QLatin1String("SELECT ") % columns.join(QLatin1String(", ")) %
                  QLatin1String(" FROM actor_klantcontact l JOIN actor a ON a.uuid = l.actor"
                                " WHERE l.klantcontact = ? ORDER BY l.rowid"));
    query.bindValue(0, codec::uuidText(klantcontact));
    if (!query.exec()) {
        qWarning("kcc::storage: %s", qPrintable(query.lastError().text()));
        return actors;
    }
    while (query.next()) {
        if (std::optional<Actor> actor = readRow<Actor>(query))
            actors.append(std::move(*actor));
    }
    return actors;
}

std::optional<Partij> findPartijByIdentificator(Database &database, CodeSoortObjectId soort, const QString &objectId)
{
    const QList<Partij> found =
        selectWhere<Partij>(database,
                            QStringLiteral("uuid IN (SELECT identificeerde_partij FROM partij_identificator"
                                           " WHERE object_id = ? AND code_soort_object_id = ?)"),
                            {QVariant(objectId), QVariant(toCode(soort))});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool isEmpty(Database &database)
{
    QSqlQuery query(database.connection());
    for (const QString &table : Schema::resourceTables()) {
        // Table names come from our own list, never from input.
        if (!query.exec(QLatin1String("SELECT EXISTS (SELECT 1 FROM ") % table % QLatin1Char(')')) || !query.next()) {
            qWarning("kcc::storage: %s", qPrintable(query.lastError().text()));
            return false;
        }
        if (query.value(0).toBool())
            return false;
    }
    return true;
}

} // namespace kcc::storage
