#include "tests/support/richdataset.h"

#include <QTimeZone>

namespace kcc::test {
namespace {

// Fixed ids, so that a failing comparison names a recognisable record.
QUuid u(int n)
{
    return QUuid::fromString(QStringLiteral("5a0c9e1e-7b3d-4c2a-9f10-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

RichDataSet RichDataSet::create()
{
    RichDataSet set;

    // --- actoren ---
    Actor medewerker;
    medewerker.uuid = u(101);
    medewerker.naam = QStringLiteral("Fatima el Amrani");
    medewerker.soortActor = SoortActor::Medewerker;
    medewerker.actoridentificator = ObjectIdentificator{QStringLiteral("fea01"), QStringLiteral("medewerker"),
                                                        QStringLiteral("ad"), QStringLiteral("samaccountname")};
    medewerker.heeftActorIdentificatie = true;
    medewerker.functie = QStringLiteral("KCC-medewerker");
    medewerker.emailadres = QStringLiteral("f.elamrani@gemeente.example");
    medewerker.telefoonnummer = QStringLiteral("0201234567");
    Actor afdeling;
    afdeling.uuid = u(102);
    afdeling.naam = QStringLiteral("Afdeling Burgerzaken");
    afdeling.soortActor = SoortActor::OrganisatorischeEenheid;
    afdeling.actoridentificator = ObjectIdentificator{};
    afdeling.heeftActorIdentificatie = true;
    afdeling.omschrijving = QStringLiteral("Paspoorten, rijbewijzen, uittreksels");
    afdeling.emailadres = QStringLiteral("burgerzaken@gemeente.example");
    afdeling.faxnummer = QStringLiteral("020-7654321");
    afdeling.telefoonnummer = QStringLiteral("+31201234567");
    Actor chatbot;
    chatbot.uuid = u(103);
    chatbot.naam = QStringLiteral("Gem");
    chatbot.soortActor = SoortActor::GeautomatiseerdeActor;
    chatbot.heeftActorIdentificatie = true;
    chatbot.functie = QStringLiteral("Chatbot");
    chatbot.omschrijving = QStringLiteral("Virtuele assistent op de website");
    Actor oudCollega;
    oudCollega.uuid = u(104);
    oudCollega.naam = QStringLiteral("Jeroen Öztürk");
    oudCollega.soortActor = SoortActor::Medewerker;
    oudCollega.indicatieActief = false;
    set.actoren = {medewerker, afdeling, chatbot, oudCollega};

    // --- partijen ---
    Partij persoon;
    persoon.uuid = u(1);
    persoon.nummer = QStringLiteral("1");
    persoon.interneNotitie = QStringLiteral("Belt liever ’s ochtends; spreekt ook Frans.");
    persoon.voorkeursDigitaalAdres = u(201);
    persoon.voorkeursRekeningnummer = u(301);
    persoon.soortPartij = SoortPartij::Persoon;
    persoon.indicatieGeheimhouding = true;
    persoon.voorkeurstaal = QStringLiteral("nld");
    Adres bezoek;
    bezoek.nummeraanduidingId = QStringLiteral("0363200000123456");
    bezoek.straatnaam = QStringLiteral("Prinsengracht");
    bezoek.huisnummer = 263;
    bezoek.huisnummertoevoeging = QStringLiteral("A");
    bezoek.postcode = QStringLiteral("1016 GV");
    bezoek.stad = QStringLiteral("Amsterdam");
    bezoek.land = QStringLiteral("NL");
    persoon.bezoekadres = bezoek;
    persoon.contactnaam = Contactnaam{QStringLiteral("J.P."), QStringLiteral("Jan-Pieter"), QStringLiteral("van"),
                                      QStringLiteral("Brüggen")};

    Partij organisatie;
    organisatie.uuid = u(2);
    organisatie.nummer = QStringLiteral("2");
    organisatie.soortPartij = SoortPartij::Organisatie;
    organisatie.indicatieGeheimhouding = false;
    organisatie.voorkeurstaal = QStringLiteral("nld");
    Adres buitenland;
    buitenland.adresregel1 = QStringLiteral("Rue de la Loi 16");
    buitenland.adresregel2 = QStringLiteral("1000 Bruxelles");
    buitenland.land = QStringLiteral("BE");
    organisatie.bezoekadres = buitenland;
    organisatie.correspondentieadres = Adres{}; // an empty group, not null
    organisatie.organisatieNaam = QStringLiteral("Bakkerij De Één B.V.");

    Partij contactpersoon;
    contactpersoon.uuid = u(3);
    contactpersoon.soortPartij = SoortPartij::Contactpersoon;
    contactpersoon.voorkeurstaal = QStringLiteral("eng");
    contactpersoon.contactnaam = Contactnaam{QStringLiteral("M."), QString(), QString(), QStringLiteral("Nguyễn")};
    contactpersoon.werkteVoorPartij = organisatie.uuid;
    contactpersoon.contactpersoonUuid = u(31);

    Partij vestiging;
    vestiging.uuid = u(4);
    vestiging.soortPartij = SoortPartij::Organisatie;
    vestiging.organisatieNaam = QStringLiteral("Bakkerij De Één, filiaal Zuid");
    vestiging.indicatieActief = false;

    Partij leeg;
    leeg.uuid = u(5);
    leeg.soortPartij = SoortPartij::Persoon;
    leeg.heeftPartijIdentificatie = false;
    set.partijen = {persoon, organisatie, contactpersoon, vestiging, leeg};

    // --- partij-identificatoren ---
    PartijIdentificator bsn;
    bsn.uuid = u(11);
    bsn.identificeerdePartij = persoon.uuid;
    bsn.codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
    bsn.codeSoortObjectId = CodeSoortObjectId::Bsn;
    bsn.objectId = QStringLiteral("123456782");
    bsn.codeRegister = CodeRegister::Brp;
    PartijIdentificator kvk;
    kvk.uuid = u(12);
    kvk.identificeerdePartij = organisatie.uuid;
    kvk.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
    kvk.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
    kvk.objectId = QStringLiteral("12345678");
    kvk.codeRegister = CodeRegister::Hr;
    PartijIdentificator rsin = kvk;
    rsin.uuid = u(13);
    rsin.codeSoortObjectId = CodeSoortObjectId::Rsin;
    rsin.objectId = QStringLiteral("296648875");
    PartijIdentificator vestigingsnummer;
    vestigingsnummer.uuid = u(14);
    vestigingsnummer.identificeerdePartij = vestiging.uuid;
    vestigingsnummer.codeObjecttype = CodeObjecttype::Vestiging;
    vestigingsnummer.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
    vestigingsnummer.objectId = QStringLiteral("000012345678");
    vestigingsnummer.codeRegister = CodeRegister::Hr;
    vestigingsnummer.subIdentificatorVan = kvk.uuid;
    vestigingsnummer.anderePartijIdentificator = QStringLiteral("filiaal Zuid");
    PartijIdentificator zwevend = bsn; // nullable identificeerdePartij (Open Klant 2.6.1)
    zwevend.uuid = u(15);
    zwevend.identificeerdePartij = std::nullopt;
    zwevend.objectId = QStringLiteral("999993653");
    set.identificatoren = {bsn, kvk, rsin, vestigingsnummer, zwevend};

    // --- digitale adressen (u(204) belongs to a betrokkene, see below) ---
    DigitaalAdres email;
    email.uuid = u(201);
    email.verstrektDoorPartij = persoon.uuid;
    email.adres = QStringLiteral("jan-pieter.vanbruggen@example.nl");
    email.soortDigitaalAdres = SoortDigitaalAdres::Email;
    email.isStandaardAdres = true;
    email.omschrijving = QStringLiteral("privé");
    email.referentie = QStringLiteral("portaalvoorkeur");
    email.verificatieDatum = QDate(2024, 2, 29);
    DigitaalAdres telefoon;
    telefoon.uuid = u(202);
    telefoon.verstrektDoorPartij = persoon.uuid;
    telefoon.adres = QStringLiteral("0612345678");
    telefoon.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
    DigitaalAdres overig;
    overig.uuid = u(203);
    overig.verstrektDoorPartij = organisatie.uuid;
    overig.adres = QStringLiteral("@bakkerijdeeen");
    overig.soortDigitaalAdres = SoortDigitaalAdres::Overig;
    overig.omschrijving = QStringLiteral("Mastodon");
    DigitaalAdres eenmalig;
    eenmalig.uuid = u(204);
    eenmalig.verstrektDoorBetrokkene = u(402);
    eenmalig.adres = QStringLiteral("+32470123456");
    eenmalig.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
    eenmalig.omschrijving = QStringLiteral("alleen voor deze vraag");
    set.digitaleAdressen = {email, telefoon, overig, eenmalig};

    // --- rekeningnummers ---
    set.rekeningnummers = {
        Rekeningnummer{u(301), persoon.uuid, QStringLiteral("NL91ABNA0417164300"), QStringLiteral("ABNANL2A")},
        Rekeningnummer{u(302), organisatie.uuid, QStringLiteral("NL02RABO0123456789"), QString()},
        Rekeningnummer{u(303), std::nullopt, QStringLiteral("BE71096123456769"), QStringLiteral("GKCCBEBB")},
    };

    // --- vertegenwoordigingen: the persoon represents the empty partij ---
    set.vertegenwoordigingen = {Vertegenwoordiging{u(601), persoon.uuid, leeg.uuid}};

    // --- klantcontacten ---
    Klantcontact vraag;
    vraag.uuid = u(501);
    vraag.referentienummer = QStringLiteral("1000000001");
    vraag.kanaal = QStringLiteral("telefoon");
    vraag.onderwerp = QStringLiteral("Afvalpas kwijt");
    vraag.inhoud = QStringLiteral("Nieuwe pas aangevraagd; oude geblokkeerd. \"Snel graag\", zei meneer.");
    vraag.reactie = QStringLiteral("Binnen 5 werkdagen in de bus.");
    vraag.indicatieContactGelukt = true;
    vraag.hoofdOnderwerpType = QStringLiteral("https://catalogi.example.nl/api/v1/zaaktypen/8f0b");
    vraag.taal = QStringLiteral("nld");
    vraag.plaatsgevondenOp = utc(2024, 3, 1, 10, 15, 22, 123);
    vraag.metadata = {{QStringLiteral("bron"), QStringLiteral("kcc")},
                      {QStringLiteral("wachtrij"), QStringLiteral("afval")}};
    Klantcontact terugbel;
    terugbel.uuid = u(502);
    terugbel.nummer = QStringLiteral("7");
    terugbel.kanaal = QStringLiteral("telefoon");
    terugbel.onderwerp = QStringLiteral("Terugbelverzoek bezwaar WOZ");
    terugbel.verdereActieOndernomen = true;
    terugbel.vertrouwelijk = true;
    terugbel.taal = QStringLiteral("nld");
    terugbel.plaatsgevondenOp = utc(2024, 3, 2, 8, 0, 0);
    Klantcontact kort;
    kort.uuid = u(503);
    kort.kanaal = QStringLiteral("balie");
    kort.onderwerp = QStringLiteral("Uittreksel BRP");
    kort.indicatieContactGelukt = false;
    kort.taal = QStringLiteral("eng");
    kort.plaatsgevondenOp = utc(2023, 12, 31, 23, 59, 59, 999);
    set.klantcontacten = {vraag, terugbel, kort};

    // --- betrokkenen ---
    Betrokkene klant;
    klant.uuid = u(401);
    klant.wasPartij = persoon.uuid;
    klant.hadKlantcontact = vraag.uuid;
    klant.rol = Rol::Klant;
    klant.initiator = true;
    Betrokkene onbekend;
    onbekend.uuid = u(402);
    onbekend.hadKlantcontact = vraag.uuid;
    onbekend.contactnaam = Contactnaam{QString(), QStringLiteral("Zoë"), QStringLiteral("de"), QStringLiteral("Wit")};
    Adres post;
    post.straatnaam = QStringLiteral("Dorpsstraat");
    post.huisnummer = 1;
    post.postcode = QStringLiteral("9999 ZZ");
    post.stad = QStringLiteral("Ée");
    onbekend.correspondentieadres = post;
    onbekend.bezoekadres = std::nullopt;
    onbekend.rol = Rol::Vertegenwoordiger;
    onbekend.initiator = false;
    Betrokkene zakelijk;
    zakelijk.uuid = u(403);
    zakelijk.wasPartij = contactpersoon.uuid;
    zakelijk.hadKlantcontact = terugbel.uuid;
    zakelijk.organisatienaam = QStringLiteral("Bakkerij De Één B.V.");
    Betrokkene leegNaam;
    leegNaam.uuid = u(404);
    leegNaam.hadKlantcontact = kort.uuid;
    leegNaam.contactnaam = Contactnaam{};
    leegNaam.bezoekadres = Adres{};
    set.betrokkenen = {klant, onbekend, zakelijk, leegNaam};

    // --- onderwerpobjecten and bijlagen ---
    set.onderwerpobjecten = {
        Onderwerpobject{u(701), vraag.uuid, std::nullopt,
                        ObjectIdentificator{QStringLiteral("b3a2c1d0-0000-4000-8000-000000000001"),
                                            QStringLiteral("zaak"), QStringLiteral("open-zaak"),
                                            QStringLiteral("uuid")}},
        Onderwerpobject{u(702), terugbel.uuid, vraag.uuid, ObjectIdentificator{}},
        Onderwerpobject{u(703), std::nullopt, std::nullopt, std::nullopt},
    };
    set.bijlagen = {
        Bijlage{u(801), vraag.uuid,
                ObjectIdentificator{QStringLiteral("doc-2024-0001"), QStringLiteral("DOCUMENT"),
                                    QStringLiteral("open-zaak"), QStringLiteral("uuid")}},
        Bijlage{u(802), std::nullopt, std::nullopt},
    };

    // --- actor <-> klantcontact ---
    set.actorKlantcontacten = {
        ActorKlantcontact{u(901), medewerker.uuid, vraag.uuid},
        ActorKlantcontact{u(902), afdeling.uuid, vraag.uuid},
        ActorKlantcontact{u(903), chatbot.uuid, terugbel.uuid},
        ActorKlantcontact{u(904), medewerker.uuid, kort.uuid},
    };

    // --- interne taken ---
    InterneTaak terugbellen;
    terugbellen.uuid = u(1001);
    terugbellen.referentienummer = QStringLiteral("42");
    terugbellen.gevraagdeHandeling = QStringLiteral("Terugbellen over bezwaar");
    terugbellen.aanleidinggevendKlantcontact = terugbel.uuid;
    terugbellen.toegewezenAanActoren = {afdeling.uuid, medewerker.uuid}; // assignment order, not rowid order
    terugbellen.toelichting = QStringLiteral("Na 14:00; mevrouw werkt ’s ochtends.");
    terugbellen.status = TaakStatus::TeVerwerken;
    terugbellen.toegewezenOp = utc(2024, 3, 2, 8, 5, 0);
    InterneTaak afgerond;
    afgerond.uuid = u(1002);
    afgerond.nummer = QStringLiteral("3");
    afgerond.gevraagdeHandeling = QStringLiteral("Pas versturen");
    afgerond.aanleidinggevendKlantcontact = vraag.uuid;
    afgerond.toegewezenAanActoren = {medewerker.uuid};
    afgerond.status = TaakStatus::Verwerkt;
    afgerond.toegewezenOp = utc(2024, 3, 1, 10, 30, 0, 1);
    afgerond.afgehandeldOp = utc(2024, 3, 4, 9, 0, 0);
    set.interneTaken = {terugbellen, afgerond};

    return set;
}

} // namespace kcc::test
