#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kcc::storage {

class Database;

// The search structures behind PartijSearch (schema versions 2 and 5, see Migrations::steps()):
//
// - zoek_partij_naam: a contentless FTS5 table (unicode61 remove_diacritics 2, prefix indexes
//   of 2, 3 and 4 characters) whose rowid is partij.rowid, with two columns: `achternaam`
//   (the surname, or an organisation's naam) and `overig` (the voornaam; version 2 also had the
//   voorvoegsel there, see FtsText in searchindex.cpp). The text
//   is folded in SQL first for the letters unicode61 does not fold (đ, ø, ł, ß, ...; see
//   SearchQuery::foldingReplacements()). Three triggers on partij keep it current. It answers
//   names of one word (plus voorvoegsels).
// - zoek_naam_paar (version 5): a WITHOUT ROWID table of (sleutel, partij rowid, woorden) with
//   the SearchQuery::namePairKeys of every partij and its folded words; it answers names of
//   two or more words with one key range scan, checking the other typed words on `woorden`.
//   Its triggers on partij call the SQL functions of SearchFunctions.
// - zoek_naam_woord (version 5): per word, how many keys of zoek_naam_paar end in it, kept by the
//   same triggers; PartijSearch estimates the candidate key ranges of a query with it and reads
//   the narrowest.
// - zoek_email_domein (version 5): the domains of zoek_email with their number of keys, kept by
//   triggers on zoek_email; a fragment that starts no known domain skips the domain range.
// - Both key tables also hold a copy of what a hit shows of its partij (hitColumns()), kept in
//   step by the triggers: a page of hits is then one range scan, instead of a random read in
//   partij per hit (which dominated once the file is no longer in the page cache).
// - zoek_email (version 5): a WITHOUT ROWID table of (sleutel, digitaal_adres rowid, partij
//   rowid, via, adres) holding, for every e-mail address that leads to a partij (its own, or
//   one a betrokkene of that partij gave for one klantcontact), two keys: the lowercase address
//   and "@" + its lowercase domain. Addresses of unknown persons are left out, so a fragment
//   never reads rows that cannot become a hit. Triggers on digitaal_adres, partij and
//   betrokkene keep it current (with deferred foreign keys the rows may arrive in any order).
// - expression index on digitaal_adres for the phone key (SearchQuery::phoneKey in SQL), and
//   indexes on partij's postcode and huisnummer (bezoekadres and correspondentieadres).
// - BSN/RSIN/KvK/vestigingsnummer use schema 1's idx_partij_identificator_object_id; partij and
//   klantcontact numbers use their UNIQUE indexes.
//
// Bulk loads: the triggers cost ~1-2k rows/s (PLATFORM.md). A bulk loader or importer calls
// suspend() before it inserts and rebuild() after it, both inside its write transaction. A
// database left suspended still works, but its name and e-mail search miss the rows added
// meanwhile; isSuspended() tells. VACUUM may renumber partij, digitaal_adres and klantcontact
// rowids (the tables have no INTEGER PRIMARY KEY): run rebuild() after a VACUUM.
// On PostgreSQL (schema version 14) the same tables and queries stand on PL/pgSQL triggers, with a
// word and prefix table instead of FTS5: see postgressearchindex.h. suspend(), rebuild() and
// isSuspended() work on both engines.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SearchIndex)

public:
    // Drops the search triggers and lookup indexes. The FTS and key tables are left as they are
    // (stale until rebuild()).
    static Result<> suspend(Database &database);
    // (Re)creates the FTS and key tables, their triggers and the lookup indexes, refills them
    // from partij and digitaal_adres, and merges the FTS index into one segment. Atomic (a SAVEPOINT); call it inside
    // the loader's WriteTransaction, or wrap it in one. 1M partijen: 42 s on a file that had them
    // already (bench_search --rebuild, 2-core VM at load ~1); the whole 1M demo load takes 89 s.
    static Result<> rebuild(Database &database);
    static Result<> rebuild(const QSqlDatabase &connection);
    // True when a search trigger is missing (suspend() without rebuild()).
    static Result<bool> isSuspended(Database &database);

    // Schema step 1 -> 2 (Migrations::steps()): the same as rebuild(), run on the migration's
    // connection inside its transaction.
    static Result<> migrateToVersion2(const QSqlDatabase &connection);
    // Schema step 4 -> 5: the name-pair and e-mail key tables with their triggers (rebuild()).
    static Result<> migrateToVersion5(const QSqlDatabase &connection);
    // Schema step 13 -> 14 ("zoek-PG"): on PostgreSQL the search structures of PostgresSearchIndex,
    // filled from the records; on SQLite the index refilled with the Greek and Cyrillic folding.
    static Result<> migrateToVersion14(const QSqlDatabase &connection);

    // SQL expressions shared by the indexes and PartijSearch's queries; SQLite uses an
    // expression index only when the query repeats the expression exactly. `column` is the
    // (possibly qualified) column holding the address.
    static QString phoneKeySql(const QString &column);
    static QString emailKeySql(const QString &column);
    static QString emailDomainSql(const QString &column);
    // The partij columns a search hit shows, in the order PartijSearch reads them, qualified by
    // `alias` when given: partij's own, and their copies in the key tables (version 5).
    static QString hitColumns(const QString &alias);
    // The FTS table's name (bound parameters cannot name a table).
    static QString ftsTable();
};

} // namespace kcc::storage
