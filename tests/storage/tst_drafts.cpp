#include "tests/support/callflowcases.h"

#include "storage/callflow/sqldraftstore.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
namespace cases = kcc::test::cases;

namespace {

// A session with every field away from its default.
ContactSession everything()
{
    const cases::People people;
    ContactSession s = cases::c9167C(people);
    s.gesprekSeconden = 1234;
    s.nawerkSeconden = 56;
    s.inkomendNummer = QStringLiteral("+31612345678");
    s.notities = QStringLiteral("Beller klinkt gehaast. Ëmoji ✓ 😀");
    s.toestemmingEerderGegeven = true;
    s.nieuwePartij.soortPartij = SoortPartij::Organisatie;
    s.nieuwePartij.organisatieNaam = QStringLiteral("Bakkerij De Ã");
    s.nieuwePartij.voorkeurstaal = QStringLiteral("eng");
    s.nieuwePartij.digitaleAdressen.append(
        {SoortDigitaalAdres::Email, QStringLiteral("a@b.nl"), QStringLiteral("werk")});
    s.nieuwePartij.voorkeursAdres = 1;
    s.partij = cases::uuidOf(99);
    s.betrokkene.rol = Rol::Vertegenwoordiger;
    s.betrokkene.initiator = false;
    s.betrokkene.contactnaam = cases::karel();
    s.betrokkene.organisatienaam = QStringLiteral("Bewindvoering BV");
    s.betrokkene.digitaleAdressen = {{SoortDigitaalAdres::Overig, QStringLiteral("@karel"), QStringLiteral("x")}};
    SessionOnderwerp &o = s.onderwerpen[0];
    o.reactie = QStringLiteral("Antwoord\nmet regels");
    o.vertrouwelijk = true;
    o.taal = QStringLiteral("eng");
    o.indicatieContactGelukt = std::nullopt;
    o.plaatsgevondenOp = QDateTime(QDate(2023, 3, 1), QTime(10, 5, 7, 123), Qt::UTC);
    o.onderwerpobjecten = {SessionOnderwerpobject::zaak(QStringLiteral("ZAAK-1")),
                           SessionOnderwerpobject::eerderKlantcontact(cases::uuidOf(77))};
    o.bijlagen = {cases::productaanvraag()};
    o.interneTaak->toelichting = QStringLiteral("Graag voor vrijdag");
    o.interneTaak->toegewezenAan.append(people.collega.uuid);
    o.afhandeling = QStringLiteral("verwezen");
    o.afhandelingGekozen = true;
    o.doorverbinding = Doorverbinding{people.collega.uuid, QStringLiteral("Tekst van collega")};
    s.addOnderwerp();
    return s;
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void saveLoadDiscard();
    void survivesReopening();
    void severalOpenContacts();
    void severalInOneTransaction();
    void effectiveAfhandeling();
};

void TestDrafts::jsonRoundTrip_data()
{
    const cases::People people;
    QTest::addColumn<ContactSession>("session");
    QTest::newRow("every field") << everything();
    QTest::newRow("fresh") << ContactSession::start(people.medewerker.uuid, QStringLiteral("chat"), cases::startedAt());
    QTest::newRow("C9167 A") << cases::c9167A(people);
    QTest::newRow("C9018 B") << cases::c9018B(people, true, true);
    QTest::newRow("transfer") << cases::transfer(people);
}

void TestDrafts::jsonRoundTrip()
{
    QFETCH(ContactSession, session);
    const QByteArray text = QJsonDocument(session.toJson()).toJson();
    const ContactSession back = ContactSession::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back == session);
    QCOMPARE(QJsonDocument(back.toJson()).toJson(), text);
}

void TestDrafts::saveLoadDiscard()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlDraftStore drafts(db.database());
    const cases::People people;
    ContactSession a = everything();
    ContactSession b = cases::c9167A(people);
    ContactSession other = cases::c9167A(people);
    other.medewerker = people.collega.uuid;
    QVERIFY(drafts.save(a).ok());
    QVERIFY(drafts.save(b).ok());
    QVERIFY(drafts.save(other).ok());
    // Saving again replaces the draft (every step of the flow saves).
    a.notities = QStringLiteral("bijgewerkt");
    QVERIFY(drafts.save(a).ok());

    QList<ContactSession> mine = drafts.load(people.medewerker.uuid).value();
    QCOMPARE(mine.size(), 2);
    QVERIFY(mine[0] == a); // most recently saved first
    QVERIFY(mine[1] == b);
    QCOMPARE(drafts.load(people.collega.uuid).value().size(), 1);

    QVERIFY(drafts.discard(a.uuid).ok());
    mine = drafts.load(people.medewerker.uuid).value();
    QCOMPARE(mine.size(), 1);
    QVERIFY(mine[0] == b);
    QVERIFY(drafts.discard(a.uuid).ok()); // already gone: fine

    ContactSession anonymous;
    QVERIFY(!drafts.save(anonymous).ok());
}

void TestDrafts::survivesReopening()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const ContactSession session = everything();
    {
        SqlDraftStore drafts(db.database());
        QVERIFY(drafts.save(session).ok());
    }
    QVERIFY(db.reopen());
    SqlDraftStore drafts(db.database());
    const QList<ContactSession> loaded = drafts.load(session.medewerker).value();
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded[0] == session);
}

// Issue 10, item 5: one in front and two parked, each with its own step, all back after reopening.
void TestDrafts::severalOpenContacts()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    const cases::People people;
    const QDateTime parkedAt(QDate(2024, 5, 2), QTime(9, 15, 30, 250), Qt::UTC);
    // Each with the steps ticked as done in its side list.
    OpenContact front{everything(), int(3), std::nullopt, {0, 1, 2}};
    OpenContact first{cases::c9167A(people), 2, parkedAt, {0, 1}};
    OpenContact second{cases::c9018B(people, true, true), 6, parkedAt.addSecs(95), {0, 1, 2, 3, 4, 5}};
    {
        SqlDraftStore drafts(db.database());
        QVERIFY(drafts.save(QList<OpenContact>{first, second}).ok());
        QVERIFY(drafts.save(QList<OpenContact>{front}).ok());
    }
    QVERIFY(db.reopen());
    SqlDraftStore drafts(db.database());
    const QList<OpenContact> open = drafts.loadOpen(people.medewerker.uuid).value();
    QCOMPARE(open.size(), 3);
    QVERIFY(open[0] == front); // most recently saved first
    QVERIFY(open[1] == second);
    QVERIFY(open[2] == first);
    QCOMPARE(open[2].parkedAt, std::optional<QDateTime>(parkedAt));
    QCOMPARE(open[2].visited, (QSet<int>{0, 1}));
    QCOMPARE(open[1].visited, (QSet<int>{0, 1, 2, 3, 4, 5}));
    // The session itself is untouched by the ticks beside it in the stored JSON.
    QCOMPARE(open[0].session, front.session);

    // Taking a parked one to the front and parking the other: each keeps its step.
    front.parkedAt = parkedAt.addSecs(300);
    first.parkedAt.reset();
    QVERIFY(drafts.save(QList<OpenContact>{front, first}).ok());
    const QList<OpenContact> after = drafts.loadOpen(people.medewerker.uuid).value();
    QCOMPARE(after.size(), 3);
    QVERIFY(after[0] == first);
    QVERIFY(after[1] == front);
    QCOMPARE(after[1].step, 3);
    // The plain session interface still sees every open contact.
    QCOMPARE(drafts.load(people.medewerker.uuid).value().size(), 3);

    QVERIFY(drafts.discard(first.session.uuid).ok());
    QCOMPARE(drafts.loadOpen(people.medewerker.uuid).value().size(), 2);
}

// Parking one and taking another is one write: a refused contact leaves the other untouched.
void TestDrafts::severalInOneTransaction()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    SqlDraftStore drafts(db.database());
    const cases::People people;
    OpenContact kept{cases::c9167A(people), 1, std::nullopt, {}};
    QVERIFY(drafts.save(QList<OpenContact>{kept}).ok());
    OpenContact parked = kept;
    parked.parkedAt = cases::startedAt();
    parked.session.notities = QStringLiteral("niet opgeslagen");
    OpenContact broken{ContactSession(), 0, std::nullopt, {}};
    QVERIFY(!drafts.save(QList<OpenContact>{parked, broken}).ok());
    const QList<OpenContact> open = drafts.loadOpen(people.medewerker.uuid).value();
    QCOMPARE(open.size(), 1);
    QVERIFY(open[0] == kept);
}

void TestDrafts::effectiveAfhandeling()
{
    SessionOnderwerp o;
    QCOMPARE(o.effectiveAfhandeling(), QStringLiteral("zelfstandig_afgehandeld"));
    o.doorverbinding = Doorverbinding{};
    QCOMPARE(o.effectiveAfhandeling(), QStringLiteral("doorverbonden"));
    o.interneTaak = SessionInterneTaak{};
    QCOMPARE(o.effectiveAfhandeling(), QStringLiteral("terugbelverzoek"));
    o.afhandeling = QStringLiteral("verbinding_verbroken");
    QCOMPARE(o.effectiveAfhandeling(), QStringLiteral("terugbelverzoek")); // not chosen by the user
    o.afhandelingGekozen = true;
    QCOMPARE(o.effectiveAfhandeling(), QStringLiteral("verbinding_verbroken"));
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
