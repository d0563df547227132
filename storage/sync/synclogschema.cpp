#include "storage/sync/synclogschema.h"

#include "storage/db/sqldialect.h"

namespace kcc::storage {

namespace {

const char *const statements[] = {
    // tijd is UTC text (codec::dateTimeText), which sorts as time does; the uuids are '' for a line
    // about the whole run (the token refused).
    "CREATE TABLE sync_log ("
    " id INTEGER PRIMARY KEY,"
    " tijd TEXT NOT NULL,"
    " richting TEXT NOT NULL CHECK (richting IN ('push', 'pull')),"
    " resource TEXT NOT NULL DEFAULT '',"
    " lokaal_uuid TEXT NOT NULL DEFAULT '',"
    " server_uuid TEXT NOT NULL DEFAULT '',"
    " uitkomst TEXT NOT NULL CHECK (uitkomst IN ('verzonden', 'opnieuw', 'geweigerd', 'offline', 'conflict',"
    " 'gestopt', 'opgehaald')),"
    " bericht TEXT NOT NULL DEFAULT ''"
    ") STRICT",
    "CREATE INDEX sync_log_tijd ON sync_log (tijd)",
    "CREATE INDEX sync_log_uitkomst ON sync_log (uitkomst, id)",
};

} // namespace

Result<> SyncLogSchema::migrateToVersion13(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    return SqlDialect::execDdl(connection, ddl);
}

} // namespace kcc::storage
