#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace kcc::storage {

class Database;

// The SQLite schema of KCC Werkplek (one table per Klantinteracties resource, see schema.cpp).
// The secondary indexes (on foreign keys and lookup columns, not the unique ones) are kept in a
// list so that a bulk load can drop them, insert millions of rows and build them once afterwards.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Schema)

public:
    // DDL of schema version 1, in execution order (tables, unique and secondary indexes). Frozen:
    // it is the 0 -> 1 migration step; later versions are reached by further steps (migrations.cpp).
    static QStringList versionOneStatements();
    // CREATE INDEX statements of the secondary (non-unique) indexes of every version (version 1's
    // and those later steps added, see versionFourIndexStatements()).
    static QStringList secondaryIndexStatements();
    // The secondary indexes added by schema version 4 (the work queues), created by that step.
    static QStringList versionFourIndexStatements();
    // Names of the secondary indexes, in the same order.
    static QStringList secondaryIndexNames();
    // The resource tables, parents before children (so an ordered delete runs in reverse).
    static QStringList resourceTables();

    // Schema version 6 (frozen): the uniqueness rules the importer used to check only in code get
    // unique indexes, so that two writers at once cannot both get a duplicate in. Refuses the
    // upgrade, naming the clashes, when the data already breaks a rule.
    static Result<> migrateToVersion6(QSqlDatabase &connection);

    // Drop / (re)create the secondary indexes. Run inside the caller's WriteTransaction or
    // on their own; both are idempotent (IF EXISTS / IF NOT EXISTS).
    static Result<> dropSecondaryIndexes(Database &database);
    static Result<> createSecondaryIndexes(Database &database);
};

} // namespace kcc::storage
