#include "storage/privacy/privacyschema.h"

#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

// The effective expiry of verwerkingsactie `a`: its latest bewaartermijn correction, else its own.
#define KCC_BEWAREN_TOT(a)                                                                                             \
    "COALESCE((SELECT c.bewaren_tot FROM verwerkingsactie_correctie c WHERE c.actie = " a                              \
    ".rij AND c.bewaren_tot IS NOT NULL ORDER BY c.rij DESC LIMIT 1), " a ".bewaren_tot)"
#define KCC_NU "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
#define KCC_PG_NU "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

const char *const statements[] = {
    "CREATE TABLE verwerkingsactiviteit ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " naam TEXT NOT NULL,"
    " url TEXT NOT NULL DEFAULT '',"
    " bewaartermijn TEXT NOT NULL,"
    " standaard INTEGER NOT NULL DEFAULT 0 CHECK (standaard IN (0, 1))"
    ") STRICT",
    "CREATE UNIQUE INDEX verwerkingsactiviteit_een_standaard ON verwerkingsactiviteit (standaard) WHERE standaard = 1",
    // '' matches any kanaal or onderwerp; the most specific row wins.
    "CREATE TABLE verwerkingsactiviteit_keuze ("
    " kanaal TEXT NOT NULL DEFAULT '',"
    " onderwerp TEXT NOT NULL DEFAULT '',"
    " activiteit TEXT NOT NULL REFERENCES verwerkingsactiviteit(id),"
    " PRIMARY KEY (kanaal, onderwerp)"
    ") STRICT",
    "CREATE TABLE verwerkingsactie ("
    " rij INTEGER PRIMARY KEY,"
    " actie_id TEXT NOT NULL UNIQUE,"
    " actie_naam TEXT NOT NULL,"
    " handeling_naam TEXT NOT NULL DEFAULT '',"
    " verwerking_naam TEXT NOT NULL DEFAULT '',"
    " verwerking_id TEXT NOT NULL,"
    " verwerkingsactiviteit_id TEXT NOT NULL,"
    " verwerkingsactiviteit_url TEXT NOT NULL DEFAULT '',"
    " vertrouwelijkheid TEXT NOT NULL CHECK (vertrouwelijkheid IN ('normaal', 'vertrouwelijk', 'opgeheven')),"
    " bewaartermijn TEXT NOT NULL,"
    " bewaren_tot TEXT NOT NULL,"
    " uitvoerder TEXT NOT NULL DEFAULT '',"
    " systeem TEXT NOT NULL,"
    " gebruiker TEXT NOT NULL,"
    " gegevensbron TEXT NOT NULL,"
    " tijdstip TEXT NOT NULL,"     // with the seat's offset, as the standard gives it
    " tijdstip_utc TEXT NOT NULL," // the same instant in UTC (instantText), for periods and order
    " tijdstip_registratie TEXT NOT NULL"
    ") STRICT",
    "CREATE INDEX verwerkingsactie_verwerking ON verwerkingsactie (verwerking_id)",
    "CREATE INDEX verwerkingsactie_bewaren_tot ON verwerkingsactie (bewaren_tot)",
    "CREATE TABLE verwerkt_object ("
    " rij INTEGER PRIMARY KEY,"
    // Deferred: the purge deletes an entry while its corrections still say when it expires, and
    // its corrections after it.
    " actie INTEGER NOT NULL REFERENCES verwerkingsactie(rij) DEFERRABLE INITIALLY DEFERRED,"
    " verwerkt_object_id TEXT NOT NULL UNIQUE,"
    " objecttype TEXT NOT NULL DEFAULT 'persoon' CHECK (objecttype = 'persoon'),"
    " soort_object_id TEXT NOT NULL,"
    " pseudoniem TEXT NOT NULL," // HMAC-SHA256 hex of the BSN or partij uuid; never the identifier
    " betrokkenheid TEXT NOT NULL DEFAULT '',"
    " soorten_gegevens TEXT NOT NULL DEFAULT ''" // comma-separated
    ") STRICT",
    "CREATE INDEX verwerkt_object_pseudoniem ON verwerkt_object (pseudoniem, actie)",
    "CREATE INDEX verwerkt_object_actie ON verwerkt_object (actie)",
    // The standard's PATCH (bewaartermijn, vertrouwelijkheid per verwerking) and DELETE (an entry
    // vervallen) as appended rows, one per entry they change: NULL leaves a value as it was.
    "CREATE TABLE verwerkingsactie_correctie ("
    " rij INTEGER PRIMARY KEY,"
    " actie INTEGER NOT NULL REFERENCES verwerkingsactie(rij) DEFERRABLE INITIALLY DEFERRED,"
    " vertrouwelijkheid TEXT CHECK (vertrouwelijkheid IN ('normaal', 'vertrouwelijk', 'opgeheven')),"
    " bewaartermijn TEXT,"
    " bewaren_tot TEXT,"
    " vervallen INTEGER NOT NULL DEFAULT 0 CHECK (vervallen IN (0, 1)),"
    " gebruiker TEXT NOT NULL,"
    " tijdstip_registratie TEXT NOT NULL"
    ") STRICT",
    "CREATE INDEX verwerkingsactie_correctie_actie ON verwerkingsactie_correctie (actie, rij)",
    // Each purge: when, by whom, up to which expiry, how many entries. Never purged itself.
    "CREATE TABLE verwerkingenlog_opschoning ("
    " rij INTEGER PRIMARY KEY,"
    " tijdstip_registratie TEXT NOT NULL,"
    " gebruiker TEXT NOT NULL,"
    " verlopen_voor TEXT NOT NULL,"
    " aantal INTEGER NOT NULL"
    ") STRICT",

    "CREATE TRIGGER verwerkingsactie_geen_wijziging BEFORE UPDATE ON verwerkingsactie"
    " BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: entries are never changed; append a correction'); END",
    "CREATE TRIGGER verwerkt_object_geen_wijziging BEFORE UPDATE ON verwerkt_object"
    " BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: entries are never changed'); END",
    "CREATE TRIGGER verwerkingsactie_correctie_geen_wijziging BEFORE UPDATE ON verwerkingsactie_correctie"
    " BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: corrections are never changed'); END",
    "CREATE TRIGGER verwerkingenlog_opschoning_geen_wijziging BEFORE UPDATE ON verwerkingenlog_opschoning"
    " BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: the purge record is never changed'); END",
    "CREATE TRIGGER verwerkingenlog_opschoning_blijft BEFORE DELETE ON verwerkingenlog_opschoning"
    " BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: the purge record is never deleted'); END",
    "CREATE TRIGGER verwerkingsactie_alleen_verlopen BEFORE DELETE ON verwerkingsactie"
    " WHEN " KCC_BEWAREN_TOT(
        "OLD") " >= " KCC_NU
               " BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: an entry is deleted only after its bewaartermijn'); END",
    // The parts of an entry go with it, and only when it may go (or is gone already).
    "CREATE TRIGGER verwerkt_object_alleen_verlopen BEFORE DELETE ON verwerkt_object"
    " WHEN EXISTS (SELECT 1 FROM verwerkingsactie a WHERE a.rij = OLD.actie AND " KCC_BEWAREN_TOT(
        "a") " >= " KCC_NU
             ") BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: an entry is deleted only after its bewaartermijn'); END",
    "CREATE TRIGGER verwerkingsactie_correctie_alleen_verlopen BEFORE DELETE ON verwerkingsactie_correctie"
    " WHEN EXISTS (SELECT 1 FROM verwerkingsactie a WHERE a.rij = OLD.actie AND " KCC_BEWAREN_TOT(
        "a") " >= " KCC_NU
             ") BEGIN SELECT RAISE(ABORT, 'verwerkingenlog: an entry is deleted only after its bewaartermijn'); END",
};

// The same guard on PostgreSQL: one trigger function; the engine's clock decides what has expired.
const char *const postgresGuards[] = {
    "CREATE FUNCTION kcc_verwerkingenlog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$"
    " DECLARE entry bigint; BEGIN"
    " IF TG_OP = 'UPDATE' THEN RAISE EXCEPTION 'verwerkingenlog: entries are never changed; append a correction'; END "
    "IF;"
    " IF TG_TABLE_NAME = 'verwerkingenlog_opschoning' THEN"
    "  RAISE EXCEPTION 'verwerkingenlog: the purge record is never deleted'; END IF;"
    " IF TG_TABLE_NAME = 'verwerkingsactie' THEN entry := OLD.rij; ELSE entry := OLD.actie; END IF;"
    " IF EXISTS (SELECT 1 FROM verwerkingsactie a WHERE a.rij = entry AND " KCC_BEWAREN_TOT(
        "a") " >= " KCC_PG_NU ") THEN"
             "  RAISE EXCEPTION 'verwerkingenlog: an entry is deleted only after its bewaartermijn'; END IF;"
             " RETURN OLD; END $$",
    "CREATE TRIGGER verwerkingsactie_alleen_toevoegen BEFORE UPDATE OR DELETE ON verwerkingsactie"
    " FOR EACH ROW EXECUTE FUNCTION kcc_verwerkingenlog_alleen_toevoegen()",
    "CREATE TRIGGER verwerkt_object_alleen_toevoegen BEFORE UPDATE OR DELETE ON verwerkt_object"
    " FOR EACH ROW EXECUTE FUNCTION kcc_verwerkingenlog_alleen_toevoegen()",
    "CREATE TRIGGER verwerkingsactie_correctie_alleen_toevoegen BEFORE UPDATE OR DELETE ON verwerkingsactie_correctie"
    " FOR EACH ROW EXECUTE FUNCTION kcc_verwerkingenlog_alleen_toevoegen()",
    "CREATE TRIGGER verwerkingenlog_opschoning_alleen_toevoegen BEFORE UPDATE OR DELETE ON verwerkingenlog_opschoning"
    " FOR EACH ROW EXECUTE FUNCTION kcc_verwerkingenlog_alleen_toevoegen()",
};

#undef KCC_BEWAREN_TOT
#undef KCC_NU
#undef KCC_PG_NU

} // namespace

QString PrivacySchema::instantText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Result<> PrivacySchema::migrateToVersion9(QSqlDatabase &connection)
{
    const bool postgres = SqlDialect::isPostgres(connection);
    QStringList ddl;
    for (const char *statement : statements) {
        if (!(postgres && QLatin1String(statement).startsWith(QLatin1String("CREATE TRIGGER"))))
            ddl << QString::fromLatin1(statement);
    }
    if (postgres) {
        for (const char *statement : postgresGuards)
            ddl << QString::fromLatin1(statement);
    }
    if (Result<> created = SqlDialect::execDdl(connection, ddl); !created)
        return created;
    QSqlQuery query(connection);
    // A placeholder default activity until the beheerder enters the municipality's own (its
    // register's id and URL, `kccctl verwerkingsactiviteiten`). The same id in every database, so
    // that two databases loaded alike are alike.
    query.prepare(QStringLiteral("INSERT INTO verwerkingsactiviteit (id, naam, url, bewaartermijn, standaard)"
                                 " VALUES (?, ?, '', ?, 1)"));
    query.addBindValue(QStringLiteral("3f9c8b0e-5a4d-4c2b-9e51-7d0a6c4b2e11"));
    query.addBindValue(QStringLiteral("Klantcontacten afhandelen (KCC)"));
    query.addBindValue(QStringLiteral("P2Y"));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    return {};
}

} // namespace kcc::storage
