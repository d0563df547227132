#include "storage/search/searchindex.h"

#include "model/search/searchquery.h"
#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"
#include "storage/search/postgressearchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <span>

namespace kcc::storage {

namespace {

const QLatin1String ftsName("zoek_partij_naam");

// The name FTS triggers, unchanged since schema version 2.
const QLatin1String ftsTriggerNames[] = {
    QLatin1String("zoek_partij_naam_na_insert"),
    QLatin1String("zoek_partij_naam_na_delete"),
    QLatin1String("zoek_partij_naam_na_update"),
};

// The triggers of schema version 5: the name-pair keys and the e-mail keys.
const QLatin1String keyTriggerNames[] = {
    QLatin1String("zoek_naam_paar_na_insert"),        QLatin1String("zoek_naam_paar_na_delete"),
    QLatin1String("zoek_naam_paar_na_update"),        QLatin1String("zoek_email_adres_na_insert"),
    QLatin1String("zoek_email_adres_na_delete"),      QLatin1String("zoek_email_adres_na_update"),
    QLatin1String("zoek_email_partij_na_insert"),     QLatin1String("zoek_email_betrokkene_na_insert"),
    QLatin1String("zoek_email_betrokkene_na_update"), QLatin1String("zoek_email_partij_na_update"),
    QLatin1String("zoek_email_domein_na_insert"),     QLatin1String("zoek_email_domein_na_delete"),
};

const QLatin1String lookupIndexNames[] = {
    QLatin1String("idx_zoek_telefoon"),
    QLatin1String("idx_zoek_bezoekadres_postcode"),
    QLatin1String("idx_zoek_correspondentieadres_postcode"),
};

// Schema version 2 also had expression indexes on the e-mail addresses; zoek_email replaced them.
const QLatin1String replacedIndexNames[] = {
    QLatin1String("idx_zoek_email"),
    QLatin1String("idx_zoek_email_domein"),
};

const QLatin1String pairTable("zoek_naam_paar");
const QLatin1String wordCountTable("zoek_naam_woord");
const QLatin1String emailTable("zoek_email");
const QLatin1String domainCountTable("zoek_email_domein");

// A string literal for our own constants (the folding table); never used for input.
QString sqlLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("'"), QLatin1String("''"));
    return QLatin1Char('\'') % escaped % QLatin1Char('\'');
}

// Which text the FTS columns hold. Version 2 indexed the voorvoegsel with the voornaam (see
// overigSql()) and folded in SQL (foldSqlVersion2()); since version 14 the names are folded by
// SearchQuery::foldName() itself (kcc_vouw, SearchFunctions), exactly as the query is.
enum class FtsText
{
    Version2,
    Current,
};

// Version 2 to 13: the SQL twin of the first step of SearchQuery::foldName(); unicode61 did the rest.
// It folded Latin letters only: a Greek name typed without its tonos, or a Cyrillic name with й,
// was not found (and PostgreSQL, folding like the query, found it). Every letter
// replaced is outside ASCII, so a name of printable ASCII only (nearly all) skips the nested
// replace() calls, which cost more than tokenizing: 60% of a rebuild's time. The result is the
// same text either way, so indexes built before this check stay valid.
QString foldSqlVersion2(const QString &expression)
{
    QString sql = expression;
    for (const auto &[letter, replacement] : SearchQuery::foldingReplacements())
        sql = QLatin1String("replace(") % sql % QLatin1String(", ") % sqlLiteral(letter) % QLatin1String(", ") %
              sqlLiteral(replacement) % QLatin1Char(')');
    return QLatin1String("CASE WHEN ") % expression % QLatin1String(" GLOB '*[^ -~]*' THEN ") % sql %
           QLatin1String(" ELSE ") % expression % QLatin1String(" END");
}

// What goes into the two FTS columns for a partij row; `row` is "new", "old" or a table alias.
QString foldSql(const QString &expression, FtsText text)
{
    if (text == FtsText::Version2)
        return foldSqlVersion2(expression);
    return QLatin1String("kcc_vouw(") % expression % QLatin1Char(')');
}

QString achternaamSql(const QString &row, FtsText text)
{
    return foldSql(QLatin1String("CASE ") % row % QLatin1String(".soort_partij WHEN 'organisatie' THEN ") % row %
                       QLatin1String(".organisatie_naam ELSE ") % row % QLatin1String(".contactnaam_achternaam END"),
                   text);
}

// Which text the FTS `overig` column holds: version 2 indexed the voorvoegsel with the voornaam.
// "van", "de" and "der" then had doclists of a third of all partijen, hundreds of pages that
// every prefix of five or more letters from "van..." or "de..." walked through ("vandenbo*",
// "dekke*"): 250 page reads. Since version 5 the voorvoegsel is left out; PartijSearch checks
// typed voorvoegsels on the row.
QString overigSql(const QString &row, FtsText text)
{
    const QString voorvoegsel =
        text == FtsText::Version2
            ? QString(QLatin1String(" || ' ' || ") % row % QLatin1String(".contactnaam_voorvoegsel_achternaam"))
            : QString();
    return foldSql(QLatin1String("CASE ") % row % QLatin1String(".soort_partij WHEN 'organisatie' THEN '' ELSE ") %
                       row % QLatin1String(".contactnaam_voornaam") % voorvoegsel % QLatin1String(" END"),
                   text);
}

QString nameChangedSql()
{
    return QStringLiteral("old.soort_partij IS NOT new.soort_partij "
                          "OR old.organisatie_naam IS NOT new.organisatie_naam "
                          "OR old.contactnaam_voornaam IS NOT new.contactnaam_voornaam "
                          "OR old.contactnaam_voorvoegsel_achternaam IS NOT new.contactnaam_voorvoegsel_achternaam "
                          "OR old.contactnaam_achternaam IS NOT new.contactnaam_achternaam");
}

// The FTS table and its triggers.
QStringList ftsStatements(FtsText text)
{
    const QString fts = ftsName;
    const QString insertNew = QLatin1String("INSERT INTO ") % fts %
                              QLatin1String("(rowid, achternaam, overig) VALUES (new.rowid, ") %
                              achternaamSql(QStringLiteral("new"), text) % QLatin1String(", ") %
                              overigSql(QStringLiteral("new"), text) % QLatin1String(");");
    // Contentless FTS5 forgets a row by being told the exact text it indexed.
    const QString deleteOld = QLatin1String("INSERT INTO ") % fts % QLatin1String("(") % fts %
                              QLatin1String(", rowid, achternaam, overig) VALUES ('delete', old.rowid, ") %
                              achternaamSql(QStringLiteral("old"), text) % QLatin1String(", ") %
                              overigSql(QStringLiteral("old"), text) % QLatin1String(");");
    return {
        // content='' keeps only the index (no copy of the names); the names are read from partij.
        QLatin1String("CREATE VIRTUAL TABLE IF NOT EXISTS ") % fts %
            QLatin1String(" USING fts5(achternaam, overig, content='', "
                          "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % ftsTriggerNames[0] %
            QLatin1String(" AFTER INSERT ON partij BEGIN ") % insertNew % QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % ftsTriggerNames[1] %
            QLatin1String(" AFTER DELETE ON partij BEGIN ") % deleteOld % QLatin1String(" END"),
        // Repository::update rewrites every column; only a real name change touches the index.
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % ftsTriggerNames[2] %
            QLatin1String(" AFTER UPDATE OF soort_partij, organisatie_naam, contactnaam_voornaam, "
                          "contactnaam_voorvoegsel_achternaam, contactnaam_achternaam ON partij "
                          "WHEN ") %
            nameChangedSql() % QLatin1String(" BEGIN ") % deleteOld % QLatin1Char(' ') % insertNew %
            QLatin1String(" END"),
    };
}

QStringList lookupIndexStatements()
{
    return {
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[0] % QLatin1String(" ON digitaal_adres (") %
            SearchIndex::phoneKeySql(QStringLiteral("adres")) %
            QLatin1String(") WHERE soort_digitaal_adres = 'telefoonnummer'"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[1] %
            QLatin1String(" ON partij (bezoekadres_postcode, bezoekadres_huisnummer)"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[2] %
            QLatin1String(" ON partij (correspondentieadres_postcode, correspondentieadres_huisnummer)"),
    };
}

// Schema version 2's e-mail indexes, for migrateToVersion2 only (version 5 drops them).
QStringList replacedIndexStatements()
{
    return {
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % replacedIndexNames[0] % QLatin1String(" ON digitaal_adres (") %
            SearchIndex::emailKeySql(QStringLiteral("adres")) % QLatin1String(") WHERE soort_digitaal_adres = 'email'"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % replacedIndexNames[1] % QLatin1String(" ON digitaal_adres (") %
            SearchIndex::emailDomainSql(QStringLiteral("adres")) %
            QLatin1String(") WHERE soort_digitaal_adres = 'email'"),
    };
}

// The arguments of the kcc_naam_* functions (SearchFunctions) for a partij row.
QString nameArgumentsSql(const QString &row)
{
    return QLatin1Char('(') % row % QLatin1String(".soort_partij, ") % row % QLatin1String(".organisatie_naam, ") %
           row % QLatin1String(".contactnaam_voornaam, ") % row %
           QLatin1String(".contactnaam_voorvoegsel_achternaam, ") % row % QLatin1String(".contactnaam_achternaam)");
}

// The partij columns a search hit shows, copied into every key row (see SearchIndex::hitColumns).
const QLatin1String hitColumnNames[] = {
    QLatin1String("uuid"),
    QLatin1String("nummer"),
    QLatin1String("soort_partij"),
    QLatin1String("indicatie_actief"),
    QLatin1String("indicatie_geheimhouding"),
    QLatin1String("organisatie_naam"),
    QLatin1String("contactnaam_voornaam"),
    QLatin1String("contactnaam_voorvoegsel_achternaam"),
    QLatin1String("contactnaam_achternaam"),
};

QString hitColumnDefinitions()
{
    return QStringLiteral("uuid TEXT NOT NULL, nummer TEXT, soort_partij TEXT NOT NULL, indicatie_actief INTEGER, "
                          "indicatie_geheimhouding INTEGER, organisatie_naam TEXT, contactnaam_voornaam TEXT, "
                          "contactnaam_voorvoegsel_achternaam TEXT, contactnaam_achternaam TEXT");
}

// A change of what a hit shows rewrites the partij's key rows.
QString hitColumnsChangedSql()
{
    QStringList changed;
    for (const QLatin1String &column : hitColumnNames)
        changed << QLatin1String("old.") % column % QLatin1String(" IS NOT new.") % column;
    return changed.join(QLatin1String(" OR "));
}

QString hitColumnsUpdateOf()
{
    QStringList columns;
    for (const QLatin1String &column : hitColumnNames)
        columns << column;
    return columns.join(QLatin1String(", "));
}

// Inserts the pair keys of the partij rows `row` ranges over in `from`.
QString insertPairsSql(const QString &row, const QString &from, const QString &orderBy = QString())
{
    return QLatin1String("INSERT OR IGNORE INTO ") % pairTable % QLatin1String(" (sleutel, partij, woorden, ") %
           SearchIndex::hitColumns(QString()) % QLatin1String(") SELECT k.value, ") % row %
           QLatin1String(".rowid, kcc_naam_woorden") % nameArgumentsSql(row) % QLatin1String(", ") %
           SearchIndex::hitColumns(row) % QLatin1String(" FROM ") % from %
           QLatin1String(", json_each(kcc_naam_sleutels") % nameArgumentsSql(row) % QLatin1String(") k") % orderBy;
}

// Counts the partijen per pair word (+1 for `row` = "new", -1 for "old"): PartijSearch reads them
// to pick the narrowest key range.
// zoek_naam_woord counts, per word, the keys that end in it (the part after the head): a
// measure of how many names have the word, to compare key ranges by.
QString keyWordCountsSql(const QString &keys)
{
    return QLatin1String("SELECT substr(value, instr(value, ' ') + 1) AS woord, count(*) AS n FROM json_each(") % keys %
           QLatin1String(") GROUP BY 1");
}

// Adds (`row` = "new") or takes away ("old") the keys of a partij's name from the word counts.
QString countWordsSql(const QString &row)
{
    const QString counts = keyWordCountsSql(QLatin1String("kcc_naam_sleutels") % nameArgumentsSql(row));
    if (row == QLatin1String("old")) {
        return QLatin1String("UPDATE ") % wordCountTable % QLatin1String(" SET aantal = aantal - d.n FROM (") % counts %
               QLatin1String(") d WHERE ") % wordCountTable % QLatin1String(".woord = d.woord; DELETE FROM ") %
               wordCountTable % QLatin1String(" WHERE aantal <= 0 AND woord IN (SELECT woord FROM (") % counts %
               QLatin1String("));");
    }
    return QLatin1String("INSERT INTO ") % wordCountTable % QLatin1String(" (woord, aantal) SELECT woord, n FROM (") %
           counts % QLatin1String(") WHERE true ON CONFLICT (woord) DO UPDATE SET aantal = aantal + excluded.aantal;");
}

QString deletePairsSql()
{
    return QLatin1String("DELETE FROM ") % pairTable %
           QLatin1String(" WHERE partij = old.rowid AND sleutel IN (SELECT value FROM json_each(kcc_naam_sleutels") %
           nameArgumentsSql(QStringLiteral("old")) % QLatin1String("));");
}

// The two e-mail keys of digitaal_adres `d`: the lowercase address, and "@" and its lowercase domain.
QString emailKeySql(const QString &which)
{
    return QLatin1String("CASE ") % which % QLatin1String(" WHEN 0 THEN ") %
           SearchIndex::emailKeySql(QStringLiteral("d.adres")) % QLatin1String(" ELSE '@' || ") %
           SearchIndex::emailDomainSql(QStringLiteral("d.adres")) % QLatin1String(" END");
}

// Inserts the e-mail keys of the addresses `d` that `where` selects and that lead to a partij:
// their own (verstrekt_door_partij), or that of the betrokkene that gave them for one klantcontact.
QString insertEmailsSql(const QString &where, const QString &orderBy = QString())
{
    return QLatin1String("INSERT OR IGNORE INTO ") % emailTable %
           QLatin1String(" (sleutel, digitaal_adres, partij, via, adres, ") % SearchIndex::hitColumns(QString()) %
           QLatin1String(") SELECT ") % emailKeySql(QStringLiteral("k.n")) %
           QLatin1String(", d.rowid, p.rowid, d.verstrekt_door_partij IS NULL, d.adres, ") %
           SearchIndex::hitColumns(QStringLiteral("p")) %
           QLatin1String(" FROM digitaal_adres d"
                         " LEFT JOIN betrokkene b ON d.verstrekt_door_partij IS NULL"
                         " AND b.uuid = d.verstrekt_door_betrokkene"
                         " JOIN partij p ON p.uuid = coalesce(d.verstrekt_door_partij, b.was_partij)"
                         " JOIN (SELECT 0 AS n UNION ALL SELECT 1) k"
                         " WHERE d.soort_digitaal_adres = 'email' AND ") %
           where % orderBy;
}

// Deletes the e-mail keys of the addresses `d` that `where` selects.
QString deleteEmailsSql(const QString &where)
{
    return QLatin1String("DELETE FROM ") % emailTable % QLatin1String(" WHERE (sleutel, digitaal_adres) IN (SELECT ") %
           emailKeySql(QStringLiteral("k.n")) %
           QLatin1String(", d.rowid FROM digitaal_adres d JOIN (SELECT 0 AS n UNION ALL SELECT 1) k WHERE ") % where %
           QLatin1String(");");
}

// zoek_email_domein counts the domain keys of zoek_email per domain. It is small and stays in
// the page cache: a fragment that starts no known domain ("j.dijkstra") skips the domain range
// of zoek_email, a b-tree descent that costs disk reads when the file is cold. Its triggers sit
// on zoek_email itself; rebuild() creates them after filling it.
QStringList domainCountStatements()
{
    auto domainKey = [](const QString &row) -> QString {
        return row % QLatin1String(".sleutel >= '@' AND ") % row % QLatin1String(".sleutel < 'A'");
    };
    return {
        QLatin1String("CREATE TABLE IF NOT EXISTS ") % domainCountTable %
            QLatin1String(" (domein TEXT NOT NULL PRIMARY KEY, aantal INTEGER NOT NULL) WITHOUT ROWID"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[10] % QLatin1String(" AFTER INSERT ON ") %
            emailTable % QLatin1String(" WHEN ") % domainKey(QStringLiteral("new")) %
            QLatin1String(" BEGIN INSERT INTO ") % domainCountTable %
            QLatin1String(" (domein, aantal) VALUES (substr(new.sleutel, 2), 1)"
                          " ON CONFLICT (domein) DO UPDATE SET aantal = aantal + 1; END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[11] % QLatin1String(" AFTER DELETE ON ") %
            emailTable % QLatin1String(" WHEN ") % domainKey(QStringLiteral("old")) % QLatin1String(" BEGIN UPDATE ") %
            domainCountTable %
            QLatin1String(" SET aantal = aantal - 1 WHERE domein = substr(old.sleutel, 2); DELETE FROM ") %
            domainCountTable % QLatin1String(" WHERE domein = substr(old.sleutel, 2) AND aantal <= 0; END"),
    };
}

// The tables of schema version 5 and their triggers.
QStringList keyStatements()
{
    const QString insertNewPairs = insertPairsSql(QStringLiteral("new"), QStringLiteral("(SELECT 1)")) %
                                   QLatin1Char(';') % countWordsSql(QStringLiteral("new"));
    const QString oldEmail = SearchIndex::emailKeySql(QStringLiteral("old.adres"));
    const QString oldDomain = QLatin1String("'@' || ") % SearchIndex::emailDomainSql(QStringLiteral("old.adres"));
    const QString deleteOldEmail = QLatin1String("DELETE FROM ") % emailTable %
                                   QLatin1String(" WHERE digitaal_adres = old.rowid AND sleutel IN (") % oldEmail %
                                   QLatin1String(", ") % oldDomain % QLatin1String(");");
    const QString betrokkeneAddresses = QStringLiteral("d.verstrekt_door_betrokkene = new.uuid");
    // The addresses of a partij: its own, and those its betrokkenen gave for one klantcontact.
    auto partijAddresses = [](const QString &row) -> QString {
        return QLatin1String("d.rowid IN (SELECT rowid FROM digitaal_adres WHERE verstrekt_door_partij = ") % row %
               QLatin1String(".uuid UNION ALL SELECT a.rowid FROM betrokkene e JOIN digitaal_adres a"
                             " ON a.verstrekt_door_betrokkene = e.uuid WHERE e.was_partij = ") %
               row % QLatin1String(".uuid)");
    };
    return {
        // WITHOUT ROWID, with what a hit shows: a page of hits is one key range scan, without a
        // lookup in partij per hit (each a random page read when the file is not cached).
        QLatin1String("CREATE TABLE IF NOT EXISTS ") % pairTable %
            QLatin1String(" (sleutel TEXT NOT NULL, partij INTEGER NOT NULL, woorden TEXT NOT NULL, ") %
            hitColumnDefinitions() % QLatin1String(", PRIMARY KEY (sleutel, partij)) WITHOUT ROWID"),
        QLatin1String("CREATE TABLE IF NOT EXISTS ") % wordCountTable %
            QLatin1String(" (woord TEXT NOT NULL PRIMARY KEY, aantal INTEGER NOT NULL) WITHOUT ROWID"),
        QLatin1String("CREATE TABLE IF NOT EXISTS ") % emailTable %
            QLatin1String(" (sleutel TEXT NOT NULL, digitaal_adres INTEGER NOT NULL, partij INTEGER NOT NULL,"
                          " via INTEGER NOT NULL, adres TEXT NOT NULL, ") %
            hitColumnDefinitions() % QLatin1String(", PRIMARY KEY (sleutel, digitaal_adres)) WITHOUT ROWID"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[0] %
            QLatin1String(" AFTER INSERT ON partij BEGIN ") % insertNewPairs % QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[1] %
            QLatin1String(" AFTER DELETE ON partij BEGIN ") % deletePairsSql() % countWordsSql(QStringLiteral("old")) %
            QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[2] % QLatin1String(" AFTER UPDATE OF ") %
            hitColumnsUpdateOf() % QLatin1String(" ON partij WHEN ") % hitColumnsChangedSql() %
            QLatin1String(" BEGIN ") % deletePairsSql() % countWordsSql(QStringLiteral("old")) % QLatin1Char(' ') %
            insertNewPairs % QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[3] %
            QLatin1String(" AFTER INSERT ON digitaal_adres WHEN new.soort_digitaal_adres = 'email' BEGIN ") %
            insertEmailsSql(QStringLiteral("d.rowid = new.rowid")) % QLatin1String("; END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[4] %
            QLatin1String(" AFTER DELETE ON digitaal_adres WHEN old.soort_digitaal_adres = 'email' BEGIN ") %
            deleteOldEmail % QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[5] %
            QLatin1String(" AFTER UPDATE OF adres, soort_digitaal_adres, verstrekt_door_partij,"
                          " verstrekt_door_betrokkene ON digitaal_adres"
                          " WHEN old.adres IS NOT new.adres OR old.soort_digitaal_adres IS NOT new.soort_digitaal_adres"
                          " OR old.verstrekt_door_partij IS NOT new.verstrekt_door_partij"
                          " OR old.verstrekt_door_betrokkene IS NOT new.verstrekt_door_betrokkene BEGIN ") %
            deleteOldEmail % QLatin1Char(' ') % insertEmailsSql(QStringLiteral("d.rowid = new.rowid")) %
            QLatin1String("; END"),
        // With deferred foreign keys an address may be written before its partij or betrokkene.
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[6] %
            QLatin1String(" AFTER INSERT ON partij BEGIN ") % insertEmailsSql(partijAddresses(QStringLiteral("new"))) %
            QLatin1String("; END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[7] %
            QLatin1String(" AFTER INSERT ON betrokkene WHEN new.was_partij IS NOT NULL BEGIN ") %
            insertEmailsSql(betrokkeneAddresses) % QLatin1String("; END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[8] %
            QLatin1String(
                " AFTER UPDATE OF was_partij ON betrokkene WHEN old.was_partij IS NOT new.was_partij BEGIN ") %
            deleteEmailsSql(QStringLiteral("d.verstrekt_door_betrokkene = old.uuid")) % QLatin1Char(' ') %
            insertEmailsSql(betrokkeneAddresses) % QLatin1String("; END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % keyTriggerNames[9] % QLatin1String(" AFTER UPDATE OF ") %
            hitColumnsUpdateOf() % QLatin1String(" ON partij WHEN ") % hitColumnsChangedSql() %
            QLatin1String(" BEGIN ") % deleteEmailsSql(partijAddresses(QStringLiteral("old"))) % QLatin1Char(' ') %
            insertEmailsSql(partijAddresses(QStringLiteral("new"))) % QLatin1String("; END"),
    };
}

Result<> execAll(const QSqlDatabase &connection, const QStringList &statements)
{
    QSqlQuery query(connection);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return StorageError::fromSql(query.lastError(), SearchIndex::tr("updating the search index"));
    }
    return {};
}

} // namespace

QString SearchIndex::hitColumns(const QString &alias)
{
    QStringList columns;
    for (const QLatin1String &column : hitColumnNames)
        columns << (alias.isEmpty() ? QString(column) : QString(alias % QLatin1Char('.') % column));
    return columns.join(QLatin1String(", "));
}

QString SearchIndex::ftsTable()
{
    return ftsName;
}

QString SearchIndex::phoneKeySql(const QString &column)
{
    // Stored numbers follow the server pattern (0612345678, +31612345678, 0031612345678, +49...);
    // this is SearchQuery::phoneKey for exactly those forms.
    return QLatin1String("CASE WHEN substr(") % column % QLatin1String(", 1, 3) = '+31' THEN '0' || substr(") % column %
           QLatin1String(", 4) WHEN substr(") % column % QLatin1String(", 1, 4) = '0031' THEN '0' || substr(") %
           column % QLatin1String(", 5) WHEN substr(") % column % QLatin1String(", 1, 1) = '+' THEN '00' || substr(") %
           column % QLatin1String(", 2) ELSE ") % column % QLatin1String(" END");
}

QString SearchIndex::emailKeySql(const QString &column)
{
    return QLatin1String("lower(") % column % QLatin1Char(')');
}

QString SearchIndex::emailDomainSql(const QString &column)
{
    return QLatin1String("lower(substr(") % column % QLatin1String(", instr(") % column % QLatin1String(", '@') + 1))");
}

namespace {

QStringList dropTriggerStatements()
{
    QStringList statements;
    for (const QLatin1String &name : ftsTriggerNames)
        statements << QLatin1String("DROP TRIGGER IF EXISTS ") % name;
    for (const QLatin1String &name : keyTriggerNames)
        statements << QLatin1String("DROP TRIGGER IF EXISTS ") % name;
    return statements;
}

QStringList refillFtsStatements(FtsText text)
{
    const QString fts = ftsName;
    return {
        QLatin1String("INSERT INTO ") % fts % QLatin1String("(") % fts % QLatin1String(") VALUES ('delete-all')"),
        QLatin1String("INSERT INTO ") % fts % QLatin1String("(rowid, achternaam, overig) SELECT p.rowid, ") %
            achternaamSql(QStringLiteral("p"), text) % QLatin1String(", ") % overigSql(QStringLiteral("p"), text) %
            QLatin1String(" FROM partij p"),
        // One segment: fewer b-tree lookups per prefix query.
        QLatin1String("INSERT INTO ") % fts % QLatin1String("(") % fts % QLatin1String(") VALUES ('optimize')"),
    };
}

// Runs `statements` inside a savepoint: all or nothing.
Result<> execAtomically(const QSqlDatabase &connection, const QStringList &statements)
{
    const QStringList wrapped = QStringList{QStringLiteral("SAVEPOINT zoek_index_herbouw")} + statements +
                                QStringList{QStringLiteral("RELEASE zoek_index_herbouw")};
    if (Result<> done = execAll(connection, wrapped); !done) {
        QSqlQuery rollback(connection);
        rollback.exec(QStringLiteral("ROLLBACK TO zoek_index_herbouw"));
        rollback.exec(QStringLiteral("RELEASE zoek_index_herbouw"));
        return done;
    }
    return {};
}

} // namespace

Result<> SearchIndex::suspend(Database &database)
{
    QSqlDatabase connection = database.connection();
    if (SqlDialect::isPostgres(connection))
        return PostgresSearchIndex::suspend(connection);
    QStringList statements = dropTriggerStatements();
    for (const QLatin1String &name : lookupIndexNames)
        statements << QLatin1String("DROP INDEX IF EXISTS ") % name;
    return execAll(connection, statements);
}

Result<> SearchIndex::rebuild(Database &database)
{
    QSqlDatabase connection = database.connection();
    return rebuild(connection);
}

Result<> SearchIndex::rebuild(const QSqlDatabase &connection)
{
    if (SqlDialect::isPostgres(connection))
        return PostgresSearchIndex::rebuild(connection);
    // Without the triggers while refilling, and recreated after, so that a table created by an
    // older build gets the current trigger text.
    QStringList statements = dropTriggerStatements();
    for (const QLatin1String &name : replacedIndexNames)
        statements << QLatin1String("DROP INDEX IF EXISTS ") % name;
    // The key tables hold nothing but derived rows: dropped, so that they get the current columns.
    statements << QLatin1String("DROP TABLE IF EXISTS ") % domainCountTable
               << QLatin1String("DROP TABLE IF EXISTS ") % wordCountTable
               << QLatin1String("DROP TABLE IF EXISTS ") % pairTable
               << QLatin1String("DROP TABLE IF EXISTS ") % emailTable;
    statements << ftsStatements(FtsText::Current) << lookupIndexStatements() << keyStatements()
               << refillFtsStatements(FtsText::Current);
    // In key order, so that the b-trees are written front to back; each function once per partij.
    statements << QLatin1String("WITH n AS MATERIALIZED (SELECT p.rowid AS partij, kcc_naam_woorden") %
                      nameArgumentsSql(QStringLiteral("p")) % QLatin1String(" AS woorden, kcc_naam_sleutels") %
                      nameArgumentsSql(QStringLiteral("p")) % QLatin1String(" AS sleutels, ") %
                      SearchIndex::hitColumns(QStringLiteral("p")) % QLatin1String(" FROM partij p) INSERT INTO ") %
                      pairTable % QLatin1String(" (sleutel, partij, woorden, ") % SearchIndex::hitColumns(QString()) %
                      QLatin1String(") SELECT k.value, n.partij, n.woorden, ") %
                      SearchIndex::hitColumns(QStringLiteral("n")) %
                      QLatin1String(" FROM n, json_each(n.sleutels) k WHERE true ORDER BY 1, 2")
               << QLatin1String("INSERT INTO ") % wordCountTable %
                      QLatin1String(
                          " (woord, aantal) SELECT substr(sleutel, instr(sleutel, ' ') + 1), count(*) FROM ") %
                      pairTable % QLatin1String(" GROUP BY 1")
               << insertEmailsSql(QStringLiteral("true"), QStringLiteral(" ORDER BY 1, 2"))
               << QLatin1String("CREATE TABLE ") % domainCountTable %
                      QLatin1String(" (domein TEXT NOT NULL PRIMARY KEY, aantal INTEGER NOT NULL) WITHOUT ROWID")
               << QLatin1String("INSERT INTO ") % domainCountTable %
                      QLatin1String(" (domein, aantal) SELECT substr(sleutel, 2), count(*) FROM ") % emailTable %
                      QLatin1String(" WHERE sleutel >= '@' AND sleutel < 'A' GROUP BY 1")
               << domainCountStatements();
    return execAtomically(connection, statements);
}

Result<bool> SearchIndex::isSuspended(Database &database)
{
    if (SqlDialect::isPostgres(database.connection()))
        return PostgresSearchIndex::isSuspended(database.connection());
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
    int present = 0;
    int expected = 0;
    for (const auto &names :
         {std::span<const QLatin1String>(ftsTriggerNames), std::span<const QLatin1String>(keyTriggerNames)}) {
        for (const QLatin1String &name : names) {
            ++expected;
            query.bindValue(0, QString(name));
            if (!query.exec() || !query.next())
                return StorageError::fromSql(query.lastError(), tr("checking the search index"));
            present += query.value(0).toInt();
        }
    }
    return present != expected;
}

Result<> SearchIndex::migrateToVersion2(const QSqlDatabase &connection)
{
    // FTS5 and the triggers that call our C++ functions are SQLite's; PostgreSQL gets its own
    // structures in version 14 (PostgresSearchIndex).
    if (SqlDialect::isPostgres(connection))
        return {};
    // Frozen: what version 2 created, so that later steps start from what a version 2 file has.
    return execAtomically(connection, ftsStatements(FtsText::Version2) + lookupIndexStatements() +
                                          replacedIndexStatements() + refillFtsStatements(FtsText::Version2));
}

Result<> SearchIndex::migrateToVersion5(const QSqlDatabase &connection)
{
    if (SqlDialect::isPostgres(connection))
        return {};
    return rebuild(connection);
}

Result<> SearchIndex::migrateToVersion14(const QSqlDatabase &connection)
{
    // PostgreSQL gets its search structures; SQLite's index is refilled because the folding of
    // Greek and Cyrillic letters changed with it (SearchQuery::foldingReplacements()).
    return rebuild(connection);
}

} // namespace kcc::storage
