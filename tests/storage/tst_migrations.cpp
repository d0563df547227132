#include "model/search/searchquery.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/db/migrations.h"
#include "storage/db/schema.h"
#include "storage/search/partijsearch.h"
#include "storage/search/searchfunctions.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The schema as SQLite reports it, to compare two databases.
QStringList schemaOf(Database &database)
{
    QStringList sql;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema"
                              " ORDER BY type, name"));
    while (query.next())
        sql << query.value(0).toString();
    return sql;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshFileGetsCurrentVersion();
    void reopenIsNoOp();
    void newerVersionIsRefusedAndUntouched();
    void refuseModeDoesNotMigrate();
    void stepRunsWithBackupInOneTransaction();
    void failingStepChangesNothing();
    void versionOneDatabaseIsMigratedWithBackup();
    void previousVersionDatabaseIsMigratedWithBackup();
    void versionThreeFixtureGetsTheWorkQueueTables();
    void versionFourDatabaseGetsTheSearchKeys();
    void versionFiveDatabaseGetsTheReferentieIndex();
    void versionFiveDuplicatesRefuseTheUpgradeNamingThem();
    void secondaryIndexesCanBeDroppedAndRecreated();
    void versionSixDatabaseGetsTheSignInLock();
    void versionSevenDraftsBecomeOpenContacts();
};

void TestMigrations::freshFileGetsCurrentVersion()
{
    QTemporaryDir dir;
    // A folder that does not exist yet is created.
    const QString path = dir.filePath(QStringLiteral("nieuw/map/kcc.sqlite"));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    std::unique_ptr<Database> database = std::move(opened).value();
    QVERIFY(Database::currentSchemaVersion() >= 1);
    QCOMPARE(database->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(QFile::exists(path));
    // A fresh file needs no backup.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("nieuw/map"))).entryList({QStringLiteral("*.backup-*")}).size(), 0);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
}

void TestMigrations::reopenIsNoOp()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QStringList before = schemaOf(db.database());
    QVERIFY(!before.isEmpty());
    db.close();
    const QByteArray hash = fileHash(db.path());
    QVERIFY(db.reopen());
    QCOMPARE(schemaOf(db.database()), before);
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    db.close();
    QCOMPARE(fileHash(db.path()), hash);
    QCOMPARE(QDir(db.directory()).entryList({QStringLiteral("*.backup-*")}).size(), 0);
}

void TestMigrations::newerVersionIsRefusedAndUntouched()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    {
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
    }
    db.close();
    const QByteArray hash = fileHash(db.path());
    const QStringList files = QDir(db.directory()).entryList(QDir::Files);

    auto opened = Database::open(db.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer")), qPrintable(opened.error().message));
    QCOMPARE(fileHash(db.path()), hash);
    QCOMPARE(QDir(db.directory()).entryList(QDir::Files), files);
}

void TestMigrations::refuseModeDoesNotMigrate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leeg.sqlite"));
    auto refused = Database::open(path, Database::Migration::Refuse);
    QVERIFY(!refused.ok());
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
}

void TestMigrations::stepRunsWithBackupInOneTransaction()
{
    // A made-up next version, the way a real one will be added: the current database is the fixture.
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    {
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO actor (uuid, naam, soort_actor, indicatie_actief, "
                                          "heeft_actor_identificatie) VALUES ('00000000-0000-4000-8000-000000000001', "
                                          "'Voor de migratie', 'medewerker', 1, 0)")));
    }
    QList<MigrationStep> steps = Migrations::steps();
    const int current = Database::currentSchemaVersion();
    steps.append({current, [](QSqlDatabase &connection) -> Result<> {
                      QSqlQuery query(connection);
                      if (!query.exec(QStringLiteral("ALTER TABLE actor ADD COLUMN bijnaam TEXT NOT NULL DEFAULT ''")))
                          return Error{query.lastError().text(), {}};
                      return {};
                  }});
    QSqlDatabase connection = db->connection();
    const Result<> migrated = Migrations::migrate(connection, db.path(), current, steps);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    QCOMPARE(db->schemaVersion(), current + 1);

    const QStringList backups =
        QDir(db.directory()).entryList({QStringLiteral("test.sqlite.backup-v%1-*").arg(current)});
    QCOMPARE(backups.size(), 1);
    // The backup is a complete version 1 database with the row that was only in the WAL before.
    connection = QSqlDatabase();
    db.close();
    {
        auto backup = Database::open(QDir(db.directory()).filePath(backups.first()), Database::Migration::Refuse);
        QVERIFY2(backup.ok(), qPrintable(backup.error().message));
        QCOMPARE(backup.value()->schemaVersion(), current);
        QSqlQuery query(backup.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT naam FROM actor")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Voor de migratie"));
    }
}

void TestMigrations::failingStepChangesNothing()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QList<MigrationStep> steps = Migrations::steps();
    const int current = Database::currentSchemaVersion();
    steps.append({current, [](QSqlDatabase &connection) -> Result<> {
                      QSqlQuery query(connection);
                      query.exec(QStringLiteral("CREATE TABLE half_af (x INTEGER)"));
                      return Error{QStringLiteral("step failed on purpose"), {}};
                  }});
    QSqlDatabase connection = db->connection();
    const Result<> migrated = Migrations::migrate(connection, db.path(), current, steps);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().message.contains(QStringLiteral("backup")), qPrintable(migrated.error().message));
    QCOMPARE(db->schemaVersion(), current);
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_af'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestMigrations::versionOneDatabaseIsMigratedWithBackup()
{
    if (Database::currentSchemaVersion() < 2)
        QSKIP("There is no schema version after 1 yet.");
    // The fixture: a version 1 database with a row in it, made by the frozen version 1 step.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 1)).ok());
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO actor (uuid, naam, soort_actor, indicatie_actief, "
                                          "heeft_actor_identificatie) VALUES ('00000000-0000-4000-8000-000000000001', "
                                          "'Ðorđević', 'medewerker', 1, 0)")));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT naam FROM actor")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ðorđević"));
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v1.sqlite.backup-v1-*")}).size(), 1);
}

// The fixture of the version just before the current one: made by the frozen steps up to it, with
// a partij in it that the search index (version 2) must find and that must survive the last step.
void TestMigrations::previousVersionDatabaseIsMigratedWithBackup()
{
    const int previous = Database::currentSchemaVersion() - 1;
    QVERIFY(previous >= 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("previous.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        // Steps from version 5 on fill the search keys through these SQL functions, as Database::open does.
        QVERIFY(SearchFunctions::install(connection).ok());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, previous)).ok());
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), previous);
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO partij (uuid, soort_partij, indicatie_actief, heeft_partij_identificatie, "
                     "contactnaam_present, contactnaam_voornaam, contactnaam_achternaam) VALUES "
                     "('00000000-0000-4000-8000-000000000002', 'persoon', 1, 1, 1, 'Zoë', "
                     "'Çelik')")),
                 qPrintable(query.lastError().text()));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT contactnaam_achternaam FROM partij")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Çelik"));
    // The last step's tables exist and carry their seeded code lists.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM codelijst")) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
    query.finish();
    const QString backupPattern = QStringLiteral("previous.sqlite.backup-v%1-*").arg(previous);
    QCOMPARE(QDir(dir.path()).entryList({backupPattern}).size(), 1);
}

// tests/data/migrations/schema-v3.sqlite: a version 3 database (made by kccctl init of that version)
// with a medewerker, an afdeling, an account, a klantcontact and an open task for the afdeling.
void TestMigrations::versionThreeFixtureGetsTheWorkQueueTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(KCC_TEST_DATA_DIR "/migrations/schema-v3.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY(Database::currentSchemaVersion() >= 4);
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    // The records of version 3 are untouched.
    QVERIFY(query.exec(QStringLiteral("SELECT gevraagde_handeling, status, toegewezen_op FROM interne_taak")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Terugbellen"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("te_verwerken"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2026-11-02T09:20:00.000Z"));
    QVERIFY(query.exec(QStringLiteral("SELECT gebruikersnaam, rollen FROM account")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("jannie"));
    // The existing task got its creation as the first log line, with the afdeling it was for.
    QVERIFY(query.exec(QStringLiteral("SELECT taak, tijdstip, actie, toegewezen_aan, actor FROM taak_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("00000000-0000-4000-8000-0000000000e1"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("2026-11-02T09:20:00.000Z"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("aangemaakt"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("[\"Vergunningen\"]"));
    QVERIFY(query.value(4).isNull());
    QVERIFY(!query.next());
    // The queue copies of the task's columns on its assignment are filled in.
    QVERIFY(
        query.exec(QStringLiteral("SELECT taak_status, taak_toegewezen_op, taak_handeling FROM interne_taak_actor")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("te_verwerken"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("2026-11-02T09:20:00.000Z"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Terugbellen"));
    // The norms are seeded; terugbellen within two working days.
    QVERIFY(query.exec(QStringLiteral("SELECT werkdagen FROM taak_norm WHERE gevraagde_handeling = 'Terugbellen'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    // Memberships can be stored and the queue indexes exist.
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES "
                                       "('00000000-0000-4000-8000-0000000000a1', "
                                       "'00000000-0000-4000-8000-0000000000a2')")),
             qPrintable(query.lastError().text()));
    for (const QString &name : Schema::secondaryIndexNames()) {
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '%1'").arg(name)));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() == 1, qPrintable(name));
    }
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v3.sqlite.backup-v3-*")}).size(), 1);
}

// A version 4 file made by the frozen steps on a plain connection (without the SQL functions that
// the version 5 triggers call): the step to 5 fills the name-pair and e-mail keys from what is
// there, and the search finds through them.
void TestMigrations::versionFourDatabaseGetsTheSearchKeys()
{
    QVERIFY(Database::currentSchemaVersion() >= 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 4)).ok());
        QSqlQuery query(connection);
        for (const QString &statement : {
                 QStringLiteral("INSERT INTO partij (uuid, soort_partij, indicatie_actief, heeft_partij_identificatie, "
                                "contactnaam_present, contactnaam_voornaam, contactnaam_voorvoegsel_achternaam, "
                                "contactnaam_achternaam) VALUES ('00000000-0000-4000-8000-000000000002', 'persoon', 1, "
                                "1, 1, 'Jan-Willem', 'de', 'Bøer')"),
                 QStringLiteral("INSERT INTO digitaal_adres (uuid, verstrekt_door_partij, adres, soort_digitaal_adres, "
                                "is_standaard_adres) VALUES ('00000000-0000-4000-8000-000000000003', "
                                "'00000000-0000-4000-8000-000000000002', 'JW.deBoer@Example.nl', 'email', 1)"),
             }) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database &database = *opened.value();
    QCOMPARE(database.schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(sleutel, ',') FROM (SELECT sleutel FROM zoek_naam_paar "
                                      "ORDER BY sleutel)")) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("boe jan,boe willem,jan boer,jan willem,wil boer,wil jan"));
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(sleutel, ',') FROM (SELECT sleutel FROM zoek_email "
                                      "ORDER BY sleutel)")) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("@example.nl,jw.deboer@example.nl"));
    // Schema 2's e-mail expression indexes gave way to zoek_email.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('idx_zoek_email', "
                                      "'idx_zoek_email_domein')")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    PartijSearch search(database);
    for (const QString &typed : {QStringLiteral("willem boer"), QStringLiteral("jw.deb"), QStringLiteral("@example")}) {
        const Result<QList<SearchHit>> hits = search.search(SearchQuery::classify(typed), 10);
        QVERIFY2(hits.ok(), qPrintable(hits.error().message));
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().naam, QStringLiteral("Jan-Willem de Bøer"));
    }
    // And the triggers keep them current from here on.
    QVERIFY(query.exec(QStringLiteral("UPDATE partij SET contactnaam_achternaam = 'Smit'")));
    const Result<QList<SearchHit>> renamed = search.search(SearchQuery::classify(QStringLiteral("willem smit")), 10);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value().size(), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v4.sqlite.backup-v4-*")}).size(), 1);
}

namespace {

// A version 5 file made by the frozen steps, with one partij and the given digitale adressen
// (uuid suffix, soort, referentie). Empty when it worked, else what failed.
QString makeVersionFive(const QString &path, const QList<std::tuple<int, QString, QString>> &adressen)
{
    QString failure;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture5"));
        connection.setDatabaseName(path);
        if (!connection.open() || !SearchFunctions::install(connection).ok())
            failure = QStringLiteral("open");
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (failure.isEmpty() && !Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 5)).ok())
            failure = QStringLiteral("migrate");
        QSqlQuery query(connection);
        if (failure.isEmpty() &&
            !query.exec(
                QStringLiteral("INSERT INTO partij (uuid, soort_partij, indicatie_actief, heeft_partij_identificatie, "
                               "contactnaam_present, contactnaam_voornaam, contactnaam_achternaam) VALUES "
                               "('00000000-0000-4000-8000-000000000002', 'persoon', 1, 1, 1, 'Sam', 'Visser')")))
            failure = query.lastError().text();
        for (const auto &[n, soort, referentie] : adressen) {
            if (!failure.isEmpty())
                break;
            query.prepare(QStringLiteral("INSERT INTO digitaal_adres (uuid, verstrekt_door_partij, adres, "
                                         "soort_digitaal_adres, is_standaard_adres, referentie) VALUES "
                                         "(?, '00000000-0000-4000-8000-000000000002', ?, ?, 0, coalesce(?, ''))"));
            query.addBindValue(QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(n, 2, 10, QLatin1Char('0')));
            query.addBindValue(soort == QLatin1String("email")
                                   ? QStringLiteral("sam%1@example.nl").arg(n)
                                   : QStringLiteral("06123456%1").arg(n, 2, 10, QLatin1Char('0')));
            query.addBindValue(soort);
            query.addBindValue(referentie);
            if (!query.exec())
                failure = query.lastError().text();
        }
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture5"));
    return failure;
}

} // namespace

// Version 6 backs the importer's rule "one digitaal adres per partij, soort and referentie" with a
// unique index, so two imports at once cannot both get a duplicate in (issue 11, finding 6).
void TestMigrations::versionFiveDatabaseGetsTheReferentieIndex()
{
    QVERIFY(Database::currentSchemaVersion() >= 6);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    const QString made = makeVersionFive(path, {{1, QStringLiteral("email"), QStringLiteral("werkmail")},
                                                {2, QStringLiteral("telefoonnummer"), QStringLiteral("werkmail")},
                                                {3, QStringLiteral("email"), QString()},
                                                {4, QStringLiteral("email"), QString()}});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM digitaal_adres")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO digitaal_adres (uuid, verstrekt_door_partij, adres, "
                                       "soort_digitaal_adres, is_standaard_adres, referentie) VALUES "
                                       "('00000000-0000-4000-8000-000000000099', "
                                       "'00000000-0000-4000-8000-000000000002', 'x@example.nl', 'email', 0, "
                                       "'werkmail')")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("UNIQUE")), qPrintable(query.lastError().text()));
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v5.sqlite.backup-v5-*")}).size(), 1);
}

void TestMigrations::versionFiveDuplicatesRefuseTheUpgradeNamingThem()
{
    // Which of two addresses is right is the municipality's call: the upgrade names them and
    // changes nothing, rather than dropping one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    const QString made = makeVersionFive(path, {{1, QStringLiteral("email"), QStringLiteral("werkmail")},
                                                {2, QStringLiteral("email"), QStringLiteral("werkmail")}});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    {
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        const QString message = opened.error().message;
        for (const QString &expected :
             {QStringLiteral("werkmail"), QStringLiteral("00000000-0000-4000-8000-000000000001"),
              QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("backup")})
            QVERIFY2(message.contains(expected), qPrintable(message));
    }
    auto refused = Database::open(path, Database::Migration::Refuse);
    QVERIFY(!refused.ok());
    // Still version 5 with both rows: the refused open message names the version it found.
    QVERIFY2(refused.error().message.contains(QStringLiteral("version 5")), qPrintable(refused.error().message));
}

void TestMigrations::secondaryIndexesCanBeDroppedAndRecreated()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    auto indexCount = [&] {
        int found = 0;
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?"));
        for (const QString &name : Schema::secondaryIndexNames()) {
            query.bindValue(0, name);
            if (query.exec() && query.next())
                found += query.value(0).toInt();
        }
        return found;
    };
    QCOMPARE(indexCount(), int(Schema::secondaryIndexNames().size()));
    QVERIFY(Schema::dropSecondaryIndexes(db.database()).ok());
    QCOMPARE(indexCount(), 0);
    QVERIFY(Schema::createSecondaryIndexes(db.database()).ok());
    QVERIFY(Schema::createSecondaryIndexes(db.database()).ok()); // idempotent
    QCOMPARE(indexCount(), int(Schema::secondaryIndexNames().size()));
}

// Version 7 counts failed sign-ins per account (issue 11, finding 7); existing accounts start at
// zero and unlocked, and sign in as before.
void TestMigrations::versionSixDatabaseGetsTheSignInLock()
{
    QVERIFY(Database::currentSchemaVersion() >= 7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture6"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 6)).ok());
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO actor (uuid, naam, soort_actor, indicatie_actief, heeft_actor_identificatie) "
                     "VALUES ('00000000-0000-4000-8000-000000000003', 'Piet', 'medewerker', 1, 0)")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO account (actor, gebruikersnaam, wachtwoord_hash, rollen) "
                                           "VALUES ('00000000-0000-4000-8000-000000000003', 'Piet', 'x', "
                                           "'medewerker')")),
                 qPrintable(query.lastError().text()));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture6"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT gebruikersnaam, mislukte_aanmeldingen, geblokkeerd_tot IS NULL "
                                      "FROM account")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Piet"));
    QCOMPARE(query.value(1).toInt(), 0);
    QCOMPARE(query.value(2).toInt(), 1);
    QVERIFY(!query.exec(QStringLiteral("UPDATE account SET mislukte_aanmeldingen = -1")));
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v6.sqlite.backup-v6-*")}).size(), 1);
}

// Version 8 keeps several open contacts per medewerker (issue 10, item 5): the drafts of version 7
// (one contact at a time) come back as contacts in front, on their first step, with every byte of
// their JSON, and the new columns refuse a negative step.
void TestMigrations::versionSevenDraftsBecomeOpenContacts()
{
    QVERIFY(Database::currentSchemaVersion() >= 8);
    const QUuid actor(QStringLiteral("00000000-0000-4000-8000-000000000007"));
    ContactSession session =
        ContactSession::start(actor, QStringLiteral("balie"), QDateTime(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC));
    session.notities = QStringLiteral("Mevrouw van den Berg, kliko ✓");
    session.gesprekSeconden = 75;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture7"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 7)).ok());
        QSqlQuery query(connection);
        // The version 7 draft store wrote exactly these four columns.
        QVERIFY(query.prepare(
            QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at) VALUES (?, ?, ?, ?)")));
        query.addBindValue(session.uuid.toString(QUuid::WithoutBraces));
        query.addBindValue(actor.toString(QUuid::WithoutBraces));
        query.addBindValue(QString::fromUtf8(QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(QStringLiteral("2024-01-08T09:03:00.000Z"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture7"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    SqlDraftStore drafts(*opened.value());
    const Result<QList<OpenContact>> open = drafts.loadOpen(actor);
    QVERIFY2(open.ok(), qPrintable(open.error().message));
    QCOMPARE(open.value().size(), 1);
    QVERIFY(open.value().at(0).session == session);
    QCOMPARE(open.value().at(0).step, 0);
    QVERIFY(!open.value().at(0).parkedAt.has_value());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE concept_contact SET stap = -1")));
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v7.sqlite.backup-v7-*")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
