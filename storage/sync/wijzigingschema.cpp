#include "storage/sync/wijzigingschema.h"

#include "storage/db/sqldialect.h"

namespace kcc::storage {

namespace {

// A CHECK constraint cannot be changed in place in SQLite, so the outbox is rebuilt with every
// column it had (storage/sync/syncschema.cpp) plus `bewerking`, on both engines alike.
const char *const statements[] = {
    "CREATE TABLE sync_outbox_v12 ("
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
    " bewerking TEXT NOT NULL DEFAULT 'aanmaken' CHECK (bewerking IN ('aanmaken', 'wijzigen'))"
    ")",
    "INSERT INTO sync_outbox_v12 (id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging,"
    " aangemaakt_op, laatste_fout, ongeldige_velden)"
    " SELECT id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging, aangemaakt_op, laatste_fout,"
    " ongeldige_velden FROM sync_outbox ORDER BY id",
    "DROP TABLE sync_outbox",
    "ALTER TABLE sync_outbox_v12 RENAME TO sync_outbox",
    "CREATE INDEX sync_outbox_status ON sync_outbox (status, id)",
    // Changes of one record are found by it (SyncOutbox::queueChange, the hold behind a conflict).
    "CREATE INDEX sync_outbox_record ON sync_outbox (resource, lokaal_uuid, status)",
    // The server's version (its JSON as it answered) at the last push or pull of the record.
    "CREATE TABLE sync_basis ("
    " resource TEXT NOT NULL,"
    " lokaal_uuid TEXT NOT NULL,"
    " document TEXT NOT NULL,"
    " opgeslagen_op TEXT NOT NULL,"
    " PRIMARY KEY (resource, lokaal_uuid)"
    ")",
    // Nothing is overwritten without a trace: both versions, when and for which outbox entry, and
    // who chose what and when.
    "CREATE TABLE sync_conflict ("
    " id BIGINT PRIMARY KEY NOT NULL,"
    " outbox_id BIGINT NOT NULL,"
    " resource TEXT NOT NULL,"
    " lokaal_uuid TEXT NOT NULL,"
    " basis TEXT NOT NULL,"
    " bureau TEXT NOT NULL,"
    " server TEXT NOT NULL,"
    " ontstaan_op TEXT NOT NULL,"
    " keuze TEXT CHECK (keuze IN ('bureau', 'server')),"
    " gekozen_door TEXT,"
    " gekozen_op TEXT"
    ")",
    "CREATE INDEX sync_conflict_open ON sync_conflict (keuze, id)",
};

} // namespace

Result<> WijzigingSchema::migrateToVersion12(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    return SqlDialect::execDdl(connection, ddl);
}

} // namespace kcc::storage
