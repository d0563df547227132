#include "storage/search/postgressearchindex.h"

#include "model/search/searchquery.h"
#include "storage/db/storageerror.h"
#include "storage/search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace kcc::storage {

namespace {

const QLatin1String triggerNames[][2] = {
    {QLatin1String("zoek_naam_partij"), QLatin1String("partij")},
    {QLatin1String("zoek_email_partij"), QLatin1String("partij")},
    {QLatin1String("zoek_email_adres"), QLatin1String("digitaal_adres")},
    {QLatin1String("zoek_email_betrokkene"), QLatin1String("betrokkene")},
    {QLatin1String("zoek_email_domein_telling"), QLatin1String("zoek_email")},
};

const QLatin1String lookupIndexNames[] = {
    QLatin1String("idx_zoek_telefoon"),
    QLatin1String("idx_zoek_bezoekadres_postcode"),
    QLatin1String("idx_zoek_correspondentieadres_postcode"),
};

const QLatin1String keyTables[] = {
    QLatin1String("zoek_naam_paar"),   QLatin1String("zoek_naam_woord"), QLatin1String("zoek_naam_achternaam"),
    QLatin1String("zoek_naam_prefix"), QLatin1String("zoek_email"),      QLatin1String("zoek_email_domein"),
};

// An SQL string literal of our own constants (never input).
QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("'"), QLatin1String("''"));
    return QLatin1Char('\'') % escaped % QLatin1Char('\'');
}

QString hitColumnDefinitions()
{
    return QStringLiteral("uuid text NOT NULL, nummer text, soort_partij text NOT NULL, indicatie_actief bigint, "
                          "indicatie_geheimhouding bigint, organisatie_naam text, contactnaam_voornaam text, "
                          "contactnaam_voorvoegsel_achternaam text, contactnaam_achternaam text");
}

QStringList tableStatements()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS zoek_vouwteken (teken text COLLATE \"C\" PRIMARY KEY,"
                       " vouw text NOT NULL)"),
        QLatin1String("CREATE TABLE IF NOT EXISTS zoek_naam_paar (sleutel text COLLATE \"C\" NOT NULL,"
                      " partij bigint NOT NULL, woorden text NOT NULL, ") %
            hitColumnDefinitions() % QLatin1String(", PRIMARY KEY (sleutel, partij))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS zoek_naam_woord (woord text COLLATE \"C\" PRIMARY KEY,"
                       " aantal bigint NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS zoek_naam_achternaam (term text COLLATE \"C\" NOT NULL,"
                       " partij bigint NOT NULL, PRIMARY KEY (term, partij))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS zoek_naam_prefix (prefix text COLLATE \"C\" NOT NULL,"
                       " partij bigint NOT NULL, PRIMARY KEY (prefix, partij))"),
        QLatin1String("CREATE TABLE IF NOT EXISTS zoek_email (sleutel text COLLATE \"C\" NOT NULL,"
                      " digitaal_adres bigint NOT NULL, partij bigint NOT NULL, via boolean NOT NULL,"
                      " adres text NOT NULL, ") %
            hitColumnDefinitions() % QLatin1String(", PRIMARY KEY (sleutel, digitaal_adres))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS zoek_email_domein (domein text COLLATE \"C\" PRIMARY KEY,"
                       " aantal bigint NOT NULL)"),
    };
}

// SearchQuery::tokenize(SearchQuery::foldName(name)) in PL/pgSQL, through zoek_vouwteken.
QString tokensFunction()
{
    return QStringLiteral(
        "CREATE OR REPLACE FUNCTION kcc_zoek_tokens(naam text) RETURNS text[] LANGUAGE plpgsql STABLE"
        " SET search_path = public, pg_temp AS $$ DECLARE gevouwen text; BEGIN"
        " IF naam IS NULL OR naam = '' THEN RETURN '{}'; END IF;"
        // ASCII: folding is lowercasing (translate(), as lower() depends on the locale).
        " IF octet_length(naam) = char_length(naam) THEN"
        "  gevouwen := regexp_replace(translate(naam, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
        "   '[^a-z0-9]+', ' ', 'g');"
        " ELSE"
        "  SELECT string_agg(coalesce(v.vouw, CASE WHEN ascii(t.c) > 65535 THEN ' ' ELSE t.c END), '' ORDER BY t.i)"
        "   INTO gevouwen FROM unnest(string_to_array(naam, NULL)) WITH ORDINALITY AS t(c, i)"
        "   LEFT JOIN zoek_vouwteken v ON v.teken = t.c COLLATE \"C\";"
        " END IF;"
        " RETURN array_remove(string_to_array(gevouwen, ' '), ''); END $$");
}

// SearchQuery::namePairKeys of a name's words, and the FTS columns' words and prefixes.
QString nameFunction()
{
    QStringList voorvoegsels;
    for (const QString &word : SearchQuery::voorvoegsels())
        voorvoegsels << literal(word);
    const QString head = QString::number(SearchQuery::pairHeadLength);
    return QLatin1String("CREATE OR REPLACE FUNCTION kcc_zoek_naam(soort text, organisatie text, voornaam text,"
                         " voorvoegsel text, achternaam text, OUT woorden text, OUT sleutels text[], OUT termen text[],"
                         " OUT prefixen text[]) LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$"
                         " DECLARE alle text[]; overig text[]; paar text[] := '{}'; t text; kop text; s text; BEGIN"
                         " IF soort = 'organisatie' THEN termen := kcc_zoek_tokens(organisatie); alle := termen;"
                         "  overig := '{}';"
                         " ELSE termen := kcc_zoek_tokens(achternaam); overig := kcc_zoek_tokens(voornaam);"
                         "  alle := overig || kcc_zoek_tokens(voorvoegsel) || termen; END IF;"
                         " SELECT coalesce(string_agg(' ' || w, '' ORDER BY i), '') INTO woorden"
                         "  FROM unnest(alle) WITH ORDINALITY AS a(w, i);"
                         " FOREACH t IN ARRAY alle LOOP"
                         "  CONTINUE WHEN char_length(t) < 2 OR t = ANY(ARRAY[") %
           voorvoegsels.join(QLatin1String(", ")) %
           QLatin1String("]) OR t = ANY(paar);"
                         "  paar := paar || t; EXIT WHEN cardinality(paar) = ") %
           QString::number(SearchQuery::maxPairWords) %
           QLatin1String("; END LOOP;"
                         " sleutels := '{}';"
                         " FOREACH kop IN ARRAY paar LOOP CONTINUE WHEN char_length(kop) < ") %
           head % QLatin1String(";  FOREACH t IN ARRAY paar LOOP CONTINUE WHEN t = kop; s := left(kop, ") % head %
           QLatin1String(") || ' ' || t;"
                         "   IF NOT s = ANY(sleutels) THEN sleutels := sleutels || s; END IF; END LOOP; END LOOP;"
                         " termen := ARRAY(SELECT DISTINCT w FROM unnest(termen) w);"
                         // FTS5's prefix queries: a typed word is at most 50 letters (SearchQuery).
                         " prefixen := ARRAY(SELECT DISTINCT left(w, n) FROM unnest(termen || overig) w,"
                         "  generate_series(2, least(char_length(w), 50)) n); END $$");
}

QString hitValues(const QString &row)
{
    return SearchIndex::hitColumns(row);
}

QString hitColumnsChanged()
{
    return QLatin1String("ROW(") % SearchIndex::hitColumns(QStringLiteral("OLD")) %
           QLatin1String(") IS DISTINCT FROM ROW(") % SearchIndex::hitColumns(QStringLiteral("NEW")) % QLatin1Char(')');
}

QString nameArguments(const QString &row)
{
    return QLatin1Char('(') % row % QLatin1String(".soort_partij, ") % row % QLatin1String(".organisatie_naam, ") %
           row % QLatin1String(".contactnaam_voornaam, ") % row %
           QLatin1String(".contactnaam_voorvoegsel_achternaam, ") % row % QLatin1String(".contactnaam_achternaam)");
}

// The name keys, words and prefixes of a partij row.
QString namePartijFunction()
{
    return QLatin1String("CREATE OR REPLACE FUNCTION kcc_zoek_naam_bij() RETURNS trigger LANGUAGE plpgsql"
                         " SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE naam record; BEGIN"
                         " IF TG_OP = 'UPDATE' AND NOT (") %
           hitColumnsChanged() %
           QLatin1String(") THEN RETURN NULL; END IF;"
                         " IF TG_OP <> 'INSERT' THEN SELECT * INTO naam FROM kcc_zoek_naam") %
           nameArguments(QStringLiteral("OLD")) %
           QLatin1String(
               ";"
               "  DELETE FROM zoek_naam_paar WHERE partij = OLD.rowid AND sleutel COLLATE \"C\" = ANY(naam.sleutels);"
               "  UPDATE zoek_naam_woord w SET aantal = w.aantal - d.n FROM (SELECT substr(s, strpos(s, ' ')"
               "   + 1) AS woord, count(*) AS n FROM unnest(naam.sleutels) s GROUP BY 1) d"
               "   WHERE w.woord = d.woord COLLATE \"C\";"
               "  DELETE FROM zoek_naam_woord WHERE aantal <= 0;"
               "  DELETE FROM zoek_naam_achternaam WHERE partij = OLD.rowid AND term COLLATE \"C\" = ANY(naam.termen);"
               "  DELETE FROM zoek_naam_prefix WHERE partij = OLD.rowid AND prefix COLLATE \"C\" = ANY(naam.prefixen);"
               " END IF;"
               " IF TG_OP <> 'DELETE' THEN SELECT * INTO naam FROM kcc_zoek_naam") %
           nameArguments(QStringLiteral("NEW")) %
           QLatin1String(";  INSERT INTO zoek_naam_paar (sleutel, partij, woorden, ") % SearchIndex::hitColumns({}) %
           QLatin1String(") SELECT s, NEW.rowid, naam.woorden, ") % hitValues(QStringLiteral("NEW")) %
           QLatin1String(
               " FROM unnest(naam.sleutels) s ON CONFLICT DO NOTHING;"
               "  INSERT INTO zoek_naam_woord (woord, aantal) SELECT substr(s, strpos(s, ' ') + 1), count(*)"
               "   FROM unnest(naam.sleutels) s GROUP BY 1"
               "   ON CONFLICT (woord) DO UPDATE SET aantal = zoek_naam_woord.aantal + excluded.aantal;"
               "  INSERT INTO zoek_naam_achternaam (term, partij) SELECT t, NEW.rowid FROM unnest(naam.termen) t"
               "   ON CONFLICT DO NOTHING;"
               "  INSERT INTO zoek_naam_prefix (prefix, partij) SELECT x, NEW.rowid"
               "   FROM unnest(naam.prefixen) x ON CONFLICT DO NOTHING;"
               " END IF; RETURN NULL; END $$");
}

// SQLite's lower() folds ASCII only, and so must the keys here.
QString asciiLower(const QString &expression)
{
    return QLatin1String("translate(") % expression %
           QLatin1String(", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')");
}

QString emailKey(const QString &which)
{
    return QLatin1String("(CASE ") % which % QLatin1String(" WHEN 0 THEN ") % asciiLower(QStringLiteral("d.adres")) %
           QLatin1String(" ELSE '@' || ") % asciiLower(QStringLiteral("substr(d.adres, strpos(d.adres, '@') + 1)")) %
           QLatin1String(" END) COLLATE \"C\"");
}

// As insertEmailsSql in searchindex.cpp.
QString insertEmails(const QString &where)
{
    return QLatin1String("INSERT INTO zoek_email (sleutel, digitaal_adres, partij, via, adres, ") %
           SearchIndex::hitColumns(QString()) % QLatin1String(") SELECT ") % emailKey(QStringLiteral("k.n")) %
           QLatin1String(", d.rowid, p.rowid, d.verstrekt_door_partij IS NULL, d.adres, ") %
           SearchIndex::hitColumns(QStringLiteral("p")) %
           QLatin1String(" FROM digitaal_adres d"
                         " LEFT JOIN betrokkene b ON d.verstrekt_door_partij IS NULL"
                         " AND b.uuid = d.verstrekt_door_betrokkene"
                         " JOIN partij p ON p.uuid = coalesce(d.verstrekt_door_partij, b.was_partij)"
                         " CROSS JOIN (SELECT 0 AS n UNION ALL SELECT 1) k"
                         " WHERE d.soort_digitaal_adres = 'email' AND ") %
           where % QLatin1String(" ON CONFLICT DO NOTHING;");
}

QString deleteEmails(const QString &where)
{
    return QLatin1String("DELETE FROM zoek_email WHERE (sleutel, digitaal_adres) IN (SELECT ") %
           emailKey(QStringLiteral("k.n")) %
           QLatin1String(", d.rowid FROM digitaal_adres d CROSS JOIN (SELECT 0 AS n UNION ALL SELECT 1) k WHERE ") %
           where % QLatin1String(");");
}

QString partijAddresses(const QString &row)
{
    return QLatin1String("d.rowid IN (SELECT rowid FROM digitaal_adres WHERE verstrekt_door_partij = ") % row %
           QLatin1String(".uuid UNION ALL SELECT a.rowid FROM betrokkene e JOIN digitaal_adres a"
                         " ON a.verstrekt_door_betrokkene = e.uuid WHERE e.was_partij = ") %
           row % QLatin1String(".uuid)");
}

QString triggerFunction(const QString &name, const QString &body)
{
    return QLatin1String("CREATE OR REPLACE FUNCTION ") % name %
           QLatin1String("() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
                         " AS $$ BEGIN ") %
           body % QLatin1String(" RETURN NULL; END $$");
}

QStringList emailFunctions()
{
    const QString deleteOld =
        QLatin1String("DELETE FROM zoek_email WHERE digitaal_adres = OLD.rowid AND sleutel COLLATE \"C\" IN (") %
        asciiLower(QStringLiteral("OLD.adres")) % QLatin1String(", '@' || ") %
        asciiLower(QStringLiteral("substr(OLD.adres, strpos(OLD.adres, '@') + 1)")) % QLatin1String(");");
    const QString betrokkeneAddresses = QStringLiteral("d.verstrekt_door_betrokkene = NEW.uuid");
    return {
        triggerFunction(
            QStringLiteral("kcc_zoek_email_adres"),
            QLatin1String("IF TG_OP = 'UPDATE' AND NOT ROW(OLD.adres, OLD.soort_digitaal_adres,"
                          " OLD.verstrekt_door_partij, OLD.verstrekt_door_betrokkene) IS DISTINCT FROM ROW(NEW.adres,"
                          " NEW.soort_digitaal_adres, NEW.verstrekt_door_partij, NEW.verstrekt_door_betrokkene)"
                          " THEN RETURN NULL; END IF;"
                          " IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN ") %
                deleteOld % QLatin1String(" END IF; IF TG_OP <> 'DELETE' THEN ") %
                insertEmails(QStringLiteral("d.rowid = NEW.rowid")) % QLatin1String(" END IF;")),
        // With deferred foreign keys an address may be written before its partij or betrokkene.
        triggerFunction(QStringLiteral("kcc_zoek_email_partij"),
                        QLatin1String("IF TG_OP = 'INSERT' THEN ") %
                            insertEmails(partijAddresses(QStringLiteral("NEW"))) % QLatin1String(" ELSIF ") %
                            hitColumnsChanged() % QLatin1String(" THEN ") %
                            deleteEmails(partijAddresses(QStringLiteral("OLD"))) % QLatin1Char(' ') %
                            insertEmails(partijAddresses(QStringLiteral("NEW"))) % QLatin1String(" END IF;")),
        triggerFunction(QStringLiteral("kcc_zoek_email_betrokkene"),
                        QLatin1String("IF TG_OP = 'INSERT' THEN IF NEW.was_partij IS NOT NULL THEN ") %
                            insertEmails(betrokkeneAddresses) %
                            QLatin1String(" END IF; ELSIF OLD.was_partij IS DISTINCT FROM NEW.was_partij THEN ") %
                            deleteEmails(QStringLiteral("d.verstrekt_door_betrokkene = OLD.uuid")) % QLatin1Char(' ') %
                            insertEmails(betrokkeneAddresses) % QLatin1String(" END IF;")),
        triggerFunction(
            QStringLiteral("kcc_zoek_email_domein"),
            QStringLiteral("IF TG_OP = 'INSERT' THEN IF NEW.sleutel >= '@' AND NEW.sleutel < 'A' THEN"
                           " INSERT INTO zoek_email_domein (domein, aantal) VALUES (substr(NEW.sleutel, 2), 1)"
                           " ON CONFLICT (domein) DO UPDATE SET aantal = zoek_email_domein.aantal + 1; END IF;"
                           " ELSIF OLD.sleutel >= '@' AND OLD.sleutel < 'A' THEN"
                           " UPDATE zoek_email_domein SET aantal = aantal - 1 WHERE domein = substr(OLD.sleutel, 2);"
                           " DELETE FROM zoek_email_domein WHERE domein = substr(OLD.sleutel, 2) AND aantal <= 0;"
                           " END IF;")),
    };
}

QStringList triggerStatements()
{
    const QString functions[] = {
        QStringLiteral("kcc_zoek_naam_bij"),     QStringLiteral("kcc_zoek_email_partij"),
        QStringLiteral("kcc_zoek_email_adres"),  QStringLiteral("kcc_zoek_email_betrokkene"),
        QStringLiteral("kcc_zoek_email_domein"),
    };
    const QString events[] = {
        QStringLiteral("INSERT OR UPDATE OR DELETE"), QStringLiteral("INSERT OR UPDATE"),
        QStringLiteral("INSERT OR UPDATE OR DELETE"), QStringLiteral("INSERT OR UPDATE"),
        QStringLiteral("INSERT OR DELETE"),
    };
    QStringList statements;
    for (std::size_t i = 0; i < std::size(triggerNames); ++i) {
        statements << QLatin1String("CREATE TRIGGER ") % triggerNames[i][0] % QLatin1String(" AFTER ") % events[i] %
                          QLatin1String(" ON ") % triggerNames[i][1] %
                          QLatin1String(" FOR EACH ROW EXECUTE FUNCTION ") % functions[i] % QLatin1String("()");
    }
    return statements;
}

QStringList dropTriggerStatements()
{
    QStringList statements;
    for (const auto &[name, table] : triggerNames)
        statements << QLatin1String("DROP TRIGGER IF EXISTS ") % name % QLatin1String(" ON ") % table;
    return statements;
}

QStringList lookupIndexStatements()
{
    return {
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[0] % QLatin1String(" ON digitaal_adres ((") %
            SearchIndex::phoneKeySql(QStringLiteral("adres")) %
            QLatin1String(" COLLATE \"C\"), rowid) WHERE soort_digitaal_adres = 'telefoonnummer'"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[1] %
            QLatin1String(" ON partij ((bezoekadres_postcode COLLATE \"C\"), bezoekadres_huisnummer)"),
        QLatin1String("CREATE INDEX IF NOT EXISTS ") % lookupIndexNames[2] %
            QLatin1String(
                " ON partij ((correspondentieadres_postcode COLLATE \"C\"), correspondentieadres_huisnummer)"),
    };
}

QStringList refillStatements()
{
    QStringList statements;
    for (const QLatin1String &table : keyTables)
        statements << QLatin1String("TRUNCATE ") % table;
    statements << QLatin1String("CREATE TEMPORARY TABLE zoek_herbouw ON COMMIT DROP AS SELECT p.rowid AS partij, ") %
                      SearchIndex::hitColumns(QStringLiteral("p")) %
                      QLatin1String(", n.woorden, n.sleutels, n.termen, n.prefixen FROM partij p,"
                                    " LATERAL kcc_zoek_naam") %
                      nameArguments(QStringLiteral("p")) % QLatin1String(" n")
               << QLatin1String("INSERT INTO zoek_naam_paar (sleutel, partij, woorden, ") %
                      SearchIndex::hitColumns({}) % QLatin1String(") SELECT s, h.partij, h.woorden, ") %
                      SearchIndex::hitColumns(QStringLiteral("h")) %
                      QLatin1String(" FROM zoek_herbouw h, unnest(h.sleutels) s ORDER BY 1, 2")
               << QStringLiteral(
                      "INSERT INTO zoek_naam_woord (woord, aantal) SELECT substr(sleutel, strpos(sleutel, ' ') + 1),"
                      " count(*) FROM zoek_naam_paar GROUP BY 1")
               << QStringLiteral(
                      "INSERT INTO zoek_naam_achternaam (term, partij) SELECT t, h.partij FROM zoek_herbouw h,"
                      " unnest(h.termen) t ORDER BY 1, 2")
               << QStringLiteral("INSERT INTO zoek_naam_prefix (prefix, partij) SELECT x, h.partij FROM zoek_herbouw h,"
                                 " unnest(h.prefixen) x ORDER BY 1, 2")
               << QStringLiteral("DROP TABLE zoek_herbouw") << insertEmails(QStringLiteral("true")).chopped(1)
               << QStringLiteral("INSERT INTO zoek_email_domein (domein, aantal) SELECT substr(sleutel, 2), count(*)"
                                 " FROM zoek_email WHERE sleutel >= '@' AND sleutel < 'A' GROUP BY 1");
    return statements;
}

Result<> execAll(const QSqlDatabase &connection, const QStringList &statements)
{
    QSqlQuery query(connection);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return StorageError::fromSql(query.lastError(), PostgresSearchIndex::tr("updating the search index"));
    }
    return {};
}

// The array literal of `values` for a text[] parameter.
QString arrayLiteral(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString value : values) {
        value.replace(QLatin1String("\\"), QLatin1String("\\\\"));
        value.replace(QLatin1String("\""), QLatin1String("\\\""));
        quoted << QLatin1Char('"') % value % QLatin1Char('"');
    }
    return QLatin1Char('{') % quoted.join(QLatin1Char(',')) % QLatin1Char('}');
}

Result<> writeFoldTable(const QSqlDatabase &connection)
{
    // Computed once per process: it walks every code point (about a second).
    static const std::pair<QString, QString> arrays = [] {
        QStringList characters;
        QStringList folded;
        for (const auto &[character, fold] : PostgresSearchIndex::foldedCharacters()) {
            characters << character;
            folded << fold;
        }
        return std::pair{arrayLiteral(characters), arrayLiteral(folded)};
    }();
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("TRUNCATE zoek_vouwteken")))
        return StorageError::fromSql(query.lastError(), PostgresSearchIndex::tr("updating the search index"));
    query.prepare(
        QStringLiteral("INSERT INTO zoek_vouwteken (teken, vouw) SELECT * FROM unnest(?::text[], ?::text[])"));
    query.addBindValue(arrays.first);
    query.addBindValue(arrays.second);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), PostgresSearchIndex::tr("updating the search index"));
    return {};
}

} // namespace

QList<QPair<QString, QString>> PostgresSearchIndex::foldedCharacters()
{
    QList<QPair<QString, QString>> result;
    for (char32_t code = 1; code <= 0x10FFFF; ++code) {
        if (code >= 0xD800 && code <= 0xDFFF)
            continue;
        // Beyond the BMP nearly every code point is unassigned or private: a separator, the default.
        const QChar::Category category = QChar::category(code);
        if (code > 0xFFFF && (category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse))
            continue;
        const QString character = QString::fromUcs4(&code, 1);
        // What tokenize(foldName(...)) makes of it: its letters, digits and marks, separators as spaces.
        QString fold = SearchQuery::foldName(character);
        for (QChar &ch : fold) {
            if (!ch.isLetterOrNumber() && !ch.isMark())
                ch = QLatin1Char(' ');
        }
        const bool separator = fold.trimmed().isEmpty();
        if (separator)
            fold = QStringLiteral(" ");
        const bool isDefault = code > 0xFFFF ? separator : fold == character;
        if (!isDefault)
            result.append({character, fold});
    }
    return result;
}

Result<> PostgresSearchIndex::rebuild(const QSqlDatabase &connection)
{
    // After a bulk load in the same transaction (kccctl copy) the deferred foreign keys still have
    // events pending, and PostgreSQL refuses CREATE INDEX on a table with pending trigger events:
    // check them now (they would be checked at the COMMIT anyway).
    QStringList statements{QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")};
    statements << tableStatements();
    statements << tokensFunction() << nameFunction() << namePartijFunction() << emailFunctions();
    statements << dropTriggerStatements() << lookupIndexStatements();
    if (Result<> prepared = execAll(connection, statements); !prepared)
        return prepared;
    if (Result<> written = writeFoldTable(connection); !written)
        return written;
    return execAll(connection, refillStatements() + triggerStatements());
}

Result<> PostgresSearchIndex::suspend(const QSqlDatabase &connection)
{
    QStringList statements = dropTriggerStatements();
    for (const QLatin1String &name : lookupIndexNames)
        statements << QLatin1String("DROP INDEX IF EXISTS ") % name;
    return execAll(connection, statements);
}

Result<bool> PostgresSearchIndex::isSuspended(const QSqlDatabase &connection)
{
    QStringList names;
    for (const auto &[name, table] : triggerNames)
        names << name;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname = ANY(?::text[])"));
    query.addBindValue(arrayLiteral(names));
    if (!query.exec() || !query.next())
        return StorageError::fromSql(query.lastError(), tr("checking the search index"));
    return query.value(0).toLongLong() != qint64(names.size());
}

} // namespace kcc::storage
