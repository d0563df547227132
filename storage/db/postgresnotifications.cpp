#include "storage/db/postgresnotifications.h"

#include "storage/db/storageerror.h"

#include <QSqlQuery>

namespace kcc::storage {

namespace {

// taak_geopend: a seat opened or closed a task, so an open task view says who else has it.
const char *const tables[] = {"interne_taak", "interne_taak_actor", "klantcontact", "taak_geopend"};

} // namespace

Result<> PostgresNotifications::install(const QSqlDatabase &connection)
{
    QStringList statements{
        QStringLiteral("CREATE OR REPLACE FUNCTION kcc_meld_wijziging() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN PERFORM pg_notify('kcc_wijziging', TG_TABLE_NAME); RETURN NULL; END $$")};
    for (const char *table : tables) {
        statements << QStringLiteral("CREATE OR REPLACE TRIGGER kcc_wijziging AFTER INSERT OR UPDATE OR DELETE ON %1"
                                     " FOR EACH STATEMENT EXECUTE FUNCTION kcc_meld_wijziging()")
                          .arg(QLatin1String(table));
    }
    QSqlQuery query(connection);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return StorageError::fromSql(query.lastError());
    }
    return {};
}

} // namespace kcc::storage
