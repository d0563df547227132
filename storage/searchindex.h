#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kcc::storage {

class Database;

// The search structures behind PartijSearch (schema version 2, see Migrations::steps()):
//
// - zoek_partij_naam: a contentless FTS5 table (unicode61 remove_diacritics 2, prefix indexes
//   of 2, 3 and 4 characters) whose rowid is partij.rowid, with two columns: `achternaam`
//   (the surname, or an organisation's naam) and `overig` (voornaam and voorvoegsel). The text
//   is folded in SQL first for the letters unicode61 does not fold (đ, ø, ł, ß, ...; see
//   SearchQuery::foldingReplacements()). Three triggers on partij keep it current.
// - expression indexes on digitaal_adres for the phone key (SearchQuery::phoneKey in SQL), the
//   lowercase e-mail address and its lowercase domain, and indexes on partij's postcode and
//   huisnummer (bezoekadres and correspondentieadres). These need no triggers.
// - BSN/RSIN/KvK/vestigingsnummer use schema 1's idx_partij_identificator_object_id; partij and
//   klantcontact numbers use their UNIQUE indexes.
//
// Bulk loads: the FTS triggers cost ~1-2k rows/s (PLATFORM.md). A bulk loader or importer calls
// suspend() before it inserts and rebuild() after it, both inside its write transaction. A
// database left suspended still works, but its name search misses the rows added meanwhile;
// isSuspended() tells. VACUUM may renumber partij rowids (the table has no INTEGER PRIMARY
// KEY): run rebuild() after a VACUUM.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SearchIndex)

public:
    // Drops the FTS triggers and the search lookup indexes. The FTS content is left as it is
    // (stale until rebuild()).
    static Result<> suspend(Database &database);
    // (Re)creates the FTS table, triggers and lookup indexes and refills the FTS index from
    // partij, then merges it into one segment. Atomic (a SAVEPOINT); call it inside the loader's
    // WriteTransaction, or wrap it in one. 1M partijen: ~8 s (the search index stage of
    // bench_demo, 2-core VM at load ~3).
    static Result<> rebuild(Database &database);
    static Result<> rebuild(const QSqlDatabase &connection);
    // True when the FTS triggers are missing (suspend() without rebuild()).
    static Result<bool> isSuspended(Database &database);

    // Schema step 1 -> 2 (Migrations::steps()): the same as rebuild(), run on the migration's
    // connection inside its transaction.
    static Result<> migrateToVersion2(const QSqlDatabase &connection);

    // SQL expressions shared by the indexes and PartijSearch's queries; SQLite uses an
    // expression index only when the query repeats the expression exactly. `column` is the
    // (possibly qualified) column holding the address.
    static QString phoneKeySql(const QString &column);
    static QString emailKeySql(const QString &column);
    static QString emailDomainSql(const QString &column);
    // The FTS table's name (bound parameters cannot name a table).
    static QString ftsTable();
};

} // namespace kcc::storage
