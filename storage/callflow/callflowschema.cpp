#include "storage/callflow/callflowschema.h"

#include "storage/db/sqldialect.h"
#include "storage/db/storageerror.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace kcc::storage {

namespace {

const char *const statements[] = {
    // Roles as a comma-separated list of AccountRole codes; a later issue enforces them.
    "CREATE TABLE account ("
    " actor TEXT PRIMARY KEY NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " gebruikersnaam TEXT NOT NULL COLLATE NOCASE UNIQUE,"
    " wachtwoord_hash TEXT NOT NULL,"
    " rollen TEXT NOT NULL DEFAULT ''"
    ") STRICT",
    "CREATE TABLE codelijst ("
    " lijst TEXT NOT NULL,"
    " code TEXT NOT NULL,"
    " label TEXT NOT NULL,"
    " actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),"
    " volgorde INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (lijst, code)"
    ") STRICT",
    "CREATE TABLE laatste_kanaal ("
    " actor TEXT PRIMARY KEY NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " kanaal TEXT NOT NULL"
    ") STRICT",
    // A draft is a scratch pad of one seat: no foreign key, so that it never blocks anything.
    "CREATE TABLE concept_contact ("
    " sessie TEXT PRIMARY KEY NOT NULL,"
    " actor TEXT NOT NULL,"
    " json TEXT NOT NULL,"
    " updated_at TEXT NOT NULL"
    ") STRICT",
    "CREATE INDEX concept_contact_actor ON concept_contact (actor, updated_at)",
};

struct Seed
{
    const char *lijst;
    const char *code;
    const char *label;
};

// Dutch defaults; the beheerder edits them afterwards. Labels are data, not UI strings.
const Seed seeds[] = {
    {"kanaal", "telefoon", "Telefoon"},
    {"kanaal", "balie", "Balie"},
    {"kanaal", "e-mail", "E-mail"},
    {"kanaal", "brief", "Brief"},
    {"kanaal", "chat", "Chat"},
    {"kanaal", "sociale_media", "Sociale media"},
    {"authenticatiemethode", "controlevragen", "Controlevragen telefonisch"},
    {"authenticatiemethode", "identiteitsbewijs", "Identiteitsbewijs aan de balie"},
    {"authenticatiemethode", "digid", "DigiD"},
    {"authenticatiemethode", "eherkenning", "eHerkenning"},
    {"authenticatiemethode", "bekend_nummer", "Bekend telefoonnummer en controlevraag"},
    {"afhandeling", "zelfstandig_afgehandeld", "Zelfstandig afgehandeld"},
    {"afhandeling", "doorverbonden", "Doorverbonden"},
    {"afhandeling", "terugbelverzoek", "Terugbelverzoek"},
    {"afhandeling", "doorgezet_naar_backoffice", "Doorgezet naar backoffice"},
    {"afhandeling", "verwezen", "Verwezen naar andere organisatie"},
    {"afhandeling", "verbinding_verbroken", "Verbinding verbroken"},
    {"gevraagde_handeling", "terugbellen", "Terugbellen"},
    {"gevraagde_handeling", "zaak_aanmaken", "Aanmaken zaak n.a.v. productaanvraag"},
    {"gevraagde_handeling", "mail_beantwoorden", "Beantwoorden per e-mail"},
    {"gevraagde_handeling", "opnieuw_routeren", "Opnieuw routeren"},
    {"gevraagde_handeling", "informatie_opvragen", "Informatie opvragen"},
};

} // namespace

Result<> CallflowSchema::migrateToVersion3(QSqlDatabase &connection)
{
    QStringList ddl;
    for (const char *statement : statements)
        ddl << QString::fromLatin1(statement);
    if (Result<> created = SqlDialect::execDdl(connection, ddl); !created)
        return created;
    QSqlQuery query(connection);
    if (!query.prepare(
            QStringLiteral("INSERT INTO codelijst (lijst, code, label, actief, volgorde) VALUES (?, ?, ?, 1, ?)")))
        return StorageError::fromSql(query.lastError());
    QString previousList;
    int order = 0;
    for (const Seed &seed : seeds) {
        const QString list = QString::fromLatin1(seed.lijst);
        order = list == previousList ? order + 10 : 10;
        previousList = list;
        query.bindValue(0, list);
        query.bindValue(1, QString::fromLatin1(seed.code));
        query.bindValue(2, QString::fromUtf8(seed.label));
        query.bindValue(3, order);
        if (!query.exec())
            return StorageError::fromSql(query.lastError());
    }
    return {};
}

Result<> CallflowSchema::migrateToVersion7(QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    for (const char *statement : {
             "ALTER TABLE account ADD COLUMN mislukte_aanmeldingen INTEGER NOT NULL DEFAULT 0"
             " CHECK (mislukte_aanmeldingen >= 0)",
             "ALTER TABLE account ADD COLUMN geblokkeerd_tot TEXT",
         }) {
        if (!query.exec(QString::fromLatin1(statement)))
            return StorageError::fromSql(query.lastError());
    }
    return {};
}

Result<> CallflowSchema::migrateToVersion8(QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    for (const char *statement : {
             "ALTER TABLE concept_contact ADD COLUMN stap INTEGER NOT NULL DEFAULT 0 CHECK (stap >= 0)",
             "ALTER TABLE concept_contact ADD COLUMN geparkeerd_op TEXT",
         }) {
        if (!query.exec(QString::fromLatin1(statement)))
            return StorageError::fromSql(query.lastError());
    }
    return {};
}

} // namespace kcc::storage
