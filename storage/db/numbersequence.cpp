#include "storage/db/numbersequence.h"

#include "storage/db/database.h"
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

} // namespace

Result<QString> NumberSequence::next(Database &database, Kind kind)
{
    const Column column = columnOf(kind);
    const QString action = tr("choosing a new number");
    QSqlDatabase connection = database.connection();

    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT laatste FROM nummer_reeks WHERE soort = ?"));
    query.bindValue(0, QString(column.key));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), action);
    qint64 highest = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();

    // Only strings of 1..10 ASCII digits count; anything else cannot collide with what we make.
    // The unique index on the column makes this an index scan.
    if (!query.exec(QLatin1String("SELECT max(CAST(") % column.column % QLatin1String(" AS INTEGER)) FROM ") %
                    column.table % QLatin1String(" WHERE ") % column.column % QLatin1String(" IS NOT NULL AND ") %
                    column.column % QLatin1String(" NOT GLOB '*[^0-9]*' AND length(") % column.column %
                    QLatin1String(") BETWEEN 1 AND 10"))) {
        return StorageError::fromSql(query.lastError(), action);
    }
    if (query.next() && !query.isNull(0))
        highest = std::max(highest, query.value(0).toLongLong());
    query.finish();

    if (highest >= maximum) {
        return Error{tr("No new number can be made: all numbers of 10 digits are in use (highest %1).")
                         .arg(QString::number(highest)),
                     {}};
    }
    const qint64 next = highest + 1;
    query.prepare(QStringLiteral("INSERT INTO nummer_reeks (soort, laatste) VALUES (?, ?)"
                                 " ON CONFLICT (soort) DO UPDATE SET laatste = excluded.laatste"));
    query.bindValue(0, QString(column.key));
    query.bindValue(1, next);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), action);
    return QString::number(next);
}

} // namespace kcc::storage
