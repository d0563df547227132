#include "storage/sync/syncschema.h"

#include "storage/db/sqldialect.h"
#include "storage/db/sqlutil.h"

namespace kcc::storage {

namespace {

const char *const statements[] = {
    // herkomst: 'lokaal' when the desk made the record and pushed it, 'server' when it was pulled
    // (such records are not held to the desk's own registration rules, issue 14 item 4).
    "CREATE TABLE sync_identiteit ("
    " resource TEXT NOT NULL,"
    " lokaal_uuid TEXT NOT NULL,"
    " server_uuid TEXT NOT NULL,"
    " server_url TEXT NOT NULL,"
    " herkomst TEXT NOT NULL CHECK (herkomst IN ('lokaal', 'server')),"
    " gesynchroniseerd_op TEXT NOT NULL,"
    " PRIMARY KEY (resource, lokaal_uuid)"
    ")",
    "CREATE UNIQUE INDEX sync_identiteit_server ON sync_identiteit (resource, server_uuid)",
    // id is the queue order, given by the writer (max + 1 inside its BEGIN IMMEDIATE transaction),
    // which is the dependency order: a registration queues a klantcontact before its betrokkene.
    "CREATE TABLE sync_outbox ("
    " id BIGINT PRIMARY KEY NOT NULL,"
    " resource TEXT NOT NULL,"
    " lokaal_uuid TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'wachtend' CHECK (status IN ('wachtend', 'verzonden', 'geweigerd')),"
    " onzeker INTEGER NOT NULL DEFAULT 0 CHECK (onzeker IN (0, 1)),"
    " pogingen INTEGER NOT NULL DEFAULT 0,"
    " volgende_poging TEXT,"
    " aangemaakt_op TEXT NOT NULL,"
    " laatste_fout TEXT NOT NULL DEFAULT '',"
    " ongeldige_velden TEXT NOT NULL DEFAULT '[]'"
    ")",
    "CREATE INDEX sync_outbox_status ON sync_outbox (status, id)",
};

} // namespace

Result<> SyncSchema::migrateToVersion10(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    return SqlDialect::execDdl(connection, ddl);
}

} // namespace kcc::storage
