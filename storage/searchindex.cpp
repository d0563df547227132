#include "searchindex.h"

#include "database.h"
#include "model/searchquery.h"
#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

const QLatin1String ftsName("zoek_partij_naam");

const QLatin1String triggerNames[] = {
    QLatin1String("zoek_partij_naam_na_insert"),
    QLatin1String("zoek_partij_naam_na_delete"),
    QLatin1String("zoek_partij_naam_na_update"),
};

const QLatin1String lookupIndexNames[] = {
    QLatin1String("idx_zoek_telefoon"),
    QLatin1String("idx_zoek_email"),
    QLatin1String("idx_zoek_email_domein"),
    QLatin1String("idx_zoek_bezoekadres_postcode"),
    QLatin1String("idx_zoek_correspondentieadres_postcode"),
};

// A string literal for our own constants (the folding table); never used for input.
QString sqlLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("'"), QLatin1String("''"));
    return QLatin1Char('\'') % escaped % QLatin1Char('\'');
}

// The SQL twin of the first step of SearchQuery::foldName(); unicode61 does the rest. Every letter
// replaced is outside ASCII, so a name of printable ASCII only (nearly all) skips the 21 nested
// replace() calls, which cost more than tokenizing: 60% of a rebuild's time. The result is the
// same text either way, so indexes built before this check stay valid.
QString foldSql(const QString &expression)
{
    QString sql = expression;
    for (const auto &[letter, replacement] : SearchQuery::foldingReplacements())
        sql = QLatin1String("replace(") % sql % QLatin1String(", ") % sqlLiteral(letter) % QLatin1String(", ") %
              sqlLiteral(replacement) % QLatin1Char(')');
    return QLatin1String("CASE WHEN ") % expression % QLatin1String(" GLOB '*[^ -~]*' THEN ") % sql %
           QLatin1String(" ELSE ") % expression % QLatin1String(" END");
}

// What goes into the two FTS columns for a partij row; `row` is "new", "old" or a table alias.
QString achternaamSql(const QString &row)
{
    return foldSql(QLatin1String("CASE ") % row % QLatin1String(".soort_partij WHEN 'organisatie' THEN ") % row %
                   QLatin1String(".organisatie_naam ELSE ") % row % QLatin1String(".contactnaam_achternaam END"));
}

QString overigSql(const QString &row)
{
    return foldSql(QLatin1String("CASE ") % row % QLatin1String(".soort_partij WHEN 'organisatie' THEN '' ELSE ") %
                   row % QLatin1String(".contactnaam_voornaam || ' ' || ") % row %
                   QLatin1String(".contactnaam_voorvoegsel_achternaam END"));
}

QStringList createStatements()
{
    const QString fts = ftsName;
    const QString insertNew = QLatin1String("INSERT INTO ") % fts %
                              QLatin1String("(rowid, achternaam, overig) VALUES (new.rowid, ") %
                              achternaamSql(QStringLiteral("new")) % QLatin1String(", ") %
                              overigSql(QStringLiteral("new")) % QLatin1String(");");
    // Contentless FTS5 forgets a row by being told the exact text it indexed.
    const QString deleteOld = QLatin1String("INSERT INTO ") % fts % QLatin1String("(") % fts %
                              QLatin1String(", rowid, achternaam, overig) VALUES ('delete', old.rowid, ") %
                              achternaamSql(QStringLiteral("old")) % QLatin1String(", ") %
                              overigSql(QStringLiteral("old")) % QLatin1String(");");
    return {
        // content='' keeps only the index (no copy of the names); the names are read from partij.
        QLatin1String("CREATE VIRTUAL TABLE IF NOT EXISTS ") % fts %
            QLatin1String(" USING fts5(achternaam, overig, content='', "
                          "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % triggerNames[0] %
            QLatin1String(" AFTER INSERT ON partij BEGIN ") % insertNew % QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % triggerNames[1] %
            QLatin1String(" AFTER DELETE ON partij BEGIN ") % deleteOld % QLatin1String(" END"),
        // Repository::update rewrites every column; only a real name change touches the index.
        QLatin1String("CREATE TRIGGER IF NOT EXISTS ") % triggerNames[2] %
            QLatin1String(" AFTER UPDATE OF soort_partij, organisatie_naam, contactnaam_voornaam, "
                          "contactnaam_voorvoegsel_achternaam, contactnaam_achternaam ON partij "
                          "WHEN old.soort_partij IS NOT new.soort_partij "
                          "OR old.organisatie_naam IS NOT new.organisatie_naam "
                          "OR old.contactnaam_voornaam IS NOT new.contactnaam_voornaam "
                          "OR old.contactnaam_voorvoegsel_achternaam IS NOT new.contactnaam_voorvoegsel_achternaam "
                          "OR old.contactnaam_achternaam IS NOT new.contactnaam_achternaam BEGIN ") %
            deleteOld % QLatin1Char(' ') % insertNew % QLatin1String(" END"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[0] % QLatin1String(" ON digitaal_adres (") %
            SearchIndex::phoneKeySql(QStringLiteral("adres")) %
            QLatin1String(") WHERE soort_digitaal_adres = 'telefoonnummer'"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[1] % QLatin1String(" ON digitaal_adres (") %
            SearchIndex::emailKeySql(QStringLiteral("adres")) % QLatin1String(") WHERE soort_digitaal_adres = 'email'"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[2] % QLatin1String(" ON digitaal_adres (") %
            SearchIndex::emailDomainSql(QStringLiteral("adres")) %
            QLatin1String(") WHERE soort_digitaal_adres = 'email'"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[3] %
            QLatin1String(" ON partij (bezoekadres_postcode, bezoekadres_huisnummer)"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[4] %
            QLatin1String(" ON partij (correspondentieadres_postcode, correspondentieadres_huisnummer)"),
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

Result<> SearchIndex::suspend(Database &database)
{
    QSqlDatabase connection = database.connection();
    QStringList statements;
    for (const QLatin1String &name : triggerNames)
        statements << QLatin1String("DROP TRIGGER IF EXISTS ") % name;
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
    QStringList statements;
    statements << QStringLiteral("SAVEPOINT zoek_index_herbouw");
    // Without the triggers while refilling, and recreated after, so that a table created by an
    // older build gets the current trigger text.
    for (const QLatin1String &name : triggerNames)
        statements << QLatin1String("DROP TRIGGER IF EXISTS ") % name;
    statements << createStatements();
    const QString fts = ftsName;
    statements << QLatin1String("INSERT INTO ") % fts % QLatin1String("(") % fts %
                      QLatin1String(") VALUES ('delete-all')")
               << QLatin1String("INSERT INTO ") % fts % QLatin1String("(rowid, achternaam, overig) SELECT p.rowid, ") %
                      achternaamSql(QStringLiteral("p")) % QLatin1String(", ") % overigSql(QStringLiteral("p")) %
                      QLatin1String(" FROM partij p")
               // One segment: fewer b-tree lookups per prefix query.
               << QLatin1String("INSERT INTO ") % fts % QLatin1String("(") % fts %
                      QLatin1String(") VALUES ('optimize')")
               << QStringLiteral("RELEASE zoek_index_herbouw");
    if (Result<> done = execAll(connection, statements); !done) {
        QSqlQuery rollback(connection);
        rollback.exec(QStringLiteral("ROLLBACK TO zoek_index_herbouw"));
        rollback.exec(QStringLiteral("RELEASE zoek_index_herbouw"));
        return done;
    }
    return {};
}

Result<bool> SearchIndex::isSuspended(Database &database)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN (?, ?, ?)"));
    for (const QLatin1String &name : triggerNames)
        query.addBindValue(QString(name));
    if (!query.exec() || !query.next())
        return StorageError::fromSql(query.lastError(), tr("checking the search index"));
    return query.value(0).toInt() != int(std::size(triggerNames));
}

Result<> SearchIndex::migrateToVersion2(const QSqlDatabase &connection)
{
    return rebuild(connection);
}

} // namespace kcc::storage
