// Changes through the outbox (issue 14, items 2 and 5): every task action and partij edit queues
// its change in its own transaction; a change waits behind its record's refused create and behind
// a conflict; a conflict is resolved either way by the beheerder, with a trace. Also on PostgreSQL
// (tests/storage/postgresql.cmake).

#include "model/apijson/apijson.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/migrations.h"
#include "storage/resources/queries.h"
#include "storage/search/searchfunctions.h"
#include "storage/sync/sqlpartijconflicts.h"
#include "storage/sync/sqlsyncstore.h"
#include "storage/sync/syncbasis.h"
#include "storage/sync/syncoutbox.h"
#include "tests/support/callflowcases.h"
#include "tests/support/takendata.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TakenData;

namespace {

struct Row
{
    QString resource;
    QUuid lokaal;
    QString bewerking;
    QString status;
};

QList<Row> outbox(Database &database)
{
    QList<Row> rows;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT resource, lokaal_uuid, bewerking, status FROM sync_outbox ORDER BY id"));
    while (query.next()) {
        rows.append({query.value(0).toString(), QUuid::fromString(query.value(1).toString()), query.value(2).toString(),
                     query.value(3).toString()});
    }
    return rows;
}

bool onServer(Database &database, ApiResource resource, const QUuid &lokaal)
{
    WriteTransaction transaction(database);
    const QUuid server = QUuid::createUuid();
    return SqlSyncStore::mapIdentity(
               database, resource, lokaal,
               {server, QStringLiteral("http://ok.test/") + server.toString(QUuid::WithoutBraces)},
               QStringLiteral("lokaal"))
               .ok() &&
           transaction.commit().ok();
}

bool registerCase(Database &database, const ContactSession &session)
{
    RegistrationWriter writer(database);
    if (!SqlDraftStore(database).save(session))
        return false;
    const Result<PlanContext> context = writer.planContext(session);
    if (!context)
        return false;
    const Result<RegistrationPlan> plan = RegistrationPlan::build(session, context.value());
    return plan && writer.registerContact(plan.value()).ok();
}

// Where a record stands in the outbox (-1: not queued); fails the test when it is queued twice.
qsizetype positionOf(const QList<Row> &rows, const QString &resource, const QUuid &lokaal)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).resource != resource || rows.at(i).lokaal != lokaal)
            continue;
        if (found >= 0)
            return -2;
        found = i;
    }
    return found;
}

} // namespace

class TestSyncWijzigingen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stepElevenOutboxKeepsItsEntries();
    void taskActionsQueueTheirChange();
    void failedActionQueuesNothing();
    void reroutingQueuesTheNewTaskAndTheChange();
    void recordTheServerNeverSawIsCreated();
    void partijEditQueuesPartijAndNewAddress();
    void registrationQueuesBijlagenAndDigitaleAdressen();
    void changeWaitsBehindRefusedCreate();
    void conflictHoldsLaterChangesAndKeepDeskResends();
    void keepServerWritesTheServerVersion();
    void onlyOneSeatSendsAtATime();
    void stepFifteenOutboxAcceptsRemovals();
    void removedAddressQueuesARemovalAfterItsChange();
    void removalOfARecordTheServerNeverHadSendsNothing();
    void removalAfterAnUnansweredCreateIsShownNotDropped();

private:
    // Carl on the server with a base, then two edits of Carl at the desk; the worker's first look
    // finds the server changed: the first edit is held as a conflict.
    qint64 carlInConflict(QJsonObject &server);
    QJsonObject carlDocument();
    Result<> editCarl(const QString &taal);
    // Carl's addresses as stored, with `changed` replacing its namesake or added, minus `without`.
    Result<> editCarlAdressen(const std::optional<DigitaalAdres> &changed, const QUuid &without = {});

    std::unique_ptr<TakenData> m_data;
    QDateTime m_now;
};

void TestSyncWijzigingen::init()
{
    m_data = std::make_unique<TakenData>();
    QVERIFY2(m_data->setUp(), qPrintable(m_data->lastError));
    m_now = QDateTime::currentDateTimeUtc();
    for (const QUuid &actor : {m_data->kcc, m_data->vergunningen, m_data->belastingen, m_data->marieke.actor,
                               m_data->joost.actor, m_data->sanne.actor})
        QVERIFY(onServer(m_data->db.database(), ApiResource::Actoren, actor));
}

void TestSyncWijzigingen::cleanup()
{
    m_data.reset();
}

// Schema step 11 -> 12 rebuilds sync_outbox (a CHECK cannot change in place in SQLite): every
// entry keeps its columns and becomes a create; the new states are accepted.
void TestSyncWijzigingen::stepElevenOutboxKeepsItsEntries()
{
    if (test::TestDatabase::onPostgres())
        QSKIP("A file fixture of version 11: SQLite only (the PostgreSQL suites migrate from empty).");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture11"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 11)).ok());
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO sync_outbox (id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging,"
                     " aangemaakt_op, laatste_fout, ongeldige_velden) VALUES (7, 'klantcontacten',"
                     " '00000000-0000-4000-8000-000000000007', 'geweigerd', 1, 3, '2026-12-07T09:00:00.000Z',"
                     " '2026-12-07T08:00:00.000Z', 'HTTP 400', '[{\"name\":\"kanaal\",\"reason\":\"x\"}]')")),
                 qPrintable(query.lastError().text()));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture11"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, resource, status, onzeker, pogingen, volgende_poging, laatste_fout,"
                                      " ongeldige_velden, bewerking FROM sync_outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(7));
    QCOMPARE(query.value(1).toString(), QStringLiteral("klantcontacten"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("geweigerd"));
    QCOMPARE(query.value(3).toInt(), 1);
    QCOMPARE(query.value(4).toInt(), 3);
    QCOMPARE(query.value(5).toString(), QStringLiteral("2026-12-07T09:00:00.000Z"));
    QCOMPARE(query.value(6).toString(), QStringLiteral("HTTP 400"));
    QCOMPARE(query.value(7).toString(), QStringLiteral("[{\"name\":\"kanaal\",\"reason\":\"x\"}]"));
    QCOMPARE(query.value(8).toString(), QStringLiteral("aanmaken"));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral("UPDATE sync_outbox SET status = 'conflict'")));
    QVERIFY(query.exec(QStringLiteral("UPDATE sync_outbox SET status = 'vervallen'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE sync_outbox SET status = 'kwijt'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE sync_outbox SET bewerking = 'vervangen'")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sync_basis, sync_conflict")) && query.next());
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v11.sqlite.backup-v11-*")}).size(), 1);
}

void TestSyncWijzigingen::taskActionsQueueTheirChange()
{
    Database &database = m_data->db.database();
    const QUuid taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->kcc}, m_now);
    QVERIFY(onServer(database, ApiResource::InterneTaken, taak));
    QVERIFY(outbox(database).isEmpty());

    QVERIFY(m_data->taken.acties.pakOp(m_data->marieke, taak).ok());
    QVERIFY(m_data->taken.acties.handelAf(m_data->marieke, taak, QStringLiteral("Teruggebeld, opgelost.")).ok());
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    for (const Row &row : rows) {
        QCOMPARE(row.resource, QStringLiteral("internetaken"));
        QCOMPARE(row.lokaal, taak);
        QCOMPARE(row.bewerking, QStringLiteral("wijzigen"));
        QCOMPARE(row.status, QStringLiteral("wachtend"));
    }
    // The worker reads the task as it is now: picked up by Marieke and closed.
    SqlSyncStore store(database);
    const Result<std::optional<OutboxEntry>> next = store.nextDue(m_now);
    QVERIFY(next.ok() && next.value());
    QVERIFY(next.value()->bewerking == OutboxEntry::Bewerking::Wijzigen);
    QCOMPARE(next.value()->document.value(QStringLiteral("status")).toString(), QStringLiteral("verwerkt"));
    QCOMPARE(next.value()->document.value(QStringLiteral("toegewezenAanActoren")).toArray().size(), 1);
}

void TestSyncWijzigingen::failedActionQueuesNothing()
{
    Database &database = m_data->db.database();
    const QUuid taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->kcc}, m_now);
    QVERIFY(onServer(database, ApiResource::InterneTaken, taak));
    // Joost is not in the KCC: the action is refused, and so is its outbox entry.
    QVERIFY(!m_data->taken.acties.pakOp(m_data->joost, taak).ok());
    QVERIFY(!m_data->taken.acties.routeerOpnieuw(m_data->marieke, taak, m_data->kcc, QString()).ok());
    QVERIFY(outbox(database).isEmpty());
}

void TestSyncWijzigingen::reroutingQueuesTheNewTaskAndTheChange()
{
    Database &database = m_data->db.database();
    const QUuid taak = m_data->addTaak(QStringLiteral("Vergunning beoordelen"), {m_data->vergunningen}, m_now);
    QVERIFY(onServer(database, ApiResource::InterneTaken, taak));
    const Result<QUuid> nieuw =
        m_data->taken.acties.routeerOpnieuw(m_data->joost, taak, m_data->kcc, QStringLiteral("Hoort bij het KCC."));
    QVERIFY2(nieuw.ok(), qPrintable(nieuw.error().message));
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).lokaal, nieuw.value());
    QCOMPARE(rows.at(0).bewerking, QStringLiteral("aanmaken"));
    QCOMPARE(rows.at(1).lokaal, taak);
    QCOMPARE(rows.at(1).bewerking, QStringLiteral("wijzigen"));
}

// A task the desk made before the sync was set up: its first change sends it whole (a create),
// after the actor it is assigned to.
void TestSyncWijzigingen::recordTheServerNeverSawIsCreated()
{
    Database &database = m_data->db.database();
    SignedInActor nieuw;
    {
        const Result<QUuid> created = m_data->accounts.createMedewerker(
            QStringLiteral("Nina"), QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"),
            QStringLiteral("geheim123"), {AccountRole::medewerker()});
        QVERIFY(created.ok());
        nieuw = m_data->accounts.signIn(QStringLiteral("Nina"), QStringLiteral("geheim123")).value();
        QVERIFY(m_data->taken.lidmaatschap.setAfdelingen(m_data->beheer, nieuw.actor, {m_data->kcc}).ok());
    }
    const QUuid taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->kcc}, m_now);
    QVERIFY(m_data->taken.acties.pakOp(nieuw, taak).ok());
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).resource, QStringLiteral("actoren"));
    QCOMPARE(rows.at(0).lokaal, nieuw.actor);
    QCOMPARE(rows.at(1).resource, QStringLiteral("internetaken"));
    QCOMPARE(rows.at(1).bewerking, QStringLiteral("aanmaken"));
}

Result<> TestSyncWijzigingen::editCarl(const QString &taal)
{
    PartijEditService &edit = m_data->services.partijEdit();
    edit.setActingActor(m_data->marieke);
    PartijEdit change;
    change.partij = *Repository<Partij>(m_data->db.database()).find(m_data->carl);
    change.partij.voorkeurstaal = taal;
    change.digitaleAdressen = digitaleAdressenVanPartij(m_data->db.database(), m_data->carl);
    return edit.save(change);
}

Result<> TestSyncWijzigingen::editCarlAdressen(const std::optional<DigitaalAdres> &changed, const QUuid &without)
{
    Database &database = m_data->db.database();
    PartijEditService &edit = m_data->services.partijEdit();
    edit.setActingActor(m_data->marieke);
    PartijEdit change;
    change.partij = *Repository<Partij>(database).find(m_data->carl);
    for (const DigitaalAdres &adres : digitaleAdressenVanPartij(database, m_data->carl)) {
        if (adres.uuid != without && (!changed || adres.uuid != changed->uuid))
            change.digitaleAdressen.append(adres);
    }
    if (changed)
        change.digitaleAdressen.append(*changed);
    return edit.save(change);
}

void TestSyncWijzigingen::partijEditQueuesPartijAndNewAddress()
{
    Database &database = m_data->db.database();
    QVERIFY(onServer(database, ApiResource::Partijen, m_data->carl));
    QVERIFY(onServer(database, ApiResource::DigitaleAdressen, m_data->carlTelefoon));
    QVERIFY(onServer(database, ApiResource::DigitaleAdressen, m_data->carlEmail));
    PartijEditService &edit = m_data->services.partijEdit();
    edit.setActingActor(m_data->marieke);
    PartijEdit change;
    change.partij = *Repository<Partij>(database).find(m_data->carl);
    change.partij.voorkeurstaal = QStringLiteral("eng");
    change.digitaleAdressen = digitaleAdressenVanPartij(database, m_data->carl);
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    change.digitaleAdressen.append(werk);
    const Result<> saved = edit.save(change);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).resource, QStringLiteral("partijen"));
    QCOMPARE(rows.at(0).bewerking, QStringLiteral("wijzigen"));
    QCOMPARE(rows.at(1).resource, QStringLiteral("digitaleadressen"));
    QCOMPARE(rows.at(1).lokaal, werk.uuid);
    QCOMPARE(rows.at(1).bewerking, QStringLiteral("aanmaken"));
}

// Issue 14, item 2: a registration's bijlagen, the betrokkene's one-off contact details and the
// new partij's addresses are queued with it, each once, after the record each refers to.
void TestSyncWijzigingen::registrationQueuesBijlagenAndDigitaleAdressen()
{
    using namespace kcc::test::cases;
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &database = db.database();
    const People people;
    {
        WriteTransaction transaction(database);
        for (const Actor &actor : people.all())
            QVERIFY(Repository<Actor>(database).insert(actor).ok());
        QVERIFY(Repository<Partij>(database).insert(people.carl).ok());
        QVERIFY(Repository<DigitaalAdres>(database).insert(people.carlTelefoon).ok());
        QVERIFY(Repository<PartijIdentificator>(database).insert(people.carlBsn).ok());
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(registerCase(database, c9018A(people, false)));       // Carl, known only here; a bijlage
    QVERIFY(registerCase(database, c9167A(people)));              // unknown caller, one-off phone number
    QVERIFY(registerCase(database, c9018B(people, true, false))); // variant C: phone and e-mail, bijlage
    QVERIFY(registerCase(database, c4161(people)));               // Carl again: nothing of his queued twice

    const QList<Row> rows = outbox(database);
    for (const Row &row : rows)
        QCOMPARE(row.bewerking, QStringLiteral("aanmaken"));
    int bijlagen = 0;
    QVERIFY(Repository<Bijlage>(database)
                .forEach([&](const Bijlage &bijlage) {
                    ++bijlagen;
                    const qsizetype at = positionOf(rows, QStringLiteral("bijlagen"), bijlage.uuid);
                    const qsizetype contact = positionOf(rows, QStringLiteral("klantcontacten"),
                                                         bijlage.wasBijlageVanKlantcontact.value_or(QUuid()));
                    QVERIFY2(at >= 0 && contact >= 0 && contact < at, qPrintable(QString::number(at)));
                })
                .ok());
    QCOMPARE(bijlagen, 2);
    int vanBetrokkene = 0;
    int vanPartij = 0;
    QStringList partijAdressen;
    QVERIFY(Repository<DigitaalAdres>(database)
                .forEach([&](const DigitaalAdres &adres) {
                    const qsizetype at = positionOf(rows, QStringLiteral("digitaleadressen"), adres.uuid);
                    const qsizetype owner =
                        adres.verstrektDoorBetrokkene
                            ? positionOf(rows, QStringLiteral("betrokkenen"), *adres.verstrektDoorBetrokkene)
                            : positionOf(rows, QStringLiteral("partijen"), adres.verstrektDoorPartij.value_or(QUuid()));
                    QVERIFY2(at >= 0 && owner >= 0 && owner < at, qPrintable(adres.adres));
                    if (adres.verstrektDoorBetrokkene)
                        ++vanBetrokkene;
                    else
                        partijAdressen.append(adres.adres);
                    vanPartij += adres.verstrektDoorPartij ? 1 : 0;
                })
                .ok());
    QCOMPARE(vanBetrokkene, 1);
    QCOMPARE(vanPartij, 3); // Carl's phone, the new partij's phone and e-mail
    QVERIFY2(partijAdressen.contains(QStringLiteral("karel@example.nl")), qPrintable(partijAdressen.join(u',')));

    // A partij whose addresses are on the server already does not send them again.
    test::TestDatabase other;
    QVERIFY(other.isValid());
    {
        WriteTransaction transaction(other.database());
        for (const Actor &actor : people.all())
            QVERIFY(Repository<Actor>(other.database()).insert(actor).ok());
        QVERIFY(Repository<Partij>(other.database()).insert(people.carl).ok());
        QVERIFY(Repository<DigitaalAdres>(other.database()).insert(people.carlTelefoon).ok());
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(onServer(other.database(), ApiResource::Partijen, people.carl.uuid));
    QVERIFY(onServer(other.database(), ApiResource::DigitaleAdressen, people.carlTelefoon.uuid));
    QVERIFY(registerCase(other.database(), c9018A(people, false)));
    const QList<Row> known = outbox(other.database());
    QCOMPARE(positionOf(known, QStringLiteral("digitaleadressen"), people.carlTelefoon.uuid), qsizetype(-1));
    QCOMPARE(int(std::count_if(known.cbegin(), known.cend(),
                               [](const Row &row) { return row.resource == QLatin1String("bijlagen"); })),
             1);
}

// "If the create was refused, the change waits too": held, counted apart, never sent.
void TestSyncWijzigingen::changeWaitsBehindRefusedCreate()
{
    Database &database = m_data->db.database();
    const QUuid taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->kcc}, m_now);
    {
        WriteTransaction transaction(database);
        QVERIFY(SyncOutbox::ensureQueued(database, ApiResource::InterneTaken, taak).ok());
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(m_data->taken.acties.pakOp(m_data->marieke, taak).ok());
    QCOMPARE(outbox(database).size(), 2);
    SqlSyncStore store(database);
    Result<std::optional<OutboxEntry>> next = store.nextDue(m_now);
    QVERIFY(next.ok() && next.value());
    QVERIFY(next.value()->bewerking == OutboxEntry::Bewerking::Aanmaken);
    QVERIFY(store.markRefused(next.value()->id, QStringLiteral("HTTP 400"), {}).ok());

    next = store.nextDue(m_now);
    QVERIFY(next.ok());
    QVERIFY(!next.value());
    const Result<OutboxStatus> status = store.status();
    QVERIFY(status.ok());
    QCOMPARE(status.value().wachtend, 0);
    QCOMPARE(status.value().geweigerd, 1);
    QCOMPARE(status.value().vastgehouden, 1);
    QCOMPARE(store.refusals().value().size(), 1);
}

QJsonObject TestSyncWijzigingen::carlDocument()
{
    return ApiJson().toJson(*Repository<Partij>(m_data->db.database()).find(m_data->carl), PartijRelaties());
}

qint64 TestSyncWijzigingen::carlInConflict(QJsonObject &server)
{
    Database &database = m_data->db.database();
    if (!onServer(database, ApiResource::Partijen, m_data->carl))
        return 0;
    {
        WriteTransaction transaction(database);
        if (!SyncBasis::store(database, ApiResource::Partijen, m_data->carl, carlDocument()) || !transaction.commit())
            return 0;
    }
    server = carlDocument();
    server.insert(QStringLiteral("voorkeurstaal"), QStringLiteral("deu"));
    QJsonObject identificatie = server.value(QStringLiteral("partijIdentificatie")).toObject();
    QJsonObject naam = identificatie.value(QStringLiteral("contactnaam")).toObject();
    naam.insert(QStringLiteral("achternaam"), QStringLiteral("Zwartewaal-Bos"));
    identificatie.insert(QStringLiteral("contactnaam"), naam);
    server.insert(QStringLiteral("partijIdentificatie"), identificatie);

    if (!editCarl(QStringLiteral("eng")) || !editCarl(QStringLiteral("fra")))
        return 0;
    SqlSyncStore store(database);
    const Result<std::optional<OutboxEntry>> next = store.nextDue(m_now);
    if (!next || !next.value() || !store.markConflict(*next.value(), server))
        return 0;
    return next.value()->id;
}

void TestSyncWijzigingen::conflictHoldsLaterChangesAndKeepDeskResends()
{
    Database &database = m_data->db.database();
    QJsonObject server;
    const qint64 held = carlInConflict(server);
    QVERIFY(held > 0);
    SqlSyncStore store(database);
    QVERIFY(!store.nextDue(m_now).value()); // the second edit waits behind the conflict
    OutboxStatus status = store.status().value();
    QCOMPARE(status.conflicten, 1);
    QCOMPARE(status.vastgehouden, 1);
    QCOMPARE(status.wachtend, 0);

    SqlPartijConflicts conflicts(database);
    const QList<PartijConflict> open = conflicts.open().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).outboxId, held);
    QCOMPARE(open.at(0).partij, m_data->carl);
    // The desk's version as it is when the worker looks: both edits.
    QCOMPARE(open.at(0).bureau.value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("fra"));
    QCOMPARE(open.at(0).server.value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("deu"));
    QCOMPARE(open.at(0).basis.value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("nld"));

    QVERIFY(!conflicts.resolve(m_data->marieke, open.at(0).id, ConflictChoice::KeepDesk).ok());
    QVERIFY(conflicts.resolve(m_data->beheer, open.at(0).id, ConflictChoice::KeepDesk).ok());
    QVERIFY(!conflicts.resolve(m_data->beheer, open.at(0).id, ConflictChoice::KeepServer).ok()); // once
    QVERIFY(conflicts.open().value().isEmpty());

    // Sent again, against the server's version as the new base; the desk's partij is untouched.
    const std::optional<OutboxEntry> again = store.nextDue(m_now).value();
    QVERIFY(again);
    QCOMPARE(again->id, held);
    QCOMPARE(store.baseVersion(ApiResource::Partijen, m_data->carl).value()->value(QStringLiteral("voorkeurstaal")),
             QJsonValue(QStringLiteral("deu")));
    QCOMPARE(Repository<Partij>(database).find(m_data->carl)->voorkeurstaal, QStringLiteral("fra"));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT keuze, gekozen_door, gekozen_op IS NOT NULL FROM sync_conflict")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("bureau"));
    QCOMPARE(QUuid::fromString(query.value(1).toString()), m_data->beheer.actor);
    QCOMPARE(query.value(2).toInt(), 1);
}

void TestSyncWijzigingen::keepServerWritesTheServerVersion()
{
    Database &database = m_data->db.database();
    QJsonObject server;
    const qint64 held = carlInConflict(server);
    QVERIFY(held > 0);
    SqlPartijConflicts conflicts(database);
    const QList<PartijConflict> open = conflicts.open().value();
    QCOMPARE(open.size(), 1);
    const Result<> resolved = conflicts.resolve(m_data->beheer, open.at(0).id, ConflictChoice::KeepServer);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));

    const Partij carl = *Repository<Partij>(database).find(m_data->carl);
    QCOMPARE(carl.voorkeurstaal, QStringLiteral("deu"));
    QCOMPARE(carl.contactnaam->achternaam, QStringLiteral("Zwartewaal-Bos"));
    QCOMPARE(carl.voorkeursDigitaalAdres, std::optional<QUuid>(m_data->carlTelefoon)); // the desk's own link kept
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.at(rows.size() - 2).status, QStringLiteral("vervallen"));
    // The later edit is no longer held; it sends the partij as it is now (the server's version).
    SqlSyncStore store(database);
    const std::optional<OutboxEntry> next = store.nextDue(m_now).value();
    QVERIFY(next);
    QVERIFY(next->id > held);
    QCOMPARE(next->document.value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("deu"));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT keuze FROM sync_conflict")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("server"));
}

// On a shared PostgreSQL database every seat's runner reads the one outbox: only the seat holding
// the sender lock is given entries, and another takes over when that seat's connection ends.
void TestSyncWijzigingen::onlyOneSeatSendsAtATime()
{
    if (!test::TestDatabase::onPostgres())
        QSKIP("one desk on SQLite: its runner is the only sender");
    Database &database = m_data->db.database();
    const QUuid taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->kcc}, m_now);
    QVERIFY(onServer(database, ApiResource::InterneTaken, taak));
    QVERIFY(m_data->taken.acties.pakOp(m_data->marieke, taak).ok());

    auto other = database.openAnother();
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
    std::unique_ptr<Database> otherSeat = std::move(other).value();
    {
        SqlSyncStore sender(*otherSeat);
        const Result<std::optional<OutboxEntry>> first = sender.nextDue(m_now);
        QVERIFY(first.ok() && first.value());
        QCOMPARE(first.value()->lokaal, taak);
        SqlSyncStore waiting(database);
        const Result<std::optional<OutboxEntry>> none = waiting.nextDue(m_now);
        QVERIFY(none.ok());
        QVERIFY(!none.value());
        // Asking again keeps the lock without stacking it.
        QVERIFY(sender.nextDue(m_now).ok());
    }
    otherSeat.reset();
    SqlSyncStore takingOver(database);
    QTRY_VERIFY_WITH_TIMEOUT(takingOver.nextDue(m_now).ok() && takingOver.nextDue(m_now).value().has_value(), 5000);
}

// Schema step 15 -> 16 rebuilds sync_outbox once more: every entry keeps its columns, its
// bewerking included, and 'verwijderen' is accepted.
void TestSyncWijzigingen::stepFifteenOutboxAcceptsRemovals()
{
    if (test::TestDatabase::onPostgres())
        QSKIP("A file fixture of version 15: SQLite only (the PostgreSQL suites migrate from empty).");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v15.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture15"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 15)).ok());
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO sync_outbox (id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging,"
                     " aangemaakt_op, laatste_fout, ongeldige_velden, bewerking) VALUES (9, 'partijen',"
                     " '00000000-0000-4000-8000-000000000009', 'conflict', 1, 2, '2026-12-07T09:00:00.000Z',"
                     " '2026-12-07T08:00:00.000Z', 'HTTP 503', '[]', 'wijzigen')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE sync_outbox SET bewerking = 'verwijderen'")));
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture15"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, resource, lokaal_uuid, status, onzeker, pogingen, volgende_poging,"
                                      " aangemaakt_op, laatste_fout, bewerking FROM sync_outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(9));
    QCOMPARE(query.value(1).toString(), QStringLiteral("partijen"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("00000000-0000-4000-8000-000000000009"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("conflict"));
    QCOMPARE(query.value(4).toInt(), 1);
    QCOMPARE(query.value(5).toInt(), 2);
    QCOMPARE(query.value(6).toString(), QStringLiteral("2026-12-07T09:00:00.000Z"));
    QCOMPARE(query.value(7).toString(), QStringLiteral("2026-12-07T08:00:00.000Z"));
    QCOMPARE(query.value(8).toString(), QStringLiteral("HTTP 503"));
    QCOMPARE(query.value(9).toString(), QStringLiteral("wijzigen"));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral("UPDATE sync_outbox SET bewerking = 'verwijderen'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE sync_outbox SET bewerking = 'vervangen'")));
    query.finish();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v15.sqlite.backup-v15-*")}).size(), 1);
}

// Issue 14, item 2: removing an address the server has queues a 'verwijderen' in the edit's own
// transaction, after the change queued before it; the change of the now missing row is settled
// without a request, the removal is sent by the identity kept for it, and markRemoved forgets it.
void TestSyncWijzigingen::removedAddressQueuesARemovalAfterItsChange()
{
    Database &database = m_data->db.database();
    QVERIFY(onServer(database, ApiResource::Partijen, m_data->carl));
    QVERIFY(onServer(database, ApiResource::DigitaleAdressen, m_data->carlEmail));
    SqlSyncStore store(database);
    const ServerIdentity server = *store.serverIdentity(ApiResource::DigitaleAdressen, m_data->carlEmail).value();
    DigitaalAdres email = *Repository<DigitaalAdres>(database).find(m_data->carlEmail);
    email.omschrijving = QStringLiteral("Privé");
    QVERIFY(editCarlAdressen(email).ok());
    const Result<> removed = editCarlAdressen(std::nullopt, m_data->carlEmail);
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QVERIFY(!Repository<DigitaalAdres>(database).find(m_data->carlEmail));
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).bewerking, QStringLiteral("wijzigen"));
    QCOMPARE(rows.at(1).resource, QStringLiteral("digitaleadressen"));
    QCOMPARE(rows.at(1).lokaal, m_data->carlEmail);
    QCOMPARE(rows.at(1).bewerking, QStringLiteral("verwijderen"));

    const Result<std::optional<OutboxEntry>> next = store.nextDue(m_now);
    QVERIFY(next.ok() && next.value());
    QVERIFY(next.value()->bewerking == OutboxEntry::Bewerking::Verwijderen);
    QVERIFY(next.value()->resource == ApiResource::DigitaleAdressen);
    QCOMPARE(next.value()->lokaal, m_data->carlEmail);
    QVERIFY(next.value()->document.isEmpty());
    QCOMPARE(outbox(database).at(0).status, QStringLiteral("vervallen")); // the change: nothing to send
    QCOMPARE(*store.serverIdentity(ApiResource::DigitaleAdressen, m_data->carlEmail).value(), server);

    QVERIFY(store.markRemoved(*next.value()).ok());
    QVERIFY(!store.serverIdentity(ApiResource::DigitaleAdressen, m_data->carlEmail).value());
    QCOMPARE(outbox(database).at(1).status, QStringLiteral("verzonden"));
    QVERIFY(!store.nextDue(m_now).value());
    QCOMPARE(store.status().value().wachtend, 0);
}

// An address added and removed before the push: both entries settle without a request; an
// address that was never queued queues nothing when it is removed.
void TestSyncWijzigingen::removalOfARecordTheServerNeverHadSendsNothing()
{
    Database &database = m_data->db.database();
    QVERIFY(onServer(database, ApiResource::Partijen, m_data->carl));
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    QVERIFY(editCarlAdressen(werk).ok());
    QVERIFY(editCarlAdressen(std::nullopt, werk.uuid).ok());
    QVERIFY(editCarlAdressen(std::nullopt, m_data->carlEmail).ok());
    QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).bewerking, QStringLiteral("aanmaken"));
    QCOMPARE(rows.at(1).bewerking, QStringLiteral("verwijderen"));
    QCOMPARE(positionOf(rows, QStringLiteral("digitaleadressen"), m_data->carlEmail), qsizetype(-1));

    SqlSyncStore store(database);
    const Result<std::optional<OutboxEntry>> next = store.nextDue(m_now);
    QVERIFY(next.ok());
    QVERIFY(!next.value());
    rows = outbox(database);
    QCOMPARE(rows.at(0).status, QStringLiteral("vervallen"));
    QCOMPARE(rows.at(1).status, QStringLiteral("vervallen"));
    const OutboxStatus status = store.status().value();
    QCOMPARE(status.wachtend, 0);
    QCOMPARE(status.geweigerd, 0);
}

// A create that got no answer may be on the server; once its record is removed at the desk it can
// no longer be looked up: refused for the beheerder to see, not dropped; its removal sends nothing.
void TestSyncWijzigingen::removalAfterAnUnansweredCreateIsShownNotDropped()
{
    Database &database = m_data->db.database();
    QVERIFY(onServer(database, ApiResource::Partijen, m_data->carl));
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    QVERIFY(editCarlAdressen(werk).ok());
    SqlSyncStore store(database);
    const Result<std::optional<OutboxEntry>> create = store.nextDue(m_now);
    QVERIFY(create.ok() && create.value());
    QVERIFY(store.markUncertain(create.value()->id).ok());
    QVERIFY(editCarlAdressen(std::nullopt, werk.uuid).ok());

    QVERIFY(!store.nextDue(m_now).value());
    const QList<Row> rows = outbox(database);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).status, QStringLiteral("geweigerd"));
    QCOMPARE(rows.at(1).status, QStringLiteral("vervallen"));
    const QList<OutboxRefusal> refusals = store.refusals().value();
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.first().lokaal, werk.uuid);
}

QTEST_GUILESS_MAIN(TestSyncWijzigingen)
#include "tst_sync_wijzigingen.moc"
