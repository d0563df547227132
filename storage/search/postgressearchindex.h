#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace kcc::storage {

// The search structures of SearchIndex on PostgreSQL (schema version 14, "zoek-PG"), answering
// every query kind of PartijSearch with the same hits in the same order as SQLite:
//
// - zoek_vouwteken: SearchQuery's folding and word splitting as a table of characters, written
//   from the C++ functions at migration and at every rebuild(): for each character that folds to
//   something else, what it becomes (a separator becomes a space). kcc_zoek_tokens(text) applies it
//   (ASCII names, nearly all, take a translate() shortcut), so the words PostgreSQL derives from a
//   name are SearchQuery::tokenize(SearchQuery::foldName(name)) without a second implementation
//   of Unicode to keep in step.
// - zoek_naam_paar, zoek_naam_woord, zoek_email, zoek_email_domein: as on SQLite (searchindex.h),
//   keys COLLATE "C" so that ranges and order are SQLite's BINARY order whatever the database's
//   collation. kcc_zoek_naam() gives a name's keys (SearchQuery::namePairKeys) and words.
// - zoek_naam_achternaam (term, partij) and zoek_naam_prefix (prefix, partij) stand in for the FTS5
//   index: the words of the surname (an organisation's naam), and every prefix of 2..50 letters
//   of the words of surname and voornaam. A prefix query of FTS5 ("berg*") is one range of
//   zoek_naam_prefix already in partij order, so the first page needs no sort of all matches.
// - Row triggers (PL/pgSQL, SECURITY DEFINER with a fixed search_path, so that a medewerker's login
//   that inserts a partij keeps the index current without rights on it) on partij, digitaal_adres,
//   betrokkene and zoek_email keep everything current for every writer: the app, kccctl, a
//   beheerder's psql.
// - Expression indexes for the phone key and the postcodes, COLLATE "C".
class PostgresSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PostgresSearchIndex)

public:
    // Creates what is missing, refills every table from the records and (re)creates the triggers.
    // Runs inside the caller's transaction.
    static Result<> rebuild(const QSqlDatabase &connection);
    // Drops the triggers and lookup indexes (bulk loads; rebuild() after).
    static Result<> suspend(const QSqlDatabase &connection);
    static Result<bool> isSuspended(const QSqlDatabase &connection);

    // The characters (as text) whose folded, split form differs from the default, with that form:
    // the default is the character itself in the BMP and a separator beyond it.
    static QList<QPair<QString, QString>> foldedCharacters();
};

} // namespace kcc::storage
