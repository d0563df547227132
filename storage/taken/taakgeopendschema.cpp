#include "storage/taken/taakgeopendschema.h"

#include "storage/db/sqldialect.h"

namespace kcc::storage {

namespace {

const char *const statements[] = {
    // sinds is UTC text (codec::dateTimeText); id is the ConnectionMark the session holds.
    "CREATE TABLE taak_geopend ("
    " id INTEGER PRIMARY KEY,"
    " taak TEXT NOT NULL REFERENCES interne_taak(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " actor TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " sessie INTEGER NOT NULL,"
    " sinds TEXT NOT NULL"
    ") STRICT",
    "CREATE INDEX taak_geopend_taak ON taak_geopend (taak)",
    "CREATE INDEX taak_geopend_actor ON taak_geopend (actor)",
};

} // namespace

Result<> TaakGeopendSchema::migrateToVersion15(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    return SqlDialect::execDdl(connection, ddl);
}

} // namespace kcc::storage
