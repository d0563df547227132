#include "storage/db/postgressecurity.h"

#include "model/beheer/accountservice.h"
#include "storage/db/database.h"
#include "storage/db/postgreshandle.h"
#include "storage/db/storageerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace kcc::storage {

namespace {

const char *const roles[] = {
    // Cluster-wide: a second KCC database on the same server shares them.
    "DO $$ DECLARE r text; BEGIN"
    " FOREACH r IN ARRAY ARRAY['kcc_gebruiker', 'kcc_medewerker', 'kcc_balie', 'kcc_supervisor', 'kcc_beheerder',"
    "  'kcc_privacyfunctionaris'] LOOP"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r);"
    "  END IF; END LOOP;"
    " FOREACH r IN ARRAY ARRAY['kcc_medewerker', 'kcc_balie', 'kcc_supervisor', 'kcc_beheerder',"
    "  'kcc_privacyfunctionaris'] LOOP"
    "  EXECUTE format('GRANT kcc_gebruiker TO %I', r); END LOOP; END $$",
};

// The rules as functions that run with the owner's rights (SECURITY DEFINER), so that a policy can
// look at account and afdeling_lid without giving the medewerker those rows.
const char *const functions[] = {
    "CREATE OR REPLACE FUNCTION kcc_actor() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = public, pg_temp AS"
    " $$ SELECT actor FROM account WHERE lower(gebruikersnaam COLLATE \"default\") = lower(session_user::text) LIMIT 1 "
    "$$",
    "CREATE OR REPLACE FUNCTION kcc_heeft_rol(rol text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = public, pg_temp AS $$ SELECT pg_has_role(session_user, rol, 'MEMBER') $$",
    "CREATE OR REPLACE FUNCTION kcc_mag_vertrouwelijk_zien(klantcontact text) RETURNS boolean LANGUAGE sql STABLE"
    " SECURITY DEFINER SET search_path = public, pg_temp AS $$"
    " SELECT kcc_heeft_rol('kcc_supervisor')"
    "  OR EXISTS (SELECT 1 FROM actor_klantcontact ak WHERE ak.klantcontact = $1 AND ak.actor = kcc_actor())"
    "  OR EXISTS (SELECT 1 FROM interne_taak t JOIN interne_taak_actor ta ON ta.interne_taak = t.uuid"
    "   WHERE t.aanleidinggevend_klantcontact = $1 AND ta.actor = kcc_actor()) $$",
    // A medewerker's own assignments and any medewerker's (who has a task is no secret); an afdeling's
    // only for its members.
    "CREATE OR REPLACE FUNCTION kcc_mag_wachtrij_zien(toegewezen text) RETURNS boolean LANGUAGE sql STABLE"
    " SECURITY DEFINER SET search_path = public, pg_temp AS $$"
    " SELECT kcc_heeft_rol('kcc_supervisor') OR kcc_heeft_rol('kcc_beheerder') OR $1 = kcc_actor()"
    "  OR NOT EXISTS (SELECT 1 FROM actor a WHERE a.uuid = $1 AND a.soort_actor = 'organisatorische_eenheid')"
    "  OR EXISTS (SELECT 1 FROM afdeling_lid l WHERE l.afdeling = $1 AND l.medewerker = kcc_actor()) $$",
    // Opening a task (TaakToegang::zien): a supervisor, a medewerker it or one of their afdelingen is
    // assigned to, or who handled it before (the task log names them).
    "CREATE OR REPLACE FUNCTION kcc_mag_taak_zien(taak text) RETURNS boolean LANGUAGE sql STABLE"
    " SECURITY DEFINER SET search_path = public, pg_temp AS $$"
    " SELECT kcc_heeft_rol('kcc_supervisor')"
    "  OR EXISTS (SELECT 1 FROM interne_taak_actor ta WHERE ta.interne_taak = $1 AND (ta.actor = kcc_actor()"
    "   OR EXISTS (SELECT 1 FROM afdeling_lid l WHERE l.afdeling = ta.actor AND l.medewerker = kcc_actor())))"
    "  OR EXISTS (SELECT 1 FROM taak_log g WHERE g.taak = $1 AND g.actor = kcc_actor()) $$",
    // The queue copies on interne_taak_actor follow the task for every assignment, also those the
    // medewerker who changes the task may not see.
    "ALTER FUNCTION kcc_interne_taak_queue_copy() SECURITY DEFINER",
    "ALTER FUNCTION kcc_interne_taak_queue_copy() SET search_path = public, pg_temp",
    "ALTER FUNCTION kcc_interne_taak_actor_queue_insert() SECURITY DEFINER",
    "ALTER FUNCTION kcc_interne_taak_actor_queue_insert() SET search_path = public, pg_temp",
    "CREATE OR REPLACE FUNCTION kcc_maak_login(login text, verifier text, groepen text[]) RETURNS void"
    " LANGUAGE plpgsql AS $$ DECLARE g text; BEGIN"
    " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN"
    "  EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);"
    " ELSE EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier); END IF;"
    " FOR g IN SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid"
    "  JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = login AND b.rolname LIKE 'kcc\\_%' LOOP"
    "  EXECUTE format('REVOKE %I FROM %I', g, login); END LOOP;"
    " FOREACH g IN ARRAY groepen LOOP EXECUTE format('GRANT %I TO %I', g, login); END LOOP; END $$",
    "REVOKE ALL ON FUNCTION kcc_maak_login(text, text, text[]) FROM PUBLIC",
};

const char *const grants[] = {
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kcc_gebruiker, kcc_medewerker, kcc_balie, kcc_supervisor,"
    " kcc_beheerder, kcc_privacyfunctionaris",
    "GRANT USAGE ON SCHEMA public TO kcc_gebruiker",
    "GRANT SELECT ON partij, partij_identificator, digitaal_adres, rekeningnummer, vertegenwoordiging, klantcontact,"
    " betrokkene, onderwerpobject, bijlage, actor, actor_klantcontact, interne_taak, interne_taak_actor, codelijst,"
    " laatste_kanaal, concept_contact, afdeling_lid, taak_log, taak_norm, nummer_reeks, kcc_schema TO kcc_gebruiker",
    // Who is who and in which roles, never the password hashes or the lock counters.
    "GRANT SELECT (actor, gebruikersnaam, rollen) ON account TO kcc_gebruiker",
    // What the call flow registers and the partij editor changes.
    "GRANT INSERT ON partij, partij_identificator, digitaal_adres, rekeningnummer, vertegenwoordiging, klantcontact,"
    " betrokkene, onderwerpobject, bijlage, actor_klantcontact, interne_taak, interne_taak_actor, taak_log,"
    " laatste_kanaal, concept_contact, nummer_reeks TO kcc_gebruiker",
    "GRANT UPDATE ON partij, partij_identificator, digitaal_adres, rekeningnummer, klantcontact, interne_taak,"
    " interne_taak_actor, laatste_kanaal, concept_contact, nummer_reeks TO kcc_gebruiker",
    // Reassigning a task, editing a partij's addresses and identificators, closing a draft; never a
    // klantcontact, a betrokkene or a log line.
    "GRANT DELETE ON interne_taak_actor, concept_contact, digitaal_adres, rekeningnummer, partij_identificator,"
    " laatste_kanaal TO kcc_gebruiker",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kcc_gebruiker",
    // The beheerder keeps the actors, accounts, afdelingen, code lists and norms.
    "GRANT SELECT, INSERT, UPDATE, DELETE ON actor, account, afdeling_lid, codelijst, taak_norm TO kcc_beheerder",
    // The verwerkingenlog (issue 15): everyone writes it, the privacy officer alone reads it. The
    // row number comes back to the writer (RETURNING rij), nothing else does.
    "GRANT SELECT ON verwerkingsactiviteit, verwerkingsactiviteit_keuze TO kcc_gebruiker",
    "GRANT INSERT ON verwerkingsactie, verwerkt_object TO kcc_gebruiker",
    "GRANT SELECT (rij) ON verwerkingsactie TO kcc_gebruiker",
    "GRANT SELECT ON verwerkingsactie, verwerkt_object, verwerkingsactie_correctie, verwerkingenlog_opschoning"
    " TO kcc_privacyfunctionaris",
    "GRANT INSERT ON verwerkingsactie_correctie TO kcc_privacyfunctionaris",
    "GRANT INSERT, UPDATE, DELETE ON verwerkingsactiviteit, verwerkingsactiviteit_keuze TO kcc_beheerder",
    // Sync with Open Klant (issue 14): a registration queues itself in the outbox; the beheerder's
    // push (and the refusals they fix and resend) changes it.
    "GRANT SELECT, INSERT ON sync_outbox, sync_identiteit TO kcc_gebruiker",
    "GRANT UPDATE, DELETE ON sync_outbox, sync_identiteit TO kcc_beheerder",
    // The server's base versions and the conflicts (both versions of a partij) are the beheerder's.
    "GRANT SELECT, INSERT, UPDATE, DELETE ON sync_basis, sync_conflict TO kcc_beheerder",
    // Forwarding the verwerkingenlog: every entry queues itself while the beheerder has turned it
    // on; the beheerder's sender reads and marks the queue.
    "GRANT SELECT ON verwerkingenlog_doorsturen TO kcc_gebruiker",
    "GRANT INSERT ON verwerkingsactie_doorsturen TO kcc_gebruiker",
    "GRANT INSERT, UPDATE, DELETE ON verwerkingenlog_doorsturen TO kcc_beheerder",
    "GRANT SELECT, UPDATE ON verwerkingsactie_doorsturen TO kcc_beheerder",
    // The search's key tables (PostgresSearchIndex): read by everyone who searches partijen; only
    // its triggers (SECURITY DEFINER) write them.
    "GRANT SELECT ON zoek_naam_paar, zoek_naam_woord, zoek_naam_achternaam, zoek_naam_prefix, zoek_email,"
    " zoek_email_domein TO kcc_gebruiker",
    // The sync log (issue 14): whoever runs the sync appends, the beheerder reads.
    "GRANT INSERT ON sync_log TO kcc_gebruiker",
    "GRANT SELECT ON sync_log TO kcc_beheerder",
    // Who has a task open (issue 13): each seat writes and removes its own marks (policies below).
    "GRANT SELECT, INSERT, DELETE ON taak_geopend TO kcc_gebruiker",
};

const char *const policies[] = {
    "ALTER TABLE klantcontact ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS kcc_lezen ON klantcontact",
    "CREATE POLICY kcc_lezen ON klantcontact FOR SELECT USING (vertrouwelijk = 0 OR kcc_mag_vertrouwelijk_zien(uuid))",
    "DROP POLICY IF EXISTS kcc_registreren ON klantcontact",
    "CREATE POLICY kcc_registreren ON klantcontact FOR INSERT WITH CHECK (true)",
    "DROP POLICY IF EXISTS kcc_eigen_wijzigen ON klantcontact",
    "CREATE POLICY kcc_eigen_wijzigen ON klantcontact FOR UPDATE USING (kcc_heeft_rol('kcc_beheerder')"
    " OR EXISTS (SELECT 1 FROM actor_klantcontact ak WHERE ak.klantcontact = klantcontact.uuid AND ak.actor = "
    "kcc_actor()))",

    // An assignment is seen in its queue (kcc_mag_wachtrij_zien), and whole by whoever may open its
    // task: a task for two afdelingen shows both to a member of one, who can then pick it up or
    // forward it. Were the other afdeling's row hidden, replacing the assignment would leave it
    // behind (the 20-seat load test's pick-ups failed on the unique (interne_taak, positie)).
    "ALTER TABLE interne_taak_actor ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS kcc_wachtrij ON interne_taak_actor",
    "CREATE POLICY kcc_wachtrij ON interne_taak_actor FOR SELECT"
    " USING (kcc_mag_wachtrij_zien(actor) OR kcc_mag_taak_zien(interne_taak))",
    "DROP POLICY IF EXISTS kcc_toewijzen ON interne_taak_actor",
    "CREATE POLICY kcc_toewijzen ON interne_taak_actor FOR INSERT WITH CHECK (true)",
    "DROP POLICY IF EXISTS kcc_wijzigen ON interne_taak_actor",
    "CREATE POLICY kcc_wijzigen ON interne_taak_actor FOR UPDATE"
    " USING (kcc_mag_wachtrij_zien(actor) OR kcc_mag_taak_zien(interne_taak))",
    "DROP POLICY IF EXISTS kcc_verwijderen ON interne_taak_actor",
    "CREATE POLICY kcc_verwijderen ON interne_taak_actor FOR DELETE"
    " USING (kcc_mag_wachtrij_zien(actor) OR kcc_mag_taak_zien(interne_taak))",

    // Who has a task open: only for the tasks the medewerker may open; a mark is written for the
    // medewerker's own session only, and removed only by its medewerker.
    "ALTER TABLE taak_geopend ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS kcc_geopend_zien ON taak_geopend",
    "CREATE POLICY kcc_geopend_zien ON taak_geopend FOR SELECT USING (actor = kcc_actor() OR kcc_mag_taak_zien(taak))",
    "DROP POLICY IF EXISTS kcc_geopend_markeren ON taak_geopend",
    "CREATE POLICY kcc_geopend_markeren ON taak_geopend FOR INSERT WITH CHECK (actor = kcc_actor()"
    " AND sessie = pg_backend_pid() AND kcc_mag_taak_zien(taak))",
    "DROP POLICY IF EXISTS kcc_geopend_sluiten ON taak_geopend",
    "CREATE POLICY kcc_geopend_sluiten ON taak_geopend FOR DELETE USING (actor = kcc_actor())",

    "ALTER TABLE concept_contact ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS kcc_eigen_concepten ON concept_contact",
    "CREATE POLICY kcc_eigen_concepten ON concept_contact USING (actor = kcc_actor()) WITH CHECK (actor = kcc_actor())",
};

Result<> execAll(QSqlQuery &query, std::initializer_list<const char *const *> begins,
                 std::initializer_list<std::size_t> sizes)
{
    auto size = sizes.begin();
    for (const char *const *statements : begins) {
        for (std::size_t i = 0; i < *size; ++i) {
            if (!query.exec(QString::fromUtf8(statements[i])))
                return StorageError::fromSql(query.lastError());
        }
        ++size;
    }
    return {};
}

} // namespace

Result<> PostgresSecurity::install(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    return execAll(query, {roles, functions, grants, policies},
                   {std::size(roles), std::size(functions), std::size(grants), std::size(policies)});
}

QString PostgresSecurity::loginName(const QString &gebruikersnaam)
{
    return gebruikersnaam.trimmed().toLower();
}

QString PostgresSecurity::groupRole(const QString &accountRole)
{
    return QStringLiteral("kcc_") + accountRole;
}

Result<> PostgresSecurity::createLogin(Database &database, const QString &gebruikersnaam, const QString &password,
                                       const QStringList &accountRoles)
{
    if (database.engine() != Engine::PostgreSQL)
        return {};
    const QString login = loginName(gebruikersnaam);
    QStringList groups;
    for (const QString &role : accountRoles) {
        if (!AccountRole::all().contains(role))
            return Error{tr("%1 is not a role; known roles: %2.").arg(role, AccountRole::all().join(u", ")), {}};
        groups << groupRole(role);
    }
    PGconn *connection = postgresHandle(database.connection());
    if (!connection)
        return Error{tr("The PostgreSQL connection cannot make password verifiers."), {}};
    char *verifier =
        PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier) {
        return Error{tr("Could not prepare the password for PostgreSQL: %1")
                         .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()),
                     {}};
    }
    const QString verifierText = QString::fromLatin1(verifier);
    PQfreemem(verifier);

    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT kcc_maak_login(?, ?, string_to_array(?, ','))"));
    query.addBindValue(login);
    query.addBindValue(verifierText);
    query.addBindValue(groups.join(QLatin1Char(',')));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("creating the PostgreSQL login %1").arg(login));
    return {};
}

} // namespace kcc::storage
