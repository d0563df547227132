#include "storage/sync/verwijderschema.h"

#include "storage/db/sqldialect.h"

namespace kcc::storage {

namespace {

const char *const statements[] = {
    "CREATE TABLE sync_outbox_v14 ("
    " id BIGINT PRIMARY KEY NOT NULL,"
    " resource TEXT NOT NULL,"
    " lokaal_uuid TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'wachtend'"
    "  CHECK (status IN ('wachtend', 'verzonden', 'geweigerd', 'conflict', 'vervallen')),"
    " onzeker INTEGER NOT NULL DEFAULT 0 CHECK (onzeker IN (0, 1)),"
    " pogingen INTEGER NOT NULL DEFAULT 0,"
    " volgende_poging TEXT,"
    " aangemaakt_op TEXT NOT NULL,"
    " laatste_fout TEXT NOT NULL DEFAULT '',"
    " ongeldige_velden TEXT NOT NULL DEFAULT '[]',"
    " bewerking TEXT NOT NULL DEFAULT 'aanmaken' CHECK (bewerking IN ('aanmaken', 'wijzigen', 'verwijderen'))"
    ")",
    "INSERT INTO sync_outbox_v14 (id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging,"
    " aangemaakt_op, laatste_fout, ongeldige_velden, bewerking)"
    " SELECT id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging, aangemaakt_op, laatste_fout,"
    " ongeldige_velden, bewerking FROM sync_outbox ORDER BY id",
    "DROP TABLE sync_outbox",
    "ALTER TABLE sync_outbox_v14 RENAME TO sync_outbox",
    "CREATE INDEX sync_outbox_status ON sync_outbox (status, id)",
    "CREATE INDEX sync_outbox_record ON sync_outbox (resource, lokaal_uuid, status)",
};

} // namespace

Result<> VerwijderSchema::migrateToVersion16(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    return SqlDialect::execDdl(connection, ddl);
}

} // namespace kcc::storage
