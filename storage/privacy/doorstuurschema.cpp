#include "storage/privacy/doorstuurschema.h"

#include "storage/db/sqldialect.h"

namespace kcc::storage {

namespace {

const char *const statements[] = {
    "CREATE TABLE verwerkingenlog_doorsturen ("
    " naam TEXT PRIMARY KEY NOT NULL CHECK (naam = 'centraal'),"
    " base_url TEXT NOT NULL,"
    " token_bestand TEXT NOT NULL"
    ") STRICT",
    // status: wachtend (to send), onzeker (sent, no answer yet: ask the server before sending
    // again), verzonden (the server's url kept), geweigerd (a 4xx: the server's reason kept, never
    // sent again). inhoud is the request body (VerwerkingsactieUitgebreidBasis), pseudonyms only.
    // An entry about more persons than one request carries (an export) is sent in parts (deel).
    "CREATE TABLE verwerkingsactie_doorsturen ("
    " rij INTEGER PRIMARY KEY,"
    " actie_id TEXT NOT NULL,"
    " deel INTEGER NOT NULL DEFAULT 0,"
    " inhoud TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'wachtend' CHECK (status IN ('wachtend', 'onzeker', 'verzonden', 'geweigerd')),"
    " pogingen INTEGER NOT NULL DEFAULT 0,"
    " volgende_poging TEXT NOT NULL DEFAULT '',"
    " reden TEXT NOT NULL DEFAULT '',"
    " server_url TEXT NOT NULL DEFAULT '',"
    " aangemaakt TEXT NOT NULL"
    ") STRICT",
    "CREATE UNIQUE INDEX verwerkingsactie_doorsturen_deel ON verwerkingsactie_doorsturen (actie_id, deel)",
    "CREATE INDEX verwerkingsactie_doorsturen_status ON verwerkingsactie_doorsturen (status, rij)",
};

} // namespace

Result<> DoorstuurSchema::migrateToVersion11(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    return SqlDialect::execDdl(connection, ddl);
}

} // namespace kcc::storage
