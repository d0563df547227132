#include "storage/taken/takenschema.h"

#include "storage/db/schema.h"
#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

const char *const statements[] = {
    "CREATE TABLE afdeling_lid ("
    " medewerker TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " afdeling TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (medewerker, afdeling)"
    ") STRICT, WITHOUT ROWID",
    "CREATE INDEX afdeling_lid_afdeling ON afdeling_lid (afdeling, medewerker)",
    // The log keeps who did what even after an actor or the klantcontact of an attempt is gone:
    // only the task itself is a foreign key. toegewezen_aan is a JSON array of actor names.
    "CREATE TABLE taak_log ("
    " id INTEGER PRIMARY KEY,"
    " taak TEXT NOT NULL REFERENCES interne_taak(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " tijdstip TEXT NOT NULL,"
    " actor TEXT,"
    " actor_naam TEXT NOT NULL DEFAULT '',"
    " actie TEXT NOT NULL CHECK (actie IN ('aangemaakt', 'opgepakt', 'doorgestuurd', 'opnieuw_gerouteerd',"
    "  'toegewezen', 'contact_poging', 'afgehandeld', 'heropend')),"
    " toegewezen_aan TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(toegewezen_aan)),"
    " toelichting TEXT NOT NULL DEFAULT '',"
    " klantcontact TEXT,"
    " gelukt INTEGER CHECK (gelukt IS NULL OR gelukt IN (0, 1)),"
    " gerelateerde_taak TEXT"
    ") STRICT",
    "CREATE INDEX taak_log_taak ON taak_log (taak, id)",
    // The viewer's history: what they handled, newest first.
    "CREATE INDEX taak_log_actor ON taak_log (actor, tijdstip)",
    // The work queues walk a medewerker's or afdeling's assignments in the order of age without
    // touching the tasks: the task's status, time and handeling are copied onto each assignment
    // and kept in step by triggers (whichever of task and assignment is written first).
    "ALTER TABLE interne_taak_actor ADD COLUMN taak_status TEXT",
    "ALTER TABLE interne_taak_actor ADD COLUMN taak_toegewezen_op TEXT",
    "ALTER TABLE interne_taak_actor ADD COLUMN taak_handeling TEXT",
    "UPDATE interne_taak_actor SET"
    " taak_status = (SELECT t.status FROM interne_taak t WHERE t.uuid = interne_taak_actor.interne_taak),"
    " taak_toegewezen_op = (SELECT coalesce(t.toegewezen_op, '') FROM interne_taak t"
    "  WHERE t.uuid = interne_taak_actor.interne_taak),"
    " taak_handeling = (SELECT t.gevraagde_handeling FROM interne_taak t"
    "  WHERE t.uuid = interne_taak_actor.interne_taak)",
    "CREATE TRIGGER interne_taak_actor_queue_insert AFTER INSERT ON interne_taak_actor BEGIN"
    " UPDATE interne_taak_actor SET"
    "  taak_status = (SELECT t.status FROM interne_taak t WHERE t.uuid = NEW.interne_taak),"
    "  taak_toegewezen_op = (SELECT coalesce(t.toegewezen_op, '') FROM interne_taak t"
    "   WHERE t.uuid = NEW.interne_taak),"
    "  taak_handeling = (SELECT t.gevraagde_handeling FROM interne_taak t WHERE t.uuid = NEW.interne_taak)"
    " WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER interne_taak_queue_insert AFTER INSERT ON interne_taak BEGIN"
    " UPDATE interne_taak_actor SET taak_status = NEW.status, taak_toegewezen_op = coalesce(NEW.toegewezen_op, ''),"
    " taak_handeling = NEW.gevraagde_handeling WHERE interne_taak = NEW.uuid; END",
    "CREATE TRIGGER interne_taak_queue_update AFTER UPDATE OF status, toegewezen_op, gevraagde_handeling"
    " ON interne_taak BEGIN"
    " UPDATE interne_taak_actor SET taak_status = NEW.status, taak_toegewezen_op = coalesce(NEW.toegewezen_op, ''),"
    " taak_handeling = NEW.gevraagde_handeling WHERE interne_taak = NEW.uuid; END",
    "CREATE TABLE taak_norm ("
    " gevraagde_handeling TEXT PRIMARY KEY NOT NULL,"
    " werkdagen INTEGER NOT NULL CHECK (werkdagen BETWEEN 0 AND 250)"
    ") STRICT",
};

struct Norm
{
    const char *handeling;
    int werkdagen;
};

// Matches the labels of the seeded gevraagde_handeling code list (CallflowSchema); the
// supervisor changes them afterwards.
const Norm norms[] = {
    {"Terugbellen", 2},
    {"Beantwoorden per e-mail", 2},
    {"Opnieuw routeren", 1},
    {"Informatie opvragen", 5},
    {"Aanmaken zaak n.a.v. productaanvraag", 5},
};

// The same three queue triggers in PostgreSQL's form (a trigger calls a function).
const char *const postgresQueueTriggers[] = {
    "CREATE FUNCTION kcc_interne_taak_actor_queue_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " SELECT t.status, coalesce(t.toegewezen_op, ''), t.gevraagde_handeling"
    "  INTO NEW.taak_status, NEW.taak_toegewezen_op, NEW.taak_handeling"
    "  FROM interne_taak t WHERE t.uuid = NEW.interne_taak;"
    " RETURN NEW; END $$",
    "CREATE TRIGGER interne_taak_actor_queue_insert BEFORE INSERT ON interne_taak_actor"
    " FOR EACH ROW EXECUTE FUNCTION kcc_interne_taak_actor_queue_insert()",
    "CREATE FUNCTION kcc_interne_taak_queue_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " UPDATE interne_taak_actor SET taak_status = NEW.status, taak_toegewezen_op = coalesce(NEW.toegewezen_op, ''),"
    "  taak_handeling = NEW.gevraagde_handeling WHERE interne_taak = NEW.uuid;"
    " RETURN NULL; END $$",
    "CREATE TRIGGER interne_taak_queue_insert AFTER INSERT ON interne_taak"
    " FOR EACH ROW EXECUTE FUNCTION kcc_interne_taak_queue_copy()",
    "CREATE TRIGGER interne_taak_queue_update AFTER UPDATE OF status, toegewezen_op, gevraagde_handeling"
    " ON interne_taak FOR EACH ROW EXECUTE FUNCTION kcc_interne_taak_queue_copy()",
};

} // namespace

Result<> TakenSchema::migrateToVersion4(QSqlDatabase &connection)
{
    const bool postgres = SqlDialect::isPostgres(connection);
    QStringList all;
    for (const char *statement : statements) {
        if (!(postgres && QLatin1String(statement).startsWith(QLatin1String("CREATE TRIGGER"))))
            all << QString::fromLatin1(statement);
    }
    if (postgres) {
        for (const char *statement : postgresQueueTriggers)
            all << QString::fromLatin1(statement);
    }
    all << Schema::versionFourIndexStatements();
    if (Result<> created = SqlDialect::execDdl(connection, all); !created)
        return created;
    QSqlQuery query(connection);
    if (!query.prepare(QStringLiteral("INSERT INTO taak_norm (gevraagde_handeling, werkdagen) VALUES (?, ?)")))
        return StorageError::fromSql(query.lastError());
    for (const Norm &norm : norms) {
        query.bindValue(0, QString::fromUtf8(norm.handeling));
        query.bindValue(1, norm.werkdagen);
        if (!query.exec())
            return StorageError::fromSql(query.lastError());
    }
    // Tasks registered before this version get their creation as the first log line. A PostgreSQL
    // database starts empty at the current version (kccctl copy brings the log along).
    return postgres ? Result<>{} : logUnloggedTasks(connection);
}

Result<> TakenSchema::logUnloggedTasks(QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(
            QStringLiteral(
                "INSERT INTO taak_log (taak, tijdstip, actor, actor_naam, actie, toegewezen_aan)"
                " SELECT t.uuid, coalesce(t.toegewezen_op, %1), NULL, '', 'aangemaakt',"
                "  coalesce((SELECT json_group_array(naam) FROM (SELECT a.naam AS naam FROM interne_taak_actor ta"
                "   JOIN actor a ON a.uuid = ta.actor WHERE ta.interne_taak = t.uuid ORDER BY ta.positie) namen), '[]')"
                " FROM interne_taak t WHERE NOT EXISTS (SELECT 1 FROM taak_log l WHERE l.taak = t.uuid)"
                " ORDER BY t.rowid")
                .arg(SqlDialect::nowText(connection))))
        return StorageError::fromSql(query.lastError());
    return {};
}

} // namespace kcc::storage
