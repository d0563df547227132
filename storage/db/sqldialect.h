#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kcc::storage {

// The storage seam between the two engines. The schema and the queries are written once, in the
// SQL that SQLite and PostgreSQL share; what differs lives here:
// - DDL: ddl() rewrites a SQLite table definition for PostgreSQL (no STRICT / WITHOUT ROWID; every
//   table that has a rowid in SQLite gets a `rowid` identity column, so that the queries that page
//   and order by rowid read the same on both; INTEGER PRIMARY KEY becomes an identity).
// - Functions: installCompatibility() gives PostgreSQL the few SQLite functions the shared SQL
//   uses (json_valid, json_each, json_group_array, ifnull, group_concat, instr) and the NOCASE
//   collation, with SQLite's semantics for the values we store.
// - The schema version: SQLite's PRAGMA user_version, PostgreSQL's kcc_schema table.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlDialect)

public:
    static bool isPostgres(const QSqlDatabase &connection);
    static QString ddl(const QSqlDatabase &connection, const QString &sqliteDdl);
    // Runs each statement through ddl() first.
    static Result<> execDdl(const QSqlDatabase &connection, const QStringList &statements);

    // A CREATE TABLE without its column REFERENCES clauses, which are appended to `alterStatements`
    // as ALTER TABLE ... ADD FOREIGN KEY with the same ON DELETE and deferral.
    static QString withoutReferences(const QString &createTable, QStringList &alterStatements);

    static Result<> installCompatibility(const QSqlDatabase &connection);
    static Result<int> schemaVersion(const QSqlDatabase &connection);
    static Result<> setSchemaVersion(const QSqlDatabase &connection, int version);
    // The statement that starts a write transaction: SQLite takes the write lock at once
    // (BEGIN IMMEDIATE, see PLATFORM.md); PostgreSQL locks rows as it goes.
    static QString beginWrite(const QSqlDatabase &connection);
    // Serializes the callers that pass the same `key` until the end of the current write
    // transaction: PostgreSQL takes a transaction-level advisory lock; SQLite's write transaction
    // holds the only write lock already. For numbering by max() + 1 across seats (the sync outbox:
    // two seats would otherwise read the same max and one commit would fail).
    static Result<> lockUntilCommit(const QSqlDatabase &connection, qint64 key);
    // Whether this connection holds (or now takes) the session-level lock `key` that only one
    // connection of all seats can hold: PostgreSQL's advisory lock, released when the connection
    // ends (a seat that crashes or loses the server frees it). SQLite: always true (one desk).
    static Result<bool> holdSessionLock(const QSqlDatabase &connection, qint64 key);
    // An SQL expression for the current UTC time as the stored text (2026-12-07T08:15:00.123Z).
    static QString nowText(const QSqlDatabase &connection);
};

// While it lives, PostgreSQL runs this connection's prepared statements with their generic plan
// instead of planning them again for each value. For the instant search: its statements take a
// fraction of a millisecond to run but 2-3 ms to plan, every time (bench_search, 1M partijen, p95
// 6.7 ms -> 4.1 ms). The rest of the session keeps PostgreSQL's default. Nothing on SQLite.
class GenericPlans
{
    Q_DISABLE_COPY_MOVE(GenericPlans)

public:
    explicit GenericPlans(const QSqlDatabase &connection);
    ~GenericPlans();

private:
    QSqlDatabase m_connection;
    bool m_set = false;
};

} // namespace kcc::storage
