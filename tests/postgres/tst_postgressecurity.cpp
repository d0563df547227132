// Security in the engine (issue 13): with a medewerker's own login, raw SQL in psql gets no more
// than the werkplek shows. Runs only against the PostgreSQL test server (tests/storage/postgresql.cmake).
#include "storage/beheer/postgreslogin.h"
#include "storage/beheer/postgresseat.h"
#include "storage/db/database.h"
#include "storage/db/postgressecurity.h"
#include "tests/support/postgresadmin.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace kcc;
using namespace kcc::test;

namespace {

const QString marieke = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString piet = QStringLiteral("00000000-0000-4000-8000-000000000002");
const QString sanne = QStringLiteral("00000000-0000-4000-8000-000000000003");
const QString bas = QStringLiteral("00000000-0000-4000-8000-000000000004");
const QString vergunningen = QStringLiteral("00000000-0000-4000-8000-000000000005");
const QString geheim = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString gewoon = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
const QString taak = QStringLiteral("00000000-0000-4000-8000-0000000000b1");

struct Login
{
    QString gebruikersnaam;
    QString password;
};

} // namespace

class TestPostgresSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void medewerkerSeesNoOtherVertrouwelijkContact();
    void linkedActorAndSupervisorSeeIt();
    void noDeleteOfKlantcontacten();
    void noUpdateOfAnotherMedewerkersRegistration();
    void noReadOfPasswordHashes();
    void verwerkingenlogIsWrittenByAllAndReadByNobodyElse();
    void afdelingQueueOnlyForMembersAndSupervisors();
    void draftsOnlyForTheirOwnMedewerker();
    void medewerkerRegistersAContact();
    void werkplekOpensWithTheMedewerkersLogin();
    void wrongPasswordIsSaidPlainly();
    void seatSignsInWithItsOwnLogin();
    void seatRefusesAWrongPasswordAtTheField();
    void lockScreenChecksTheSeatsLogin();
    void loginWithoutAMedewerkerIsRefused();
    void seatKeepsItsMedewerker();
    void unreachableServerIsSaidPlainly();

private:
    // Runs `sql` as `login` on a connection of its own; returns the query's error (empty when it
    // succeeded) and, for a SELECT, the first column of its first row in `value`.
    QSqlError runAs(const Login &login, const QString &sql, QVariant *value = nullptr, int *affected = nullptr);
    void execAdmin(const QString &sql);
    storage::DatabaseAddress server() const;

    std::unique_ptr<TestDatabase> m_db;
    QString m_name;
    const Login m_marieke{QStringLiteral("Marieke"), QStringLiteral("marieke-wachtwoord-1")};
    const Login m_piet{QStringLiteral("Piet"), QStringLiteral("piet-wachtwoord-22")};
    const Login m_sanne{QStringLiteral("Sanne"), QStringLiteral("sanne-wachtwoord-333")};
    const Login m_bas{QStringLiteral("Bas"), QStringLiteral("bas-wachtwoord-4444")};
};

void TestPostgresSecurity::execAdmin(const QString &sql)
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

QSqlError TestPostgresSecurity::runAs(const Login &login, const QString &sql, QVariant *value, int *affected)
{
    const QString name = QStringLiteral("as-") + login.gebruikersnaam;
    QSqlError error;
    {
        QSqlDatabase connection = PostgresAdmin::connect(
            name, m_name, storage::PostgresSecurity::loginName(login.gebruikersnaam), login.password);
        if (!connection.isOpen()) {
            error = connection.lastError();
        } else {
            QSqlQuery query(connection);
            if (!query.exec(sql))
                error = query.lastError();
            else if (value && query.next())
                *value = query.value(0);
            if (affected)
                *affected = query.numRowsAffected();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void TestPostgresSecurity::initTestCase()
{
    QVERIFY2(TestDatabase::onPostgres(), "this suite runs on the PostgreSQL test server only (security_pg)");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_name = m_db->path().section(QLatin1Char('/'), -1);

    // Four medewerkers (Sanne is supervisor, Bas works at Vergunningen), a vertrouwelijk and an
    // ordinary klantcontact of Marieke's, and a task from the vertrouwelijke one for Vergunningen.
    const QString actor = QStringLiteral(
        "INSERT INTO actor (uuid, naam, soort_actor, indicatie_actief, heeft_actor_identificatie) VALUES ('%1', '%2', "
        "'%3', 1, 0)");
    execAdmin(actor.arg(marieke, QStringLiteral("Marieke"), QStringLiteral("medewerker")));
    execAdmin(actor.arg(piet, QStringLiteral("Piet"), QStringLiteral("medewerker")));
    execAdmin(actor.arg(sanne, QStringLiteral("Sanne"), QStringLiteral("medewerker")));
    execAdmin(actor.arg(bas, QStringLiteral("Bas"), QStringLiteral("medewerker")));
    execAdmin(actor.arg(vergunningen, QStringLiteral("Vergunningen"), QStringLiteral("organisatorische_eenheid")));
    execAdmin(
        QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES ('%1', '%2')").arg(bas, vergunningen));
    const QString account = QStringLiteral(
        "INSERT INTO account (actor, gebruikersnaam, wachtwoord_hash, rollen) VALUES ('%1', '%2', 'x', '%3')");
    execAdmin(account.arg(marieke, m_marieke.gebruikersnaam, QStringLiteral("medewerker")));
    execAdmin(account.arg(piet, m_piet.gebruikersnaam, QStringLiteral("medewerker")));
    execAdmin(account.arg(sanne, m_sanne.gebruikersnaam, QStringLiteral("supervisor")));
    execAdmin(account.arg(bas, m_bas.gebruikersnaam, QStringLiteral("medewerker")));
    const QString contact = QStringLiteral(
        "INSERT INTO klantcontact (uuid, kanaal, onderwerp, inhoud, taal, vertrouwelijk, verdere_actie_ondernomen) "
        "VALUES ('%1', 'telefoon', '%2', 'inhoud', 'nld', %3, 0)");
    execAdmin(contact.arg(geheim, QStringLiteral("Schuldhulp"), QStringLiteral("1")));
    execAdmin(contact.arg(gewoon, QStringLiteral("Paspoort"), QStringLiteral("0")));
    const QString link =
        QStringLiteral("INSERT INTO actor_klantcontact (uuid, actor, klantcontact) VALUES ('%1', '%2', '%3')");
    execAdmin(link.arg(QUuid::createUuid().toString(QUuid::WithoutBraces), marieke, geheim));
    execAdmin(link.arg(QUuid::createUuid().toString(QUuid::WithoutBraces), marieke, gewoon));
    execAdmin(QStringLiteral("INSERT INTO interne_taak (uuid, gevraagde_handeling, aanleidinggevend_klantcontact, "
                             "status, toegewezen_op) VALUES ('%1', 'Terugbellen', '%2', 'te_verwerken', "
                             "'2026-12-01T10:00:00.000Z')")
                  .arg(taak, geheim));
    execAdmin(QStringLiteral("INSERT INTO interne_taak_actor (interne_taak, actor, positie) VALUES ('%1', '%2', 0)")
                  .arg(taak, vergunningen));
    execAdmin(QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at) VALUES ('s1', '%1', '{}', "
                             "'2026-12-01T10:00:00.000Z')")
                  .arg(marieke));

    for (const auto &[login, roles] : {std::pair{m_marieke, QStringList{QStringLiteral("medewerker")}},
                                       std::pair{m_piet, QStringList{QStringLiteral("medewerker")}},
                                       std::pair{m_sanne, QStringList{QStringLiteral("supervisor")}},
                                       std::pair{m_bas, QStringList{QStringLiteral("medewerker")}}}) {
        const Result<> made =
            storage::PostgresSecurity::createLogin(m_db->database(), login.gebruikersnaam, login.password, roles);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    }
}

void TestPostgresSecurity::cleanupTestCase()
{
    if (!m_db)
        return;
    for (const Login &login : {m_marieke, m_piet, m_sanne, m_bas}) {
        QSqlQuery query(m_db->database().connection());
        query.exec(QStringLiteral("DROP ROLE IF EXISTS ") + storage::PostgresSecurity::loginName(login.gebruikersnaam));
    }
    m_db.reset();
}

void TestPostgresSecurity::medewerkerSeesNoOtherVertrouwelijkContact()
{
    QVariant count;
    QVERIFY(!runAs(m_piet, QStringLiteral("SELECT count(*) FROM klantcontact"), &count).isValid());
    QCOMPARE(count.toInt(), 1);
    QVERIFY(!runAs(m_piet, QStringLiteral("SELECT count(*) FROM klantcontact WHERE uuid = '%1'").arg(geheim), &count)
                 .isValid());
    QCOMPARE(count.toInt(), 0);
    // Bas's afdeling has the task, not Bas himself: the same rule as the werkplek (VertrouwelijkZichtbaar).
    QVERIFY(!runAs(m_bas, QStringLiteral("SELECT count(*) FROM klantcontact"), &count).isValid());
    QCOMPARE(count.toInt(), 1);
}

void TestPostgresSecurity::linkedActorAndSupervisorSeeIt()
{
    QVariant count;
    QVERIFY(!runAs(m_marieke, QStringLiteral("SELECT count(*) FROM klantcontact"), &count).isValid());
    QCOMPARE(count.toInt(), 2);
    QVERIFY(!runAs(m_sanne, QStringLiteral("SELECT count(*) FROM klantcontact"), &count).isValid());
    QCOMPARE(count.toInt(), 2);
}

void TestPostgresSecurity::noDeleteOfKlantcontacten()
{
    for (const Login &login : {m_marieke, m_piet, m_sanne}) {
        const QSqlError error = runAs(login, QStringLiteral("DELETE FROM klantcontact WHERE uuid = '%1'").arg(gewoon));
        QCOMPARE(error.nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
    }
    QCOMPARE(runAs(m_piet, QStringLiteral("DELETE FROM betrokkene")).nativeErrorCode(), QStringLiteral("42501"));
    QCOMPARE(runAs(m_piet, QStringLiteral("DELETE FROM taak_log")).nativeErrorCode(), QStringLiteral("42501"));
    QVariant count;
    QVERIFY(!runAs(m_marieke, QStringLiteral("SELECT count(*) FROM klantcontact"), &count).isValid());
    QCOMPARE(count.toInt(), 2);
}

void TestPostgresSecurity::noUpdateOfAnotherMedewerkersRegistration()
{
    int affected = -1;
    QVERIFY(!runAs(m_piet,
                   QStringLiteral("UPDATE klantcontact SET inhoud = 'overschreven' WHERE uuid = '%1'").arg(gewoon),
                   nullptr, &affected)
                 .isValid());
    QCOMPARE(affected, 0);
    QVERIFY(!runAs(m_marieke,
                   QStringLiteral("UPDATE klantcontact SET reactie = 'aangevuld' WHERE uuid = '%1'").arg(gewoon),
                   nullptr, &affected)
                 .isValid());
    QCOMPARE(affected, 1);
    QVariant inhoud;
    QVERIFY(!runAs(m_marieke, QStringLiteral("SELECT inhoud FROM klantcontact WHERE uuid = '%1'").arg(gewoon), &inhoud)
                 .isValid());
    QCOMPARE(inhoud.toString(), QStringLiteral("inhoud"));
}

void TestPostgresSecurity::noReadOfPasswordHashes()
{
    QCOMPARE(runAs(m_piet, QStringLiteral("SELECT wachtwoord_hash FROM account")).nativeErrorCode(),
             QStringLiteral("42501"));
    QCOMPARE(runAs(m_sanne, QStringLiteral("SELECT * FROM account")).nativeErrorCode(), QStringLiteral("42501"));
    QVariant naam;
    QVERIFY(!runAs(m_piet, QStringLiteral("SELECT gebruikersnaam FROM account WHERE actor = '%1'").arg(marieke), &naam)
                 .isValid());
    QCOMPARE(naam.toString(), m_marieke.gebruikersnaam);
    // Nor can a medewerker make themselves a supervisor.
    QCOMPARE(runAs(m_piet, QStringLiteral("UPDATE account SET rollen = 'supervisor'")).nativeErrorCode(),
             QStringLiteral("42501"));
    QCOMPARE(runAs(m_piet, QStringLiteral("GRANT kcc_supervisor TO piet")).nativeErrorCode(), QStringLiteral("42501"));
}

void TestPostgresSecurity::verwerkingenlogIsWrittenByAllAndReadByNobodyElse()
{
    const QString insert = QStringLiteral(
        "INSERT INTO verwerkingsactie (actie_id, actie_naam, verwerking_id, verwerkingsactiviteit_id, "
        "vertrouwelijkheid,"
        " bewaartermijn, bewaren_tot, systeem, gebruiker, gegevensbron, tijdstip, tijdstip_utc, tijdstip_registratie)"
        " VALUES ('%1', 'Klantbeeld geopend', 'v1', 'a1', 'normaal', 'P2Y', '2099-01-01T00:00:00.000Z', 'test', '%2',"
        " 'kcc', '2026-12-07T10:00:00+01:00', '2026-12-07T09:00:00.000Z', '2026-12-07T09:00:00.000Z') RETURNING rij");
    QVariant rij;
    QSqlError error = runAs(m_piet, insert.arg(QUuid::createUuid().toString(QUuid::WithoutBraces), piet), &rij);
    QVERIFY2(!error.isValid(), qPrintable(error.text()));
    QVERIFY(rij.toLongLong() > 0);
    for (const Login &login : {m_piet, m_sanne}) {
        QCOMPARE(runAs(login, QStringLiteral("SELECT gebruiker FROM verwerkingsactie")).nativeErrorCode(),
                 QStringLiteral("42501"));
        QCOMPARE(runAs(login, QStringLiteral("SELECT * FROM verwerkt_object")).nativeErrorCode(),
                 QStringLiteral("42501"));
        QCOMPARE(runAs(login, QStringLiteral("DELETE FROM verwerkingsactie")).nativeErrorCode(),
                 QStringLiteral("42501"));
    }
    // Not even the owner changes or removes a young entry: the trigger refuses.
    QSqlQuery query(m_db->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE verwerkingsactie SET gebruiker = 'iemand anders'")));
    QVERIFY(query.lastError().text().contains(QLatin1String("never changed")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM verwerkingsactie")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("bewaartermijn")), qPrintable(query.lastError().text()));
}

void TestPostgresSecurity::afdelingQueueOnlyForMembersAndSupervisors()
{
    const QString queue =
        QStringLiteral("SELECT count(*) FROM interne_taak_actor WHERE actor = '%1'").arg(vergunningen);
    QVariant count;
    QVERIFY(!runAs(m_piet, queue, &count).isValid());
    QCOMPARE(count.toInt(), 0);
    QVERIFY(!runAs(m_bas, queue, &count).isValid());
    QCOMPARE(count.toInt(), 1);
    QVERIFY(!runAs(m_sanne, queue, &count).isValid());
    QCOMPARE(count.toInt(), 1);
    // Taking the task out of another afdeling's queue does nothing.
    int affected = -1;
    QVERIFY(!runAs(m_piet, QStringLiteral("DELETE FROM interne_taak_actor WHERE interne_taak = '%1'").arg(taak),
                   nullptr, &affected)
                 .isValid());
    QCOMPARE(affected, 0);
}

void TestPostgresSecurity::draftsOnlyForTheirOwnMedewerker()
{
    QVariant count;
    QVERIFY(!runAs(m_piet, QStringLiteral("SELECT count(*) FROM concept_contact"), &count).isValid());
    QCOMPARE(count.toInt(), 0);
    QVERIFY(!runAs(m_marieke, QStringLiteral("SELECT count(*) FROM concept_contact"), &count).isValid());
    QCOMPARE(count.toInt(), 1);
    const QSqlError error = runAs(
        m_piet, QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at) VALUES ('s2', '%1', "
                               "'{}', '2026-12-01T10:00:00.000Z')")
                    .arg(marieke));
    QCOMPARE(error.nativeErrorCode(), QStringLiteral("42501")); // new row violates row-level security policy
}

void TestPostgresSecurity::medewerkerRegistersAContact()
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QSqlError error =
        runAs(m_piet,
              QStringLiteral("BEGIN; INSERT INTO klantcontact (uuid, kanaal, onderwerp, taal, vertrouwelijk, "
                             "verdere_actie_ondernomen) VALUES ('%1', 'balie', 'Rijbewijs', 'nld', 1, 0); INSERT INTO "
                             "actor_klantcontact (uuid, actor, klantcontact) VALUES ('%2', '%3', '%1'); COMMIT")
                  .arg(uuid, QUuid::createUuid().toString(QUuid::WithoutBraces), piet));
    QVERIFY2(!error.isValid(), qPrintable(error.text()));
    QVariant count;
    QVERIFY(!runAs(m_piet, QStringLiteral("SELECT count(*) FROM klantcontact WHERE uuid = '%1'").arg(uuid), &count)
                 .isValid());
    QCOMPARE(count.toInt(), 1);
    QVERIFY(!runAs(m_marieke, QStringLiteral("SELECT count(*) FROM klantcontact WHERE uuid = '%1'").arg(uuid), &count)
                 .isValid());
    QCOMPARE(count.toInt(), 0);
}

void TestPostgresSecurity::werkplekOpensWithTheMedewerkersLogin()
{
    auto opened = storage::Database::open(PostgresAdmin::uriFor(m_name, QStringLiteral("piet")),
                                          storage::Database::Migration::Refuse, storage::Database::Access::ReadWrite,
                                          m_piet.password);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), storage::Database::currentSchemaVersion());
    QCOMPARE(opened.value()->engine(), storage::Engine::PostgreSQL);
}

void TestPostgresSecurity::wrongPasswordIsSaidPlainly()
{
    auto opened = storage::Database::open(PostgresAdmin::uriFor(m_name, QStringLiteral("piet")),
                                          storage::Database::Migration::Refuse, storage::Database::Access::ReadWrite,
                                          QStringLiteral("fout"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("password was not accepted")),
             qPrintable(opened.error().message));
}

storage::DatabaseAddress TestPostgresSecurity::server() const
{
    return storage::DatabaseAddress::parse(PostgresAdmin::uriFor(m_name)).value();
}

void TestPostgresSecurity::seatSignsInWithItsOwnLogin()
{
    // Issue 13: the werkplek's sign-in on the shared server is the medewerker's own login; the
    // application reads no password hash, and the connection has the login's rights.
    storage::PostgresSeat seat(server());
    const Result<SignedInActor> signedIn = seat.signIn(QStringLiteral(" Sanne "), m_sanne.password);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
    QCOMPARE(signedIn.value().actor, QUuid::fromString(sanne));
    QCOMPARE(signedIn.value().naam, QStringLiteral("Sanne"));
    QCOMPARE(signedIn.value().roles, QStringList{QStringLiteral("supervisor")});
    QVERIFY(seat.database());
    QSqlQuery who(seat.database()->connection());
    QVERIFY(who.exec(QStringLiteral("SELECT current_user")) && who.next());
    QCOMPARE(who.value(0).toString(), QStringLiteral("sanne"));
    // What the engine allows that login and no more: no password hashes.
    QSqlQuery hashes(seat.database()->connection());
    QVERIFY(!hashes.exec(QStringLiteral("SELECT wachtwoord_hash FROM account")));
}

void TestPostgresSecurity::seatRefusesAWrongPasswordAtTheField()
{
    storage::PostgresSeat seat(server());
    for (const auto &[naam, password] : {std::pair{m_piet.gebruikersnaam, QStringLiteral("fout-wachtwoord")},
                                         std::pair{QStringLiteral("niemand"), QStringLiteral("wat-dan-ook-1")}}) {
        const Result<SignedInActor> refused = seat.signIn(naam, password);
        QVERIFY(!refused.ok());
        // A wrong password and an unknown name look the same, and never show SQL or libpq text.
        QCOMPARE(refused.error().message, storage::PostgresLogin::refused());
        QCOMPARE(refused.error().fieldErrors.size(), 1);
        QCOMPARE(refused.error().fieldErrors.constFirst().field, QStringLiteral("password"));
    }
    QVERIFY(!seat.database());
    QVERIFY(!seat.confirmPassword(QUuid::fromString(piet), m_piet.password).ok());
}

void TestPostgresSecurity::lockScreenChecksTheSeatsLogin()
{
    storage::PostgresSeat seat(server());
    QVERIFY(seat.signIn(m_piet.gebruikersnaam, m_piet.password).ok());
    const Result<SignedInActor> confirmed = seat.confirmPassword(QUuid::fromString(piet), m_piet.password);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.ok() ? QString() : confirmed.error().message));
    QCOMPARE(confirmed.value().actor, QUuid::fromString(piet));
    const Result<SignedInActor> wrong = seat.confirmPassword(QUuid::fromString(piet), QStringLiteral("fout-fout"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().fieldErrors.constFirst().field, QStringLiteral("password"));
    // Another medewerker's password does not unlock Piet's seat.
    QVERIFY(!seat.confirmPassword(QUuid::fromString(piet), m_sanne.password).ok());
}

void TestPostgresSecurity::loginWithoutAMedewerkerIsRefused()
{
    // A login IT made by hand, in the medewerker group but without an account: it gets no seat.
    execAdmin(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'los') THEN "
                       "CREATE ROLE los LOGIN PASSWORD 'los-wachtwoord-1' IN ROLE kcc_medewerker; END IF; END $$"));
    storage::PostgresSeat seat(server());
    const Result<SignedInActor> refused = seat.signIn(QStringLiteral("los"), QStringLiteral("los-wachtwoord-1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, storage::PostgresLogin::refused());
    QVERIFY(!seat.database());
}

void TestPostgresSecurity::seatKeepsItsMedewerker()
{
    // One seat, one login: a second medewerker is told to sign out (the program then restarts).
    storage::PostgresSeat seat(server());
    QVERIFY(seat.signIn(m_piet.gebruikersnaam, m_piet.password).ok());
    const Result<SignedInActor> other = seat.signIn(m_bas.gebruikersnaam, m_bas.password);
    QVERIFY(!other.ok());
    QVERIFY2(other.error().message.contains(QLatin1String("Piet")), qPrintable(other.error().message));
    QSqlQuery who(seat.database()->connection());
    QVERIFY(who.exec(QStringLiteral("SELECT current_user")) && who.next());
    QCOMPARE(who.value(0).toString(), QStringLiteral("piet"));
}

void TestPostgresSecurity::unreachableServerIsSaidPlainly()
{
    storage::DatabaseAddress nowhere = server();
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    storage::PostgresSeat seat(nowhere);
    const Result<SignedInActor> refused = seat.signIn(m_piet.gebruikersnaam, m_piet.password);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().cause, Error::Cause::Unreachable);
    QVERIFY2(refused.error().message.contains(QLatin1String("cannot be reached")), qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestPostgresSecurity)
#include "tst_postgressecurity.moc"
