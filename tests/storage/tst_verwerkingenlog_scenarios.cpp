// The verwerkingenlog of whole call-flow scenarios (issue 15): C4161, C9167 A/B/C, C9018 and a
// search with 30 hits, driven through SqlServices as the werkplek drives them, and every entry
// compared field by field with what the Verwerkingenlogging standard asks of a Verwerkingsactie
// and its verwerkte objecten. Also: the registration and its entries land together or not at all.

#include "tests/support/callflowcases.h"

#include "model/privacy/pseudoniemen.h"
#include "model/privacy/verwerkingsactiejson.h"
#include "storage/db/migrations.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/doorstuuruitbox.h"
#include "storage/privacy/pseudoniemsleutel.h"
#include "storage/privacy/sqlverwerkingsactiviteitenregister.h"
#include "storage/resources/repository.h"
#include "storage/search/searchfunctions.h"
#include "tests/support/fixedclock.h"
#include "tests/support/testdatabase.h"

#include <algorithm>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <type_traits>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::test::cases;
namespace cases = kcc::test::cases;

namespace {

// The value of a Result, or `otherwise` when it failed.
template<typename T>
T valueOr(const Result<T> &result, std::type_identity_t<T> otherwise)
{
    return result ? result.value() : otherwise;
}

const QString dakkapel = QStringLiteral("Vergunning dakkapel");

// The municipality's activity for permits, chosen by the onderwerp of C9167.
const Verwerkingsactiviteit vergunningen{
    QUuid(QStringLiteral("{c5b9f4e7-8c79-41b9-91e2-6268419cb167}")), QStringLiteral("Vergunningen verlenen"),
    QStringLiteral("https://register.gemeente.nl/activiteiten/c5b9f4e7"), QStringLiteral("P10Y"), false};
// The placeholder default of PrivacySchema (schema step 9).
const QUuid standaardActiviteit(QStringLiteral("{3f9c8b0e-5a4d-4c2b-9e51-7d0a6c4b2e11}"));

struct Verwacht
{
    QString actieNaam;
    QString handelingNaam;
    QString verwerkingNaam;
    QUuid verwerkingId;
    QString betrokkenheid;
    QStringList soorten;
    QStringList objectIds; // pseudonyms, in any order
    QString soortObjectId = QStringLiteral("BSN");
    bool vergunning = false; // the activity chosen by the onderwerp, else the default
};

struct Gelezen
{
    qint64 rij = 0;
    Verwerkingsactie actie;
    QString tijdstipTekst;
};

bool seed(Database &database, const People &people)
{
    WriteTransaction transaction(database);
    Repository<Actor> actors(database);
    for (const Actor &actor : people.all()) {
        if (!actors.insert(actor))
            return false;
    }
    return Repository<Partij>(database).insert(people.carl).ok() &&
           Repository<DigitaalAdres>(database).insert(people.carlTelefoon).ok() &&
           Repository<PartijIdentificator>(database).insert(people.carlBsn).ok() && transaction.commit().ok();
}

} // namespace

class TestVerwerkingenLogScenarios : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void c4161();
    void c9167A();
    void c9167B();
    void c9167C();
    void c9018A();
    void searchWith30Hits();
    void failingLogRegistersNothing();
    void partijEditIsLogged();
    void versionTenIsMigrated();

private:
    SignedInActor medewerker() const;
    RegistrationPlan plan(const ContactSession &session);
    RegistrationReceipt registreer(const RegistrationPlan &plan);
    void beginContact(const ContactSession &session);
    void klantbeeld(const QUuid &partij);
    QList<Gelezen> lees();
    void vergelijk(const QList<Verwacht> &verwacht);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<SqlServices> m_services;
    const People m_people;
    Pseudoniemen m_pseudoniemen;
    test::FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15), Qt::UTC)};
    qint64 m_gelezenTot = 0;
};

void TestVerwerkingenLogScenarios::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(seed(m_db->database(), m_people));
    m_services = std::make_unique<SqlServices>(m_db->database(), m_clock.clock());
    const Result<QByteArray> key = PseudoniemSleutel::laad(m_db->path(), false);
    QVERIFY2(key, qPrintable(key.error().message));
    m_pseudoniemen = Pseudoniemen(key.value());
    m_services->huidigeVerwerking().setGebruiker(m_people.medewerker.uuid.toString(QUuid::WithoutBraces));
    SqlVerwerkingsactiviteitenRegister register_(m_db->database());
    const SignedInActor beheerder{
        QUuid(), QStringLiteral("Beheer"), SoortActor::Medewerker, {AccountRole::beheerder()}};
    QVERIFY(register_.bewaar(vergunningen, beheerder));
    QVERIFY(register_.koppel({{}, dakkapel, vergunningen.id}, beheerder));
    m_gelezenTot = 0;
}

void TestVerwerkingenLogScenarios::cleanup()
{
    m_services.reset();
    m_db.reset();
}

SignedInActor TestVerwerkingenLogScenarios::medewerker() const
{
    return {m_people.medewerker.uuid,
            m_people.medewerker.naam,
            SoortActor::Medewerker,
            {AccountRole::medewerker(), AccountRole::supervisor()}};
}

void TestVerwerkingenLogScenarios::beginContact(const ContactSession &session)
{
    // As the contact panel does: the contact's uuid, kanaal and the onderwerp being worked on.
    m_services->huidigeVerwerking().beginContact(session.uuid, session.kanaal);
    m_services->huidigeVerwerking().setOnderwerp(session.onderwerpen.first().onderwerp);
}

void TestVerwerkingenLogScenarios::klantbeeld(const QUuid &partij)
{
    const Result<Klantbeeld> shown = m_services->klantbeeld().load(partij, medewerker(), 10);
    QVERIFY2(shown, qPrintable(shown.error().message));
}

RegistrationPlan TestVerwerkingenLogScenarios::plan(const ContactSession &session)
{
    const Result<PlanContext> context = m_services->registration().planContext(session);
    if (!context) {
        qWarning("%s", qPrintable(context.error().message));
        return {};
    }
    const Result<RegistrationPlan> built = RegistrationPlan::build(session, context.value());
    if (!built)
        qWarning("%s", qPrintable(built.error().message));
    return built ? built.value() : RegistrationPlan();
}

RegistrationReceipt TestVerwerkingenLogScenarios::registreer(const RegistrationPlan &plan)
{
    const Result<RegistrationReceipt> receipt = m_services->registration().registerContact(plan);
    if (!receipt) {
        qWarning("%s", qPrintable(receipt.error().message));
        return {};
    }
    return receipt.value();
}

QList<Gelezen> TestVerwerkingenLogScenarios::lees()
{
    QList<Gelezen> result;
    QSqlQuery query(m_db->database().connection());
    query.prepare(QStringLiteral(
        "SELECT rij, actie_id, actie_naam, handeling_naam, verwerking_naam, verwerking_id, verwerkingsactiviteit_id,"
        " verwerkingsactiviteit_url, vertrouwelijkheid, bewaartermijn, uitvoerder, systeem, gebruiker, gegevensbron,"
        " tijdstip, tijdstip_registratie FROM verwerkingsactie WHERE rij > ? ORDER BY rij"));
    query.addBindValue(m_gelezenTot);
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        Gelezen g;
        g.rij = query.value(0).toLongLong();
        Verwerkingsactie &a = g.actie;
        a.actieId = QUuid::fromString(query.value(1).toString());
        a.actieNaam = query.value(2).toString();
        a.handelingNaam = query.value(3).toString();
        a.verwerkingNaam = query.value(4).toString();
        a.verwerkingId = QUuid::fromString(query.value(5).toString());
        a.verwerkingsactiviteitId = QUuid::fromString(query.value(6).toString());
        a.verwerkingsactiviteitUrl = query.value(7).toString();
        a.vertrouwelijkheid =
            vertrouwelijkheidFromCode(query.value(8).toString()).value_or(Vertrouwelijkheid::Opgeheven);
        a.bewaartermijn = query.value(9).toString();
        a.uitvoerder = query.value(10).toString();
        a.systeem = query.value(11).toString();
        a.gebruiker = query.value(12).toString();
        a.gegevensbron = query.value(13).toString();
        g.tijdstipTekst = query.value(14).toString();
        a.tijdstip = QDateTime::fromString(g.tijdstipTekst, Qt::ISODateWithMs);
        a.tijdstipRegistratie = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
        result.append(g);
    }
    query.finish();
    for (Gelezen &g : result) {
        query.prepare(
            QStringLiteral("SELECT verwerkt_object_id, objecttype, soort_object_id, pseudoniem, betrokkenheid,"
                           " soorten_gegevens FROM verwerkt_object WHERE actie = ? ORDER BY rij"));
        query.addBindValue(g.rij);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next()) {
            VerwerktObject o;
            o.verwerktObjectId = QUuid::fromString(query.value(0).toString());
            o.objecttype = query.value(1).toString();
            o.soortObjectId = query.value(2).toString();
            o.objectId = query.value(3).toString();
            o.betrokkenheid = query.value(4).toString();
            o.verwerkteSoortenGegevens = query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            g.actie.verwerkteObjecten.append(o);
        }
        query.finish();
        m_gelezenTot = std::max(m_gelezenTot, g.rij);
    }
    return result;
}

// Every field of the standard's Verwerkingsactie and VerwerktObject, for the entries written since
// the last call, in order.
void TestVerwerkingenLogScenarios::vergelijk(const QList<Verwacht> &verwacht)
{
    const QList<Gelezen> gelezen = lees();
    QStringList namen;
    for (const Gelezen &g : gelezen)
        namen << g.actie.actieNaam;
    QVERIFY2(gelezen.size() == verwacht.size(), qPrintable(namen.join(QStringLiteral(", "))));
    static const QRegularExpression metZone(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
    QSet<QUuid> ids;
    for (qsizetype i = 0; i < verwacht.size(); ++i) {
        const Verwacht &v = verwacht.at(i);
        const Verwerkingsactie &a = gelezen.at(i).actie;
        QVERIFY(!a.actieId.isNull());
        QVERIFY(!ids.contains(a.actieId));
        ids.insert(a.actieId);
        QCOMPARE(a.actieNaam, v.actieNaam);
        QCOMPARE(a.handelingNaam, v.handelingNaam);
        QCOMPARE(a.verwerkingNaam, v.verwerkingNaam);
        QCOMPARE(a.verwerkingId, v.verwerkingId);
        QCOMPARE(a.verwerkingsactiviteitId, v.vergunning ? vergunningen.id : standaardActiviteit);
        QCOMPARE(a.verwerkingsactiviteitUrl, v.vergunning ? vergunningen.url : QString());
        QCOMPARE(a.vertrouwelijkheid, Vertrouwelijkheid::Normaal);
        QCOMPARE(a.bewaartermijn, v.vergunning ? QStringLiteral("P10Y") : QStringLiteral("P2Y"));
        QCOMPARE(a.uitvoerder, QString()); // no OIN configured: left out of the API's JSON
        QVERIFY(a.systeem.startsWith(QStringLiteral("KCC Werkplek ")));
        QVERIFY(a.systeem.size() <= 242);
        QCOMPARE(a.gebruiker, m_people.medewerker.uuid.toString(QUuid::WithoutBraces)); // a meaningless key
        QVERIFY(a.gebruiker.size() <= 40);
        QCOMPARE(a.gegevensbron, QStringLiteral("KCC Werkplek klantinteracties"));
        QVERIFY2(metZone.match(gelezen.at(i).tijdstipTekst).hasMatch(), qPrintable(gelezen.at(i).tijdstipTekst));
        QCOMPARE(a.tijdstip.toUTC(), m_clock.clock().now());
        QCOMPARE(a.tijdstipRegistratie.toUTC(), m_clock.clock().now());
        QCOMPARE(a.verwerkteObjecten.size(), v.objectIds.size());
        QStringList objectIds;
        for (const VerwerktObject &o : a.verwerkteObjecten) {
            QVERIFY(!o.verwerktObjectId.isNull());
            QCOMPARE(o.objecttype, QStringLiteral("persoon"));
            QCOMPARE(o.soortObjectId, v.soortObjectId);
            QCOMPARE(o.betrokkenheid, v.betrokkenheid);
            QCOMPARE(o.verwerkteSoortenGegevens, v.soorten);
            QCOMPARE(o.objectId.size(), 64); // HMAC-SHA256 hex: never the BSN itself
            objectIds << o.objectId;
        }
        objectIds.sort();
        QStringList verwachteIds = v.objectIds;
        verwachteIds.sort();
        QCOMPARE(objectIds, verwachteIds);
        // What the API would be sent: every field the schema requires.
        const QJsonObject json = VerwerkingsactieJson::toJson(a, QStringLiteral("https://log.example/api/v1"));
        for (const char *veld : {"url", "actieId", "vertrouwelijkheid", "tijdstip", "tijdstipRegistratie",
                                 "verwerkteObjecten", "actieNaam", "handelingNaam", "verwerkingNaam", "verwerkingId",
                                 "verwerkingsactiviteitId", "bewaartermijn", "systeem", "gebruiker", "gegevensbron"})
            QVERIFY2(json.contains(QLatin1String(veld)), veld);
    }
}

namespace {

const QString klantContact = QStringLiteral("Klantcontact afhandelen");
const QString vastleggen = QStringLiteral("Klantcontact vastleggen");
const QStringList klantbeeldSoorten{QStringLiteral("Naam"), QStringLiteral("Adres"), QStringLiteral("Contactgegevens"),
                                    QStringLiteral("Klantcontacten")};
const QStringList contactSoorten{QStringLiteral("Klantcontacten"), QStringLiteral("Contactgegevens")};
const QStringList taakSoorten{QStringLiteral("Interne taken"), QStringLiteral("Contactgegevens")};

} // namespace

void TestVerwerkingenLogScenarios::c4161()
{
    const ContactSession session = cases::c4161(m_people);
    beginContact(session);
    klantbeeld(m_people.carl.uuid);
    const RegistrationPlan planned = plan(session);
    QCOMPARE(planned.contacten.size(), 1);
    const RegistrationReceipt receipt = registreer(planned);
    QCOMPARE(receipt.klantcontacten.size(), 1);
    const QString carl = m_pseudoniemen.bsn(bsnKnown);
    vergelijk({{QStringLiteral("Klantbeeld tonen"),
                QStringLiteral("Klant te woord staan"),
                klantContact,
                session.uuid,
                QStringLiteral("Klant"),
                klantbeeldSoorten,
                {carl}},
               {QStringLiteral("Registreren klantcontact"),
                vastleggen,
                klantContact,
                receipt.klantcontacten.first(),
                QStringLiteral("Klant"),
                contactSoorten,
                {carl}}});
}

void TestVerwerkingenLogScenarios::c9167A()
{
    // An unknown caller: the klantcontact and the task are registered, about no known person.
    const ContactSession session = cases::c9167A(m_people);
    beginContact(session);
    const RegistrationReceipt receipt = registreer(plan(session));
    QCOMPARE(receipt.klantcontacten.size(), 1);
    QCOMPARE(receipt.taakReferentienummers.size(), 1);
    vergelijk({});
}

void TestVerwerkingenLogScenarios::c9167B()
{
    const ContactSession session = cases::c9167B(m_people);
    beginContact(session);
    klantbeeld(m_people.carl.uuid);
    const RegistrationPlan planned = plan(session);
    QVERIFY(planned.contacten.value(0).interneTaak);
    const QUuid taak = planned.contacten.first().interneTaak->uuid;
    const RegistrationReceipt receipt = registreer(planned);
    QCOMPARE(receipt.klantcontacten.size(), 1);
    const QString carl = m_pseudoniemen.bsn(bsnKnown);
    const QUuid contact = receipt.klantcontacten.first();
    vergelijk({{QStringLiteral("Klantbeeld tonen"),
                QStringLiteral("Klant te woord staan"),
                klantContact,
                session.uuid,
                QStringLiteral("Klant"),
                klantbeeldSoorten,
                {carl},
                QStringLiteral("BSN"),
                true},
               {QStringLiteral("Registreren klantcontact"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                contactSoorten,
                {carl},
                QStringLiteral("BSN"),
                true},
               {QStringLiteral("Registreren interne taak"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                taakSoorten,
                {carl},
                QStringLiteral("BSN"),
                true}});

    // The afdeling opens the task later, outside any call: the task is its own verwerking.
    m_services->huidigeVerwerking().eindeContact();
    const Result<TaakDetail> detail = m_services->werkvoorraad().detail(medewerker(), taak);
    QVERIFY2(detail, qPrintable(detail.error().message));
    vergelijk({{QStringLiteral("Openen interne taak"),
                QStringLiteral("Interne taak afhandelen"),
                QStringLiteral("Interne taak afhandelen"),
                taak,
                QStringLiteral("Klant"),
                {QStringLiteral("Naam"), QStringLiteral("Contactgegevens"), QStringLiteral("Klantcontacten")},
                {carl},
                QStringLiteral("BSN"),
                true}});

    // The work queue names Carl: the page is logged before it is handed out.
    TaakQueueFilter alle;
    alle.queue = TaakQueue::Alle;
    const Result<Page<TaakQueueRow>> page = m_services->werkvoorraad().queue(medewerker(), alle, {}, 50);
    QVERIFY2(page, qPrintable(page.error().message));
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(page.value().rows.first().partij, m_people.carl.uuid);
    const Verwerking sessie = m_services->huidigeVerwerking().current();
    vergelijk({{QStringLiteral("Tonen interne taken"),
                QStringLiteral("Werkvoorraad bekijken"),
                sessie.verwerkingNaam,
                sessie.verwerkingId,
                QStringLiteral("Klant van interne taak"),
                {QStringLiteral("Naam")},
                {carl}}});
}

void TestVerwerkingenLogScenarios::c9167C()
{
    // Karel is not a partij yet: the partij is registered first, then the contact and the task.
    const ContactSession session = cases::c9167C(m_people);
    beginContact(session);
    const RegistrationReceipt receipt = registreer(plan(session));
    QCOMPARE(receipt.klantcontacten.size(), 1);
    QVERIFY(receipt.partijNummer);
    const QString karel = m_pseudoniemen.bsn(bsnNew);
    const QUuid contact = receipt.klantcontacten.first();
    vergelijk({{QStringLiteral("Registreren partij"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                {QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Contactgegevens")},
                {karel},
                QStringLiteral("BSN"),
                true},
               {QStringLiteral("Registreren klantcontact"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                contactSoorten,
                {karel},
                QStringLiteral("BSN"),
                true},
               {QStringLiteral("Registreren interne taak"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                taakSoorten,
                {karel},
                QStringLiteral("BSN"),
                true}});
}

void TestVerwerkingenLogScenarios::c9018A()
{
    const ContactSession session = cases::c9018A(m_people, true);
    beginContact(session);
    klantbeeld(m_people.carl.uuid);
    const RegistrationReceipt receipt = registreer(plan(session));
    QCOMPARE(receipt.klantcontacten.size(), 1);
    const QString carl = m_pseudoniemen.bsn(bsnKnown);
    const QUuid contact = receipt.klantcontacten.first();
    vergelijk({{QStringLiteral("Klantbeeld tonen"),
                QStringLiteral("Klant te woord staan"),
                klantContact,
                session.uuid,
                QStringLiteral("Klant"),
                klantbeeldSoorten,
                {carl}},
               {QStringLiteral("Registreren klantcontact"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                contactSoorten,
                {carl}},
               {QStringLiteral("Registreren interne taak"),
                vastleggen,
                klantContact,
                contact,
                QStringLiteral("Klant"),
                taakSoorten,
                {carl}}});
}

void TestVerwerkingenLogScenarios::searchWith30Hits()
{
    if (test::TestDatabase::onPostgres())
        QSKIP("The search index is SQLite-only (ARCHITECTURE.md).");
    // 30 people named Dertigmans, every second one with a BSN: those are logged by BSN, the
    // others by their partij's uuid (both pseudonymised).
    QStringList verwachtBsn;
    QStringList verwachtUuid;
    {
        WriteTransaction transaction(m_db->database());
        Repository<Partij> partijen(m_db->database());
        Repository<PartijIdentificator> identificatoren(m_db->database());
        for (int i = 0; i < 30; ++i) {
            Partij p;
            p.uuid = uuidOf(7000 + i);
            p.soortPartij = SoortPartij::Persoon;
            p.voorkeurstaal = QStringLiteral("nld");
            p.contactnaam =
                Contactnaam{QString(), QStringLiteral("Piet%1").arg(i), QString(), QStringLiteral("Dertigmans")};
            QVERIFY(partijen.insert(p));
            if (i % 2 == 0) {
                // Valid BSNs by the elfproef: 1000000xx with the check digit searched for.
                QString bsn;
                for (int check = 0; check < 10 && bsn.isEmpty(); ++check) {
                    const QString candidate = QStringLiteral("1%1%2").arg(i, 7, 10, QLatin1Char('0')).arg(check);
                    int sum = 0;
                    for (int d = 0; d < 8; ++d)
                        sum += (9 - d) * candidate.at(d).digitValue();
                    if ((sum - candidate.at(8).digitValue()) % 11 == 0)
                        bsn = candidate;
                }
                if (bsn.isEmpty())
                    bsn = QStringLiteral("9%1").arg(i, 8, 10, QLatin1Char('0'));
                PartijIdentificator id;
                id.uuid = uuidOf(8000 + i);
                id.identificeerdePartij = p.uuid;
                id.objectId = bsn;
                QVERIFY(identificatoren.insert(id));
                verwachtBsn << m_pseudoniemen.bsn(bsn);
            } else {
                verwachtUuid << m_pseudoniemen.partij(p.uuid);
            }
        }
        QVERIFY(transaction.commit());
    }
    m_services->huidigeVerwerking().eindeContact();
    const Result<QList<PartijFinderRow>> hits = m_services->finder().search(QStringLiteral("Dertigmans"), 50);
    QVERIFY2(hits, qPrintable(hits.error().message));
    QCOMPARE(hits.value().size(), 30);
    // One entry with 30 verwerkte objecten; compared field by field in two groups by soort.
    const QList<Gelezen> gelezen = lees();
    QCOMPARE(gelezen.size(), 1);
    const Verwerkingsactie &a = gelezen.first().actie;
    const Verwerking sessie = m_services->huidigeVerwerking().current();
    QCOMPARE(a.actieNaam, QStringLiteral("Zoeken partijen"));
    QCOMPARE(a.handelingNaam, QStringLiteral("Klant zoeken"));
    QCOMPARE(a.verwerkingNaam, QStringLiteral("Klantgegevens raadplegen"));
    QCOMPARE(a.verwerkingId, sessie.verwerkingId);
    QCOMPARE(a.verwerkingsactiviteitId, standaardActiviteit);
    QCOMPARE(a.vertrouwelijkheid, Vertrouwelijkheid::Normaal);
    QCOMPARE(a.bewaartermijn, QStringLiteral("P2Y"));
    QCOMPARE(a.gebruiker, m_people.medewerker.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(a.tijdstip.toUTC(), m_clock.clock().now());
    QCOMPARE(a.verwerkteObjecten.size(), 30);
    QStringList bsn;
    QStringList uuid;
    QSet<QUuid> objectIds;
    for (const VerwerktObject &o : a.verwerkteObjecten) {
        objectIds.insert(o.verwerktObjectId);
        QCOMPARE(o.objecttype, QStringLiteral("persoon"));
        QCOMPARE(o.betrokkenheid, QStringLiteral("Getoond in zoekresultaat"));
        QCOMPARE(o.verwerkteSoortenGegevens, QStringList{QStringLiteral("Naam")});
        (o.soortObjectId == QStringLiteral("BSN") ? bsn : uuid) << o.objectId;
        QVERIFY(o.soortObjectId == QStringLiteral("BSN") || o.soortObjectId == QStringLiteral("KCC-partij"));
    }
    QCOMPARE(objectIds.size(), 30);
    bsn.sort();
    uuid.sort();
    verwachtBsn.sort();
    verwachtUuid.sort();
    QCOMPARE(bsn, verwachtBsn);
    QCOMPARE(uuid, verwachtUuid);
}

void TestVerwerkingenLogScenarios::failingLogRegistersNothing()
{
    if (test::TestDatabase::onPostgres())
        QSKIP("The broken log is made with an SQLite trigger; the transaction is the same on both engines.");
    const ContactSession session = cases::c9167B(m_people);
    beginContact(session);
    const RegistrationPlan planned = plan(session);
    QVERIFY(!planned.isEmpty());
    const qint64 contacten = Repository<Klantcontact>(m_db->database()).count();
    const qint64 taken = Repository<InterneTaak>(m_db->database()).count();
    {
        // As a full disk would: the log refuses its objects, after the registration's rows are in.
        QSqlQuery query(m_db->database().connection());
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                           " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
                 qPrintable(query.lastError().text()));
    }
    const Result<RegistrationReceipt> refused = m_services->registration().registerContact(planned);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("disk is full")), qPrintable(refused.error().message));
    QCOMPARE(Repository<Klantcontact>(m_db->database()).count(), contacten);
    QCOMPARE(Repository<InterneTaak>(m_db->database()).count(), taken);
    QCOMPARE(lees().size(), 0);
    {
        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER kapot")));
    }
    // Mended: the same plan lands with its entries.
    const RegistrationReceipt receipt = registreer(planned);
    QCOMPARE(receipt.klantcontacten.size(), 1);
    QCOMPARE(lees().size(), 2);
}

void TestVerwerkingenLogScenarios::partijEditIsLogged()
{
    m_services->huidigeVerwerking().eindeContact();
    m_services->partijEdit().setActingActor(medewerker());
    PartijEdit edit;
    edit.partij = m_people.carl;
    edit.partij.contactnaam->voornaam = QStringLiteral("Carel");
    edit.digitaleAdressen = {m_people.carlTelefoon};
    const Result<> saved = m_services->partijEdit().save(edit);
    QVERIFY2(saved, qPrintable(saved.error().message));
    const Verwerking sessie = m_services->huidigeVerwerking().current();
    vergelijk({{QStringLiteral("Wijzigen partij"),
                QStringLiteral("Klantgegevens bijhouden"),
                sessie.verwerkingNaam,
                sessie.verwerkingId,
                QStringLiteral("Klant"),
                {QStringLiteral("Naam"), QStringLiteral("Adres"), QStringLiteral("Contactgegevens")},
                {m_pseudoniemen.bsn(bsnKnown)}}});
}

// Schema step 10 -> 11 (DoorstuurSchema): a version 10 file made by the frozen steps, opened as the
// program does; forwarding starts off, and once on, an entry and its queued request land together.
void TestVerwerkingenLogScenarios::versionTenIsMigrated()
{
    if (test::TestDatabase::onPostgres())
        QSKIP("Made from an SQLite file; the same step runs on PostgreSQL in every *_pg suite's fresh database.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        const Result<> made = Migrations::migrate(connection, path, 0, Migrations::steps().mid(0, 10));
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(Migrations::userVersion(connection).value(), 10);
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error().message));
    Database &database = *opened.value();
    // Every later step runs too (11 -> 12 and on).
    QVERIFY(Database::currentSchemaVersion() >= 11);
    QCOMPARE(database.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("v10.sqlite.backup-v10-*")}).size(), 1);
    QVERIFY(seed(database, m_people));
    DoorstuurUitbox uitbox(database);
    QCOMPARE(valueOr(DoorstuurUitbox::staatAan(database), true), false);
    QVERIFY(uitbox.stelIn({QUrl(QStringLiteral("https://log.gemeente.nl/api/v1")), QStringLiteral("/etc/kcc/token")}));
    QCOMPARE(valueOr(DoorstuurUitbox::staatAan(database), false), true);
    SqlServices services(database);
    QVERIFY(services.verwerkingenLog().log(
        services.huidigeVerwerking().current(),
        {QStringLiteral("Test"), {}, QStringLiteral("Klant"), {}, false, {{m_people.carl.uuid, {}}}}));
    QCOMPARE(valueOr(uitbox.wachtend(), -1), 1);
    const Result<std::optional<UitboxItem>> item = uitbox.volgende(QDateTime::currentDateTimeUtc());
    QVERIFY(item && item.value());
    QCOMPARE(item.value()->inhoud.value(QStringLiteral("actieNaam")).toString(), QStringLiteral("Test"));
}

QTEST_GUILESS_MAIN(TestVerwerkingenLogScenarios)
#include "tst_verwerkingenlog_scenarios.moc"
