#include "tests/support/callflowcases.h"

#include "model/callflow/registrationplan.h"

#include <QTest>

#include <algorithm>

using namespace kcc;
using namespace kcc::test::cases;
namespace cases = kcc::test::cases;
using Variant = RegistrationRules::Variant;

namespace {

Klantcontact expectedKlantcontact(const ContactSession &s, const QUuid &uuid, const QString &afhandeling,
                                  const QString &methode)
{
    Klantcontact kc;
    kc.uuid = uuid;
    kc.kanaal = s.kanaal;
    kc.onderwerp = s.onderwerpen[0].onderwerp;
    kc.inhoud = s.onderwerpen[0].inhoud;
    kc.reactie = s.onderwerpen[0].reactie;
    kc.indicatieContactGelukt = true;
    kc.taal = QStringLiteral("nld");
    kc.plaatsgevondenOp = startedAt();
    kc.metadata = {{QStringLiteral("afhandeling"), afhandeling},
                   {QStringLiteral("authenticatiemethode"), methode},
                   {QStringLiteral("gesprekstijdSeconden"), QStringLiteral("312")},
                   {QStringLiteral("nawerktijdSeconden"), QStringLiteral("45")},
                   {QStringLiteral("sessie"), s.uuid.toString(QUuid::WithoutBraces)}};
    return kc;
}

Betrokkene expectedBetrokkene(const RegistrationPlan::Contact &c, std::optional<QUuid> partij,
                              std::optional<Contactnaam> naam)
{
    Betrokkene b;
    b.uuid = c.betrokkene.uuid;
    b.wasPartij = partij;
    b.hadKlantcontact = c.klantcontact.uuid;
    b.contactnaam = naam;
    b.rol = Rol::Klant;
    b.initiator = true;
    return b;
}

DigitaalAdres oneOff(const RegistrationPlan::Contact &c, int index, const QString &adres,
                     SoortDigitaalAdres soort = SoortDigitaalAdres::Telefoonnummer)
{
    DigitaalAdres a;
    a.uuid = c.betrokkeneAdressen.value(index).uuid;
    a.verstrektDoorBetrokkene = c.betrokkene.uuid;
    a.adres = adres;
    a.soortDigitaalAdres = soort;
    return a;
}

InterneTaak expectedTaak(const RegistrationPlan::Contact &c, const QString &handeling, const QList<QUuid> &actoren)
{
    InterneTaak t;
    t.uuid = c.interneTaak ? c.interneTaak->uuid : QUuid();
    t.gevraagdeHandeling = handeling;
    t.aanleidinggevendKlantcontact = c.klantcontact.uuid;
    t.toegewezenAanActoren = actoren;
    t.status = TaakStatus::TeVerwerken;
    t.toegewezenOp = now();
    return t;
}

QList<ActorKlantcontact> expectedActoren(const RegistrationPlan::Contact &c, const QList<QUuid> &actors)
{
    QList<ActorKlantcontact> links;
    for (int i = 0; i < actors.size(); ++i)
        links.append({c.actoren.value(i).uuid, actors.at(i), c.klantcontact.uuid});
    return links;
}

RegistrationPlan buildOk(const ContactSession &s, const People &people)
{
    Result<RegistrationPlan> plan = RegistrationPlan::build(s, people.context(s));
    if (!plan) {
        for (const FieldError &e : plan.error().fieldErrors)
            qWarning() << e.field << e.message;
    }
    [&] { QVERIFY2(plan.ok(), qPrintable(plan.error().message)); }();
    return plan ? plan.value() : RegistrationPlan{};
}

} // namespace

class TestRegistrationPlan : public QObject
{
    Q_OBJECT

private slots:
    void c9167A();
    void c9167B();
    void c9167C();
    void c9018A_data();
    void c9018A();
    void c9018B_data();
    void c9018B();
    void rule1NothingToRegister();
    void rule3IdentificatorOnly();
    void rule3ReusesBsnOwner();
    void transfer();
    void c4161ZaakOnderwerpobject();
    void twoOnderwerpen();
    void invalidInput_data();
    void invalidInput();
    void missingForAfronding();
    void summary();
    void vertegenwoordigerLinksTheKlant();
    void addresses();
};

void TestRegistrationPlan::c9167A()
{
    const People people;
    const ContactSession s = cases::c9167A(people);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, Variant::UnknownPerson);
    QVERIFY(!plan.nieuwePartij);
    QVERIFY(!plan.partij);
    QCOMPARE(plan.contacten.size(), 1);
    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.klantcontact,
             expectedKlantcontact(s, c.klantcontact.uuid, QStringLiteral("terugbelverzoek"), QStringLiteral("geen")));
    QVERIFY(!c.klantcontact.referentienummer);
    QCOMPARE(c.betrokkene, expectedBetrokkene(c, std::nullopt, karel()));
    QCOMPARE(c.betrokkeneAdressen, QList<DigitaalAdres>{oneOff(c, 0, QStringLiteral("0612345678"))});
    QCOMPARE(c.actoren, expectedActoren(c, {people.medewerker.uuid}));
    QCOMPARE(c.interneTaak, expectedTaak(c, QStringLiteral("Terugbellen"), {people.vergunningen.uuid}));
    QVERIFY(c.onderwerpobjecten.isEmpty());
    QVERIFY(c.bijlagen.isEmpty());
}

void TestRegistrationPlan::c9167B()
{
    const People people;
    const ContactSession s = cases::c9167B(people);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, Variant::KnownPartij);
    QVERIFY(!plan.nieuwePartij);
    QCOMPARE(plan.partij, people.carl.uuid);
    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.klantcontact, expectedKlantcontact(s, c.klantcontact.uuid, QStringLiteral("terugbelverzoek"),
                                                  QStringLiteral("controlevragen")));
    // The other name and number only for this contact.
    QCOMPARE(c.betrokkene, expectedBetrokkene(c, people.carl.uuid,
                                              Contactnaam{QString(), QStringLiteral("Carl"), QString(), QString()}));
    QCOMPARE(c.betrokkeneAdressen, QList<DigitaalAdres>{oneOff(c, 0, QStringLiteral("0612345678"))});
    QCOMPARE(c.interneTaak, expectedTaak(c, QStringLiteral("Terugbellen"), {people.vergunningen.uuid}));
}

void TestRegistrationPlan::c9167C()
{
    const People people;
    const ContactSession s = cases::c9167C(people);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, Variant::NewPartijWithDefaults);
    QVERIFY(plan.nieuwePartij);
    Partij expected;
    expected.uuid = plan.nieuwePartij->uuid;
    expected.soortPartij = SoortPartij::Persoon;
    expected.voorkeurstaal = QStringLiteral("nld");
    expected.contactnaam = karel();
    QCOMPARE(plan.partijAdressen.size(), 1);
    expected.voorkeursDigitaalAdres = plan.partijAdressen[0].uuid;
    QCOMPARE(*plan.nieuwePartij, expected);
    QVERIFY(!plan.nieuwePartij->nummer); // the writer draws it

    DigitaalAdres adres;
    adres.uuid = plan.partijAdressen[0].uuid;
    adres.verstrektDoorPartij = expected.uuid;
    adres.adres = QStringLiteral("0612345678");
    adres.isStandaardAdres = true;
    QCOMPARE(plan.partijAdressen[0], adres);

    PartijIdentificator bsn;
    bsn.uuid = plan.nieuweIdentificator->uuid;
    bsn.identificeerdePartij = expected.uuid;
    bsn.objectId = bsnNew;
    QCOMPARE(*plan.nieuweIdentificator, bsn);
    QCOMPARE(plan.partij, expected.uuid);

    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.betrokkene, expectedBetrokkene(c, expected.uuid, std::nullopt));
    QVERIFY(c.betrokkeneAdressen.isEmpty());
    QCOMPARE(c.interneTaak, expectedTaak(c, QStringLiteral("Terugbellen"), {people.vergunningen.uuid}));
}

void TestRegistrationPlan::c9018A_data()
{
    QTest::addColumn<bool>("metTaak");
    QTest::newRow("without interne taak") << false;
    QTest::newRow("with interne taak") << true;
}

void TestRegistrationPlan::c9018A()
{
    QFETCH(bool, metTaak);
    const People people;
    const ContactSession s = cases::c9018A(people, metTaak);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, Variant::KnownPartij);
    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.klantcontact, expectedKlantcontact(s, c.klantcontact.uuid,
                                                  metTaak ? QStringLiteral("terugbelverzoek")
                                                          : QStringLiteral("zelfstandig_afgehandeld"),
                                                  QStringLiteral("controlevragen")));
    QCOMPARE(c.betrokkene, expectedBetrokkene(c, people.carl.uuid, std::nullopt));
    QVERIFY(c.betrokkeneAdressen.isEmpty());
    QCOMPARE(c.bijlagen.size(), 1);
    QCOMPARE(c.bijlagen[0], (Bijlage{c.bijlagen[0].uuid, c.klantcontact.uuid, productaanvraag()}));
    QCOMPARE(c.interneTaak.has_value(), metTaak);
    if (metTaak) {
        QCOMPARE(c.interneTaak, expectedTaak(c, QStringLiteral("Aanmaken zaak n.a.v. ingediende productaanvraag"),
                                             {people.vergunningen.uuid}));
    }
}

void TestRegistrationPlan::c9018B_data()
{
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("metTaak");
    QTest::newRow("consent") << true << false;
    QTest::newRow("consent, task") << true << true;
    QTest::newRow("no consent") << false << false;
    QTest::newRow("no consent, task") << false << true;
}

void TestRegistrationPlan::c9018B()
{
    QFETCH(bool, consent);
    QFETCH(bool, metTaak);
    const People people;
    const ContactSession s = cases::c9018B(people, consent, metTaak);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, consent ? Variant::NewPartijWithDefaults : Variant::IdentificatorOnlyPartij);
    QVERIFY(plan.nieuwePartij);
    QCOMPARE(plan.nieuweIdentificator->objectId, bsnNew);
    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.klantcontact.kanaal, QStringLiteral("balie"));
    QCOMPARE(c.bijlagen.size(), 1);
    QCOMPARE(c.interneTaak.has_value(), metTaak);
    if (consent) {
        QCOMPARE(plan.nieuwePartij->contactnaam, karel());
        QCOMPARE(plan.partijAdressen.size(), 2);
        QCOMPARE(plan.partijAdressen[0].adres, QStringLiteral("0612345678"));
        QCOMPARE(plan.partijAdressen[1].adres, QStringLiteral("karel@example.nl"));
        QCOMPARE(plan.partijAdressen[1].soortDigitaalAdres, SoortDigitaalAdres::Email);
        // Each is the default of its own soort; the phone is the voorkeur.
        QVERIFY(plan.partijAdressen[0].isStandaardAdres);
        QVERIFY(plan.partijAdressen[1].isStandaardAdres);
        QCOMPARE(plan.nieuwePartij->voorkeursDigitaalAdres, plan.partijAdressen[0].uuid);
        QCOMPARE(c.betrokkene, expectedBetrokkene(c, plan.nieuwePartij->uuid, std::nullopt));
        QVERIFY(c.betrokkeneAdressen.isEmpty());
    } else {
        Partij empty;
        empty.uuid = plan.nieuwePartij->uuid;
        empty.heeftPartijIdentificatie = false;
        QCOMPARE(*plan.nieuwePartij, empty);
        QVERIFY(plan.partijAdressen.isEmpty());
        QCOMPARE(c.betrokkene, expectedBetrokkene(c, empty.uuid, karel()));
        QCOMPARE(c.betrokkeneAdressen, QList<DigitaalAdres>{oneOff(c, 0, QStringLiteral("0612345678"))});
    }
}

void TestRegistrationPlan::rule1NothingToRegister()
{
    const People people;
    const RegistrationPlan plan = buildOk(cases::rule1(people), people);
    QCOMPARE(plan.variant, Variant::NothingToRegister);
    QVERIFY(plan.isEmpty());
    QVERIFY(!plan.nieuwePartij);
    QVERIFY(!plan.reason.isEmpty());
    QCOMPARE(plan.summary(), QStringList{plan.reason});
}

void TestRegistrationPlan::rule3IdentificatorOnly()
{
    const People people;
    const ContactSession s = cases::rule3(people);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, Variant::IdentificatorOnlyPartij);
    Partij empty;
    empty.uuid = plan.nieuwePartij->uuid;
    empty.heeftPartijIdentificatie = false;
    QCOMPARE(*plan.nieuwePartij, empty);
    PartijIdentificator bsn;
    bsn.uuid = plan.nieuweIdentificator->uuid;
    bsn.identificeerdePartij = empty.uuid;
    bsn.objectId = bsnRule3;
    QCOMPARE(*plan.nieuweIdentificator, bsn);
    QVERIFY(plan.partijAdressen.isEmpty());
    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.klantcontact, expectedKlantcontact(s, c.klantcontact.uuid, QStringLiteral("zelfstandig_afgehandeld"),
                                                  QStringLiteral("digid")));
    QCOMPARE(c.betrokkene, expectedBetrokkene(c, empty.uuid, std::nullopt));
    QVERIFY(c.betrokkeneAdressen.isEmpty());
    QVERIFY(!c.interneTaak);
}

void TestRegistrationPlan::rule3ReusesBsnOwner()
{
    const People people;
    ContactSession s = cases::rule3(people);
    s.nieuwePartij.bsn = bsnKnown; // Carl holds it
    const RegistrationPlan plan = buildOk(s, people);
    QVERIFY(!plan.nieuwePartij);
    QVERIFY(!plan.nieuweIdentificator);
    QCOMPARE(plan.partij, people.carl.uuid);
    QCOMPARE(plan.contacten[0].betrokkene.wasPartij, people.carl.uuid);
}

void TestRegistrationPlan::transfer()
{
    const People people;
    const ContactSession s = cases::transfer(people);
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.variant, Variant::KnownPartij);
    const RegistrationPlan::Contact &c = plan.contacten[0];
    Klantcontact expected =
        expectedKlantcontact(s, c.klantcontact.uuid, QStringLiteral("doorverbonden"), QStringLiteral("controlevragen"));
    expected.inhoud = QStringLiteral("Klant vraagt naar de status van zijn aanvraag.\n\n"
                                     "Joost: aanvraag is in behandeling, besluit volgt.");
    QCOMPARE(c.klantcontact, expected);
    QCOMPARE(c.actoren, expectedActoren(c, {people.medewerker.uuid, people.collega.uuid}));
    QVERIFY(!c.interneTaak); // a transfer is not follow-up
}

void TestRegistrationPlan::c4161ZaakOnderwerpobject()
{
    const People people;
    const RegistrationPlan plan = buildOk(cases::c4161(people), people);
    const RegistrationPlan::Contact &c = plan.contacten[0];
    QCOMPARE(c.onderwerpobjecten.size(), 1);
    Onderwerpobject expected;
    expected.uuid = c.onderwerpobjecten[0].uuid;
    expected.klantcontact = c.klantcontact.uuid;
    expected.onderwerpobjectidentificator =
        ObjectIdentificator{QStringLiteral("ZAAK-2023-0000123"), QStringLiteral("zaak"), QStringLiteral("open-zaak"),
                            QStringLiteral("zaaknummer")};
    QCOMPARE(c.onderwerpobjecten[0], expected);
    QCOMPARE(SessionOnderwerpobject::zaak(QStringLiteral(" 5452f450-e940-4996-a353-37f4a7ec8710 "))
                 .identificator.codeSoortObjectId,
             QStringLiteral("uuid"));
}

void TestRegistrationPlan::twoOnderwerpen()
{
    const People people;
    ContactSession s = cases::c9167B(people);
    const int second = s.addOnderwerp();
    s.onderwerpen[second].onderwerp = QStringLiteral("Afvalpas");
    s.onderwerpen[second].afhandeling = QStringLiteral("verwezen");
    s.onderwerpen[second].afhandelingGekozen = true;
    const RegistrationPlan plan = buildOk(s, people);
    QCOMPARE(plan.contacten.size(), 2);
    // One betrokkene and own copies of the one-off details per klantcontact.
    QCOMPARE(plan.contacten[1].betrokkene.hadKlantcontact, plan.contacten[1].klantcontact.uuid);
    QCOMPARE(plan.contacten[1].betrokkeneAdressen.size(), 1);
    QVERIFY(plan.contacten[1].betrokkeneAdressen[0].uuid != plan.contacten[0].betrokkeneAdressen[0].uuid);
    QCOMPARE(plan.contacten[1].klantcontact.metadata[0].second, QStringLiteral("verwezen"));
    QVERIFY(!plan.contacten[1].interneTaak);
}

void TestRegistrationPlan::invalidInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("bad BSN") << 0 << QStringList{QStringLiteral("nieuwePartij.bsn")};
    QTest::newRow("0900 phone") << 1 << QStringList{QStringLiteral("betrokkene.digitaleAdressen[0].adres")};
    QTest::newRow("e-mail without domain")
        << 2 << QStringList{QStringLiteral("nieuwePartij.digitaleAdressen[1].adres")};
    QTest::newRow("onderwerp of 201") << 3 << QStringList{QStringLiteral("onderwerpen[1].onderwerp")};
    QTest::newRow("toelichting of 1001") << 4 << QStringList{QStringLiteral("onderwerpen[0].interneTaak.toelichting")};
    QTest::newRow("inactive actor") << 5 << QStringList{QStringLiteral("onderwerpen[0].interneTaak.toegewezenAan")};
    QTest::newRow("unknown person without name") << 6 << QStringList{QStringLiteral("betrokkene.contactnaam")};
    QTest::newRow("callback without number") << 7 << QStringList{QStringLiteral("betrokkene.digitaleAdressen")};
    QTest::newRow("BSN already registered (C)") << 8 << QStringList{QStringLiteral("nieuwePartij.bsn")};
    QTest::newRow("transfer to inactive") << 9 << QStringList{QStringLiteral("onderwerpen[0].doorverbinding.collega")};
    QTest::newRow("transfer text too long") << 10 << QStringList{QStringLiteral("onderwerpen[0].doorverbinding.tekst")};
    QTest::newRow("empty onderwerp, bad zaak")
        << 11
        << QStringList{QStringLiteral("onderwerpen[0].onderwerp"),
                       QStringLiteral("onderwerpen[0].onderwerpobjecten[0].objectId")};
}

void TestRegistrationPlan::invalidInput()
{
    QFETCH(int, which);
    QFETCH(QStringList, paths);
    const People people;
    ContactSession s;
    switch (which) {
    case 0:
        s = cases::c9167C(people);
        s.nieuwePartij.bsn = QStringLiteral("123456789");
        break;
    case 1:
        s = cases::c9167A(people);
        s.betrokkene.digitaleAdressen[0].adres = QStringLiteral("0900-1234567");
        break;
    case 2:
        s = cases::c9018B(people, true, false);
        s.nieuwePartij.digitaleAdressen[1].adres = QStringLiteral("karel@");
        break;
    case 3:
        s = cases::c9167B(people);
        s.onderwerpen[s.addOnderwerp()].onderwerp = QString(201, QLatin1Char('x'));
        break;
    case 4:
        s = cases::c9167A(people);
        s.onderwerpen[0].interneTaak->toelichting = QString(1001, QLatin1Char('x'));
        break;
    case 5:
        s = cases::c9167A(people);
        s.onderwerpen[0].interneTaak->toegewezenAan = {people.vertrokken.uuid};
        break;
    case 6:
        s = cases::c9167A(people);
        s.betrokkene.contactnaam = {};
        break;
    case 7:
        s = cases::c9167A(people);
        s.betrokkene.digitaleAdressen.clear();
        break;
    case 8:
        s = cases::c9167C(people);
        s.nieuwePartij.bsn = bsnKnown;
        break;
    case 9:
        s = cases::transfer(people);
        s.onderwerpen[0].doorverbinding->collega = people.vertrokken.uuid;
        break;
    case 10:
        s = cases::transfer(people);
        s.onderwerpen[0].doorverbinding->tekst = QString(990, QLatin1Char('x'));
        break;
    case 11:
        s = cases::c4161(people);
        s.onderwerpen[0].onderwerp.clear();
        s.onderwerpen[0].onderwerpobjecten = {SessionOnderwerpobject::zaak(QString())};
        break;
    }
    Result<RegistrationPlan> plan = RegistrationPlan::build(s, people.context(s));
    QVERIFY(!plan.ok());
    QStringList actual;
    for (const FieldError &error : plan.error().fieldErrors) {
        actual.append(error.field);
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
    }
    QCOMPARE(actual, paths);
    QVERIFY(!plan.error().message.isEmpty());
}

void TestRegistrationPlan::missingForAfronding()
{
    const People people;
    QCOMPARE(RegistrationPlan::missingForAfronding(cases::c9167A(people)), QStringList());
    ContactSession s = cases::c9167A(people);
    s.addOnderwerp();
    s.betrokkene.digitaleAdressen.clear();
    s.onderwerpen[0].interneTaak->toegewezenAan.clear();
    const QStringList missing = RegistrationPlan::missingForAfronding(s);
    QCOMPARE(missing.size(), 3);
    QVERIFY(missing.contains(QStringLiteral("Subject 2 has no subject yet.")));
    QVERIFY(missing.contains(QStringLiteral("The task of subject 1 is not assigned to anyone yet.")));
    QVERIFY(
        missing.contains(QStringLiteral("Enter a phone number or e-mail address so that a colleague can follow up.")));
}

void TestRegistrationPlan::summary()
{
    const People people;
    const RegistrationPlan plan = buildOk(cases::c9167C(people), people);
    const QStringList lines = plan.summary();
    QCOMPARE(lines.first(), plan.reason);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("BSN 111222333")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Terugbellen")));
}

void TestRegistrationPlan::vertegenwoordigerLinksTheKlant()
{
    // Issue 10, item 6: Carl calls on behalf of his mother; she is the klant of the contact.
    const People people;
    ContactSession s = cases::c9167B(people);
    Partij moeder;
    moeder.uuid = cases::uuidOf(90);
    moeder.contactnaam = Contactnaam{QString(), QStringLiteral("Greet"), QString(), QStringLiteral("Jansen")};
    s.betrokkene.rol = Rol::Vertegenwoordiger;
    s.betrokkene.organisatienaam = QStringLiteral("Zorgkantoor 't Gooi");
    s.betrokkene.vertegenwoordigde = moeder.uuid;
    PlanContext context = people.context(s);
    context.vertegenwoordigde = moeder;
    Result<RegistrationPlan> plan = RegistrationPlan::build(s, context);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    const RegistrationPlan::Contact &c = plan.value().contacten[0];
    QCOMPARE(c.betrokkene.rol, Rol::Vertegenwoordiger);
    QCOMPARE(c.betrokkene.wasPartij, std::optional<QUuid>(people.carl.uuid));
    QCOMPARE(c.betrokkene.organisatienaam, QStringLiteral("Zorgkantoor 't Gooi"));
    QVERIFY(c.vertegenwoordigde);
    QCOMPARE(c.vertegenwoordigde->wasPartij, std::optional<QUuid>(moeder.uuid));
    QCOMPARE(c.vertegenwoordigde->hadKlantcontact, c.klantcontact.uuid);
    QCOMPARE(c.vertegenwoordigde->rol, Rol::Klant);
    QCOMPARE(c.vertegenwoordigde->initiator, false);
    QVERIFY(c.vertegenwoordigde->uuid != c.betrokkene.uuid);

    // As klant the choice means nothing.
    ContactSession klant = s;
    klant.betrokkene.rol = Rol::Klant;
    QVERIFY(!buildOk(klant, people).contacten[0].vertegenwoordigde);

    const auto refused = [&](const ContactSession &session, const PlanContext &ctx) {
        const Result<RegistrationPlan> result = RegistrationPlan::build(session, ctx);
        return !result.ok() && std::any_of(result.error().fieldErrors.cbegin(), result.error().fieldErrors.cend(),
                                           [](const FieldError &e) {
                                               return e.field == QLatin1String("betrokkene.vertegenwoordigde");
                                           });
    };
    // Itself, gone, inactive.
    ContactSession zelf = s;
    zelf.betrokkene.vertegenwoordigde = people.carl.uuid;
    PlanContext zelfContext = people.context(zelf);
    zelfContext.vertegenwoordigde = people.carl;
    QVERIFY(refused(zelf, zelfContext));
    QVERIFY(refused(s, people.context(s)));
    moeder.indicatieActief = false;
    context.vertegenwoordigde = moeder;
    QVERIFY(refused(s, context));
}

void TestRegistrationPlan::addresses()
{
    // Variant C: the new partij's bezoekadres; B: where to send the answer of this contact.
    const People people;
    ContactSession c = cases::c9167C(people);
    Adres bezoek;
    bezoek.postcode = QStringLiteral("1234 AB");
    bezoek.huisnummer = 12;
    bezoek.huisnummertoevoeging = QStringLiteral("bis");
    bezoek.straatnaam = QStringLiteral("Dorpsstraat");
    bezoek.stad = QStringLiteral("'s-Hertogenbosch");
    c.nieuwePartij.bezoekadres = bezoek;
    QCOMPARE(buildOk(c, people).nieuwePartij->bezoekadres, std::optional<Adres>(bezoek));
    c.nieuwePartij.bezoekadres->postcode = QStringLiteral("1234ab");
    Result<RegistrationPlan> bad = RegistrationPlan::build(c, people.context(c));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().fieldErrors.value(0).field, QStringLiteral("nieuwePartij.bezoekadres.postcode"));

    ContactSession b = cases::c9167B(people);
    Adres post;
    post.adresregel1 = QStringLiteral("Postbus 1");
    post.adresregel2 = QStringLiteral("B-1000 Brussel");
    post.land = QStringLiteral("BE");
    b.betrokkene.correspondentieadres = post;
    QCOMPARE(buildOk(b, people).contacten[0].betrokkene.correspondentieadres, std::optional<Adres>(post));
    b.betrokkene.correspondentieadres->nummeraanduidingId = QStringLiteral("123");
    bad = RegistrationPlan::build(b, people.context(b));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().fieldErrors.value(0).field,
             QStringLiteral("betrokkene.correspondentieadres.nummeraanduidingId"));

    // A draft keeps both addresses.
    QCOMPARE(ContactSession::fromJson(b.toJson()), b);
    QCOMPARE(ContactSession::fromJson(c.toJson()), c);
}

QTEST_GUILESS_MAIN(TestRegistrationPlan)
#include "tst_registrationplan.moc"
