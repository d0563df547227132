#include "storage/db/numbersequence.h"

#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

struct Column
{
    QLatin1String key;
    QLatin1String table;
    QLatin1String column;
};

Column columnOf(NumberSequence::Kind kind)
{
    switch (kind) {
    case NumberSequence::Kind::PartijNummer:
        return {QLatin1String("partij.nummer"), QLatin1String("partij"), QLatin1String("nummer")};
    case NumberSequence::Kind::KlantcontactReferentienummer:
        return {QLatin1String("klantcontact.referentienummer"), QLatin1String("klantcontact"),
                QLatin1String("referentienummer")};
    case NumberSequence::Kind::InterneTaakReferentienummer:
        return {QLatin1String("interne_taak.referentienummer"), QLatin1String("interne_taak"),
                QLatin1String("referentienummer")};
    }
    Q_UNREACHABLE();
    return {};
}

// A column's value as a number, over the rows whose value is 1..10 ASCII digits: schema step 18
// indexes exactly this expression under exactly this condition, so the two must stay the same
// text, or the engine stops reading the highest number from the index.
QString numericValue(QLatin1String column, bool postgres)
{
    return QLatin1String("CAST(") % column % (postgres ? QLatin1String(" AS BIGINT)") : QLatin1String(" AS INTEGER)"));
}

QString numericOnly(QLatin1String column, bool postgres)
{
    if (postgres)
        return column % QLatin1String(" ~ '^[0-9]{1,10}$'");
    return column % QLatin1String(" NOT GLOB '*[^0-9]*' AND length(") % column % QLatin1String(") BETWEEN 1 AND 10");
}

} // namespace

QString NumberSequence::highestNumberSql(Kind kind, bool postgres)
{
    const Column column = columnOf(kind);
    const QString value = numericValue(column.column, postgres);
    return QLatin1String("SELECT ") % value % QLatin1String(" FROM ") % column.table % QLatin1String(" WHERE ") %
           numericOnly(column.column, postgres) % QLatin1String(" ORDER BY ") % value % QLatin1String(" DESC LIMIT 1");
}

Result<> NumberSequence::migrateToVersion18(QSqlDatabase &connection)
{
    const bool postgres = SqlDialect::isPostgres(connection);
    QSqlQuery query(connection);
    for (Kind kind : {Kind::PartijNummer, Kind::KlantcontactReferentienummer, Kind::InterneTaakReferentienummer}) {
        const Column column = columnOf(kind);
        if (!query.exec(QLatin1String("CREATE INDEX idx_") % column.table % QLatin1Char('_') % column.column %
                        QLatin1String("_getal ON ") % column.table % QLatin1String(" ((") %
                        numericValue(column.column, postgres) % QLatin1String(")) WHERE ") %
                        numericOnly(column.column, postgres))) {
            return StorageError::fromSql(query.lastError());
        }
    }
    return {};
}

Result<QString> NumberSequence::next(Database &database, Kind kind)
{
    const Column column = columnOf(kind);
    const QString action = tr("choosing a new number");
    QSqlDatabase connection = database.connection();
    const bool postgres = database.engine() == Engine::PostgreSQL;
    // Numbers that came in by import count too: only strings of 1..10 ASCII digits, anything else
    // cannot collide with what we make. The highest is read from the end of its index.
    QSqlQuery query(connection);
    if (!query.exec(highestNumberSql(kind, postgres)))
        return StorageError::fromSql(query.lastError(), action);
    const qint64 highestInTable = query.next() && !query.isNull(0) ? query.value(0).toLongLong() : 0;
    query.finish();

    // One statement that both reads and moves the counter: on PostgreSQL a second seat waits on the
    // row until the first commits, then counts on from its number, so no two seats get the same.
    query.prepare(QLatin1String("INSERT INTO nummer_reeks (soort, laatste) VALUES (?, ?) ON CONFLICT (soort)"
                                " DO UPDATE SET laatste = ") %
                  (postgres ? QLatin1String("greatest") : QLatin1String("max")) %
                  QLatin1String("(nummer_reeks.laatste + 1, excluded.laatste) RETURNING laatste"));
    query.bindValue(0, QString(column.key));
    query.bindValue(1, highestInTable + 1);
    if (!query.exec() || !query.next())
        return StorageError::fromSql(query.lastError(), action);
    const qint64 next = query.value(0).toLongLong();
    if (next > maximum) {
        return Error{tr("No new number can be made: all numbers of 10 digits are in use (highest %1).")
                         .arg(QString::number(next - 1)),
                     {}};
    }
    return QString::number(next);
}

} // namespace kcc::storage
