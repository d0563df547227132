// The taken services (SqlTaken) on a real SQLite database: queues per role, handling a task (C2984, C9708,
// C6114), closing and reopening, the task log, reassigning and the vertrouwelijk rule.

#include "tests/support/callflowcases.h"

#include "model/validation/validation.h"
#include "storage/beheer/sqlaccountservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/db/writetransaction.h"
#include "storage/demo/demoloader.h"
#include "storage/demo/demowerkvoorraad.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/taken/sqltaken.h"
#include "tests/support/testactors.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <latch>
#include <thread>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Actor medewerker(int n, const QString &naam, bool actief = true)
{
    Actor a;
    a.uuid = uuidOf(n);
    a.naam = naam;
    a.soortActor = SoortActor::Medewerker;
    a.indicatieActief = actief;
    a.heeftActorIdentificatie = true;
    a.functie = QStringLiteral("Medewerker");
    a.telefoonnummer = QStringLiteral("0201234567");
    return a;
}

Actor afdeling(int n, const QString &naam)
{
    Actor a;
    a.uuid = uuidOf(n);
    a.naam = naam;
    a.soortActor = SoortActor::OrganisatorischeEenheid;
    return a;
}

SignedInActor signedIn(const Actor &actor, const QStringList &roles)
{
    return SignedInActor{actor.uuid, actor.naam, actor.soortActor, roles};
}

// A fixed "now": Wednesday 18 November 2026, 10:00 in Amsterdam.
const QDateTime now = QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC);
const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

QDateTime amsterdamTime(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), amsterdam).toUTC();
}

// The world of the tests: the KCC, two back-office afdelingen and their medewerkers, a known
// partij with a question about a parking permit, and a vertrouwelijk contact of an unknown person.
struct World
{
    Actor karin = medewerker(1, QStringLiteral("Karin KCC"));
    Actor bas = medewerker(2, QStringLiteral("Bas Vergunningen"));
    Actor carla = medewerker(3, QStringLiteral("Carla Vergunningen"));
    Actor wim = medewerker(4, QStringLiteral("Wim Belastingen"));
    Actor ina = medewerker(5, QStringLiteral("Ina Inactief"), false);
    Actor sanne = medewerker(6, QStringLiteral("Sanne Supervisor"));
    Actor vergunningen = afdeling(11, QStringLiteral("Vergunningen"));
    Actor belastingen = afdeling(12, QStringLiteral("Belastingen"));
    Actor kcc = afdeling(13, QStringLiteral("KCC"));

    Partij zoe;
    DigitaalAdres zoeEmail; // the voorkeur
    DigitaalAdres zoeTelefoon;
    Klantcontact vraag;
    Betrokkene vraagBetrokkene;
    DigitaalAdres terugbelnummer; // given for this contact only
    Klantcontact geheim;
    Betrokkene geheimBetrokkene;

    InterneTaak t1; // Terugbellen for Bas personally, yesterday
    InterneTaak t2; // Terugbellen for Vergunningen, a week ago: overdue
    InterneTaak t3; // for Vergunningen about the vertrouwelijk contact
    InterneTaak t4; // for Belastingen

    SignedInActor asKarin() const { return signedIn(karin, {AccountRole::medewerker()}); }
    SignedInActor asBas() const { return signedIn(bas, {AccountRole::medewerker()}); }
    SignedInActor asCarla() const { return signedIn(carla, {AccountRole::medewerker()}); }
    SignedInActor asWim() const { return signedIn(wim, {AccountRole::medewerker()}); }
    SignedInActor asSanne() const { return signedIn(sanne, {AccountRole::medewerker(), AccountRole::supervisor()}); }
    SignedInActor asBeheerder() const { return signedIn(karin, {AccountRole::beheerder()}); }

    World()
    {
        zoe.uuid = uuidOf(21);
        zoe.nummer = QStringLiteral("1001");
        zoe.contactnaam = Contactnaam{QStringLiteral("Z."), QStringLiteral("Zoë"), QString(), QStringLiteral("Çelik")};
        zoe.voorkeursDigitaalAdres = uuidOf(22);
        zoeEmail = {
            uuidOf(22), std::nullopt, zoe.uuid,    QStringLiteral("zoe@example.nl"), SoortDigitaalAdres::Email, true,
            QString(),  QString(),    std::nullopt};
        zoeTelefoon = {uuidOf(23),
                       std::nullopt,
                       zoe.uuid,
                       QStringLiteral("0201112233"),
                       SoortDigitaalAdres::Telefoonnummer,
                       false,
                       QString(),
                       QString(),
                       std::nullopt};

        vraag.uuid = uuidOf(31);
        vraag.referentienummer = QStringLiteral("5001");
        vraag.kanaal = QStringLiteral("telefoon");
        vraag.onderwerp = QStringLiteral("Aanvraag parkeervergunning");
        vraag.inhoud = QStringLiteral("Hoe lang is de wachttijd?");
        vraag.plaatsgevondenOp = amsterdamTime(QDate(2026, 11, 10), 9);
        vraagBetrokkene.uuid = uuidOf(32);
        vraagBetrokkene.wasPartij = zoe.uuid;
        vraagBetrokkene.hadKlantcontact = vraag.uuid;
        vraagBetrokkene.initiator = true;
        terugbelnummer = {uuidOf(33),
                          vraagBetrokkene.uuid,
                          std::nullopt,
                          QStringLiteral("0612345678"),
                          SoortDigitaalAdres::Telefoonnummer,
                          false,
                          QStringLiteral("Overdag"),
                          QString(),
                          std::nullopt};

        geheim.uuid = uuidOf(41);
        geheim.referentienummer = QStringLiteral("5002");
        geheim.kanaal = QStringLiteral("balie");
        geheim.onderwerp = QStringLiteral("Schuldhulp en beslaglegging");
        geheim.inhoud = QStringLiteral("Vertrouwelijk");
        geheim.vertrouwelijk = true;
        geheim.plaatsgevondenOp = amsterdamTime(QDate(2026, 11, 16), 14);
        geheimBetrokkene.uuid = uuidOf(42);
        geheimBetrokkene.hadKlantcontact = geheim.uuid;
        geheimBetrokkene.contactnaam =
            Contactnaam{QString(), QStringLiteral("Piet"), QStringLiteral("de"), QStringLiteral("Boer")};

        t1 = taak(51, QStringLiteral("Terugbellen"), vraag.uuid, {bas.uuid}, amsterdamTime(QDate(2026, 11, 17), 11));
        t2 = taak(52, QStringLiteral("Terugbellen"), vraag.uuid, {vergunningen.uuid},
                  amsterdamTime(QDate(2026, 11, 11), 10));
        t3 = taak(53, QStringLiteral("Informatie opvragen"), geheim.uuid, {vergunningen.uuid},
                  amsterdamTime(QDate(2026, 11, 16), 15));
        t4 = taak(54, QStringLiteral("Terugbellen"), vraag.uuid, {belastingen.uuid},
                  amsterdamTime(QDate(2026, 11, 18), 8));
    }

    static InterneTaak taak(int n, const QString &handeling, const QUuid &klantcontact, const QList<QUuid> &actoren,
                            const QDateTime &op)
    {
        InterneTaak t;
        t.uuid = uuidOf(n);
        t.referentienummer = QString::number(7000 + n);
        t.gevraagdeHandeling = handeling;
        t.aanleidinggevendKlantcontact = klantcontact;
        t.toegewezenAanActoren = actoren;
        t.status = TaakStatus::TeVerwerken;
        t.toegewezenOp = op;
        return t;
    }

    bool insert(Database &database) const
    {
        WriteTransaction transaction(database);
        {
            Repository<Actor> actors(database);
            for (const Actor &a : {karin, bas, carla, wim, ina, sanne, vergunningen, belastingen, kcc}) {
                if (!actors.insert(a))
                    return false;
            }
            Repository<Partij> partijen(database);
            Repository<DigitaalAdres> adressen(database);
            Repository<Klantcontact> klantcontacten(database);
            Repository<Betrokkene> betrokkenen(database);
            Repository<ActorKlantcontact> links(database);
            Repository<InterneTaak> taken(database);
            if (!partijen.insert(zoe) || !adressen.insert(zoeEmail) || !adressen.insert(zoeTelefoon) ||
                !klantcontacten.insert(vraag) || !klantcontacten.insert(geheim) ||
                !betrokkenen.insert(vraagBetrokkene) || !betrokkenen.insert(geheimBetrokkene) ||
                !adressen.insert(terugbelnummer) || !links.insert({uuidOf(61), karin.uuid, vraag.uuid}) ||
                !links.insert({uuidOf(62), karin.uuid, geheim.uuid}))
                return false;
            for (const InterneTaak &t : {t1, t2, t3, t4}) {
                if (!taken.insert(t))
                    return false;
            }
            QSqlQuery query(database.connection());
            query.prepare(QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES (?, ?)"));
            const QList<QPair<QUuid, QUuid>> leden = {{bas.uuid, vergunningen.uuid},
                                                      {carla.uuid, vergunningen.uuid},
                                                      {ina.uuid, vergunningen.uuid},
                                                      {wim.uuid, belastingen.uuid},
                                                      {karin.uuid, kcc.uuid}};
            for (const auto &[lid, afd] : leden) {
                query.bindValue(0, lid.toString(QUuid::WithoutBraces));
                query.bindValue(1, afd.toString(QUuid::WithoutBraces));
                if (!query.exec())
                    return false;
            }
        }
        return transaction.commit().ok();
    }
};

QList<QUuid> uuidsOf(const QList<TaakQueueRow> &rows)
{
    QList<QUuid> result;
    for (const TaakQueueRow &row : rows)
        result << row.uuid;
    return result;
}

TaakQueueFilter filterFor(TaakQueue queue, const QUuid &afdeling = {})
{
    TaakQueueFilter filter;
    filter.queue = queue;
    filter.afdeling = afdeling;
    return filter;
}

int scalar(Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

class TestTaken : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queuesFollowTheRoles();
    void anotherAfdelingsQueueIsRefused();
    void keysetPagingVisitsEveryTaskOnce();
    void sortAndFilter();
    void overdueFollowsTheNormInWorkingDays();
    void countsAtAGlance();
    void pakOpTakesATaskFromTheAfdeling();
    void pakOpOnTwoSeatsAtOnceGivesTheTaskToOne();
    void detailListsContactDetailsInOrder();
    void successfulCallbackRegistersAnAnswerAndCloses();
    void failedCallbackKeepsTheTaskOpen();
    void forwardWithinTheAfdelingOnly();
    void inactiveActorsAreRefused();
    void rerouteCreatesALinkedTaskForTheKcc();
    void closeAndReopenFollowTheStatusRules();
    void wijsToeReassignsManyInOneTransaction();
    void reassignmentKeepsToegewezenOpAndShowsTheLatestAssignment();
    void vertrouwelijkIsHiddenFromOthers();
    void historyShowsWhatIHandled();
    void backlogAndFiguresForTheSupervisor();
    void normsAreEditedBySupervisorOrBeheerder();
    void membershipsAreManagedByTheBeheerder();
    void registrationLogsTheTasksItCreates();
    void queueCopiesFollowTheTaskWhateverTheOrder();
    void demoWorkQueues();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SqlTaken> m_service;
    World m_world;
};

void TestTaken::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_world.insert(m_db->database()));
    m_service = std::make_unique<SqlTaken>(
        m_db->database(), [] { return now; }, amsterdam);
}

void TestTaken::cleanup()
{
    m_service.reset();
    m_db.reset();
}

void TestTaken::queuesFollowTheRoles()
{
    const World &w = m_world;
    auto mijn = m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Mijn), {}, 50);
    QVERIFY2(mijn.ok(), qPrintable(mijn.error().message));
    QCOMPARE(uuidsOf(mijn.value().rows), QList<QUuid>{w.t1.uuid});
    QVERIFY(mijn.value().atEnd);
    const TaakQueueRow &row = mijn.value().rows.first();
    QCOMPARE(row.referentienummer, QStringLiteral("7051"));
    QCOMPARE(row.gevraagdeHandeling, QStringLiteral("Terugbellen"));
    QCOMPARE(row.onderwerp, QStringLiteral("Aanvraag parkeervergunning"));
    QCOMPARE(row.klantNaam, QStringLiteral("Zoë Çelik"));
    QCOMPARE(row.kanaal, QStringLiteral("telefoon"));
    QCOMPARE(row.toegewezenAan, QStringList{QStringLiteral("Bas Vergunningen")});
    QCOMPARE(row.toegewezenOp, w.t1.toegewezenOp);
    QCOMPARE(row.status, TaakStatus::TeVerwerken);
    QVERIFY(!row.afgehandeldOp);

    // The afdeling queue, oldest first.
    auto afdeling =
        m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Afdeling, w.vergunningen.uuid), {}, 50);
    QVERIFY2(afdeling.ok(), qPrintable(afdeling.error().message));
    QCOMPARE(uuidsOf(afdeling.value().rows), (QList<QUuid>{w.t2.uuid, w.t3.uuid}));
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Afdeling, w.vergunningen.uuid)).value(),
             2);

    // A supervisor sees every afdeling's queue and all tasks.
    auto belastingen =
        m_service->werkvoorraad.queue(w.asSanne(), filterFor(TaakQueue::Afdeling, w.belastingen.uuid), {}, 50);
    QVERIFY2(belastingen.ok(), qPrintable(belastingen.error().message));
    QCOMPARE(uuidsOf(belastingen.value().rows), QList<QUuid>{w.t4.uuid});
    auto alle = m_service->werkvoorraad.queue(w.asSanne(), filterFor(TaakQueue::Alle), {}, 50);
    QVERIFY2(alle.ok(), qPrintable(alle.error().message));
    QCOMPARE(uuidsOf(alle.value().rows), (QList<QUuid>{w.t2.uuid, w.t3.uuid, w.t1.uuid, w.t4.uuid}));
    TaakQueueFilter perMedewerker = filterFor(TaakQueue::Alle);
    perMedewerker.medewerker = w.bas.uuid;
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asSanne(), perMedewerker, {}, 50).value().rows),
             QList<QUuid>{w.t1.uuid});

    // Which afdelingen a queue can be opened for.
    auto eigen = m_service->lidmaatschap.zichtbareAfdelingen(w.asBas());
    QVERIFY(eigen.ok());
    QCOMPARE(eigen.value().size(), 1);
    QCOMPARE(eigen.value().first().uuid, w.vergunningen.uuid);
    QCOMPARE(m_service->lidmaatschap.zichtbareAfdelingen(w.asSanne()).value().size(), 3);
}

void TestTaken::anotherAfdelingsQueueIsRefused()
{
    const World &w = m_world;
    auto refused = m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Afdeling, w.belastingen.uuid), {}, 50);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("afdelingen you belong to")),
             qPrintable(refused.error().message));
    QVERIFY(!m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Afdeling, w.belastingen.uuid)).ok());
    QVERIFY(!m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Alle), {}, 50).ok());
    // Nor can the task itself be opened or worked on.
    QVERIFY(!m_service->werkvoorraad.detail(w.asBas(), w.t4.uuid).ok());
    QVERIFY(!m_service->acties.handelAf(w.asBas(), w.t4.uuid, QString()).ok());
    QVERIFY(!m_service->acties.pakOp(w.asBas(), w.t4.uuid).ok());
    QCOMPARE(scalar(m_db->database(), QStringLiteral("SELECT count(*) FROM interne_taak WHERE status = 'verwerkt'")),
             0);
}

void TestTaken::keysetPagingVisitsEveryTaskOnce()
{
    const World &w = m_world;
    {
        WriteTransaction transaction(m_db->database());
        Repository<InterneTaak> taken(m_db->database());
        for (int i = 0; i < 11; ++i) {
            // Two pairs share the same moment: the rowid decides.
            const QDateTime op = amsterdamTime(QDate(2026, 11, 2 + i / 2), 9);
            QVERIFY(taken.insert(World::taak(100 + i, QStringLiteral("Terugbellen"), w.vraag.uuid, {w.bas.uuid}, op)));
        }
        QVERIFY(transaction.commit().ok());
    }
    for (TaakSort sort : {TaakSort::OudsteEerst, TaakSort::NieuwsteEerst, TaakSort::Handeling, TaakSort::Klant}) {
        TaakQueueFilter filter = filterFor(TaakQueue::Mijn);
        filter.sort = sort;
        QList<QUuid> seen;
        PageCursor cursor;
        int pages = 0;
        for (;;) {
            auto page = m_service->werkvoorraad.queue(w.asBas(), filter, cursor, 5);
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            QVERIFY(page.value().rows.size() <= 5);
            seen += uuidsOf(page.value().rows);
            ++pages;
            if (page.value().atEnd)
                break;
            cursor = page.value().next;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 12);
        QCOMPARE(QSet<QUuid>(seen.cbegin(), seen.cend()).size(), 12);
        if (sort == TaakSort::OudsteEerst) {
            QCOMPARE(seen.first(), uuidOf(100));
            QCOMPARE(seen.last(), w.t1.uuid);
        } else if (sort == TaakSort::NieuwsteEerst) {
            QCOMPARE(seen.first(), w.t1.uuid);
            QCOMPARE(seen.last(), uuidOf(100));
        }
    }
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Mijn)).value(), 12);
}

void TestTaken::sortAndFilter()
{
    const World &w = m_world;
    TaakQueueFilter filter = filterFor(TaakQueue::Alle);
    filter.sort = TaakSort::Handeling;
    auto byHandeling = m_service->werkvoorraad.queue(w.asSanne(), filter, {}, 50);
    QVERIFY(byHandeling.ok());
    QCOMPARE(uuidsOf(byHandeling.value().rows), (QList<QUuid>{w.t3.uuid, w.t2.uuid, w.t1.uuid, w.t4.uuid}));

    filter.sort = TaakSort::Klant; // "boer" before "çelik"
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asSanne(), filter, {}, 50).value().rows).first(), w.t3.uuid);

    filter = filterFor(TaakQueue::Alle);
    filter.kanaal = QStringLiteral("balie");
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asSanne(), filter, {}, 50).value().rows), QList<QUuid>{w.t3.uuid});
    filter.kanaal.clear();
    filter.gevraagdeHandeling = QStringLiteral("Terugbellen");
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asSanne(), filter).value(), 3);
    filter.status = TaakStatus::Verwerkt;
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asSanne(), filter).value(), 0);
}

void TestTaken::overdueFollowsTheNormInWorkingDays()
{
    const World &w = m_world;
    // Terugbellen within 2 working days: at Wednesday 10:00 the cut-off is Monday 10:00.
    auto alle = m_service->werkvoorraad.queue(w.asSanne(), filterFor(TaakQueue::Alle), {}, 50);
    QVERIFY(alle.ok());
    QHash<QUuid, bool> teLaat;
    for (const TaakQueueRow &row : alle.value().rows)
        teLaat.insert(row.uuid, row.teLaat);
    QCOMPARE(teLaat.value(w.t1.uuid), false); // yesterday
    QCOMPARE(teLaat.value(w.t2.uuid), true);  // a week ago
    QCOMPARE(teLaat.value(w.t3.uuid), false); // Informatie opvragen: 5 working days
    QCOMPARE(teLaat.value(w.t4.uuid), false);

    TaakQueueFilter late = filterFor(TaakQueue::Alle);
    late.alleenTeLaat = true;
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asSanne(), late, {}, 50).value().rows), QList<QUuid>{w.t2.uuid});
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asSanne(), late).value(), 1);

    // A stricter norm makes Monday's task late too; the detail agrees with the queue.
    QVERIFY(m_service->supervisie.setNorm(w.asSanne(), {QStringLiteral("Informatie opvragen"), 1}).ok());
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asSanne(), late).value(), 2);
    auto detail = m_service->werkvoorraad.detail(w.asSanne(), w.t3.uuid);
    QVERIFY(detail.ok());
    QVERIFY(detail.value().teLaat);
    QVERIFY(!m_service->werkvoorraad.detail(w.asSanne(), w.t1.uuid).value().teLaat);
}

void TestTaken::countsAtAGlance()
{
    const World &w = m_world;
    auto bas = m_service->werkvoorraad.counts(w.asBas());
    QVERIFY2(bas.ok(), qPrintable(bas.error().message));
    QCOMPARE(bas.value(), (TaakCounts{1, 0, 2, 1}));
    QCOMPARE(m_service->werkvoorraad.counts(w.asWim()).value(), (TaakCounts{0, 0, 1, 0}));
    QCOMPARE(m_service->werkvoorraad.counts(w.asKarin()).value(), (TaakCounts{0, 0, 0, 0}));
    // A task for the afdeling and Bas personally counts once, as his.
    QVERIFY(m_service->supervisie.wijsToe(w.asSanne(), {w.t2.uuid}, {w.vergunningen.uuid, w.bas.uuid}, QString()).ok());
    QCOMPARE(m_service->werkvoorraad.counts(w.asBas()).value(), (TaakCounts{2, 1, 1, 0}));
}

void TestTaken::pakOpOnTwoSeatsAtOnceGivesTheTaskToOne()
{
    // Bas and Carla press "Oppakken" on the same afdeling task at the same moment, each on their
    // own seat (connection and thread). Exactly one gets it; the other is told it is gone.
    const World &w = m_world;
    const QString address = m_db->path();
    std::latch start(2);
    auto seat = [&](const SignedInActor &who, Result<> &outcome) {
        auto opened = Database::open(address, Database::Migration::Refuse);
        if (!opened) {
            outcome = opened.error();
            return;
        }
        {
            SqlTaken service(
                *opened.value(), [] { return now; }, amsterdam);
            start.arrive_and_wait();
            outcome = service.acties.pakOp(who, w.t2.uuid);
        }
    };
    Result<> bas = Error{QStringLiteral("not run"), {}};
    Result<> carla = Error{QStringLiteral("not run"), {}};
    std::thread basSeat(seat, w.asBas(), std::ref(bas));
    std::thread carlaSeat(seat, w.asCarla(), std::ref(carla));
    basSeat.join();
    carlaSeat.join();
    QVERIFY2(bas.ok() != carla.ok(),
             qPrintable((bas.ok() ? QStringLiteral("both") : bas.error().message) + QStringLiteral(" / ") +
                        (carla.ok() ? QStringLiteral("ok") : carla.error().message)));
    const InterneTaak stored = *Repository<InterneTaak>(m_db->database()).find(w.t2.uuid);
    QCOMPARE(stored.toegewezenAanActoren, QList<QUuid>{bas.ok() ? w.bas.uuid : w.carla.uuid});
    const Result<> &lost = bas.ok() ? carla : bas;
    QVERIFY2(!lost.error().message.contains(QLatin1String("ERROR")), qPrintable(lost.error().message));
    // The one who lost is told who has it (issue 13).
    const QString winner = bas.ok() ? w.bas.naam : w.carla.naam;
    QCOMPARE(lost.error().message, QStringLiteral("This task has already been taken up by %1.").arg(winner));
}

void TestTaken::pakOpTakesATaskFromTheAfdeling()
{
    const World &w = m_world;
    QVERIFY(!m_service->acties.pakOp(w.asWim(), w.t2.uuid).ok());
    // A personal task cannot be taken up.
    QVERIFY(!m_service->acties.pakOp(w.asCarla(), w.t1.uuid).ok());

    const Result<> taken = m_service->acties.pakOp(w.asCarla(), w.t2.uuid);
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    const InterneTaak stored = *Repository<InterneTaak>(m_db->database()).find(w.t2.uuid);
    QCOMPARE(stored.toegewezenAanActoren, QList<QUuid>{w.carla.uuid});
    QCOMPARE(stored.toegewezenOp, w.t2.toegewezenOp); // set once, at creation
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asCarla(), filterFor(TaakQueue::Mijn), {}, 50).value().rows),
             QList<QUuid>{w.t2.uuid});
    QCOMPARE(
        uuidsOf(m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Afdeling, w.vergunningen.uuid), {}, 50)
                    .value()
                    .rows),
        QList<QUuid>{w.t3.uuid});

    auto detail = m_service->werkvoorraad.detail(w.asCarla(), w.t2.uuid);
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().log.size(), 1);
    const TaakLogEntry &log = detail.value().log.first();
    QCOMPARE(log.actie, TaakLogActie::Opgepakt);
    QCOMPARE(log.actor, w.carla.uuid);
    QCOMPARE(log.actorNaam, QStringLiteral("Carla Vergunningen"));
    QCOMPARE(log.tijdstip, now);
    QCOMPARE(log.toegewezenAan, QStringList{QStringLiteral("Carla Vergunningen")});
    // Once taken up it is no longer in the afdeling: Bas cannot take it again, and is told who has it.
    const Result<> again = m_service->acties.pakOp(w.asBas(), w.t2.uuid);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().message, QStringLiteral("This task has already been taken up by Carla Vergunningen."));
}

void TestTaken::detailListsContactDetailsInOrder()
{
    const World &w = m_world;
    auto detail = m_service->werkvoorraad.detail(w.asBas(), w.t1.uuid);
    QVERIFY2(detail.ok(), qPrintable(detail.error().message));
    const TaakDetail &d = detail.value();
    QCOMPARE(d.taak, w.t1);
    QCOMPARE(d.toegewezenAanNamen, QStringList{QStringLiteral("Bas Vergunningen")});
    QCOMPARE(d.klantcontact.onderwerp, w.vraag.onderwerp);
    QCOMPARE(d.klantcontact.inhoud, w.vraag.inhoud);
    QVERIFY(!d.vertrouwelijkVerborgen);
    QVERIFY(d.betrokkene);
    QCOMPARE(d.betrokkene->uuid, w.vraagBetrokkene.uuid);
    QVERIFY(d.partij);
    QCOMPARE(d.partij->uuid, w.zoe.uuid);
    QCOMPARE(d.klantNaam, QStringLiteral("Zoë Çelik"));
    // The betrokkene's own number first, then the partij's voorkeur, then the rest.
    QCOMPARE(d.contactgegevens.size(), 3);
    QCOMPARE(d.contactgegevens.at(0).adres.adres, QStringLiteral("0612345678"));
    QCOMPARE(d.contactgegevens.at(0).bron, TaakContactgegeven::Bron::Betrokkene);
    QCOMPARE(d.contactgegevens.at(1).adres.adres, QStringLiteral("zoe@example.nl"));
    QCOMPARE(d.contactgegevens.at(1).bron, TaakContactgegeven::Bron::PartijVoorkeur);
    QCOMPARE(d.contactgegevens.at(2).adres.adres, QStringLiteral("0201112233"));
    QCOMPARE(d.contactgegevens.at(2).bron, TaakContactgegeven::Bron::Partij);
    QVERIFY(d.pogingen.isEmpty());
    QVERIFY(d.keten.isEmpty());
}

void TestTaken::successfulCallbackRegistersAnAnswerAndCloses()
{
    const World &w = m_world;
    ContactPoging poging;
    poging.inhoud = QStringLiteral("Teruggebeld: de wachttijd is zes weken.");
    poging.toelichting = QStringLiteral("Klant geïnformeerd");
    auto receipt = m_service->acties.registreerContactPoging(w.asBas(), w.t1.uuid, poging);
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    QVERIFY(receipt.value().taakAfgehandeld);
    QVERIFY(!receipt.value().referentienummer.isEmpty());

    Database &db = m_db->database();
    const std::optional<Klantcontact> answer = Repository<Klantcontact>(db).find(receipt.value().klantcontact);
    QVERIFY(answer);
    QCOMPARE(answer->referentienummer, receipt.value().referentienummer);
    QCOMPARE(answer->kanaal, QStringLiteral("telefoon"));
    QCOMPARE(answer->onderwerp, w.vraag.onderwerp);
    QCOMPARE(answer->inhoud, poging.inhoud);
    QCOMPARE(answer->indicatieContactGelukt, std::optional<bool>(true));
    QCOMPARE(answer->plaatsgevondenOp, now);
    QVERIFY(validate(*answer).isEmpty());

    const QList<Betrokkene> betrokkenen = betrokkenenVanKlantcontact(db, answer->uuid);
    QCOMPARE(betrokkenen.size(), 1);
    QCOMPARE(betrokkenen.first().initiator, false);
    QCOMPARE(betrokkenen.first().wasPartij, std::optional<QUuid>(w.zoe.uuid));
    QCOMPARE(betrokkenen.first().rol, Rol::Klant);
    QVERIFY(betrokkenen.first().uuid != w.vraagBetrokkene.uuid);
    const QList<DigitaalAdres> copied = digitaleAdressenVanBetrokkene(db, betrokkenen.first().uuid);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().adres, QStringLiteral("0612345678"));

    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM onderwerpobject WHERE klantcontact = ? AND "
                                   "was_klantcontact = ?"),
                    {id(answer->uuid), id(w.vraag.uuid)}),
             1);
    const QList<Actor> actoren = actorenVanKlantcontact(db, answer->uuid);
    QCOMPARE(actoren.size(), 1);
    QCOMPARE(actoren.first().uuid, w.bas.uuid);

    const InterneTaak closed = *Repository<InterneTaak>(db).find(w.t1.uuid);
    QCOMPARE(closed.status, TaakStatus::Verwerkt);
    QCOMPARE(closed.afgehandeldOp, std::optional<QDateTime>(now));
    QCOMPARE(closed.toelichting, QStringLiteral("Klant geïnformeerd"));

    auto detail = m_service->werkvoorraad.detail(w.asBas(), w.t1.uuid);
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().log.size(), 2);
    QCOMPARE(detail.value().log.at(0).actie, TaakLogActie::ContactPoging);
    QCOMPARE(detail.value().log.at(0).klantcontact, std::optional<QUuid>(answer->uuid));
    QCOMPARE(detail.value().log.at(0).gelukt, std::optional<bool>(true));
    QCOMPARE(detail.value().log.at(1).actie, TaakLogActie::Afgehandeld);
    QCOMPARE(detail.value().pogingen.size(), 1);
    QCOMPARE(detail.value().pogingen.first().uuid, answer->uuid);
    QVERIFY(!detail.value().teLaat);
}

void TestTaken::failedCallbackKeepsTheTaskOpen()
{
    const World &w = m_world;
    ContactPoging poging;
    poging.gelukt = false;
    poging.inhoud = QStringLiteral("Geen gehoor, voicemail ingesproken.");
    auto receipt = m_service->acties.registreerContactPoging(w.asBas(), w.t1.uuid, poging);
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    QVERIFY(!receipt.value().taakAfgehandeld);

    Database &db = m_db->database();
    const std::optional<Klantcontact> attempt = Repository<Klantcontact>(db).find(receipt.value().klantcontact);
    QVERIFY(attempt);
    QCOMPARE(attempt->indicatieContactGelukt, std::optional<bool>(false));
    const InterneTaak open = *Repository<InterneTaak>(db).find(w.t1.uuid);
    QCOMPARE(open.status, TaakStatus::TeVerwerken);
    QVERIFY(!open.afgehandeldOp);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM taak_log WHERE taak = ? AND actie = 'contact_poging' "
                                   "AND gelukt = 0 AND klantcontact = ?"),
                    {id(w.t1.uuid), id(attempt->uuid)}),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM taak_log WHERE taak = ? AND actie = 'afgehandeld'"),
                    {id(w.t1.uuid)}),
             0);
    // Still in Bas's queue, and a second attempt can follow.
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Mijn)).value(), 1);
    poging.gelukt = true;
    QVERIFY(m_service->acties.registreerContactPoging(w.asBas(), w.t1.uuid, poging).ok());
    QCOMPARE(m_service->werkvoorraad.detail(w.asBas(), w.t1.uuid).value().pogingen.size(), 2);
    // A closed task takes no further attempts.
    QVERIFY(!m_service->acties.registreerContactPoging(w.asBas(), w.t1.uuid, poging).ok());
}

void TestTaken::forwardWithinTheAfdelingOnly()
{
    const World &w = m_world;
    const Result<> forwarded =
        m_service->acties.stuurDoor(w.asBas(), w.t1.uuid, {w.carla.uuid}, QStringLiteral("Jouw dossier"));
    QVERIFY2(forwarded.ok(), qPrintable(forwarded.error().message));
    Database &db = m_db->database();
    QCOMPARE(Repository<InterneTaak>(db).find(w.t1.uuid)->toegewezenAanActoren, QList<QUuid>{w.carla.uuid});
    auto detail = m_service->werkvoorraad.detail(w.asCarla(), w.t1.uuid);
    QVERIFY(detail.ok());
    const TaakLogEntry &log = detail.value().log.last();
    QCOMPARE(log.actie, TaakLogActie::Doorgestuurd);
    QCOMPARE(log.actor, w.bas.uuid);
    QCOMPARE(log.toelichting, QStringLiteral("Jouw dossier"));
    QCOMPARE(log.toegewezenAan, QStringList{QStringLiteral("Carla Vergunningen")});
    // Bas handled it: it is in his history, and he can still open it.
    QVERIFY(m_service->werkvoorraad.detail(w.asBas(), w.t1.uuid).ok());

    // Carla cannot forward to another afdeling's medewerker or to that afdeling; a supervisor can.
    QVERIFY(!m_service->acties.stuurDoor(w.asCarla(), w.t1.uuid, {w.wim.uuid}, QString()).ok());
    QVERIFY(!m_service->acties.stuurDoor(w.asCarla(), w.t1.uuid, {w.belastingen.uuid}, QString()).ok());
    QVERIFY(m_service->acties.stuurDoor(w.asCarla(), w.t1.uuid, {w.vergunningen.uuid}, QString()).ok());
    QVERIFY(m_service->acties.stuurDoor(w.asSanne(), w.t1.uuid, {w.wim.uuid}, QStringLiteral("Belastingzaak")).ok());
    QCOMPARE(Repository<InterneTaak>(db).find(w.t1.uuid)->toegewezenAanActoren, QList<QUuid>{w.wim.uuid});
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM taak_log WHERE taak = ? AND actie = 'doorgestuurd'"),
                    {id(w.t1.uuid)}),
             3);
}

void TestTaken::inactiveActorsAreRefused()
{
    const World &w = m_world;
    const Result<> forwarded = m_service->acties.stuurDoor(w.asBas(), w.t1.uuid, {w.ina.uuid}, QString());
    QVERIFY(!forwarded.ok());
    QVERIFY2(forwarded.error().message.contains(w.ina.naam), qPrintable(forwarded.error().message));
    QVERIFY(!m_service->supervisie.wijsToe(w.asSanne(), {w.t1.uuid}, {w.ina.uuid}, QString()).ok());
    QCOMPARE(Repository<InterneTaak>(m_db->database()).find(w.t1.uuid)->toegewezenAanActoren, QList<QUuid>{w.bas.uuid});
    // An inactive medewerker cannot take up a task or register a contact either.
    SignedInActor ina = signedIn(w.ina, {AccountRole::medewerker()});
    QVERIFY(!m_service->acties.pakOp(ina, w.t2.uuid).ok());
    QCOMPARE(scalar(m_db->database(), QStringLiteral("SELECT count(*) FROM taak_log")), 0);
}

void TestTaken::rerouteCreatesALinkedTaskForTheKcc()
{
    const World &w = m_world;
    QVERIFY(!m_service->acties.routeerOpnieuw(w.asBas(), w.t1.uuid, w.kcc.uuid, QString()).ok()); // a reason is needed
    QVERIFY(!m_service->acties.routeerOpnieuw(w.asBas(), w.t1.uuid, w.karin.uuid, QStringLiteral("x")).ok());
    auto rerouted = m_service->acties.routeerOpnieuw(w.asBas(), w.t1.uuid, w.kcc.uuid,
                                                     QStringLiteral("Hoort bij Belastingen, niet bij ons."));
    QVERIFY2(rerouted.ok(), qPrintable(rerouted.error().message));
    Database &db = m_db->database();
    const std::optional<InterneTaak> nieuw = Repository<InterneTaak>(db).find(rerouted.value());
    QVERIFY(nieuw);
    QCOMPARE(nieuw->gevraagdeHandeling, QStringLiteral("Opnieuw routeren"));
    QCOMPARE(nieuw->aanleidinggevendKlantcontact, w.vraag.uuid);
    QCOMPARE(nieuw->toegewezenAanActoren, QList<QUuid>{w.kcc.uuid});
    QCOMPARE(nieuw->status, TaakStatus::TeVerwerken);
    QCOMPARE(nieuw->toegewezenOp, now);
    QVERIFY(nieuw->referentienummer && !nieuw->referentienummer->isEmpty());
    const InterneTaak origineel = *Repository<InterneTaak>(db).find(w.t1.uuid);
    QCOMPARE(origineel.status, TaakStatus::Verwerkt);
    QCOMPARE(origineel.afgehandeldOp, std::optional<QDateTime>(now));
    QCOMPARE(origineel.toelichting, QStringLiteral("Hoort bij Belastingen, niet bij ons."));

    // The chain is visible from both ends.
    auto detailOrigineel = m_service->werkvoorraad.detail(w.asBas(), w.t1.uuid);
    QVERIFY(detailOrigineel.ok());
    QCOMPARE(detailOrigineel.value().log.last().actie, TaakLogActie::OpnieuwGerouteerd);
    QCOMPARE(detailOrigineel.value().log.last().gerelateerdeTaak, std::optional<QUuid>(nieuw->uuid));
    QCOMPARE(uuidsOf(detailOrigineel.value().keten), QList<QUuid>{nieuw->uuid});
    auto detailNieuw = m_service->werkvoorraad.detail(w.asKarin(), nieuw->uuid);
    QVERIFY2(detailNieuw.ok(), qPrintable(detailNieuw.error().message));
    QCOMPARE(detailNieuw.value().log.first().actie, TaakLogActie::Aangemaakt);
    QCOMPARE(detailNieuw.value().log.first().gerelateerdeTaak, std::optional<QUuid>(w.t1.uuid));
    QCOMPARE(detailNieuw.value().log.first().toegewezenAan, QStringList{QStringLiteral("KCC")});
    QCOMPARE(uuidsOf(detailNieuw.value().keten), QList<QUuid>{w.t1.uuid});
    QCOMPARE(detailNieuw.value().keten.first().status, TaakStatus::Verwerkt);
    // The KCC's afdeling queue has it.
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asKarin(), filterFor(TaakQueue::Afdeling, w.kcc.uuid), {}, 50)
                         .value()
                         .rows),
             QList<QUuid>{nieuw->uuid});
}

void TestTaken::closeAndReopenFollowTheStatusRules()
{
    const World &w = m_world;
    Database &db = m_db->database();
    QVERIFY(m_service->acties.handelAf(w.asBas(), w.t1.uuid, QStringLiteral("Opgelost")).ok());
    InterneTaak stored = *Repository<InterneTaak>(db).find(w.t1.uuid);
    QCOMPARE(stored.status, TaakStatus::Verwerkt);
    QCOMPARE(stored.afgehandeldOp, std::optional<QDateTime>(now));
    QVERIFY(!m_service->acties.handelAf(w.asBas(), w.t1.uuid, QString()).ok()); // already closed
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Mijn)).value(), 0);

    // Reopening is for a supervisor.
    const Result<> refused = m_service->acties.heropen(w.asBas(), w.t1.uuid, QString());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("supervisor")), qPrintable(refused.error().message));
    QVERIFY(m_service->acties.heropen(w.asSanne(), w.t1.uuid, QStringLiteral("Klant belde opnieuw")).ok());
    stored = *Repository<InterneTaak>(db).find(w.t1.uuid);
    QCOMPARE(stored.status, TaakStatus::TeVerwerken);
    QVERIFY(!stored.afgehandeldOp);
    QVERIFY(!m_service->acties.heropen(w.asSanne(), w.t1.uuid, QString()).ok()); // already open
    auto detail = m_service->werkvoorraad.detail(w.asBas(), w.t1.uuid);
    QCOMPARE(detail.value().log.size(), 2);
    QCOMPARE(detail.value().log.at(1).actie, TaakLogActie::Heropend);
    QCOMPARE(detail.value().log.at(1).toelichting, QStringLiteral("Klant belde opnieuw"));

    // afgehandeldOp only with verwerkt: the database refuses anything else, too.
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE interne_taak SET afgehandeld_op = ? WHERE uuid = ?"));
    query.addBindValue(QStringLiteral("2026-11-18T09:00:00.000Z"));
    query.addBindValue(id(w.t1.uuid));
    QVERIFY(!query.exec());
    stored.afgehandeldOp = now;
    QVERIFY(!Repository<InterneTaak>(db).update(stored).ok());
}

void TestTaken::wijsToeReassignsManyInOneTransaction()
{
    const World &w = m_world;
    Database &db = m_db->database();
    QVERIFY(!m_service->supervisie.wijsToe(w.asBas(), {w.t1.uuid}, {w.carla.uuid}, QString()).ok());
    const Result<> done = m_service->supervisie.wijsToe(w.asSanne(), {w.t1.uuid, w.t2.uuid, w.t4.uuid}, {w.wim.uuid},
                                                        QStringLiteral("Ziekte"));
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    for (const QUuid &uuid : {w.t1.uuid, w.t2.uuid, w.t4.uuid})
        QCOMPARE(Repository<InterneTaak>(db).find(uuid)->toegewezenAanActoren, QList<QUuid>{w.wim.uuid});
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM taak_log WHERE actie = 'toegewezen' AND actor = ? AND "
                                   "toelichting = 'Ziekte' AND toegewezen_aan = '[\"Wim Belastingen\"]'"),
                    {id(w.sanne.uuid)}),
             3);

    // One closed task in the selection: nothing changes at all.
    QVERIFY(m_service->acties.handelAf(w.asWim(), w.t4.uuid, QString()).ok());
    const Result<> partly = m_service->supervisie.wijsToe(w.asSanne(), {w.t1.uuid, w.t4.uuid}, {w.bas.uuid}, QString());
    QVERIFY(!partly.ok());
    QCOMPARE(Repository<InterneTaak>(db).find(w.t1.uuid)->toegewezenAanActoren, QList<QUuid>{w.wim.uuid});
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM taak_log WHERE actie = 'toegewezen'")), 3);
}

// toegewezenOp is the API's auto_now_add field: set at creation, never moved (the overdue rule
// counts from it). When the task last reached its assignee comes from the log, in the detail and
// in every queue row.
void TestTaken::reassignmentKeepsToegewezenOpAndShowsTheLatestAssignment()
{
    const World &w = m_world;
    QDateTime moment = now;
    SqlTaken service(
        m_db->database(), [&moment] { return moment; }, amsterdam);
    const auto mine = [&](const SignedInActor &viewer) {
        const Result<Page<TaakQueueRow>> page = service.werkvoorraad.queue(viewer, filterFor(TaakQueue::Mijn), {}, 50);
        return page ? page.value().rows : QList<TaakQueueRow>{};
    };

    // Never reassigned (and written without a log line): both are the creation moment.
    QList<TaakQueueRow> rows = mine(w.asBas());
    QCOMPARE(uuidsOf(rows), QList<QUuid>{w.t1.uuid});
    QCOMPARE(rows.first().toegewezenOp, w.t1.toegewezenOp);
    QCOMPARE(rows.first().laatstToegewezenOp, w.t1.toegewezenOp);
    QCOMPARE(service.werkvoorraad.detail(w.asBas(), w.t1.uuid).value().laatstToegewezenOp, w.t1.toegewezenOp);

    // Forwarded an hour later, reassigned by the supervisor two hours later.
    const QDateTime doorgestuurd = now.addSecs(3600);
    moment = doorgestuurd;
    QVERIFY(service.acties.stuurDoor(w.asBas(), w.t1.uuid, {w.carla.uuid}, QStringLiteral("Jouw dossier")).ok());
    rows = mine(w.asCarla());
    QCOMPARE(uuidsOf(rows), QList<QUuid>{w.t1.uuid});
    QCOMPARE(rows.first().toegewezenOp, w.t1.toegewezenOp);
    QCOMPARE(rows.first().laatstToegewezenOp, doorgestuurd);

    const QDateTime toegewezen = now.addSecs(2 * 3600);
    moment = toegewezen;
    QVERIFY(service.supervisie.wijsToe(w.asSanne(), {w.t1.uuid}, {w.wim.uuid}, QString()).ok());
    Result<TaakDetail> detail = service.werkvoorraad.detail(w.asWim(), w.t1.uuid);
    QVERIFY2(detail.ok(), qPrintable(detail.error().message));
    QCOMPARE(detail.value().taak.toegewezenOp, w.t1.toegewezenOp);
    QCOMPARE(Repository<InterneTaak>(m_db->database()).find(w.t1.uuid)->toegewezenOp, w.t1.toegewezenOp);
    QCOMPARE(detail.value().laatstToegewezenOp, toegewezen);
    rows = mine(w.asWim());
    QCOMPARE(rows.first().laatstToegewezenOp, toegewezen);
    QCOMPARE(rows.first().toegewezenOp, w.t1.toegewezenOp);

    // What is not an assignment leaves it: a failed attempt, closing, reopening.
    moment = now.addSecs(3 * 3600);
    ContactPoging poging;
    poging.gelukt = false;
    poging.inhoud = QStringLiteral("Geen gehoor");
    QVERIFY(service.acties.registreerContactPoging(w.asWim(), w.t1.uuid, poging).ok());
    QVERIFY(service.acties.handelAf(w.asWim(), w.t1.uuid, QString()).ok());
    QVERIFY(service.acties.heropen(w.asSanne(), w.t1.uuid, QStringLiteral("Toch niet klaar")).ok());
    QCOMPARE(service.werkvoorraad.detail(w.asWim(), w.t1.uuid).value().laatstToegewezenOp, toegewezen);

    // Taken up from the afdeling queue; the Alle queue (read through interne_taak) shows it too.
    const QDateTime opgepakt = now.addSecs(4 * 3600);
    moment = opgepakt;
    QVERIFY(service.acties.pakOp(w.asCarla(), w.t2.uuid).ok());
    QCOMPARE(service.werkvoorraad.detail(w.asCarla(), w.t2.uuid).value().laatstToegewezenOp, opgepakt);
    const Result<Page<TaakQueueRow>> alle = service.werkvoorraad.queue(w.asSanne(), filterFor(TaakQueue::Alle), {}, 50);
    QVERIFY(alle.ok());
    for (const TaakQueueRow &row : alle.value().rows) {
        const QDateTime expected = row.uuid == w.t1.uuid   ? toegewezen
                                   : row.uuid == w.t2.uuid ? opgepakt
                                                           : row.toegewezenOp;
        QCOMPARE(row.laatstToegewezenOp, expected);
    }

    // Re-routing creates a new task: its creation is its (only) assignment.
    const QDateTime gerouteerd = now.addSecs(5 * 3600);
    moment = gerouteerd;
    const Result<QUuid> nieuw =
        service.acties.routeerOpnieuw(w.asCarla(), w.t2.uuid, w.kcc.uuid, QStringLiteral("KCC"));
    QVERIFY(nieuw.ok());
    detail = service.werkvoorraad.detail(w.asKarin(), nieuw.value());
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().taak.toegewezenOp, gerouteerd);
    QCOMPARE(detail.value().laatstToegewezenOp, gerouteerd);
    QCOMPARE(service.werkvoorraad.detail(w.asCarla(), w.t2.uuid).value().laatstToegewezenOp, opgepakt);
}

void TestTaken::vertrouwelijkIsHiddenFromOthers()
{
    const World &w = m_world;
    auto afdeling =
        m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Afdeling, w.vergunningen.uuid), {}, 50);
    QVERIFY(afdeling.ok());
    const TaakQueueRow hidden = afdeling.value().rows.at(1);
    QCOMPARE(hidden.uuid, w.t3.uuid);
    QVERIFY(hidden.vertrouwelijkVerborgen);
    QVERIFY(hidden.onderwerp.isEmpty());
    QCOMPARE(hidden.klantNaam, QStringLiteral("Piet de Boer"));
    auto detail = m_service->werkvoorraad.detail(w.asBas(), w.t3.uuid);
    QVERIFY(detail.ok());
    QVERIFY(detail.value().vertrouwelijkVerborgen);
    QVERIFY(detail.value().klantcontact.onderwerp.isEmpty());
    QVERIFY(detail.value().klantcontact.inhoud.isEmpty());

    // The supervisor sees it; so does the medewerker who took it up.
    auto supervisor = m_service->werkvoorraad.detail(w.asSanne(), w.t3.uuid);
    QVERIFY(!supervisor.value().vertrouwelijkVerborgen);
    QCOMPARE(supervisor.value().klantcontact.onderwerp, w.geheim.onderwerp);
    QVERIFY(m_service->acties.pakOp(w.asBas(), w.t3.uuid).ok());
    auto mine = m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Mijn), {}, 50);
    QCOMPARE(mine.value().rows.size(), 2);
    for (const TaakQueueRow &row : mine.value().rows)
        QVERIFY(!row.vertrouwelijkVerborgen);
    QCOMPARE(m_service->werkvoorraad.detail(w.asBas(), w.t3.uuid).value().klantcontact.inhoud, w.geheim.inhoud);
    // Now that it is Bas's, Carla (same afdeling, not assigned) cannot open it at all.
    QVERIFY(!m_service->werkvoorraad.detail(w.asCarla(), w.t3.uuid).ok());
    // Assigned to her, she sees the contents.
    QVERIFY(m_service->supervisie.wijsToe(w.asSanne(), {w.t3.uuid}, {w.carla.uuid}, QString()).ok());
    QCOMPARE(m_service->werkvoorraad.detail(w.asCarla(), w.t3.uuid).value().klantcontact.onderwerp, w.geheim.onderwerp);
    // Karin registered the contact (she is linked to it), so its tasks show her the onderwerp.
    QVERIFY(m_service->supervisie.wijsToe(w.asSanne(), {w.t3.uuid}, {w.kcc.uuid}, QString()).ok());
    auto kcc = m_service->werkvoorraad.queue(w.asKarin(), filterFor(TaakQueue::Afdeling, w.kcc.uuid), {}, 50);
    QVERIFY(kcc.ok());
    QCOMPARE(kcc.value().rows.size(), 1);
    QVERIFY(!kcc.value().rows.first().vertrouwelijkVerborgen);
    QCOMPARE(kcc.value().rows.first().onderwerp, w.geheim.onderwerp);
}

void TestTaken::historyShowsWhatIHandled()
{
    const World &w = m_world;
    QVERIFY(m_service->acties.stuurDoor(w.asBas(), w.t1.uuid, {w.carla.uuid}, QString()).ok());
    QVERIFY(m_service->acties.pakOp(w.asBas(), w.t2.uuid).ok());
    QVERIFY(m_service->acties.handelAf(w.asBas(), w.t2.uuid, QString()).ok());
    auto historie = m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Historie), {}, 50);
    QVERIFY2(historie.ok(), qPrintable(historie.error().message));
    QCOMPARE(historie.value().rows.size(), 2);
    const QList<QUuid> handled = uuidsOf(historie.value().rows);
    QCOMPARE(QSet<QUuid>(handled.cbegin(), handled.cend()), (QSet<QUuid>{w.t1.uuid, w.t2.uuid}));
    TaakQueueFilter closed = filterFor(TaakQueue::Historie);
    closed.status = TaakStatus::Verwerkt;
    QCOMPARE(uuidsOf(m_service->werkvoorraad.queue(w.asBas(), closed, {}, 50).value().rows), QList<QUuid>{w.t2.uuid});
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Historie)).value(), 2);
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asCarla(), filterFor(TaakQueue::Historie)).value(), 0);
}

void TestTaken::backlogAndFiguresForTheSupervisor()
{
    const World &w = m_world;
    QVERIFY(!m_service->supervisie.backlog(w.asBas()).ok());
    QVERIFY(!m_service->supervisie.cijfers(w.asBas(), QDate(2026, 11, 1), QDate(2026, 11, 18)).ok());
    auto backlog = m_service->supervisie.backlog(w.asSanne());
    QVERIFY2(backlog.ok(), qPrintable(backlog.error().message));
    QCOMPARE(backlog.value().size(), 3);
    const TaakBacklogRow &oldest = backlog.value().first();
    QCOMPARE(oldest.actor, w.vergunningen.uuid);
    QCOMPARE(oldest.soortActor, SoortActor::OrganisatorischeEenheid);
    QCOMPARE(oldest.open, 2);
    QCOMPARE(oldest.teLaat, 1);
    QCOMPARE(oldest.oudsteToegewezenOp, std::optional<QDateTime>(w.t2.toegewezenOp));
    QCOMPARE(backlog.value().at(1).actor, w.bas.uuid);
    QCOMPARE(backlog.value().at(2).actor, w.belastingen.uuid);

    // Bas closes t1 today (assigned yesterday 11:00 local, closed today 10:00 local: 23 hours).
    QVERIFY(m_service->acties.handelAf(w.asBas(), w.t1.uuid, QString()).ok());
    auto cijfers = m_service->supervisie.cijfers(w.asSanne(), QDate(2026, 11, 10), QDate(2026, 11, 18));
    QVERIFY2(cijfers.ok(), qPrintable(cijfers.error().message));
    QCOMPARE(cijfers.value().size(), 9);
    const DagCijfers &dag10 = cijfers.value().at(0);
    QCOMPARE(dag10.dag, QDate(2026, 11, 10));
    QCOMPARE(dag10.klantcontactenPerKanaal.value(QStringLiteral("telefoon")), 1);
    const DagCijfers &dag17 = cijfers.value().at(7);
    // t1 is Bas's, and Bas is a member of Vergunningen: it counts for Vergunningen.
    QCOMPARE(dag17.takenAangemaaktPerAfdeling, (QMap<QString, int>{{QStringLiteral("Vergunningen"), 1}}));
    const DagCijfers &dag18 = cijfers.value().at(8);
    QCOMPARE(dag18.takenAangemaaktPerAfdeling, (QMap<QString, int>{{QStringLiteral("Belastingen"), 1}}));
    QCOMPARE(dag18.takenAfgehandeldPerAfdeling, (QMap<QString, int>{{QStringLiteral("Vergunningen"), 1}}));
    QVERIFY(dag18.medianeDoorlooptijdUren);
    QCOMPARE(*dag18.medianeDoorlooptijdUren, 23.0);
    QVERIFY(!dag17.medianeDoorlooptijdUren);
}

void TestTaken::normsAreEditedBySupervisorOrBeheerder()
{
    const World &w = m_world;
    auto normen = m_service->supervisie.normen();
    QVERIFY(normen.ok());
    bool terugbellen = false;
    for (const TaakNorm &norm : normen.value()) {
        if (norm.gevraagdeHandeling == QLatin1String("Terugbellen")) {
            QCOMPARE(norm.werkdagen, 2);
            terugbellen = true;
        }
    }
    QVERIFY(terugbellen);
    QVERIFY(!m_service->supervisie.setNorm(w.asBas(), {QStringLiteral("Terugbellen"), 3}).ok());
    QVERIFY(!m_service->supervisie.setNorm(w.asSanne(), {QStringLiteral("Terugbellen"), -1}).ok());
    QVERIFY(m_service->supervisie.setNorm(w.asBeheerder(), {QStringLiteral("Terugbellen"), 10}).ok());
    QCOMPARE(scalar(m_db->database(),
                    QStringLiteral("SELECT werkdagen FROM taak_norm WHERE gevraagde_handeling = 'Terugbellen'")),
             10);
    TaakQueueFilter late = filterFor(TaakQueue::Alle);
    late.alleenTeLaat = true;
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asSanne(), late).value(), 0);
}

void TestTaken::membershipsAreManagedByTheBeheerder()
{
    const World &w = m_world;
    QCOMPARE(m_service->lidmaatschap.afdelingenVan(w.bas.uuid).value(), QList<QUuid>{w.vergunningen.uuid});
    QCOMPARE(m_service->lidmaatschap.ledenVan(w.vergunningen.uuid).value(),
             (QList<QUuid>{w.bas.uuid, w.carla.uuid, w.ina.uuid}));
    QVERIFY(!m_service->lidmaatschap.setAfdelingen(w.asSanne(), w.bas.uuid, {w.belastingen.uuid}).ok());
    QVERIFY(
        !m_service->lidmaatschap.setAfdelingen(w.asBeheerder(), w.bas.uuid, {w.carla.uuid}).ok()); // not an afdeling
    QVERIFY(!m_service->lidmaatschap.setAfdelingen(w.asBeheerder(), w.vergunningen.uuid, {w.kcc.uuid}).ok());
    QVERIFY(m_service->lidmaatschap.setAfdelingen(w.asBeheerder(), w.bas.uuid, {w.belastingen.uuid, w.kcc.uuid}).ok());
    QCOMPARE(m_service->lidmaatschap.afdelingenVan(w.bas.uuid).value(), (QList<QUuid>{w.belastingen.uuid, w.kcc.uuid}));
    // The queues follow at once.
    QVERIFY(
        !m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Afdeling, w.vergunningen.uuid), {}, 50).ok());
    QVERIFY(m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Afdeling, w.belastingen.uuid), {}, 50).ok());
    QVERIFY(m_service->lidmaatschap.setAfdelingen(w.asBeheerder(), w.bas.uuid, {}).ok());
    QVERIFY(m_service->lidmaatschap.afdelingenVan(w.bas.uuid).value().isEmpty());

    auto found = m_service->lidmaatschap.actorByName(QStringLiteral("vergunningen"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().uuid, w.vergunningen.uuid);
    QVERIFY(!m_service->lidmaatschap.actorByName(QStringLiteral("Niemand")).ok());
}

void TestTaken::registrationLogsTheTasksItCreates()
{
    // A fresh database with the actors of the call flow cases; C9167 A registers a callback task.
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const test::cases::People people;
    {
        WriteTransaction transaction(db.database());
        Repository<Actor> actors(db.database());
        for (const Actor &actor : people.all())
            QVERIFY(actors.insert(actor));
        QVERIFY(transaction.commit().ok());
    }
    RegistrationWriter writer(db.database());
    const ContactSession session = test::cases::c9167A(people);
    Result<RegistrationPlan> plan = RegistrationPlan::build(session, writer.planContext(session).value());
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    Result<RegistrationReceipt> receipt = writer.registerContact(plan.value());
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    QCOMPARE(receipt.value().taakReferentienummers.size(), 1);
    QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM interne_taak")), 1);
    QCOMPARE(scalar(db.database(),
                    QStringLiteral("SELECT count(*) FROM taak_log l JOIN interne_taak t ON t.uuid = "
                                   "l.taak WHERE l.actie = 'aangemaakt' AND l.actor = ? AND "
                                   "l.tijdstip = t.toegewezen_op"),
                    {id(people.medewerker.uuid)}),
             1);
}

// The queue reads the task's status, time and handeling from copies on interne_taak_actor that
// triggers maintain; an import may write the assignment before the task.
void TestTaken::queueCopiesFollowTheTaskWhateverTheOrder()
{
    const World &w = m_world;
    Database &db = m_db->database();
    {
        WriteTransaction transaction(db);
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO interne_taak_actor (interne_taak, actor, positie) VALUES (?, ?, 0)"));
        query.addBindValue(id(uuidOf(90)));
        query.addBindValue(id(w.bas.uuid));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.prepare(
            QStringLiteral("INSERT INTO interne_taak (uuid, gevraagde_handeling, aanleidinggevend_klantcontact,"
                           " status, toegewezen_op) VALUES (?, 'Terugbellen', ?, 'te_verwerken', ?)"));
        query.addBindValue(id(uuidOf(90)));
        query.addBindValue(id(w.vraag.uuid));
        query.addBindValue(QStringLiteral("2026-11-02T08:00:00.000Z"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(transaction.commit().ok());
    }
    auto mijn = m_service->werkvoorraad.queue(w.asBas(), filterFor(TaakQueue::Mijn), {}, 50);
    QCOMPARE(uuidsOf(mijn.value().rows), (QList<QUuid>{uuidOf(90), w.t1.uuid}));
    QVERIFY(mijn.value().rows.first().teLaat);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM interne_taak_actor WHERE taak_status = 'te_verwerken' "
                                   "AND taak_toegewezen_op = '2026-11-02T08:00:00.000Z' AND taak_handeling = "
                                   "'Terugbellen' AND interne_taak = ?"),
                    {id(uuidOf(90))}),
             1);
    // Closing and renaming the handeling reach the copies.
    QVERIFY(m_service->acties.handelAf(w.asBas(), uuidOf(90), QString()).ok());
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM interne_taak_actor WHERE taak_status = 'verwerkt' AND "
                                   "interne_taak = ?"),
                    {id(uuidOf(90))}),
             1);
    QCOMPARE(m_service->werkvoorraad.queueCount(w.asBas(), filterFor(TaakQueue::Mijn)).value(), 1);
    QSqlQuery rename(db.connection());
    QVERIFY(rename.exec(QStringLiteral("UPDATE interne_taak SET gevraagde_handeling = 'Bellen'")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM interne_taak_actor WHERE taak_handeling <> 'Bellen'")), 0);
}

void TestTaken::demoWorkQueues()
{
    // On PostgreSQL the demo loader goes through a scratch SQLite file and DatabaseCopy.
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    DemoOptions options;
    options.partijen = 300;
    QVERIFY(DemoLoader::load(db.database(), options).ok());
    SqlAccountService accounts(db.database());
    accounts.setActingActor(test::fixtureBeheerder());
    const QString password = QStringLiteral("demo1234");
    const auto create = [&](const QString &naam, const QStringList &roles) {
        return accounts
            .createMedewerker(naam, QStringLiteral("Demo"), QString(), QStringLiteral("0201234567"), password, roles)
            .value();
    };
    const QUuid demo = create(QStringLiteral("demo"), {AccountRole::medewerker(), AccountRole::beheerder()});
    const QUuid supervisor = create(QStringLiteral("supervisor"), {AccountRole::supervisor()});
    const QUuid backoffice = create(QStringLiteral("backoffice"), {AccountRole::medewerker()});

    const Result<int> added = DemoWerkvoorraad::apply(db.database(), {demo, supervisor, backoffice}, now);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(added.value() > 50);
    // Once only.
    QCOMPARE(DemoWerkvoorraad::apply(db.database(), {demo, supervisor, backoffice}, now).value(), 0);
    QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM interne_taak t WHERE NOT EXISTS "
                                                  "(SELECT 1 FROM taak_log l WHERE l.taak = t.uuid)")),
             0);

    SqlTaken service(
        db.database(), [] { return now; }, amsterdam);
    const SignedInActor bo = accounts.signIn(QStringLiteral("backoffice"), password).value();
    auto counts = service.werkvoorraad.counts(bo);
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().mijn, 12);
    QVERIFY(counts.value().mijnTeLaat > 0);
    QVERIFY(counts.value().mijnTeLaat < 12);
    QVERIFY(counts.value().afdelingen >= 9);
    QCOMPARE(service.lidmaatschap.zichtbareAfdelingen(bo).value().size(), 1);
    QCOMPARE(service.lidmaatschap.zichtbareAfdelingen(bo).value().first().naam, QStringLiteral("Vergunningen"));
    const SignedInActor sup = accounts.signIn(QStringLiteral("supervisor"), password).value();
    auto backlog = service.supervisie.backlog(sup);
    QVERIFY(backlog.ok());
    QVERIFY(backlog.value().size() >= 7);
    auto cijfers = service.supervisie.cijfers(sup, now.date().addDays(-27), now.date());
    QVERIFY(cijfers.ok());
    int gesloten = 0;
    int recenteKlantcontacten = 0;
    QSet<QString> kanalen;
    for (const DagCijfers &dag : cijfers.value()) {
        for (int aantal : dag.takenAfgehandeldPerAfdeling)
            gesloten += aantal;
        for (auto it = dag.klantcontactenPerKanaal.cbegin(); it != dag.klantcontactenPerKanaal.cend(); ++it) {
            recenteKlantcontacten += it.value();
            kanalen.insert(it.key());
        }
    }
    // The demo's recent klantcontacten feed the figures per kanaal, over several kanalen.
    QVERIFY(recenteKlantcontacten >= 60);
    QVERIFY(kanalen.size() >= 3);
    // Each of them has the partij as klant betrokkene and a medewerker linked.
    QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM klantcontact k WHERE k.plaatsgevonden_op >= "
                                                  "'2026-10-01' AND (NOT EXISTS (SELECT 1 FROM betrokkene b WHERE "
                                                  "b.had_klantcontact = k.uuid AND b.was_partij IS NOT NULL) OR NOT "
                                                  "EXISTS (SELECT 1 FROM actor_klantcontact a WHERE a.klantcontact = "
                                                  "k.uuid))")),
             0);
    QVERIFY(gesloten > 20);
    // Every generated medewerker belongs to an afdeling.
    QCOMPARE(scalar(db.database(), QStringLiteral("SELECT count(*) FROM actor a WHERE soort_actor = 'medewerker' AND "
                                                  "NOT EXISTS (SELECT 1 FROM afdeling_lid l WHERE l.medewerker = "
                                                  "a.uuid)")),
             0);
}

QTEST_GUILESS_MAIN(TestTaken)
#include "tst_taken.moc"
