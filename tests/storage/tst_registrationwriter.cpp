#include "tests/support/callflowcases.h"

#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/integritycheck.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/taken/taaklogreader.h"
#include "tests/support/fixedclock.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::test::cases;
namespace cases = kcc::test::cases;

namespace {

// The database every case starts from: the actors and Carl with his phone number and BSN.
bool seed(Database &database, const People &people)
{
    WriteTransaction transaction(database);
    Repository<Actor> actors(database);
    for (const Actor &actor : people.all()) {
        if (!actors.insert(actor))
            return false;
    }
    Repository<Partij> partijen(database);
    Repository<DigitaalAdres> adressen(database);
    Repository<PartijIdentificator> identificatoren(database);
    return partijen.insert(people.carl).ok() && adressen.insert(people.carlTelefoon).ok() &&
           identificatoren.insert(people.carlBsn).ok() && transaction.commit().ok();
}

struct Counts
{
    qint64 partijen, identificatoren, adressen, klantcontacten, betrokkenen, links, objecten, bijlagen, taken;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts counts(Database &db)
{
    return {Repository<Partij>(db).count(),          Repository<PartijIdentificator>(db).count(),
            Repository<DigitaalAdres>(db).count(),   Repository<Klantcontact>(db).count(),
            Repository<Betrokkene>(db).count(),      Repository<ActorKlantcontact>(db).count(),
            Repository<Onderwerpobject>(db).count(), Repository<Bijlage>(db).count(),
            Repository<InterneTaak>(db).count()};
}

ContactSession caseByName(const QByteArray &name, const People &people)
{
    if (name == "C4161")
        return cases::c4161(people);
    if (name == "C9167 A")
        return cases::c9167A(people);
    if (name == "C9167 B")
        return cases::c9167B(people);
    if (name == "C9167 C")
        return cases::c9167C(people);
    if (name == "C9018 A")
        return cases::c9018A(people, false);
    if (name == "C9018 A with task")
        return cases::c9018A(people, true);
    if (name == "C9018 B consent")
        return cases::c9018B(people, true, true);
    if (name == "C9018 B no consent")
        return cases::c9018B(people, false, false);
    if (name == "C0534 transfer")
        return cases::transfer(people);
    if (name == "V6898 rule 3")
        return cases::rule3(people);
    return cases::rule1(people);
}

} // namespace

class TestRegistrationWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesCase_data();
    void writesCase();
    void rule1WritesNothing();
    void rule3SecondRegistrationReusesPartij();
    void rule3BsnRegisteredMeanwhile();
    void failureHalfWayWritesNothing();
    void inactiveActorMeanwhileWritesNothing();
    void appendTransfer();
    void fixedClockStampsRegistration();
    void findForTransferHidesVertrouwelijk();
};

void TestRegistrationWriter::writesCase_data()
{
    QTest::addColumn<int>("newPartijen");
    QTest::addColumn<int>("newAdressen");
    QTest::newRow("C4161") << 0 << 0;
    QTest::newRow("C9167 A") << 0 << 1;
    QTest::newRow("C9167 B") << 0 << 1;
    QTest::newRow("C9167 C") << 1 << 1;
    QTest::newRow("C9018 A") << 0 << 0;
    QTest::newRow("C9018 A with task") << 0 << 0;
    QTest::newRow("C9018 B consent") << 1 << 2;
    QTest::newRow("C9018 B no consent") << 1 << 1;
    QTest::newRow("C0534 transfer") << 0 << 0;
    QTest::newRow("V6898 rule 3") << 1 << 0;
}

void TestRegistrationWriter::writesCase()
{
    QFETCH(int, newPartijen);
    QFETCH(int, newAdressen);
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const People people;
    QVERIFY(seed(db.database(), people));
    const ContactSession session = caseByName(QTest::currentDataTag(), people);

    SqlDraftStore drafts(db.database());
    QVERIFY(drafts.save(session).ok());
    RegistrationWriter writer(db.database());
    Result<PlanContext> context = writer.planContext(session);
    QVERIFY2(context.ok(), qPrintable(context.error().message));
    Result<RegistrationPlan> built = RegistrationPlan::build(session, context.value());
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    const RegistrationPlan &plan = built.value();
    const Counts before = counts(db.database());

    Result<RegistrationReceipt> receipt = writer.registerContact(plan);
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    QCOMPARE(receipt.value().klantcontactReferentienummers.size(), plan.contacten.size());
    QCOMPARE(receipt.value().partij, plan.partij);
    QVERIFY(drafts.load(people.medewerker.uuid).value().isEmpty()); // the draft went with it

    Database &d = db.database();
    const Counts after = counts(d);
    QCOMPARE(after.partijen, before.partijen + newPartijen);
    QCOMPARE(after.identificatoren, before.identificatoren + newPartijen);
    QCOMPARE(after.adressen, before.adressen + newAdressen);
    QCOMPARE(after.klantcontacten, before.klantcontacten + 1);
    QCOMPARE(after.betrokkenen, before.betrokkenen + 1);

    if (plan.nieuwePartij) {
        Partij expected = *plan.nieuwePartij;
        expected.nummer = receipt.value().partijNummer;
        QVERIFY(expected.nummer);
        QCOMPARE(Repository<Partij>(d).find(expected.uuid), expected);
        QCOMPARE(identificatorenVanPartij(d, expected.uuid), QList<PartijIdentificator>{*plan.nieuweIdentificator});
        QCOMPARE(digitaleAdressenVanPartij(d, expected.uuid), plan.partijAdressen);
        QCOMPARE(findPartijByIdentificator(d, CodeSoortObjectId::Bsn, plan.bsn)->uuid, expected.uuid);
    }

    const RegistrationPlan::Contact &c = plan.contacten[0];
    Klantcontact kc = c.klantcontact;
    kc.referentienummer = receipt.value().klantcontactReferentienummers[0];
    QCOMPARE(Repository<Klantcontact>(d).find(kc.uuid), kc);
    QCOMPARE(kc.kanaal, session.kanaal);
    QCOMPARE(kc.plaatsgevondenOp, startedAt());
    QCOMPARE(betrokkenenVanKlantcontact(d, kc.uuid), QList<Betrokkene>{c.betrokkene});
    QCOMPARE(c.betrokkene.wasPartij, plan.partij);
    QCOMPARE(digitaleAdressenVanBetrokkene(d, c.betrokkene.uuid), c.betrokkeneAdressen);
    QList<Actor> expectedActors{people.medewerker};
    if (session.onderwerpen[0].doorverbinding)
        expectedActors.append(people.collega);
    QCOMPARE(actorenVanKlantcontact(d, kc.uuid), expectedActors);
    for (const ActorKlantcontact &link : c.actoren)
        QCOMPARE(Repository<ActorKlantcontact>(d).find(link.uuid), link);
    for (const Onderwerpobject &object : c.onderwerpobjecten)
        QCOMPARE(Repository<Onderwerpobject>(d).find(object.uuid), object);
    for (const Bijlage &bijlage : c.bijlagen)
        QCOMPARE(Repository<Bijlage>(d).find(bijlage.uuid), bijlage);
    QCOMPARE(after.bijlagen, before.bijlagen + c.bijlagen.size());
    QCOMPARE(after.taken, before.taken + (c.interneTaak ? 1 : 0));
    if (c.interneTaak) {
        InterneTaak taak = *c.interneTaak;
        taak.referentienummer = receipt.value().taakReferentienummers[0];
        QCOMPARE(Repository<InterneTaak>(d).find(taak.uuid), taak);
    }
    const QStringList problems = IntegrityCheck::run(d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestRegistrationWriter::rule1WritesNothing()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    const ContactSession session = cases::rule1(people);
    SqlDraftStore drafts(db.database());
    QVERIFY(drafts.save(session).ok());
    RegistrationWriter writer(db.database());
    Result<RegistrationPlan> plan = RegistrationPlan::build(session, writer.planContext(session).value());
    QVERIFY(plan.ok());
    const Counts before = counts(db.database());
    Result<RegistrationReceipt> receipt = writer.registerContact(plan.value());
    QVERIFY(receipt.ok());
    QVERIFY(receipt.value().klantcontacten.isEmpty());
    QCOMPARE(counts(db.database()), before);
    QVERIFY(drafts.load(people.medewerker.uuid).value().isEmpty());
}

void TestRegistrationWriter::rule3SecondRegistrationReusesPartij()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    RegistrationWriter writer(db.database());
    QUuid first;
    for (int round = 0; round < 2; ++round) {
        const ContactSession session = cases::rule3(people);
        Result<RegistrationPlan> plan = RegistrationPlan::build(session, writer.planContext(session).value());
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().nieuwePartij.has_value(), round == 0);
        Result<RegistrationReceipt> receipt = writer.registerContact(plan.value());
        QVERIFY(receipt.ok());
        if (round == 0)
            first = *receipt.value().partij;
        QCOMPARE(*receipt.value().partij, first);
    }
    // Exactly one partij holds the BSN, and it holds nothing else.
    const std::optional<Partij> partij = findPartijByIdentificator(db.database(), CodeSoortObjectId::Bsn, bsnRule3);
    QVERIFY(partij);
    QCOMPARE(partij->uuid, first);
    QVERIFY(!partij->contactnaam);
    QVERIFY(partij->nummer);
    QVERIFY(digitaleAdressenVanPartij(db.database(), first).isEmpty());
    QCOMPARE(identificatorenVanPartij(db.database(), first).size(), 1);
    QCOMPARE(Repository<Partij>(db.database()).count(), 2); // Carl and this one
    QCOMPARE(Repository<Klantcontact>(db.database()).count(), 2);
    QVERIFY(IntegrityCheck::run(db.database()).isEmpty());
}

void TestRegistrationWriter::rule3BsnRegisteredMeanwhile()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    RegistrationWriter writer(db.database());
    // Two seats plan the same rule-3 registration; the second writes after the first.
    const ContactSession a = cases::rule3(people);
    const ContactSession b = cases::rule3(people);
    Result<RegistrationPlan> planA = RegistrationPlan::build(a, writer.planContext(a).value());
    Result<RegistrationPlan> planB = RegistrationPlan::build(b, writer.planContext(b).value());
    QVERIFY(planA.ok() && planB.ok());
    Result<RegistrationReceipt> first = writer.registerContact(planA.value());
    QVERIFY(first.ok());
    Result<RegistrationReceipt> second = writer.registerContact(planB.value());
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY(second.value().partijHergebruikt);
    QCOMPARE(second.value().partij, first.value().partij);
    QCOMPARE(betrokkenenVanKlantcontact(db.database(), second.value().klantcontacten[0])[0].wasPartij,
             first.value().partij);
    QVERIFY(!Repository<Partij>(db.database()).find(planB.value().nieuwePartij->uuid));
    QVERIFY(IntegrityCheck::run(db.database()).isEmpty());

    // Variant C cannot reuse: it would silently drop the new partij's details.
    ContactSession c = cases::c9167C(people);
    c.nieuwePartij.bsn = bsnRule3;
    PlanContext stale = writer.planContext(c).value();
    stale.bsnOwner.reset();
    Result<RegistrationPlan> planC = RegistrationPlan::build(c, stale);
    QVERIFY(planC.ok());
    const Counts before = counts(db.database());
    Result<RegistrationReceipt> refused = writer.registerContact(planC.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().fieldErrors.value(0).field, QStringLiteral("nieuwePartij.bsn"));
    QCOMPARE(counts(db.database()), before);
}

void TestRegistrationWriter::failureHalfWayWritesNothing()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    ContactSession session = cases::c9167C(people);
    session.onderwerpen[session.addOnderwerp()].onderwerp = QStringLiteral("Tweede vraag");
    SqlDraftStore drafts(db.database());
    QVERIFY(drafts.save(session).ok());
    RegistrationWriter writer(db.database());
    Result<RegistrationPlan> built = RegistrationPlan::build(session, writer.planContext(session).value());
    QVERIFY(built.ok());
    RegistrationPlan plan = built.value();
    // The second klantcontact collides with the first: the partij, the first klantcontact and its
    // records are written before the failure.
    plan.contacten[1].klantcontact.uuid = plan.contacten[0].klantcontact.uuid;
    const Counts before = counts(db.database());
    Result<RegistrationReceipt> receipt = writer.registerContact(plan);
    QVERIFY(!receipt.ok());
    QVERIFY(!receipt.error().message.isEmpty());
    QCOMPARE(counts(db.database()), before);
    QVERIFY(!findPartijByIdentificator(db.database(), CodeSoortObjectId::Bsn, bsnNew));
    QCOMPARE(drafts.load(people.medewerker.uuid).value().size(), 1); // the draft is kept
    QVERIFY(IntegrityCheck::run(db.database()).isEmpty());

    // The numbers drawn in the failed attempt were rolled back too.
    Result<RegistrationReceipt> retry = writer.registerContact(built.value());
    QVERIFY(retry.ok());
    QCOMPARE(retry.value().klantcontactReferentienummers, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

void TestRegistrationWriter::inactiveActorMeanwhileWritesNothing()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    const ContactSession session = cases::c9167A(people);
    RegistrationWriter writer(db.database());
    Result<RegistrationPlan> plan = RegistrationPlan::build(session, writer.planContext(session).value());
    QVERIFY(plan.ok());
    {
        WriteTransaction transaction(db.database());
        Actor gone = people.vergunningen;
        gone.indicatieActief = false;
        QVERIFY(Repository<Actor>(db.database()).update(gone).ok());
        QVERIFY(transaction.commit().ok());
    }
    const Counts before = counts(db.database());
    Result<RegistrationReceipt> receipt = writer.registerContact(plan.value());
    QVERIFY(!receipt.ok());
    QVERIFY(receipt.error().message.contains(people.vergunningen.naam));
    QCOMPARE(counts(db.database()), before);
}

void TestRegistrationWriter::appendTransfer()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    const ContactSession session = cases::c4161(people);
    RegistrationWriter writer(db.database());
    Result<RegistrationPlan> plan = RegistrationPlan::build(session, writer.planContext(session).value());
    QVERIFY(plan.ok());
    Result<RegistrationReceipt> receipt = writer.registerContact(plan.value());
    QVERIFY(receipt.ok());
    const QUuid kc = receipt.value().klantcontacten[0];

    QVERIFY(writer.appendTransfer(kc, people.collega.uuid, QStringLiteral("Antwoord: besluit volgt.")).ok());
    QCOMPARE(Repository<Klantcontact>(db.database()).find(kc)->inhoud,
             QStringLiteral("Hoe staat mijn aanvraag ervoor?\n\nAntwoord: besluit volgt."));
    QCOMPARE(actorenVanKlantcontact(db.database(), kc), (QList<Actor>{people.medewerker, people.collega}));
    // Appending again does not link the colleague twice.
    QVERIFY(writer.appendTransfer(kc, people.collega.uuid, QStringLiteral("Aanvulling.")).ok());
    QCOMPARE(actorenVanKlantcontact(db.database(), kc).size(), 2);
    // Too long, or an inactive colleague: refused, nothing changed.
    const QString before = Repository<Klantcontact>(db.database()).find(kc)->inhoud;
    QVERIFY(!writer.appendTransfer(kc, people.collega.uuid, QString(1000, QLatin1Char('x'))).ok());
    QVERIFY(!writer.appendTransfer(kc, people.vertrokken.uuid, QStringLiteral("x")).ok());
    QCOMPARE(Repository<Klantcontact>(db.database()).find(kc)->inhoud, before);
    QCOMPARE(actorenVanKlantcontact(db.database(), kc).size(), 2);
    QVERIFY(IntegrityCheck::run(db.database()).isEmpty());
}

// The clock given to SqlServices is the one the registration and the draft store stamp with: a
// task registered under a fixed clock is assigned, and logged as created, at that instant.
void TestRegistrationWriter::fixedClockStampsRegistration()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const People people;
    QVERIFY(seed(db.database(), people));
    const QDateTime fixed(QDate(2023, 11, 14), QTime(9, 41, 7), Qt::UTC);
    test::FixedClock clock(fixed);
    SqlServices services(db.database(), clock.clock());
    const ContactSession session = cases::c9018A(people, true);
    QVERIFY(services.drafts().save(session).ok());

    Result<PlanContext> context = services.registration().planContext(session);
    QVERIFY2(context.ok(), qPrintable(context.error().message));
    QCOMPARE(context.value().now, fixed);
    Result<RegistrationPlan> built = RegistrationPlan::build(session, context.value());
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    QVERIFY(built.value().contacten[0].interneTaak.has_value());
    const QUuid taakUuid = built.value().contacten[0].interneTaak->uuid;
    clock.advance(3600); // registering later than planning: the plan's instant is the one kept
    Result<RegistrationReceipt> receipt = services.registration().registerContact(built.value());
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));

    const std::optional<InterneTaak> taak = Repository<InterneTaak>(db.database()).find(taakUuid);
    QVERIFY(taak);
    QCOMPARE(taak->toegewezenOp, fixed);
    const Result<QList<TaakLogEntry>> log = readTaakLog(db.database(), taakUuid);
    QVERIFY(log.ok());
    QCOMPARE(log.value().size(), 1);
    QCOMPARE(log.value().first().actie, TaakLogActie::Aangemaakt);
    QCOMPARE(log.value().first().tijdstip, fixed);
}

// Looking up a klantcontact to append a transfer to follows the one rule for vertrouwelijk
// klantcontacten: its onderwerp and inhoud only for a supervisor, a linked actor or an actor its
// interne taak is assigned to.
void TestRegistrationWriter::findForTransferHidesVertrouwelijk()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const People people;
    QVERIFY(seed(db.database(), people));
    ContactSession session = cases::c9018A(people, true); // a task for Vergunningen
    session.onderwerpen[0].vertrouwelijk = true;
    RegistrationWriter writer(db.database());
    Result<RegistrationPlan> plan = RegistrationPlan::build(session, writer.planContext(session).value());
    QVERIFY(plan.ok());
    Result<RegistrationReceipt> receipt = writer.registerContact(plan.value());
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    const QString referentie = receipt.value().klantcontactReferentienummers[0];

    auto viewer = [](const Actor &actor, const QStringList &roles) {
        return SignedInActor{actor.uuid, actor.naam, actor.soortActor, roles};
    };
    const QStringList medewerker{AccountRole::medewerker()};
    const QStringList supervisor{AccountRole::medewerker(), AccountRole::supervisor()};
    struct Expected
    {
        SignedInActor viewer;
        bool verborgen;
    };
    const QList<Expected> viewers{
        {viewer(people.medewerker, medewerker), false},   // linked: she registered it
        {viewer(people.collega, medewerker), true},       // neither linked nor assigned
        {viewer(people.collega, supervisor), false},      // a supervisor
        {viewer(people.vergunningen, medewerker), false}, // its task is assigned to Vergunningen
        {SignedInActor{}, true},                          // nobody
    };
    for (const Expected &c : viewers) {
        const Result<std::optional<TransferTarget>> found = writer.findForTransfer(referentie, c.viewer);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QVERIFY(found.value().has_value());
        const TransferTarget &target = *found.value();
        QCOMPARE(target.klantcontact, receipt.value().klantcontacten[0]);
        QCOMPARE(target.actoren, QStringList{people.medewerker.naam});
        QVERIFY2(target.verborgen == c.verborgen, qPrintable(c.viewer.naam));
        QCOMPARE(target.onderwerp.isEmpty(), c.verborgen);
        QCOMPARE(target.inhoud.isEmpty(), c.verborgen);
    }
    const Result<std::optional<TransferTarget>> unknown =
        writer.findForTransfer(QStringLiteral("9999999"), viewer(people.medewerker, medewerker));
    QVERIFY(unknown.ok());
    QVERIFY(!unknown.value().has_value());
}

QTEST_GUILESS_MAIN(TestRegistrationWriter)
#include "tst_registrationwriter.moc"
