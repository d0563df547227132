#include "storage/db/schema.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

// Every reference is DEFERRABLE INITIALLY DEFERRED so that an import can insert rows in any order
// and circular references (partij.voorkeurs_digitaal_adres <-> digitaal_adres.verstrekt_door_partij)
// resolve within one transaction. ON DELETE follows the cascade matrix (klantinteracties-model.md §6).
#define KCC_REF(table, action) " REFERENCES " table "(uuid) ON DELETE " action " DEFERRABLE INITIALLY DEFERRED"

// The flattened value groups: a *_present flag keeps std::nullopt apart from an all-empty group.
#define KCC_ADRES(p)                                                                                                   \
    p "_present INTEGER NOT NULL DEFAULT 0 CHECK (" p "_present IN (0, 1)),"                                           \
      " " p "_nummeraanduiding_id TEXT NOT NULL DEFAULT '',"                                                           \
      " " p "_straatnaam TEXT NOT NULL DEFAULT '',"                                                                    \
      " " p "_huisnummer INTEGER,"                                                                                     \
      " " p "_huisnummertoevoeging TEXT NOT NULL DEFAULT '',"                                                          \
      " " p "_postcode TEXT NOT NULL DEFAULT '',"                                                                      \
      " " p "_stad TEXT NOT NULL DEFAULT '',"                                                                          \
      " " p "_adresregel1 TEXT NOT NULL DEFAULT '',"                                                                   \
      " " p "_adresregel2 TEXT NOT NULL DEFAULT '',"                                                                   \
      " " p "_adresregel3 TEXT NOT NULL DEFAULT '',"                                                                   \
      " " p "_land TEXT NOT NULL DEFAULT ''"

#define KCC_CONTACTNAAM                                                                                                \
    "contactnaam_present INTEGER NOT NULL DEFAULT 0 CHECK (contactnaam_present IN (0, 1)),"                            \
    " contactnaam_voorletters TEXT NOT NULL DEFAULT '',"                                                               \
    " contactnaam_voornaam TEXT NOT NULL DEFAULT '',"                                                                  \
    " contactnaam_voorvoegsel_achternaam TEXT NOT NULL DEFAULT '',"                                                    \
    " contactnaam_achternaam TEXT NOT NULL DEFAULT ''"

#define KCC_OBJECTIDENTIFICATOR(p)                                                                                     \
    p "_present INTEGER NOT NULL DEFAULT 0 CHECK (" p "_present IN (0, 1)),"                                           \
      " " p "_object_id TEXT NOT NULL DEFAULT '',"                                                                     \
      " " p "_code_objecttype TEXT NOT NULL DEFAULT '',"                                                               \
      " " p "_code_register TEXT NOT NULL DEFAULT '',"                                                                 \
      " " p "_code_soort_object_id TEXT NOT NULL DEFAULT ''"

#define KCC_UUID "uuid TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid))"
#define KCC_BOOL(c) c " INTEGER NOT NULL CHECK (" c " IN (0, 1))"
#define KCC_NULLABLE_BOOL(c) c " INTEGER CHECK (" c " IS NULL OR " c " IN (0, 1))"

// Schema version 1. Frozen: a later version changes it through a migration step, never here.
const char *const schemaV1[] = {
    "CREATE TABLE partij ("
    " " KCC_UUID ","
    " nummer TEXT UNIQUE,"
    " interne_notitie TEXT NOT NULL DEFAULT '',"
    " voorkeurs_digitaal_adres TEXT" KCC_REF(
        "digitaal_adres",
        "SET NULL") ","
                    " voorkeurs_rekeningnummer TEXT" KCC_REF(
                        "rekeningnummer",
                        "SET NULL") ","
                                    " soort_partij TEXT NOT NULL CHECK (soort_partij IN ('persoon', 'organisatie', "
                                    "'contactpersoon')),"
                                    " " KCC_NULLABLE_BOOL(
                                        "indicatie_geheimhouding") ","
                                                                   " voorkeurstaal TEXT NOT NULL DEFAULT '',"
                                                                   " " KCC_BOOL(
                                                                       "indicatie_actief") ","
                                                                                           " " KCC_ADRES(
                                                                                               "bezoekadres") ","
                                                                                                              " " KCC_ADRES(
                                                                                                                  "corr"
                                                                                                                  "espo"
                                                                                                                  "nden"
                                                                                                                  "tiea"
                                                                                                                  "dre"
                                                                                                                  "s") ","
                                                                                                                       " " KCC_BOOL(
                                                                                                                           "heeft_partij_identificatie") ","
                                                                                                                                                         " " KCC_CONTACTNAAM
                                                                                                                                                         ","
                                                                                                                                                         " organisatie_naam TEXT NOT NULL DEFAULT '',"
                                                                                                                                                         // Deleting the organisation removes the contactpersoon subtype link, not the partij (§4.1).
                                                                                                                                                         " werkte_voor_partij TEXT" KCC_REF(
                                                                                                                                                             "partij",
                                                                                                                                                             "SET NULL") ","
                                                                                                                                                                         " contactpersoon_uuid TEXT"
                                                                                                                                                                         ") STRICT",

    "CREATE TABLE partij_identificator ("
    " " KCC_UUID ","
    " identificeerde_partij TEXT" KCC_REF(
        "partij",
        "CASCADE") ","
                   " andere_partij_identificator TEXT NOT NULL DEFAULT '',"
                   " code_objecttype TEXT NOT NULL"
                   "  CHECK (code_objecttype IN ('natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging')),"
                   " code_soort_object_id TEXT NOT NULL"
                   "  CHECK (code_soort_object_id IN ('bsn', 'vestigingsnummer', 'kvk_nummer', 'rsin')),"
                   " object_id TEXT NOT NULL,"
                   " code_register TEXT NOT NULL CHECK (code_register IN ('brp', 'hr')),"
                   // PROTECT in Open Klant: NO ACTION, checked at commit, so a kvk_nummer that another partij's
                   // vestiging still refers to cannot disappear (a partij deleting its own pair is fine).
                   " sub_identificator_van TEXT REFERENCES partij_identificator(uuid) DEFERRABLE INITIALLY DEFERRED,"
                   " CONSTRAINT partij_identificator_niet_eigen_sub"
                   "  CHECK (sub_identificator_van IS NULL OR sub_identificator_van <> uuid)"
                   ") STRICT",
    "CREATE UNIQUE INDEX partij_identificator_globaal_uniek ON partij_identificator"
    " (code_objecttype, code_soort_object_id, object_id, code_register) WHERE sub_identificator_van IS NULL",
    "CREATE UNIQUE INDEX partij_identificator_binnen_sub_uniek ON partij_identificator"
    " (sub_identificator_van, code_objecttype, code_soort_object_id, object_id, code_register)"
    " WHERE sub_identificator_van IS NOT NULL",
    "CREATE UNIQUE INDEX partij_identificator_soort_per_partij ON partij_identificator"
    " (identificeerde_partij, code_soort_object_id)",

    "CREATE TABLE digitaal_adres ("
    " " KCC_UUID ","
    " verstrekt_door_betrokkene TEXT" KCC_REF(
        "betrokkene",
        "SET NULL") ","
                    " verstrekt_door_partij TEXT" KCC_REF(
                        "partij",
                        "CASCADE") ","
                                   " adres TEXT NOT NULL,"
                                   " soort_digitaal_adres TEXT NOT NULL CHECK (soort_digitaal_adres IN ('email', "
                                   "'telefoonnummer', 'overig')),"
                                   " " KCC_BOOL("is_standaard_adres") ","
                                                                      " omschrijving TEXT NOT NULL DEFAULT '',"
                                                                      " referentie TEXT NOT NULL DEFAULT '',"
                                                                      " verificatie_datum TEXT"
                                                                      ") STRICT",

    "CREATE TABLE rekeningnummer ("
    " " KCC_UUID ","
    " partij TEXT" KCC_REF("partij", "CASCADE") ","
                                                " iban TEXT NOT NULL,"
                                                " bic TEXT NOT NULL DEFAULT ''"
                                                ") STRICT",

    "CREATE TABLE vertegenwoordiging ("
    " " KCC_UUID ","
    " vertegenwoordigende_partij TEXT NOT NULL" KCC_REF(
        "partij", "CASCADE") ","
                             " vertegenwoordigde_partij TEXT NOT NULL" KCC_REF(
                                 "partij", "CASCADE") ","
                                                      " CONSTRAINT vertegenwoordiging_paar_uniek UNIQUE "
                                                      "(vertegenwoordigende_partij, vertegenwoordigde_partij),"
                                                      " CONSTRAINT vertegenwoordiging_niet_zichzelf CHECK "
                                                      "(vertegenwoordigende_partij <> vertegenwoordigde_partij)"
                                                      ") STRICT",

    "CREATE TABLE klantcontact ("
    " " KCC_UUID ","
    " nummer TEXT UNIQUE,"
    " referentienummer TEXT UNIQUE,"
    " kanaal TEXT NOT NULL,"
    " onderwerp TEXT NOT NULL,"
    " inhoud TEXT NOT NULL DEFAULT '',"
    " reactie TEXT NOT NULL DEFAULT '',"
    " " KCC_NULLABLE_BOOL(
        "indicatie_contact_gelukt") ","
                                    " hoofd_onderwerp_type TEXT NOT NULL DEFAULT '',"
                                    " " KCC_BOOL(
                                        "verdere_actie_ondernomen") ","
                                                                    " taal TEXT NOT NULL,"
                                                                    " " KCC_BOOL(
                                                                        "vertrouwelijk") ","
                                                                                         // UTC,
                                                                                         // yyyy-MM-ddTHH:mm:ss.zzzZ, so
                                                                                         // that text order is time
                                                                                         // order.
                                                                                         " plaatsgevonden_op TEXT,"
                                                                                         // A JSON array of [key, value]
                                                                                         // pairs: keeps the key order
                                                                                         // of the source.
                                                                                         " metadata TEXT NOT NULL "
                                                                                         "DEFAULT '[]' CHECK "
                                                                                         "(json_valid(metadata)),"
                                                                                         " CONSTRAINT "
                                                                                         "klantcontact_gelukt_zonder_"
                                                                                         "verdere_actie"
                                                                                         "  CHECK (NOT "
                                                                                         "(indicatie_contact_gelukt = "
                                                                                         "1 AND "
                                                                                         "verdere_actie_ondernomen = "
                                                                                         "1))"
                                                                                         ") STRICT",

    "CREATE TABLE betrokkene ("
    " " KCC_UUID ","
    " was_partij TEXT" KCC_REF(
        "partij",
        "CASCADE") ","
                   " had_klantcontact TEXT NOT NULL" KCC_REF(
                       "klantcontact",
                       "CASCADE") ","
                                  " " KCC_ADRES(
                                      "bezoekadres") ","
                                                     " " KCC_ADRES(
                                                         "correspondentieadres") ","
                                                                                 " " KCC_CONTACTNAAM ","
                                                                                 " rol TEXT NOT NULL CHECK (rol IN "
                                                                                 "('klant', 'vertegenwoordiger')),"
                                                                                 " organisatienaam TEXT NOT NULL "
                                                                                 "DEFAULT '',"
                                                                                 " " KCC_BOOL("initiator") ""
                                                                                                           ") STRICT",

    "CREATE TABLE onderwerpobject ("
    " " KCC_UUID ","
    " klantcontact TEXT" KCC_REF(
        "klantcontact", "CASCADE") ","
                                   " was_klantcontact TEXT" KCC_REF(
                                       "klantcontact", "CASCADE") ","
                                                                  " " KCC_OBJECTIDENTIFICATOR(
                                                                      "onderwerpobjectidentificator") ""
                                                                                                      ") STRICT",

    "CREATE TABLE bijlage ("
    " " KCC_UUID ","
    " was_bijlage_van_klantcontact TEXT" KCC_REF("klantcontact", "CASCADE") ","
                                                                            " " KCC_OBJECTIDENTIFICATOR(
                                                                                "bijlageidentificator") ""
                                                                                                        ") STRICT",

    "CREATE TABLE actor ("
    " " KCC_UUID ","
    " naam TEXT NOT NULL,"
    " soort_actor TEXT NOT NULL"
    "  CHECK (soort_actor IN ('medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid')),"
    " " KCC_BOOL("indicatie_actief") ","
                                     " " KCC_OBJECTIDENTIFICATOR(
                                         "actoridentificator") ","
                                                               " " KCC_BOOL(
                                                                   "heeft_actor_identificatie") ","
                                                                                                " functie TEXT NOT "
                                                                                                "NULL DEFAULT '',"
                                                                                                " emailadres TEXT NOT "
                                                                                                "NULL DEFAULT '',"
                                                                                                " telefoonnummer TEXT "
                                                                                                "NOT NULL DEFAULT '',"
                                                                                                " omschrijving TEXT "
                                                                                                "NOT NULL DEFAULT '',"
                                                                                                " faxnummer TEXT NOT "
                                                                                                "NULL DEFAULT ''"
                                                                                                ") STRICT",

    "CREATE TABLE actor_klantcontact ("
    " " KCC_UUID ","
    " actor TEXT NOT NULL" KCC_REF(
        "actor", "CASCADE") ","
                            " klantcontact TEXT NOT NULL" KCC_REF(
                                "klantcontact",
                                "CASCADE") ","
                                           " CONSTRAINT actor_klantcontact_paar_uniek UNIQUE (actor, klantcontact)"
                                           ") STRICT",

    "CREATE TABLE interne_taak ("
    " " KCC_UUID ","
    " nummer TEXT UNIQUE,"
    " referentienummer TEXT UNIQUE,"
    " gevraagde_handeling TEXT NOT NULL,"
    " aanleidinggevend_klantcontact TEXT NOT NULL" KCC_REF(
        "klantcontact", "CASCADE") ","
                                   " toelichting TEXT NOT NULL DEFAULT '',"
                                   " status TEXT NOT NULL CHECK (status IN ('te_verwerken', 'verwerkt')),"
                                   " toegewezen_op TEXT,"
                                   " afgehandeld_op TEXT,"
                                   " CONSTRAINT interne_taak_afgehandeld_alleen_verwerkt CHECK (afgehandeld_op IS NULL "
                                   "OR status = 'verwerkt')"
                                   ") STRICT",

    // toegewezenAanActoren, in assignment order.
    "CREATE TABLE interne_taak_actor ("
    " interne_taak TEXT NOT NULL" KCC_REF(
        "interne_taak", "CASCADE") ","
                                   " actor TEXT NOT NULL" KCC_REF(
                                       "actor",
                                       "CASCADE") ","
                                                  " positie INTEGER NOT NULL,"
                                                  " PRIMARY KEY (interne_taak, positie),"
                                                  " CONSTRAINT interne_taak_actor_uniek UNIQUE (interne_taak, actor)"
                                                  ") STRICT",

    // The last number handed out per NumberSequence::Kind.
    "CREATE TABLE nummer_reeks ("
    " soort TEXT PRIMARY KEY NOT NULL,"
    " laatste INTEGER NOT NULL"
    ") STRICT",
};

#undef KCC_REF
#undef KCC_ADRES
#undef KCC_CONTACTNAAM
#undef KCC_OBJECTIDENTIFICATOR
#undef KCC_UUID
#undef KCC_BOOL
#undef KCC_NULLABLE_BOOL

struct SecondaryIndex
{
    const char *name;
    const char *definition;
};

// Indexes on the foreign key columns (for cascades and reverse lookups) and lookup columns. A
// foreign key that leads a unique index (actor_klantcontact.actor, partij_identificator.
// identificeerde_partij, vertegenwoordiging.vertegenwoordigende_partij, interne_taak_actor.
// interne_taak) is covered by that index and has no extra one here.
const SecondaryIndex secondaryIndexes[] = {
    {"idx_partij_voorkeurs_digitaal_adres", "partij (voorkeurs_digitaal_adres)"},
    {"idx_partij_voorkeurs_rekeningnummer", "partij (voorkeurs_rekeningnummer)"},
    {"idx_partij_werkte_voor_partij", "partij (werkte_voor_partij)"},
    {"idx_partij_identificator_sub_identificator_van", "partij_identificator (sub_identificator_van)"},
    {"idx_partij_identificator_object_id", "partij_identificator (object_id, code_soort_object_id)"},
    {"idx_digitaal_adres_verstrekt_door_partij", "digitaal_adres (verstrekt_door_partij)"},
    {"idx_digitaal_adres_verstrekt_door_betrokkene", "digitaal_adres (verstrekt_door_betrokkene)"},
    {"idx_rekeningnummer_partij", "rekeningnummer (partij)"},
    {"idx_vertegenwoordiging_vertegenwoordigde_partij", "vertegenwoordiging (vertegenwoordigde_partij)"},
    {"idx_klantcontact_plaatsgevonden_op", "klantcontact (plaatsgevonden_op)"},
    {"idx_betrokkene_was_partij", "betrokkene (was_partij)"},
    {"idx_betrokkene_had_klantcontact", "betrokkene (had_klantcontact)"},
    {"idx_onderwerpobject_klantcontact", "onderwerpobject (klantcontact)"},
    {"idx_onderwerpobject_was_klantcontact", "onderwerpobject (was_klantcontact)"},
    {"idx_bijlage_was_bijlage_van_klantcontact", "bijlage (was_bijlage_van_klantcontact)"},
    {"idx_actor_klantcontact_klantcontact", "actor_klantcontact (klantcontact)"},
    {"idx_interne_taak_aanleidinggevend_klantcontact", "interne_taak (aanleidinggevend_klantcontact)"},
    {"idx_interne_taak_actor_actor", "interne_taak_actor (actor)"},
};

// Added by schema version 4 (TakenSchema): the work queues. A medewerker's or afdeling's queue
// walks its assignments by status and age (copied onto interne_taak_actor by triggers), so the
// first page and the count never touch the tasks; all open tasks and the figures walk
// interne_taak by status and time.
const SecondaryIndex versionFourIndexes[] = {
    {"idx_interne_taak_actor_queue",
     "interne_taak_actor (actor, taak_status, taak_toegewezen_op, interne_taak, taak_handeling)"},
    {"idx_interne_taak_status_toegewezen_op", "interne_taak (status, toegewezen_op, uuid)"},
    {"idx_interne_taak_afgehandeld_op", "interne_taak (afgehandeld_op) WHERE afgehandeld_op IS NOT NULL"},
};

// Version 6: one digitaal adres per partij, soort and referentie (an empty referentie is no
// referentie). Frozen: a later change is a new step.
const char *const digitaalAdresReferentieIndex = "CREATE UNIQUE INDEX digitaal_adres_referentie_uniek ON digitaal_adres"
                                                 " (verstrekt_door_partij, soort_digitaal_adres, referentie)"
                                                 " WHERE verstrekt_door_partij IS NOT NULL AND referentie <> ''";

QString createIndexStatement(const SecondaryIndex &index)
{
    return QLatin1String("CREATE INDEX IF NOT EXISTS ") % QLatin1String(index.name) % QLatin1String(" ON ") %
           QLatin1String(index.definition);
}

Result<> execAll(Database &database, const QStringList &statements)
{
    QSqlQuery query(database.connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return StorageError::fromSql(query.lastError());
    }
    return {};
}

} // namespace

QStringList Schema::versionOneStatements()
{
    QStringList statements;
    for (const char *statement : schemaV1)
        statements << QString::fromLatin1(statement);
    for (const SecondaryIndex &index : secondaryIndexes)
        statements << createIndexStatement(index);
    return statements;
}

QStringList Schema::versionFourIndexStatements()
{
    QStringList statements;
    for (const SecondaryIndex &index : versionFourIndexes)
        statements << createIndexStatement(index);
    return statements;
}

QStringList Schema::secondaryIndexStatements()
{
    QStringList statements;
    for (const SecondaryIndex &index : secondaryIndexes)
        statements << createIndexStatement(index);
    statements << versionFourIndexStatements();
    return statements;
}

QStringList Schema::secondaryIndexNames()
{
    QStringList names;
    for (const SecondaryIndex &index : secondaryIndexes)
        names << QLatin1String(index.name);
    for (const SecondaryIndex &index : versionFourIndexes)
        names << QLatin1String(index.name);
    return names;
}

QStringList Schema::resourceTables()
{
    return {
        QStringLiteral("partij"),
        QStringLiteral("partij_identificator"),
        QStringLiteral("digitaal_adres"),
        QStringLiteral("rekeningnummer"),
        QStringLiteral("vertegenwoordiging"),
        QStringLiteral("actor"),
        QStringLiteral("klantcontact"),
        QStringLiteral("betrokkene"),
        QStringLiteral("onderwerpobject"),
        QStringLiteral("bijlage"),
        QStringLiteral("actor_klantcontact"),
        QStringLiteral("interne_taak"),
        QStringLiteral("interne_taak_actor"),
    };
}

Result<> Schema::dropSecondaryIndexes(Database &database)
{
    QStringList statements;
    for (const QString &name : secondaryIndexNames())
        statements << QLatin1String("DROP INDEX IF EXISTS ") % name;
    return execAll(database, statements);
}

Result<> Schema::createSecondaryIndexes(Database &database)
{
    return execAll(database, secondaryIndexStatements());
}

Result<> Schema::migrateToVersion6(QSqlDatabase &connection)
{
    // Existing duplicates cannot be resolved by the program (which address is the right one is
    // the municipality's call): refuse the upgrade naming them, so nothing is dropped silently.
    QSqlQuery query(connection);
    Sql::streamRows(query);
    if (!query.exec(
            QStringLiteral("SELECT verstrekt_door_partij, soort_digitaal_adres, referentie, group_concat(uuid, ', ')"
                           " FROM digitaal_adres WHERE verstrekt_door_partij IS NOT NULL AND referentie <> ''"
                           " GROUP BY verstrekt_door_partij, soort_digitaal_adres, referentie HAVING count(*) > 1"
                           " ORDER BY verstrekt_door_partij, soort_digitaal_adres, referentie LIMIT 11")))
        return StorageError::fromSql(query.lastError());
    QStringList clashes;
    while (query.next()) {
        clashes << tr("partij %1 has several %2 addresses with referentie \"%3\" (digitale adressen %4)")
                       .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString());
    }
    query.finish();
    if (!clashes.isEmpty()) {
        if (clashes.size() > 10) {
            clashes.removeLast();
            clashes << tr("and more");
        }
        return Error{tr("a digitaal adres must be unique per partij, soort and referentie, but %1. Give those "
                        "addresses different referenties (or remove the duplicates) with the previous version, "
                        "then start this one again")
                         .arg(clashes.join(QStringLiteral("; "))),
                     {}};
    }
    if (!query.exec(QString::fromLatin1(digitaalAdresReferentieIndex)))
        return StorageError::fromSql(query.lastError());
    return {};
}

} // namespace kcc::storage
