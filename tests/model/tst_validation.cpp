#include "model/validation/validation.h"

#include <QTest>

#include <functional>

using namespace kcc;

// Each row takes a valid record, changes one thing and lists the fields that must then be in error
// (none: the change is valid). The whole list is compared, so a rule that fires on the wrong
// field, or a spurious extra error, fails the row.
template<typename T>
using Mutation = std::function<void(T &)>;

#define KCC_DECLARE_MUTATION(Type)                                                                                     \
    using Type##Mutation = Mutation<kcc::Type>;                                                                        \
    Q_DECLARE_METATYPE(Type##Mutation)

KCC_DECLARE_MUTATION(Partij)
KCC_DECLARE_MUTATION(PartijIdentificator)
KCC_DECLARE_MUTATION(DigitaalAdres)
KCC_DECLARE_MUTATION(Rekeningnummer)
KCC_DECLARE_MUTATION(Vertegenwoordiging)
KCC_DECLARE_MUTATION(Klantcontact)
KCC_DECLARE_MUTATION(Betrokkene)
KCC_DECLARE_MUTATION(Onderwerpobject)
KCC_DECLARE_MUTATION(Bijlage)
KCC_DECLARE_MUTATION(Actor)
KCC_DECLARE_MUTATION(ActorKlantcontact)
KCC_DECLARE_MUTATION(InterneTaak)
KCC_DECLARE_MUTATION(Adres)
KCC_DECLARE_MUTATION(Contactnaam)

namespace {

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

QString text(int length)
{
    return QString(length, u'x');
}

Adres validAdres()
{
    Adres adres;
    adres.nummeraanduidingId = QStringLiteral("1234567890000001");
    adres.straatnaam = QStringLiteral("Amstel");
    adres.huisnummer = 1;
    adres.huisnummertoevoeging = QStringLiteral("A");
    adres.postcode = QStringLiteral("1008 DG");
    adres.stad = QStringLiteral("Amsterdam");
    adres.land = QStringLiteral("NL");
    return adres;
}

Adres validBuitenlandsAdres()
{
    Adres adres;
    adres.adresregel1 = QStringLiteral("Rue de la Loi 16");
    adres.adresregel2 = QStringLiteral("1000 Bruxelles");
    adres.land = QStringLiteral("BE");
    return adres;
}

Contactnaam validContactnaam()
{
    return Contactnaam{QStringLiteral("J."), QStringLiteral("Jan"), QStringLiteral("van"), QStringLiteral("Dijk")};
}

Partij validPartij()
{
    Partij partij;
    partij.uuid = uuidOf(1);
    partij.nummer = QStringLiteral("0000000001");
    partij.soortPartij = SoortPartij::Persoon;
    partij.voorkeurstaal = QStringLiteral("nld");
    partij.bezoekadres = validAdres();
    partij.correspondentieadres = validBuitenlandsAdres();
    partij.contactnaam = validContactnaam();
    return partij;
}

PartijIdentificator validBsn()
{
    PartijIdentificator identificator;
    identificator.uuid = uuidOf(2);
    identificator.identificeerdePartij = uuidOf(1);
    identificator.codeRegister = CodeRegister::Brp;
    identificator.codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
    identificator.codeSoortObjectId = CodeSoortObjectId::Bsn;
    identificator.objectId = QStringLiteral("296648875");
    return identificator;
}

DigitaalAdres validDigitaalAdres()
{
    DigitaalAdres adres;
    adres.uuid = uuidOf(3);
    adres.verstrektDoorPartij = uuidOf(1);
    adres.adres = QStringLiteral("jan@example.nl");
    adres.soortDigitaalAdres = SoortDigitaalAdres::Email;
    adres.isStandaardAdres = true;
    adres.omschrijving = QStringLiteral("Privé");
    adres.referentie = QStringLiteral("portaalvoorkeur");
    return adres;
}

Rekeningnummer validRekeningnummer()
{
    return Rekeningnummer{uuidOf(4), uuidOf(1), QStringLiteral("NL91ABNA0417164300"), QStringLiteral("ABNANL2A")};
}

Vertegenwoordiging validVertegenwoordiging()
{
    return Vertegenwoordiging{uuidOf(5), uuidOf(1), uuidOf(6)};
}

Klantcontact validKlantcontact()
{
    Klantcontact klantcontact;
    klantcontact.uuid = uuidOf(7);
    klantcontact.referentienummer = QStringLiteral("0000000042");
    klantcontact.kanaal = QStringLiteral("telefoon");
    klantcontact.onderwerp = QStringLiteral("Paspoort aanvragen");
    klantcontact.inhoud = QStringLiteral("Vraag over de levertijd.");
    klantcontact.indicatieContactGelukt = true;
    klantcontact.hoofdOnderwerpType = QStringLiteral("https://catalogi.example.nl/api/v1/zaaktypen/1");
    klantcontact.taal = QStringLiteral("nld");
    klantcontact.plaatsgevondenOp = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    klantcontact.metadata = {{QStringLiteral("bron"), QStringLiteral("kcc-werkplek")}};
    return klantcontact;
}

Betrokkene validBetrokkene()
{
    Betrokkene betrokkene;
    betrokkene.uuid = uuidOf(8);
    betrokkene.hadKlantcontact = uuidOf(7);
    betrokkene.wasPartij = uuidOf(1);
    betrokkene.contactnaam = validContactnaam();
    betrokkene.correspondentieadres = validAdres();
    betrokkene.organisatienaam = QStringLiteral("Bakkerij De Korenschoof");
    return betrokkene;
}

ObjectIdentificator validZaak()
{
    return ObjectIdentificator{QStringLiteral("7f3b2a2e-0000-4000-8000-000000000001"), QStringLiteral("zaak"),
                               QStringLiteral("open-zaak"), QStringLiteral("uuid")};
}

Onderwerpobject validOnderwerpobject()
{
    Onderwerpobject onderwerpobject;
    onderwerpobject.uuid = uuidOf(9);
    onderwerpobject.klantcontact = uuidOf(7);
    onderwerpobject.onderwerpobjectidentificator = validZaak();
    return onderwerpobject;
}

Bijlage validBijlage()
{
    return Bijlage{uuidOf(10), uuidOf(7),
                   ObjectIdentificator{QStringLiteral("doc-1"), QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak"),
                                       QStringLiteral("uuid")}};
}

Actor validMedewerker()
{
    Actor actor;
    actor.uuid = uuidOf(11);
    actor.naam = QStringLiteral("Fatima el Amrani");
    actor.soortActor = SoortActor::Medewerker;
    actor.heeftActorIdentificatie = true;
    actor.functie = QStringLiteral("KCC-medewerker");
    actor.emailadres = QStringLiteral("f.elamrani@gemeente.example.nl");
    actor.telefoonnummer = QStringLiteral("0201234567");
    actor.actoridentificator = ObjectIdentificator{QStringLiteral("felamrani"), QStringLiteral("medewerker"),
                                                   QStringLiteral("idp"), QStringLiteral("gebruikersnaam")};
    return actor;
}

ActorKlantcontact validActorKlantcontact()
{
    return ActorKlantcontact{uuidOf(12), uuidOf(11), uuidOf(7)};
}

InterneTaak validInterneTaak()
{
    InterneTaak taak;
    taak.uuid = uuidOf(13);
    taak.referentienummer = QStringLiteral("17");
    taak.gevraagdeHandeling = QStringLiteral("Terugbellen");
    taak.aanleidinggevendKlantcontact = uuidOf(7);
    taak.toegewezenAanActoren = {uuidOf(11), uuidOf(14)};
    taak.toelichting = QStringLiteral("Graag voor 12 uur.");
    taak.status = TaakStatus::TeVerwerken;
    taak.toegewezenOp = QDateTime(QDate(2024, 3, 1), QTime(9, 40), Qt::UTC);
    return taak;
}

template<typename T>
void addColumns()
{
    QTest::addColumn<Mutation<T>>("mutate");
    QTest::addColumn<bool>("import");
    QTest::addColumn<QStringList>("fields");
}

template<typename T>
void row(const char *name, Mutation<T> mutate, const QStringList &fields, bool import = false)
{
    QTest::newRow(name) << mutate << import << fields;
}

void compareFields(const FieldErrors &errors, QStringList expected)
{
    QStringList actual;
    for (const FieldError &error : errors) {
        actual << error.field;
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.field));
        // Placeholders must all have been filled in.
        QVERIFY2(!error.message.contains(QLatin1String("%1")), qPrintable(error.message));
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

template<typename T>
void runRow(const T &base)
{
    QFETCH(Mutation<T>, mutate);
    QFETCH(bool, import);
    QFETCH(QStringList, fields);
    T value = base;
    mutate(value);
    compareFields(validate(value, import ? Strictness::Import : Strictness::NewInput), fields);
}

const QStringList none;

QStringList fields(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

QStringList field(const char *name)
{
    return {QString::fromLatin1(name)};
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void partij_data();
    void partij() { runRow(validPartij()); }
    void partijIdentificator_data();
    void partijIdentificator() { runRow(validBsn()); }
    void digitaalAdres_data();
    void digitaalAdres() { runRow(validDigitaalAdres()); }
    void rekeningnummer_data();
    void rekeningnummer() { runRow(validRekeningnummer()); }
    void vertegenwoordiging_data();
    void vertegenwoordiging() { runRow(validVertegenwoordiging()); }
    void klantcontact_data();
    void klantcontact() { runRow(validKlantcontact()); }
    void betrokkene_data();
    void betrokkene() { runRow(validBetrokkene()); }
    void onderwerpobject_data();
    void onderwerpobject() { runRow(validOnderwerpobject()); }
    void bijlage_data();
    void bijlage() { runRow(validBijlage()); }
    void actor_data();
    void actor() { runRow(validMedewerker()); }
    void actorKlantcontact_data();
    void actorKlantcontact() { runRow(validActorKlantcontact()); }
    void interneTaak_data();
    void interneTaak() { runRow(validInterneTaak()); }
    void adresGroup_data();
    void adresGroup();
    void contactnaamGroup_data();
    void contactnaamGroup();
    void messagesNameTheField();
};

void TestValidation::partij_data()
{
    using P = Partij;
    addColumns<P>();
    row<P>(
        "valid persoon", [](P &) {}, none);
    row<P>(
        "valid on import", [](P &) {}, none, true);
    row<P>(
        "valid organisatie",
        [](P &p) {
            p.soortPartij = SoortPartij::Organisatie;
            p.contactnaam.reset();
            p.organisatieNaam = QStringLiteral("Bakkerij De Korenschoof");
        },
        none);
    row<P>(
        "valid contactpersoon",
        [](P &p) {
            p.soortPartij = SoortPartij::Contactpersoon;
            p.werkteVoorPartij = uuidOf(20);
        },
        none);
    // What Open Klant returns for blank optional fields.
    row<P>(
        "blank optional fields",
        [](P &p) {
            p.nummer.reset();
            p.voorkeurstaal.clear();
            p.bezoekadres = Adres{};
            p.correspondentieadres.reset();
            p.contactnaam = Contactnaam{};
        },
        none, true);
    row<P>(
        "empty partij with only an identificator",
        [](P &p) {
            p.nummer.reset();
            p.voorkeurstaal.clear();
            p.bezoekadres.reset();
            p.correspondentieadres.reset();
            p.contactnaam.reset();
        },
        none);
    row<P>(
        "null uuid", [](P &p) { p.uuid = QUuid(); }, field("uuid"));
    row<P>(
        "nummer not numeric", [](P &p) { p.nummer = QStringLiteral("P-12"); }, field("nummer"));
    row<P>(
        "nummer 11 digits", [](P &p) { p.nummer = QStringLiteral("12345678901"); }, field("nummer"));
    row<P>(
        "nummer empty counts as null", [](P &p) { p.nummer = QString(); }, none);
    row<P>(
        "interneNotitie 1000", [](P &p) { p.interneNotitie = text(1000); }, none);
    row<P>(
        "interneNotitie 1001", [](P &p) { p.interneNotitie = text(1001); }, field("interneNotitie"));
    row<P>(
        "voorkeurstaal B code", [](P &p) { p.voorkeurstaal = QStringLiteral("dut"); }, field("voorkeurstaal"));
    row<P>(
        "voorkeurstaal ndl new", [](P &p) { p.voorkeurstaal = QStringLiteral("ndl"); }, field("voorkeurstaal"));
    row<P>(
        "voorkeurstaal ndl import", [](P &p) { p.voorkeurstaal = QStringLiteral("ndl"); }, none, true);
    row<P>(
        "voorkeurstaal too long on import", [](P &p) { p.voorkeurstaal = QStringLiteral("nede"); },
        field("voorkeurstaal"), true);
    row<P>(
        "bezoekadres postcode", [](P &p) { p.bezoekadres->postcode = QStringLiteral("1008dg"); },
        field("bezoekadres.postcode"));
    row<P>(
        "bezoekadres BAG id", [](P &p) { p.bezoekadres->nummeraanduidingId = QStringLiteral("123"); },
        field("bezoekadres.nummeraanduidingId"));
    row<P>(
        "bezoekadres huisnummer 0", [](P &p) { p.bezoekadres->huisnummer = 0; }, field("bezoekadres.huisnummer"));
    row<P>(
        "bezoekadres huisnummer null", [](P &p) { p.bezoekadres->huisnummer.reset(); }, none);
    row<P>(
        "bezoekadres land lowercase", [](P &p) { p.bezoekadres->land = QStringLiteral("nl"); },
        field("bezoekadres.land"));
    row<P>(
        "correspondentieadres land not ISO", [](P &p) { p.correspondentieadres->land = QStringLiteral("XX"); },
        field("correspondentieadres.land"));
    row<P>(
        "correspondentieadres land not ISO on import",
        [](P &p) { p.correspondentieadres->land = QStringLiteral("XX"); }, none, true);
    row<P>(
        "correspondentieadres adresregel1 81", [](P &p) { p.correspondentieadres->adresregel1 = text(81); },
        field("correspondentieadres.adresregel1"));
    row<P>(
        "contactnaam voornaam 201", [](P &p) { p.contactnaam->voornaam = text(201); },
        field("partijIdentificatie.contactnaam.voornaam"));
    row<P>(
        "organisatie naam 201",
        [](P &p) {
            p.soortPartij = SoortPartij::Organisatie;
            p.organisatieNaam = text(201);
        },
        field("partijIdentificatie.naam"));
    row<P>(
        "organisatie naam 200",
        [](P &p) {
            p.soortPartij = SoortPartij::Organisatie;
            p.organisatieNaam = text(200);
        },
        none);
    row<P>(
        "werkteVoorPartij on a persoon", [](P &p) { p.werkteVoorPartij = uuidOf(20); },
        field("partijIdentificatie.werkteVoorPartij"));
    row<P>(
        "contactpersoon works for itself",
        [](P &p) {
            p.soortPartij = SoortPartij::Contactpersoon;
            p.werkteVoorPartij = p.uuid;
        },
        field("partijIdentificatie.werkteVoorPartij"));
    row<P>(
        "several errors at once",
        [](P &p) {
            p.uuid = QUuid();
            p.bezoekadres->postcode = QStringLiteral("x");
            p.correspondentieadres->land = QStringLiteral("nl");
        },
        fields({"uuid", "bezoekadres.postcode", "correspondentieadres.land"}));
}

void TestValidation::partijIdentificator_data()
{
    using I = PartijIdentificator;
    addColumns<I>();
    row<I>(
        "valid bsn 296648875", [](I &) {}, none);
    row<I>(
        "valid bsn 123456782", [](I &i) { i.objectId = QStringLiteral("123456782"); }, none);
    row<I>(
        "valid rsin",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
            i.codeSoortObjectId = CodeSoortObjectId::Rsin;
        },
        none);
    row<I>(
        "valid kvk",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
            i.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
            i.objectId = QStringLiteral("12345678");
        },
        none);
    row<I>(
        "valid vestigingsnummer",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::Vestiging;
            i.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
            i.objectId = QStringLiteral("296648875154");
            i.subIdentificatorVan = uuidOf(30);
        },
        none);
    row<I>(
        "brp with niet_natuurlijk_persoon and bsn",
        [](I &i) { i.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon; },
        fields({"partijIdentificator.codeObjecttype", "partijIdentificator.codeSoortObjectId"}));
    row<I>(
        "brp natuurlijk_persoon with kvk_nummer",
        [](I &i) {
            i.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
            i.objectId = QStringLiteral("12345678");
        },
        field("partijIdentificator.codeSoortObjectId"));
    row<I>(
        "hr with natuurlijk_persoon", [](I &i) { i.codeRegister = CodeRegister::Hr; },
        field("partijIdentificator.codeObjecttype"));
    row<I>(
        "bsn fails 11-proef", [](I &i) { i.objectId = QStringLiteral("123456789"); },
        field("partijIdentificator.objectId"));
    row<I>(
        "bsn not numeric", [](I &i) { i.objectId = QStringLiteral("123TEST12"); },
        field("partijIdentificator.objectId"));
    row<I>(
        "bsn too short", [](I &i) { i.objectId = QStringLiteral("123"); }, field("partijIdentificator.objectId"));
    row<I>(
        "bsn all zeros", [](I &i) { i.objectId = QStringLiteral("000000000"); }, field("partijIdentificator.objectId"));
    row<I>(
        "bsn arabic-indic digits", [](I &i) { i.objectId = QStringLiteral("٢٩٦٦٤٨٨٧٥"); },
        field("partijIdentificator.objectId"));
    row<I>(
        "bsn with surrounding space", [](I &i) { i.objectId = QStringLiteral(" 296648875 "); },
        field("partijIdentificator.objectId"));
    row<I>(
        "objectId empty", [](I &i) { i.objectId.clear(); }, field("partijIdentificator.objectId"));
    row<I>(
        "objectId 10000 characters", [](I &i) { i.objectId = text(10000); }, field("partijIdentificator.objectId"));
    row<I>(
        "rsin fails 11-proef",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
            i.codeSoortObjectId = CodeSoortObjectId::Rsin;
            i.objectId = QStringLiteral("123456789");
        },
        field("partijIdentificator.objectId"));
    row<I>(
        "kvk 7 digits",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
            i.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
            i.objectId = QStringLiteral("1234567");
        },
        field("partijIdentificator.objectId"));
    row<I>(
        "vestigingsnummer without kvk",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::Vestiging;
            i.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
            i.objectId = QStringLiteral("296648875154");
        },
        field("subIdentificatorVan"));
    row<I>(
        "vestigingsnummer 11 digits",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::Vestiging;
            i.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
            i.objectId = QStringLiteral("29664887515");
            i.subIdentificatorVan = uuidOf(30);
        },
        field("partijIdentificator.objectId"));
    row<I>(
        "vestigingsnummer under itself",
        [](I &i) {
            i.codeRegister = CodeRegister::Hr;
            i.codeObjecttype = CodeObjecttype::Vestiging;
            i.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
            i.objectId = QStringLiteral("296648875154");
            i.subIdentificatorVan = i.uuid;
        },
        field("subIdentificatorVan"));
    row<I>(
        "bsn with a parent", [](I &i) { i.subIdentificatorVan = uuidOf(30); }, field("subIdentificatorVan"));
    row<I>(
        "bsn with a parent on import", [](I &i) { i.subIdentificatorVan = uuidOf(30); }, none, true);
    row<I>(
        "anderePartijIdentificator 201", [](I &i) { i.anderePartijIdentificator = text(201); },
        field("anderePartijIdentificator"));
    row<I>(
        "null uuid", [](I &i) { i.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::digitaalAdres_data()
{
    using D = DigitaalAdres;
    addColumns<D>();
    row<D>(
        "valid email", [](D &) {}, none);
    row<D>(
        "valid phone",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
            d.adres = QStringLiteral("+31612345678");
        },
        none);
    row<D>(
        "overig is not validated",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Overig;
            d.adres = QStringLiteral("invalid");
        },
        none);
    row<D>(
        "betrokkene address, not default",
        [](D &d) {
            d.verstrektDoorPartij.reset();
            d.verstrektDoorBetrokkene = uuidOf(8);
            d.isStandaardAdres = false;
        },
        none);
    row<D>(
        "blank optional fields",
        [](D &d) {
            d.omschrijving.clear();
            d.referentie.clear();
        },
        none, true);
    row<D>(
        "email invalid", [](D &d) { d.adres = QStringLiteral("invalid"); }, field("adres"));
    row<D>(
        "email without TLD", [](D &d) { d.adres = QStringLiteral("jan@example"); }, field("adres"));
    row<D>(
        "phone invalid",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
            d.adres = QStringLiteral("invalid");
        },
        field("adres"));
    row<D>(
        "phone not normalised",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
            d.adres = QStringLiteral("06 12345678");
        },
        field("adres"));
    row<D>(
        "phone 0900",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
            d.adres = QStringLiteral("0900123456");
        },
        field("adres"));
    row<D>(
        "adres empty", [](D &d) { d.adres.clear(); }, field("adres"));
    row<D>(
        "adres whitespace",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Overig;
            d.adres = QStringLiteral("   ");
        },
        field("adres"));
    row<D>(
        "overig 80",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Overig;
            d.adres = text(80);
        },
        none);
    row<D>(
        "overig 81",
        [](D &d) {
            d.soortDigitaalAdres = SoortDigitaalAdres::Overig;
            d.adres = text(81);
        },
        field("adres"));
    row<D>(
        "email 81 characters: one error", [](D &d) { d.adres = text(70) + QStringLiteral("@example.nl"); },
        field("adres"));
    row<D>(
        "default without partij",
        [](D &d) {
            d.verstrektDoorPartij.reset();
            d.verstrektDoorBetrokkene = uuidOf(8);
        },
        field("isStandaardAdres"));
    row<D>(
        "omschrijving 41", [](D &d) { d.omschrijving = text(41); }, field("omschrijving"));
    row<D>(
        "referentie not a slug", [](D &d) { d.referentie = QStringLiteral("werk tel"); }, field("referentie"));
    row<D>(
        "referentie 51", [](D &d) { d.referentie = text(51); }, field("referentie"));
    row<D>(
        "null uuid", [](D &d) { d.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::rekeningnummer_data()
{
    using R = Rekeningnummer;
    addColumns<R>();
    row<R>(
        "valid", [](R &) {}, none);
    row<R>(
        "bic blank", [](R &r) { r.bic.clear(); }, none, true);
    row<R>(
        "iban empty", [](R &r) { r.iban.clear(); }, field("iban"));
    row<R>(
        "iban with spaces", [](R &r) { r.iban = QStringLiteral("NL91 ABNA 0417 1643 00"); }, field("iban"));
    row<R>(
        "iban 35", [](R &r) { r.iban = QStringLiteral("NL91") + QString(31, u'A'); }, field("iban"));
    row<R>(
        "bic 7", [](R &r) { r.bic = QStringLiteral("ABNANL2"); }, field("bic"));
    row<R>(
        "bic with space", [](R &r) { r.bic = QStringLiteral("ABNA NL2A"); }, field("bic"));
    row<R>(
        "null uuid", [](R &r) { r.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::vertegenwoordiging_data()
{
    using V = Vertegenwoordiging;
    addColumns<V>();
    row<V>(
        "valid", [](V &) {}, none);
    row<V>(
        "represents itself", [](V &v) { v.vertegenwoordigdePartij = v.vertegenwoordigendePartij; },
        field("vertegenwoordigdePartij"));
    row<V>(
        "no representing partij", [](V &v) { v.vertegenwoordigendePartij = QUuid(); },
        field("vertegenwoordigendePartij"));
    row<V>(
        "no represented partij", [](V &v) { v.vertegenwoordigdePartij = QUuid(); }, field("vertegenwoordigdePartij"));
    row<V>(
        "null uuid", [](V &v) { v.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::klantcontact_data()
{
    using K = Klantcontact;
    addColumns<K>();
    row<K>(
        "valid", [](K &) {}, none);
    row<K>(
        "blank optional fields",
        [](K &k) {
            k.referentienummer.reset();
            k.inhoud.clear();
            k.hoofdOnderwerpType.clear();
            k.indicatieContactGelukt.reset();
            k.metadata.clear();
        },
        none, true);
    row<K>(
        "kanaal empty", [](K &k) { k.kanaal.clear(); }, field("kanaal"));
    row<K>(
        "kanaal whitespace", [](K &k) { k.kanaal = QStringLiteral("  "); }, field("kanaal"));
    row<K>(
        "kanaal 51", [](K &k) { k.kanaal = text(51); }, field("kanaal"));
    row<K>(
        "onderwerp empty", [](K &k) { k.onderwerp.clear(); }, field("onderwerp"));
    row<K>(
        "onderwerp 200", [](K &k) { k.onderwerp = text(200); }, none);
    row<K>(
        "onderwerp 201", [](K &k) { k.onderwerp = text(201); }, field("onderwerp"));
    row<K>(
        "onderwerp 10000", [](K &k) { k.onderwerp = text(10000); }, field("onderwerp"));
    row<K>(
        "inhoud 1001", [](K &k) { k.inhoud = text(1001); }, field("inhoud"));
    row<K>(
        "reactie 4000", [](K &k) { k.reactie = text(4000); }, none);
    row<K>(
        "reactie 4001", [](K &k) { k.reactie = text(4001); }, field("reactie"));
    row<K>(
        "hoofdOnderwerpType not a URL", [](K &k) { k.hoofdOnderwerpType = QStringLiteral("zaaktype 1"); },
        field("hoofdOnderwerpType"));
    row<K>(
        "taal empty", [](K &k) { k.taal.clear(); }, field("taal"));
    row<K>(
        "taal empty on import", [](K &k) { k.taal.clear(); }, field("taal"), true);
    row<K>(
        "taal B code", [](K &k) { k.taal = QStringLiteral("dut"); }, field("taal"));
    row<K>(
        "taal ndl on import", [](K &k) { k.taal = QStringLiteral("ndl"); }, none, true);
    row<K>(
        "taal de on import", [](K &k) { k.taal = QStringLiteral("de"); }, none, true);
    row<K>(
        "taal incorrect on import", [](K &k) { k.taal = QStringLiteral("incorrect"); }, field("taal"), true);
    row<K>(
        "gelukt and verdere actie", [](K &k) { k.verdereActieOndernomen = true; }, field("verdereActieOndernomen"));
    row<K>(
        "not gelukt and verdere actie",
        [](K &k) {
            k.indicatieContactGelukt = false;
            k.verdereActieOndernomen = true;
        },
        none);
    row<K>(
        "unknown and verdere actie",
        [](K &k) {
            k.indicatieContactGelukt.reset();
            k.verdereActieOndernomen = true;
        },
        none);
    row<K>(
        "plaatsgevondenOp missing", [](K &k) { k.plaatsgevondenOp = QDateTime(); }, field("plaatsgevondenOp"));
    row<K>(
        "nummer not numeric", [](K &k) { k.nummer = QStringLiteral("K12"); }, field("nummer"));
    row<K>(
        "referentienummer 11 digits", [](K &k) { k.referentienummer = QStringLiteral("12345678901"); },
        field("referentienummer"));
    row<K>(
        "referentienummer empty counts as null", [](K &k) { k.referentienummer = QString(); }, none);
    row<K>(
        "metadata value 255",
        [](K &k) {
            k.metadata = {{QStringLiteral("bron"), text(255)}};
        },
        none);
    row<K>(
        "metadata value 256",
        [](K &k) {
            k.metadata = {{QStringLiteral("bron"), text(256)}};
        },
        field("metadata.bron"));
    row<K>(
        "metadata empty key",
        [](K &k) {
            k.metadata = {{QString(), QStringLiteral("x")}};
        },
        field("metadata"));
    row<K>(
        "metadata duplicate key",
        [](K &k) {
            k.metadata.append({QStringLiteral("bron"), QStringLiteral("y")});
        },
        field("metadata.bron"));
    row<K>(
        "null uuid", [](K &k) { k.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::betrokkene_data()
{
    using B = Betrokkene;
    addColumns<B>();
    row<B>(
        "valid", [](B &) {}, none);
    row<B>(
        "anonymous with one-off details",
        [](B &b) {
            b.wasPartij.reset();
            b.organisatienaam.clear();
            b.correspondentieadres.reset();
        },
        none);
    row<B>(
        "no klantcontact", [](B &b) { b.hadKlantcontact = QUuid(); }, field("hadKlantcontact"));
    row<B>(
        "organisatienaam 201", [](B &b) { b.organisatienaam = text(201); }, field("organisatienaam"));
    row<B>(
        "contactnaam voornaam 201", [](B &b) { b.contactnaam->voornaam = text(201); }, field("contactnaam.voornaam"));
    row<B>(
        "contactnaam voorletters 11", [](B &b) { b.contactnaam->voorletters = text(11); },
        field("contactnaam.voorletters"));
    row<B>(
        "correspondentieadres postcode", [](B &b) { b.correspondentieadres->postcode = QStringLiteral("0123 AB"); },
        field("correspondentieadres.postcode"));
    row<B>(
        "bezoekadres land",
        [](B &b) {
            b.bezoekadres.emplace();
            b.bezoekadres->land = QStringLiteral("nl");
        },
        field("bezoekadres.land"));
    row<B>(
        "null uuid", [](B &b) { b.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::onderwerpobject_data()
{
    using O = Onderwerpobject;
    addColumns<O>();
    row<O>(
        "valid zaak", [](O &) {}, none);
    row<O>(
        "valid callback",
        [](O &o) {
            o.onderwerpobjectidentificator.reset();
            o.wasKlantcontact = uuidOf(40);
        },
        none);
    row<O>(
        "objectId 201", [](O &o) { o.onderwerpobjectidentificator->objectId = text(201); },
        field("onderwerpobjectidentificator.objectId"));
    row<O>(
        "codeRegister 201", [](O &o) { o.onderwerpobjectidentificator->codeRegister = text(201); },
        field("onderwerpobjectidentificator.codeRegister"));
    row<O>(
        "about itself", [](O &o) { o.wasKlantcontact = o.klantcontact; }, field("wasKlantcontact"));
    row<O>(
        "null uuid", [](O &o) { o.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::bijlage_data()
{
    using B = Bijlage;
    addColumns<B>();
    row<B>(
        "valid", [](B &) {}, none);
    row<B>(
        "no identificator", [](B &b) { b.bijlageidentificator.reset(); }, none);
    row<B>(
        "codeObjecttype 201", [](B &b) { b.bijlageidentificator->codeObjecttype = text(201); },
        field("bijlageidentificator.codeObjecttype"));
    row<B>(
        "codeSoortObjectId 201", [](B &b) { b.bijlageidentificator->codeSoortObjectId = text(201); },
        field("bijlageidentificator.codeSoortObjectId"));
    row<B>(
        "null uuid", [](B &b) { b.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::actor_data()
{
    using A = Actor;
    addColumns<A>();
    row<A>(
        "valid medewerker", [](A &) {}, none);
    row<A>(
        "medewerker without actorIdentificatie",
        [](A &a) {
            a.heeftActorIdentificatie = false;
            a.functie.clear();
            a.telefoonnummer.clear();
        },
        none);
    row<A>(
        "medewerker without email", [](A &a) { a.emailadres.clear(); }, none);
    row<A>(
        "naam empty", [](A &a) { a.naam.clear(); }, field("naam"));
    row<A>(
        "naam 201", [](A &a) { a.naam = text(201); }, field("naam"));
    row<A>(
        "medewerker without functie", [](A &a) { a.functie.clear(); }, field("actorIdentificatie.functie"));
    row<A>(
        "medewerker functie 41", [](A &a) { a.functie = text(41); }, field("actorIdentificatie.functie"));
    row<A>(
        "medewerker without phone", [](A &a) { a.telefoonnummer.clear(); }, field("actorIdentificatie.telefoonnummer"));
    row<A>(
        "medewerker phone not normalised", [](A &a) { a.telefoonnummer = QStringLiteral("020 123 4567"); },
        field("actorIdentificatie.telefoonnummer"));
    row<A>(
        "medewerker phone 21", [](A &a) { a.telefoonnummer = QString(21, u'1'); },
        field("actorIdentificatie.telefoonnummer"));
    row<A>(
        "medewerker email invalid", [](A &a) { a.emailadres = QStringLiteral("f.elamrani"); },
        field("actorIdentificatie.emailadres"));
    row<A>(
        "geautomatiseerde actor",
        [](A &a) {
            a.soortActor = SoortActor::GeautomatiseerdeActor;
            a.telefoonnummer.clear();
            a.emailadres.clear();
            a.omschrijving = QStringLiteral("Chatbot op de website");
        },
        none);
    row<A>(
        "geautomatiseerde actor without functie",
        [](A &a) {
            a.soortActor = SoortActor::GeautomatiseerdeActor;
            a.functie.clear();
        },
        field("actorIdentificatie.functie"));
    row<A>(
        "afdeling without phone",
        [](A &a) {
            a.soortActor = SoortActor::OrganisatorischeEenheid;
            a.functie.clear();
            a.telefoonnummer.clear();
        },
        none);
    row<A>(
        "afdeling phone invalid",
        [](A &a) {
            a.soortActor = SoortActor::OrganisatorischeEenheid;
            a.telefoonnummer = QStringLiteral("invalid");
        },
        field("actorIdentificatie.telefoonnummer"));
    row<A>(
        "afdeling faxnummer 21",
        [](A &a) {
            a.soortActor = SoortActor::OrganisatorischeEenheid;
            a.faxnummer = text(21);
        },
        field("actorIdentificatie.faxnummer"));
    row<A>(
        "afdeling omschrijving 201",
        [](A &a) {
            a.soortActor = SoortActor::OrganisatorischeEenheid;
            a.omschrijving = text(201);
        },
        field("actorIdentificatie.omschrijving"));
    row<A>(
        "afdeling email invalid",
        [](A &a) {
            a.soortActor = SoortActor::OrganisatorischeEenheid;
            a.emailadres = QStringLiteral("afdeling@");
        },
        field("actorIdentificatie.emailadres"));
    row<A>(
        "actoridentificator objectId 201", [](A &a) { a.actoridentificator->objectId = text(201); },
        field("actoridentificator.objectId"));
    row<A>(
        "null uuid", [](A &a) { a.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::actorKlantcontact_data()
{
    using L = ActorKlantcontact;
    addColumns<L>();
    row<L>(
        "valid", [](L &) {}, none);
    row<L>(
        "no actor", [](L &l) { l.actor = QUuid(); }, field("actor"));
    row<L>(
        "no klantcontact", [](L &l) { l.klantcontact = QUuid(); }, field("klantcontact"));
    row<L>(
        "null uuid", [](L &l) { l.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::interneTaak_data()
{
    using T = InterneTaak;
    addColumns<T>();
    row<T>(
        "valid", [](T &) {}, none);
    row<T>(
        "verwerkt with afgehandeldOp",
        [](T &t) {
            t.status = TaakStatus::Verwerkt;
            t.afgehandeldOp = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC);
        },
        none);
    row<T>(
        "verwerkt without afgehandeldOp", [](T &t) { t.status = TaakStatus::Verwerkt; }, none);
    row<T>(
        "afgehandeldOp while te_verwerken",
        [](T &t) { t.afgehandeldOp = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC); }, field("afgehandeldOp"));
    row<T>(
        "gevraagdeHandeling empty", [](T &t) { t.gevraagdeHandeling.clear(); }, field("gevraagdeHandeling"));
    row<T>(
        "gevraagdeHandeling 201", [](T &t) { t.gevraagdeHandeling = text(201); }, field("gevraagdeHandeling"));
    row<T>(
        "no klantcontact", [](T &t) { t.aanleidinggevendKlantcontact = QUuid(); },
        field("aanleidinggevendKlantcontact"));
    row<T>(
        "no actor", [](T &t) { t.toegewezenAanActoren.clear(); }, field("toegewezenAanActoren"));
    // The server drops assignments when an actor is deleted.
    row<T>(
        "no actor on import", [](T &t) { t.toegewezenAanActoren.clear(); }, none, true);
    row<T>(
        "same actor twice", [](T &t) { t.toegewezenAanActoren.append(uuidOf(11)); }, field("toegewezenAanActoren"));
    row<T>(
        "null actor", [](T &t) { t.toegewezenAanActoren.append(QUuid()); }, field("toegewezenAanActoren"));
    row<T>(
        "toelichting 1001", [](T &t) { t.toelichting = text(1001); }, field("toelichting"));
    row<T>(
        "referentienummer not numeric", [](T &t) { t.referentienummer = QStringLiteral("T-1"); },
        field("referentienummer"));
    row<T>(
        "nummer 11 digits", [](T &t) { t.nummer = QStringLiteral("12345678901"); }, field("nummer"));
    row<T>(
        "null uuid", [](T &t) { t.uuid = QUuid(); }, field("uuid"));
}

void TestValidation::adresGroup_data()
{
    using A = Adres;
    addColumns<A>();
    row<A>(
        "valid", [](A &) {}, none);
    row<A>(
        "empty", [](A &a) { a = Adres{}; }, none);
    row<A>(
        "buitenlands", [](A &a) { a = validBuitenlandsAdres(); }, none);
    row<A>(
        "straatnaam 256", [](A &a) { a.straatnaam = text(256); }, field("straatnaam"));
    row<A>(
        "huisnummer 99999", [](A &a) { a.huisnummer = 99999; }, none);
    row<A>(
        "huisnummer 100000", [](A &a) { a.huisnummer = 100000; }, field("huisnummer"));
    row<A>(
        "huisnummertoevoeging 21", [](A &a) { a.huisnummertoevoeging = text(21); }, field("huisnummertoevoeging"));
    row<A>(
        "postcode without space", [](A &a) { a.postcode = QStringLiteral("1008DG"); }, field("postcode"));
    row<A>(
        "stad 256", [](A &a) { a.stad = text(256); }, field("stad"));
    row<A>(
        "adresregel2 81", [](A &a) { a.adresregel2 = text(81); }, field("adresregel2"));
    row<A>(
        "adresregel3 81", [](A &a) { a.adresregel3 = text(81); }, field("adresregel3"));
    row<A>(
        "BAG id 17 digits", [](A &a) { a.nummeraanduidingId = QStringLiteral("12345678900000011"); },
        field("nummeraanduidingId"));
    row<A>(
        "land three letters", [](A &a) { a.land = QStringLiteral("NLD"); }, field("land"));
    row<A>(
        "land sql", [](A &a) { a.land = QStringLiteral("'--"); }, field("land"));
}

void TestValidation::adresGroup()
{
    QFETCH(Mutation<Adres>, mutate);
    QFETCH(bool, import);
    QFETCH(QStringList, fields);
    Adres adres = validAdres();
    mutate(adres);
    compareFields(validate(adres, QString(), import ? Strictness::Import : Strictness::NewInput), fields);
}

void TestValidation::contactnaamGroup_data()
{
    using C = Contactnaam;
    addColumns<C>();
    row<C>(
        "valid", [](C &) {}, none);
    row<C>(
        "only voorletters and achternaam",
        [](C &c) {
            c.voornaam.clear();
            c.voorvoegselAchternaam.clear();
        },
        none);
    row<C>(
        "limits exactly",
        [](C &c) {
            c = Contactnaam{text(10), text(200), text(10), text(200)};
        },
        none);
    row<C>(
        "voorletters 11", [](C &c) { c.voorletters = text(11); }, field("voorletters"));
    row<C>(
        "voornaam 201", [](C &c) { c.voornaam = text(201); }, field("voornaam"));
    row<C>(
        "voorvoegselAchternaam 11", [](C &c) { c.voorvoegselAchternaam = text(11); }, field("voorvoegselAchternaam"));
    row<C>(
        "achternaam 201", [](C &c) { c.achternaam = text(201); }, field("achternaam"));
    row<C>(
        "all too long",
        [](C &c) {
            c = Contactnaam{text(11), text(201), text(11), text(201)};
        },
        fields({"voorletters", "voornaam", "voorvoegselAchternaam", "achternaam"}));
}

void TestValidation::contactnaamGroup()
{
    QFETCH(Mutation<Contactnaam>, mutate);
    QFETCH(QStringList, fields);
    Contactnaam contactnaam = validContactnaam();
    mutate(contactnaam);
    compareFields(validate(contactnaam, QString()), fields);
}

void TestValidation::messagesNameTheField()
{
    // A length message says which field and what the limit is, so the user knows what to shorten.
    Klantcontact klantcontact = validKlantcontact();
    klantcontact.onderwerp = text(201);
    const FieldErrors errors = validate(klantcontact);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QLatin1String("subject")), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(QLatin1String("200")), qPrintable(errors.first().message));

    // A prefix "" gives bare field names; a prefix nests them.
    Adres adres = validAdres();
    adres.postcode = QStringLiteral("x");
    QCOMPARE(validate(adres, QStringLiteral("bezoekadres")).first().field, QStringLiteral("bezoekadres.postcode"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
