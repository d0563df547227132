#include "storage/db/integritycheck.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace kcc::storage {

namespace {

// Runs `sql` (no parameters; our own text) and formats each row; notes when there were more
// than `limit` rows.
void collect(QSqlDatabase connection, const QString &sql, int limit, QStringList &problems,
             const std::function<QString(const QSqlQuery &)> &format)
{
    QSqlQuery query(connection);
    Sql::streamRows(query);
    if (!query.exec(sql % QLatin1String(" LIMIT ") % QString::number(limit + 1))) {
        problems << IntegrityCheck::tr("A check could not run: %1").arg(query.lastError().text());
        return;
    }
    int rows = 0;
    while (query.next()) {
        if (++rows > limit) {
            problems << IntegrityCheck::tr("There are more problems of the kind above that are not listed.");
            break;
        }
        problems << format(query);
    }
}

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

} // namespace

QStringList IntegrityCheck::foreignKeyProblems(Database &database, int limit)
{
    QStringList problems;
    QSqlDatabase connection = database.connection();
    QSqlQuery check(connection);
    Sql::streamRows(check);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << tr("A check could not run: %1").arg(check.lastError().text());
        return problems;
    }
    int rows = 0;
    while (check.next()) {
        if (++rows > limit) {
            problems << tr("There are more references to missing records that are not listed.");
            break;
        }
        const QString table = text(check, 0);
        const qint64 rowid = check.value(1).toLongLong();
        const QString parent = text(check, 2);
        const int foreignKey = check.value(3).toInt();

        // Which column: PRAGMA foreign_key_list gives the column of foreign key number `fkid`.
        QString column;
        QSqlQuery keys(connection);
        if (keys.exec(QLatin1String("PRAGMA foreign_key_list(") % table % QLatin1Char(')'))) {
            while (keys.next()) {
                if (keys.value(0).toInt() == foreignKey)
                    column = keys.value(3).toString();
            }
        }
        QString owner;
        QString target;
        QSqlQuery row(connection);
        // Table and column names come from SQLite itself, never from input.
        const QString ownerColumn =
            table == QLatin1String("interne_taak_actor") ? QStringLiteral("interne_taak") : QStringLiteral("uuid");
        row.prepare(QLatin1String("SELECT ") % ownerColumn % QLatin1String(", ") %
                    (column.isEmpty() ? QStringLiteral("NULL") : column) % QLatin1String(" FROM ") % table %
                    QLatin1String(" WHERE rowid = ?"));
        row.bindValue(0, rowid);
        if (row.exec() && row.next()) {
            owner = text(row, 0);
            target = text(row, 1);
        }
        //: e.g. "betrokkene 1b2c... refers in was_partij to partij 9f8e..., which does not exist."
        problems << tr("%1 %2 refers in %3 to %4 %5, which does not exist.")
                        .arg(table, owner.isEmpty() ? QString::number(rowid) : owner, column, parent, target);
    }
    return problems;
}

QStringList IntegrityCheck::warnings(Database &database, int perCheckLimit)
{
    QStringList found;
    collect(database.connection(),
            QStringLiteral("SELECT k.uuid FROM klantcontact k JOIN sync_identiteit s ON s.resource = 'klantcontacten'"
                           " AND s.lokaal_uuid = k.uuid AND s.herkomst = 'server'"
                           " WHERE NOT EXISTS (SELECT 1 FROM actor_klantcontact a WHERE a.klantcontact = k.uuid)"
                           " ORDER BY k.rowid"),
            perCheckLimit, found, [](const QSqlQuery &q) {
                return tr("Klantcontact %1 came from Open Klant without an actor (made by another system).")
                    .arg(text(q, 0));
            });
    return found;
}

QStringList IntegrityCheck::run(Database &database, int perCheckLimit)
{
    QStringList problems;
    QSqlDatabase connection = database.connection();

    // PostgreSQL checks every reference at commit and keeps its own pages whole (its checksums and
    // amcheck are the server administrator's); the domain rules below apply to both engines.
    if (database.engine() == Engine::SQLite) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problems << tr("The database file could not be checked: %1").arg(query.lastError().text());
        } else {
            while (query.next()) {
                const QString line = text(query, 0);
                if (line != QLatin1String("ok"))
                    problems << tr("The database file is damaged: %1").arg(line);
            }
        }
    }

    if (database.engine() == Engine::SQLite)
        problems << foreignKeyProblems(database, perCheckLimit);

    collect(connection,
            QStringLiteral("SELECT k.uuid FROM klantcontact k"
                           " WHERE NOT EXISTS (SELECT 1 FROM actor_klantcontact a WHERE a.klantcontact = k.uuid)"
                           " AND NOT EXISTS (SELECT 1 FROM sync_identiteit s WHERE s.resource = 'klantcontacten'"
                           " AND s.lokaal_uuid = k.uuid AND s.herkomst = 'server') ORDER BY k.rowid"),
            perCheckLimit, problems,
            [](const QSqlQuery &q) { return tr("Klantcontact %1 has no actor (medewerker).").arg(text(q, 0)); });
    collect(connection,
            QStringLiteral("SELECT k.uuid FROM klantcontact k"
                           " WHERE NOT EXISTS (SELECT 1 FROM betrokkene b WHERE b.had_klantcontact = k.uuid)"
                           " ORDER BY k.rowid"),
            perCheckLimit, problems,
            [](const QSqlQuery &q) { return tr("Klantcontact %1 has no betrokkene.").arg(text(q, 0)); });
    collect(connection,
            QStringLiteral("SELECT t.uuid FROM interne_taak t"
                           " WHERE NOT EXISTS (SELECT 1 FROM interne_taak_actor a WHERE a.interne_taak = t.uuid)"
                           " ORDER BY t.rowid"),
            perCheckLimit, problems,
            [](const QSqlQuery &q) { return tr("Interne taak %1 is not assigned to any actor.").arg(text(q, 0)); });
    collect(
        connection,
        QStringLiteral(
            "SELECT p.uuid, d.uuid FROM partij p JOIN digitaal_adres d ON d.uuid = p.voorkeurs_digitaal_adres"
            " WHERE d.verstrekt_door_partij IS DISTINCT FROM p.uuid ORDER BY p.rowid"),
        perCheckLimit, problems, [](const QSqlQuery &q) {
            return tr("Partij %1 prefers digital address %2, which does not belong to it.").arg(text(q, 0), text(q, 1));
        });
    collect(
        connection,
        QStringLiteral(
            "SELECT p.uuid, r.uuid FROM partij p JOIN rekeningnummer r ON r.uuid = p.voorkeurs_rekeningnummer"
            " WHERE r.partij IS DISTINCT FROM p.uuid ORDER BY p.rowid"),
        perCheckLimit, problems, [](const QSqlQuery &q) {
            return tr("Partij %1 prefers bank account %2, which does not belong to it.").arg(text(q, 0), text(q, 1));
        });
    collect(connection,
            QStringLiteral(
                "SELECT p.uuid, o.uuid, o.soort_partij FROM partij p JOIN partij o ON o.uuid = p.werkte_voor_partij"
                " WHERE o.soort_partij <> 'organisatie' ORDER BY p.rowid"),
            perCheckLimit, problems, [](const QSqlQuery &q) {
                return tr("Contactpersoon %1 works for partij %2, which is not an organisatie.")
                    .arg(text(q, 0), text(q, 1));
            });
    collect(connection,
            QStringLiteral("SELECT i.uuid, i.object_id FROM partij_identificator i"
                           " WHERE i.code_soort_object_id = 'vestigingsnummer' AND i.sub_identificator_van IS NULL"
                           " ORDER BY i.rowid"),
            perCheckLimit, problems, [](const QSqlQuery &q) {
                return tr("Branch number %1 (identificator %2) does not belong to a Chamber of Commerce number.")
                    .arg(text(q, 1), text(q, 0));
            });
    collect(connection,
            QStringLiteral("SELECT i.uuid, i.object_id, p.uuid FROM partij_identificator i"
                           " JOIN partij_identificator p ON p.uuid = i.sub_identificator_van"
                           " WHERE p.code_soort_object_id <> 'kvk_nummer' ORDER BY i.rowid"),
            perCheckLimit, problems, [](const QSqlQuery &q) {
                return tr("Identificator %1 (%2) is placed under identificator %3, which is not a Chamber of Commerce "
                          "number.")
                    .arg(text(q, 0), text(q, 1), text(q, 2));
            });
    collect(connection,
            QStringLiteral("SELECT uuid FROM interne_taak WHERE afgehandeld_op IS NOT NULL AND status <> 'verwerkt'"
                           " ORDER BY rowid"),
            perCheckLimit, problems, [](const QSqlQuery &q) {
                return tr("Interne taak %1 has a completion time but is not processed.").arg(text(q, 0));
            });
    collect(
        connection,
        QStringLiteral("SELECT uuid FROM digitaal_adres WHERE is_standaard_adres = 1 AND verstrekt_door_partij IS NULL"
                       " ORDER BY rowid"),
        perCheckLimit, problems, [](const QSqlQuery &q) {
            return tr("Digital address %1 is marked as standard but does not belong to a partij.").arg(text(q, 0));
        });
    return problems;
}

} // namespace kcc::storage
