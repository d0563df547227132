#include "storage/db/databasecopy.h"

#include "storage/db/database.h"
#include "storage/db/integritycheck.h"
#include "storage/db/postgreshandle.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/search/searchindex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace kcc::storage {
namespace {

// The search structures are derived from partij and digitaal_adres; each engine builds its own.
bool isDerived(const QString &table)
{
    return table.startsWith(QLatin1String("zoek_"));
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Result<QStringList> column(const QSqlDatabase &connection, const QString &sql, const QString &bound = {})
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StorageError::fromSql(query.lastError());
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Result<QStringList> sourceTables(const QSqlDatabase &source)
{
    return column(source, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
}

Result<QStringList> targetColumns(const QSqlDatabase &target, const QString &table)
{
    return column(target,
                  QStringLiteral("SELECT column_name FROM information_schema.columns"
                                 " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"),
                  table);
}

Result<QSet<QString>> sourceColumns(const QSqlDatabase &source, const QString &table)
{
    const Result<QStringList> names = column(source, QStringLiteral("SELECT name FROM pragma_table_info(?)"), table);
    if (!names)
        return names.error();
    return QSet<QString>(names.value().cbegin(), names.value().cend());
}

// The target's tables, parents before the tables that refer to them (a foreign key is checked at
// the end of each COPY, so a table may refer to itself).
Result<QStringList> targetTablesInReferenceOrder(const QSqlDatabase &target)
{
    const Result<QStringList> tables =
        column(target, QStringLiteral("SELECT table_name FROM information_schema.tables"
                                      " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                                      " ORDER BY table_name"));
    if (!tables)
        return tables.error();
    QSqlQuery query(target);
    if (!query.exec(QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c"
                                   " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace")))
        return StorageError::fromSql(query.lastError());
    QHash<QString, QSet<QString>> parents;
    while (query.next()) {
        if (query.value(0) != query.value(1))
            parents[query.value(0).toString()].insert(query.value(1).toString());
    }
    QStringList ordered;
    QStringList remaining = tables.value();
    while (!remaining.isEmpty()) {
        const qsizetype before = remaining.size();
        for (auto it = remaining.begin(); it != remaining.end();) {
            const QSet<QString> &needs = parents.value(*it);
            const bool ready = std::all_of(needs.cbegin(), needs.cend(),
                                           [&](const QString &parent) { return !remaining.contains(parent); });
            if (ready) {
                ordered << *it;
                it = remaining.erase(it);
            } else {
                ++it;
            }
        }
        if (remaining.size() == before) { // a cycle: its constraints are deferred to the commit
            ordered << remaining;
            break;
        }
    }
    return ordered;
}

// COPY's text format: tab between fields, \N for NULL, backslash escapes.
void appendField(QByteArray &buffer, const QVariant &value)
{
    if (value.isNull()) {
        buffer += "\\N";
        return;
    }
    const QByteArray text = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
                                ? QByteArray::number(value.toLongLong())
                                : value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            buffer += "\\\\";
            break;
        case '\t':
            buffer += "\\t";
            break;
        case '\n':
            buffer += "\\n";
            break;
        case '\r':
            buffer += "\\r";
            break;
        default:
            buffer += c;
        }
    }
}

Error libpqError(PGconn *connection, const QString &table)
{
    return Error{
        DatabaseCopy::tr("Copying %1 failed: %2").arg(table, QString::fromUtf8(PQerrorMessage(connection)).trimmed()),
        {}};
}

// Streams one table from SQLite into PostgreSQL's COPY; the target's `rowid` column gets SQLite's
// rowid.
Result<qint64> copyTable(const QSqlDatabase &source, PGconn *target, const QString &table, const QStringList &columns)
{
    QStringList selected;
    for (const QString &name : columns)
        selected << (name == QLatin1String("rowid") ? QStringLiteral("rowid") : quoted(name));
    QStringList targetNames;
    for (const QString &name : columns)
        targetNames << quoted(name);
    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(u", "), quoted(table))))
        return StorageError::fromSql(rows.lastError());

    const QByteArray copy =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quoted(table), targetNames.join(u", ")).toUtf8();
    PGresult *started = PQexec(target, copy.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return libpqError(target, table);
    qint64 count = 0;
    QByteArray buffer;
    bool sent = true;
    while (sent && rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendField(buffer, rows.value(i));
        }
        buffer += '\n';
        ++count;
        if (buffer.size() > (1 << 20)) {
            sent = PQputCopyData(target, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(target, buffer.constData(), int(buffer.size())) == 1;
    const QByteArray abort = DatabaseCopy::tr("reading the source failed").toUtf8();
    const bool readAll = !rows.lastError().isValid();
    PQputCopyEnd(target, readAll ? nullptr : abort.constData());
    bool ok = sent && readAll;
    while (PGresult *result = PQgetResult(target)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!readAll)
        return StorageError::fromSql(rows.lastError());
    if (!ok)
        return libpqError(target, table);
    return count;
}

Result<qint64> count(const QSqlDatabase &connection, const QString &table)
{
    const Result<QVariant> value = Sql::scalar(connection, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)),
                                               DatabaseCopy::tr("count rows"));
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

// Identity columns continue after the copied rowids.
Result<> continueSequences(const QSqlDatabase &target)
{
    QSqlQuery identities(target);
    if (!identities.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                        " WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return StorageError::fromSql(identities.lastError());
    QList<QPair<QString, QString>> columns;
    while (identities.next())
        columns.append({identities.value(0).toString(), identities.value(1).toString()});
    for (const auto &[table, name] : columns) {
        QSqlQuery step(target);
        step.prepare(
            QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), coalesce((SELECT max(%1) FROM %2), 0) + 1,"
                           " false)")
                .arg(quoted(name), quoted(table)));
        step.addBindValue(quoted(table));
        step.addBindValue(name);
        if (!step.exec())
            return StorageError::fromSql(step.lastError());
    }
    return {};
}

struct Plan
{
    QList<QPair<QString, QStringList>> tables; // target order, with the columns to copy
};

// Which tables to copy with which columns; refuses a target with records or a source table that
// the target lacks.
Result<Plan> plan(const QSqlDatabase &source, const QSqlDatabase &target)
{
    const Result<QStringList> fromTables = sourceTables(source);
    const Result<QStringList> toTables = targetTablesInReferenceOrder(target);
    if (!fromTables)
        return fromTables.error();
    if (!toTables)
        return toTables.error();
    for (const QString &table : fromTables.value()) {
        if (!isDerived(table) && !toTables.value().contains(table))
            return Error{DatabaseCopy::tr("The target database has no table %1; is it at the same version?").arg(table),
                         {}};
    }
    Plan result;
    for (const QString &table : toTables.value()) {
        if (!fromTables.value().contains(table))
            continue; // PostgreSQL's own bookkeeping (kcc_schema)
        // The search structures are the engine's own (PostgresSearchIndex); rebuilt after the copy.
        if (isDerived(table))
            continue;
        const Result<qint64> present = count(target, table);
        if (!present)
            return present.error();
        if (present.value() > 0 && !DatabaseCopy::seededTables().contains(table))
            return Error{DatabaseCopy::tr("The target database already holds records (%n in %1); a copy only fills an "
                                          "empty database.",
                                          nullptr, int(qMin<qint64>(present.value(), INT_MAX)))
                             .arg(table),
                         {}};
        const Result<QStringList> columns = targetColumns(target, table);
        const Result<QSet<QString>> available = sourceColumns(source, table);
        if (!columns)
            return columns.error();
        if (!available)
            return available.error();
        for (const QString &name : columns.value()) {
            if (name != QLatin1String("rowid") && !available.value().contains(name))
                return Error{DatabaseCopy::tr("The source's table %1 has no column %2.").arg(table, name), {}};
        }
        result.tables.append({table, columns.value()});
    }
    return result;
}

Result<> verify(Database &to, const QList<CopiedTable> &copied)
{
    for (const CopiedTable &table : copied) {
        const Result<qint64> there = count(to.connection(), table.name);
        if (!there)
            return there.error();
        if (there.value() != table.rows)
            return Error{DatabaseCopy::tr("%1: %2 rows read, %3 in the target.")
                             .arg(table.name)
                             .arg(table.rows)
                             .arg(there.value()),
                         {}};
    }
    if (const QStringList problems = IntegrityCheck::run(to, 5); !problems.isEmpty())
        return Error{DatabaseCopy::tr("The copy does not pass the check; nothing was written:\n%1")
                         .arg(problems.join(QLatin1Char('\n'))),
                     {}};
    return {};
}

} // namespace

QStringList DatabaseCopy::seededTables()
{
    return {QStringLiteral("codelijst"), QStringLiteral("taak_norm"), QStringLiteral("verwerkingsactiviteit")};
}

Result<CopyReport> DatabaseCopy::copy(Database &from, Database &to,
                                      const std::function<void(const CopiedTable &)> &progress)
{
    if (from.engine() != Engine::SQLite || to.engine() != Engine::PostgreSQL)
        return Error{tr("A copy goes from a SQLite file to a PostgreSQL database."), {}};
    if (from.schemaVersion() != to.schemaVersion())
        return Error{tr("The two databases are at different schema versions (%1 and %2).")
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion()),
                     {}};
    if (const QStringList problems = IntegrityCheck::run(from, 5); !problems.isEmpty())
        return Error{tr("The source does not pass the check (kccctl check); fix it first:\n%1")
                         .arg(problems.join(QLatin1Char('\n'))),
                     {}};
    PGconn *target = postgresHandle(to.connection());
    if (!target)
        return Error{tr("The PostgreSQL connection cannot copy."), {}};

    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(to);
    if (!transaction.isActive())
        return transaction.error();
    const Result<Plan> planned = plan(from.connection(), to.connection());
    if (!planned)
        return planned.error();
    // Row triggers per copied row would cost minutes on a million partijen: build the index once after.
    if (Result<> suspended = SearchIndex::suspend(to); !suspended)
        return suspended.error();
    CopyReport report;
    for (const auto &[table, columns] : planned.value().tables) {
        if (seededTables().contains(table)) {
            if (Result<> cleared = Sql::exec(to.connection(), QStringLiteral("DELETE FROM %1").arg(quoted(table)),
                                             tr("replace the seeded rows"));
                !cleared)
                return cleared.error();
        }
        const Result<qint64> rows = copyTable(from.connection(), target, table, columns);
        if (!rows)
            return rows.error();
        report.tables.append({table, rows.value()});
        if (progress)
            progress(report.tables.constLast());
        if (table == QLatin1String("verwerkt_object") && rows.value() > 0)
            report.logNeedsSameKey = true;
    }
    if (Result<> continued = continueSequences(to.connection()); !continued)
        return continued.error();
    if (Result<> rebuilt = SearchIndex::rebuild(to); !rebuilt)
        return rebuilt.error();
    if (Result<> verified = verify(to, report.tables); !verified)
        return verified.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    // Fresh statistics, or the planner guesses at empty tables; failing here loses nothing.
    if (const Result<> analysed = Sql::exec(to.connection(), QStringLiteral("ANALYZE"), tr("update the statistics"));
        !analysed)
        qWarning("kcc::storage: %s", qPrintable(analysed.error().message));
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace kcc::storage
