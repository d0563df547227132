#include "model/apijson/apijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kcc;

namespace {

QUuid id(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QString idText(int n)
{
    return id(n).toString(QUuid::WithoutBraces);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

Adres volledigAdres()
{
    Adres adres;
    adres.nummeraanduidingId = QStringLiteral("0363200000123456");
    adres.straatnaam = QStringLiteral("Coolsingel");
    adres.huisnummer = 40;
    adres.huisnummertoevoeging = QStringLiteral("bis");
    adres.postcode = QStringLiteral("3011 AD");
    adres.stad = QStringLiteral("Rotterdam");
    adres.land = QStringLiteral("NL");
    return adres;
}

Partij persoon()
{
    Partij partij;
    partij.uuid = id(1);
    partij.nummer = QStringLiteral("0000000042");
    partij.interneNotitie = QStringLiteral("Belt liever 's ochtends");
    partij.voorkeursDigitaalAdres = id(20);
    partij.soortPartij = SoortPartij::Persoon;
    partij.indicatieGeheimhouding = false;
    partij.voorkeurstaal = QStringLiteral("nld");
    partij.indicatieActief = true;
    partij.bezoekadres = volledigAdres();
    partij.correspondentieadres = std::nullopt;
    partij.contactnaam = Contactnaam{QStringLiteral("J.P."), QStringLiteral("Jan-Pieter"), QStringLiteral("van"),
                                     QStringLiteral("Brüggen")};
    return partij;
}

PartijIdentificator bsn(const QUuid &partij)
{
    PartijIdentificator identificator;
    identificator.uuid = id(10);
    identificator.identificeerdePartij = partij;
    identificator.codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
    identificator.codeSoortObjectId = CodeSoortObjectId::Bsn;
    identificator.objectId = QStringLiteral("123456782");
    identificator.codeRegister = CodeRegister::Brp;
    return identificator;
}

Actor medewerker()
{
    Actor actor;
    actor.uuid = id(50);
    actor.naam = QStringLiteral("Fatima el Amrani");
    actor.soortActor = SoortActor::Medewerker;
    actor.indicatieActief = true;
    actor.actoridentificator = ObjectIdentificator{QStringLiteral("fea01"), QStringLiteral("medewerker"),
                                                   QStringLiteral("ad"), QStringLiteral("samaccountname")};
    actor.heeftActorIdentificatie = true;
    actor.functie = QStringLiteral("KCC-medewerker");
    actor.emailadres = QStringLiteral("f.elamrani@gemeente.example");
    actor.telefoonnummer = QStringLiteral("0201234567");
    return actor;
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &e : error.fieldErrors)
        fields << e.field;
    return fields;
}

} // namespace

class TestApiJson : public QObject
{
    Q_OBJECT

private slots:
    void urlsAndReferences();
    void partijPersoonRoundTrip();
    void partijPolymorphic_data();
    void partijPolymorphic();
    void partijWithoutIdentificatie();
    void nullVersusEmptyGroups();
    void blankPatternFieldsPolicy();
    void identificatorRoundTrip();
    void digitaalAdresRoundTrip();
    void rekeningnummerAndVertegenwoordiging();
    void klantcontactRoundTrip();
    void betrokkeneRoundTrip();
    void onderwerpobjectAndBijlage();
    void actorPolymorphic_data();
    void actorPolymorphic();
    void actorKlantcontactRoundTrip();
    void interneTaakRoundTrip();
    void interneTaakDeprecatedSingleActor();
    void dateTimeParsing_data();
    void dateTimeParsing();
    void dateTimeFormatting();
    void openKlantBlanksAccepted();
    void readOnlyKeysIgnored();
    void wrongTypesAreFieldErrors_data();
    void wrongTypesAreFieldErrors();
    void validationErrorsCarryPaths();
    void nestedIdentificatorErrors();
};

void TestApiJson::urlsAndReferences()
{
    const ApiJson api(QUrl(QStringLiteral("https://openklant.example.nl/klantinteracties/api/v1/")));
    QCOMPARE(api.url(ApiResource::PartijIdentificatoren, id(7)),
             QStringLiteral("https://openklant.example.nl/klantinteracties/api/v1/partij-identificatoren/") +
                 idText(7));
    const QJsonObject ref = api.reference(ApiResource::Actoren, id(8));
    QCOMPARE(ref.value(QStringLiteral("uuid")).toString(), idText(8));
    QCOMPARE(ref.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://openklant.example.nl/klantinteracties/api/v1/actoren/") + idText(8));
    QCOMPARE(ref.size(), 2);
    QCOMPARE(ApiJson().url(ApiResource::InterneTaken, id(1)),
             QStringLiteral("http://localhost:8000/klantinteracties/api/v1/internetaken/") + idText(1));
}

void TestApiJson::partijPersoonRoundTrip()
{
    const ApiJson api;
    const Partij partij = persoon();
    PartijRelaties relaties;
    relaties.digitaleAdressen = {id(20), id(21)};
    relaties.rekeningnummers = {id(30)};
    relaties.betrokkenen = {id(40)};
    relaties.vertegenwoordigden = {id(2)};
    relaties.partijIdentificatoren = {bsn(partij.uuid)};
    const QJsonObject json = api.toJson(partij, relaties);

    QCOMPARE(json.value(QStringLiteral("url")).toString(), api.url(ApiResource::Partijen, partij.uuid));
    QCOMPARE(json.value(QStringLiteral("categorieRelaties")).toArray(), QJsonArray());
    QCOMPARE(json.value(QStringLiteral("digitaleAdressen")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("digitaleAdressen")).toArray().at(1).toObject().value(QStringLiteral("uuid")),
             QJsonValue(idText(21)));
    QCOMPARE(json.value(QStringLiteral("vertegenwoordigden")).toArray().at(0).toObject().value(QStringLiteral("url")),
             QJsonValue(api.url(ApiResource::Partijen, id(2))));
    QVERIFY(json.value(QStringLiteral("correspondentieadres")).isNull());
    QVERIFY(json.value(QStringLiteral("voorkeursRekeningnummer")).isNull());
    QCOMPARE(json.value(QStringLiteral("indicatieGeheimhouding")), QJsonValue(false));
    const QJsonObject identificatie = json.value(QStringLiteral("partijIdentificatie")).toObject();
    QCOMPARE(identificatie.keys(), (QStringList{QStringLiteral("contactnaam"), QStringLiteral("volledigeNaam")}));
    QCOMPARE(identificatie.value(QStringLiteral("volledigeNaam")).toString(), QStringLiteral("Jan-Pieter van Brüggen"));
    const QJsonObject nested = json.value(QStringLiteral("partijIdentificatoren")).toArray().at(0).toObject();
    QCOMPARE(nested.value(QStringLiteral("partijIdentificator")).toObject().value(QStringLiteral("objectId")),
             QJsonValue(QStringLiteral("123456782")));

    PartijInvoer invoer;
    const Result<Partij> back = ApiJson::partijFromJson(json, &invoer);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), partij);
    QVERIFY(invoer.heeftDigitaleAdressen);
    QCOMPARE(invoer.digitaleAdressen, relaties.digitaleAdressen);
    QCOMPARE(invoer.rekeningnummers, relaties.rekeningnummers);
    QCOMPARE(invoer.partijIdentificatoren, relaties.partijIdentificatoren);
}

void TestApiJson::partijPolymorphic_data()
{
    QTest::addColumn<int>("soort");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("persoon") << int(SoortPartij::Persoon)
                             << QStringList{QStringLiteral("contactnaam"), QStringLiteral("volledigeNaam")};
    QTest::newRow("organisatie") << int(SoortPartij::Organisatie) << QStringList{QStringLiteral("naam")};
    QTest::newRow("contactpersoon") << int(SoortPartij::Contactpersoon)
                                    << QStringList{QStringLiteral("contactnaam"), QStringLiteral("uuid"),
                                                   QStringLiteral("volledigeNaam"), QStringLiteral("werkteVoorPartij")};
}

void TestApiJson::partijPolymorphic()
{
    QFETCH(int, soort);
    QFETCH(QStringList, keys);
    Partij partij = persoon();
    partij.soortPartij = SoortPartij(soort);
    partij.voorkeursDigitaalAdres.reset();
    if (partij.soortPartij == SoortPartij::Organisatie) {
        partij.contactnaam.reset();
        partij.organisatieNaam = QStringLiteral("Stichting Oud-Zuid ’t Hofje");
    }
    if (partij.soortPartij == SoortPartij::Contactpersoon) {
        partij.werkteVoorPartij = id(3);
        partij.contactpersoonUuid = id(4);
    }
    const QJsonObject json = ApiJson().toJson(partij, {});
    QCOMPARE(json.value(QStringLiteral("soortPartij")).toString(), toCode(partij.soortPartij));
    QCOMPARE(json.value(QStringLiteral("partijIdentificatie")).toObject().keys(), keys);
    const Result<Partij> back = ApiJson::partijFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), partij);
}

void TestApiJson::partijWithoutIdentificatie()
{
    Partij partij = persoon();
    partij.voorkeursDigitaalAdres.reset();
    partij.heeftPartijIdentificatie = false;
    partij.contactnaam.reset();
    const QJsonObject json = ApiJson().toJson(partij, {});
    QVERIFY(!json.contains(QStringLiteral("partijIdentificatie")));
    const Result<Partij> back = ApiJson::partijFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), partij);

    // A persoon whose contactnaam is null is not the same as one with an empty contactnaam.
    partij.heeftPartijIdentificatie = true;
    const QJsonObject withNull = ApiJson().toJson(partij, {});
    QVERIFY(
        withNull.value(QStringLiteral("partijIdentificatie")).toObject().value(QStringLiteral("contactnaam")).isNull());
    QCOMPARE(ApiJson::partijFromJson(withNull).value(), partij);
}

void TestApiJson::nullVersusEmptyGroups()
{
    Betrokkene betrokkene;
    betrokkene.uuid = id(40);
    betrokkene.hadKlantcontact = id(60);
    betrokkene.bezoekadres = Adres{};
    betrokkene.correspondentieadres = std::nullopt;
    betrokkene.contactnaam = Contactnaam{};
    const QJsonObject json = ApiJson().toJson(betrokkene, {});
    QVERIFY(json.value(QStringLiteral("bezoekadres")).isObject());
    QVERIFY(json.value(QStringLiteral("correspondentieadres")).isNull());
    const QJsonObject leeg = json.value(QStringLiteral("bezoekadres")).toObject();
    QVERIFY(leeg.value(QStringLiteral("huisnummer")).isNull());
    QCOMPARE(leeg.value(QStringLiteral("straatnaam")), QJsonValue(QString()));
    QVERIFY(json.value(QStringLiteral("contactnaam")).isObject());
    QCOMPARE(json.value(QStringLiteral("volledigeNaam")), QJsonValue(QString()));

    const Result<Betrokkene> back = ApiJson::betrokkeneFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), betrokkene);
    QVERIFY(back.value().bezoekadres.has_value());
    QVERIFY(!back.value().correspondentieadres.has_value());
}

void TestApiJson::blankPatternFieldsPolicy()
{
    Rekeningnummer rekening{id(30), id(1), QStringLiteral("NL91ABNA0417164300"), QString()};
    ApiJson api;
    QVERIFY(!api.toJson(rekening).contains(QStringLiteral("bic")));
    Adres adres;
    adres.straatnaam = QStringLiteral("Dorpsstraat");
    Betrokkene betrokkene;
    betrokkene.uuid = id(40);
    betrokkene.hadKlantcontact = id(60);
    betrokkene.bezoekadres = adres;
    const QJsonObject spec = api.toJson(betrokkene, {}).value(QStringLiteral("bezoekadres")).toObject();
    QVERIFY(!spec.contains(QStringLiteral("postcode")));
    QVERIFY(!spec.contains(QStringLiteral("land")));
    QVERIFY(!spec.contains(QStringLiteral("nummeraanduidingId")));

    api.setWriteBlankPatternFields(true);
    QCOMPARE(api.toJson(rekening).value(QStringLiteral("bic")), QJsonValue(QString()));
    const QJsonObject openKlant = api.toJson(betrokkene, {}).value(QStringLiteral("bezoekadres")).toObject();
    QCOMPARE(openKlant.value(QStringLiteral("postcode")), QJsonValue(QString()));
    // Either way it reads back to the same value.
    QCOMPARE(ApiJson::betrokkeneFromJson(api.toJson(betrokkene, {})).value(), betrokkene);
}

void TestApiJson::identificatorRoundTrip()
{
    PartijIdentificator kvk;
    kvk.uuid = id(11);
    kvk.identificeerdePartij = id(3);
    kvk.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
    kvk.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
    kvk.objectId = QStringLiteral("12345678");
    kvk.codeRegister = CodeRegister::Hr;
    PartijIdentificator vestiging = kvk;
    vestiging.uuid = id(12);
    vestiging.identificeerdePartij = id(5);
    vestiging.codeObjecttype = CodeObjecttype::Vestiging;
    vestiging.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
    vestiging.objectId = QStringLiteral("000012345678");
    vestiging.subIdentificatorVan = kvk.uuid;
    vestiging.anderePartijIdentificator = QStringLiteral("filiaal Noord");

    const ApiJson api;
    for (const PartijIdentificator &item : {kvk, vestiging}) {
        const QJsonObject json = api.toJson(item);
        const Result<PartijIdentificator> back = ApiJson::partijIdentificatorFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), item);
    }
    const QJsonObject json = api.toJson(vestiging);
    QCOMPARE(json.value(QStringLiteral("subIdentificatorVan")).toObject().value(QStringLiteral("url")).toString(),
             api.url(ApiResource::PartijIdentificatoren, kvk.uuid));
    QVERIFY(api.toJson(kvk).value(QStringLiteral("subIdentificatorVan")).isNull());
}

void TestApiJson::digitaalAdresRoundTrip()
{
    DigitaalAdres adres;
    adres.uuid = id(20);
    adres.verstrektDoorPartij = id(1);
    adres.adres = QStringLiteral("jan.pieter@example.nl");
    adres.soortDigitaalAdres = SoortDigitaalAdres::Email;
    adres.isStandaardAdres = true;
    adres.omschrijving = QStringLiteral("privé");
    adres.referentie = QStringLiteral("portaalvoorkeur");
    adres.verificatieDatum = QDate(2024, 2, 29);
    const QJsonObject json = ApiJson().toJson(adres);
    QCOMPARE(json.value(QStringLiteral("verificatieDatum")), QJsonValue(QStringLiteral("2024-02-29")));
    QVERIFY(json.value(QStringLiteral("verstrektDoorBetrokkene")).isNull());
    QCOMPARE(ApiJson::digitaalAdresFromJson(json).value(), adres);

    adres.verificatieDatum.reset();
    adres.referentie.clear();
    const QJsonObject zonder = ApiJson().toJson(adres);
    QVERIFY(zonder.value(QStringLiteral("verificatieDatum")).isNull());
    QCOMPARE(ApiJson::digitaalAdresFromJson(zonder).value(), adres);
}

void TestApiJson::rekeningnummerAndVertegenwoordiging()
{
    const Rekeningnummer rekening{id(30), id(1), QStringLiteral("NL91ABNA0417164300"), QStringLiteral("ABNANL2A")};
    QCOMPARE(ApiJson::rekeningnummerFromJson(ApiJson().toJson(rekening)).value(), rekening);
    const Rekeningnummer los{id(31), std::nullopt, QStringLiteral("DE89370400440532013000"), QString()};
    QVERIFY(ApiJson().toJson(los).value(QStringLiteral("partij")).isNull());
    QCOMPARE(ApiJson::rekeningnummerFromJson(ApiJson().toJson(los)).value(), los);

    const Vertegenwoordiging v{id(70), id(1), id(2)};
    const QJsonObject json = ApiJson().toJson(v);
    QCOMPARE(json.value(QStringLiteral("vertegenwoordigendePartij")).toObject().value(QStringLiteral("uuid")),
             QJsonValue(idText(1)));
    QCOMPARE(ApiJson::vertegenwoordigingFromJson(json).value(), v);
}

void TestApiJson::klantcontactRoundTrip()
{
    Klantcontact k;
    k.uuid = id(60);
    k.nummer = std::nullopt;
    k.referentienummer = QStringLiteral("1000000001");
    k.kanaal = QStringLiteral("telefoon");
    k.onderwerp = QStringLiteral("Vraag over de afvalpas");
    k.inhoud = QStringLiteral("Pas kwijt; nieuwe aangevraagd. Ëén regel met diakrieten.");
    k.reactie = QStringLiteral("Wordt binnen 5 werkdagen verstuurd.");
    k.indicatieContactGelukt = true;
    k.hoofdOnderwerpType = QStringLiteral("https://catalogi.example.nl/api/v1/zaaktypen/abc");
    k.verdereActieOndernomen = false;
    k.taal = QStringLiteral("nld");
    k.vertrouwelijk = true;
    k.plaatsgevondenOp = utc(2024, 3, 1, 10, 15, 22, 123);
    k.metadata = {{QStringLiteral("bron"), QStringLiteral("kcc")},
                  {QStringLiteral("wachtrij"), QStringLiteral("afval")}};
    KlantcontactRelaties relaties;
    relaties.hadBetrokkenActoren = {medewerker()};
    relaties.hadBetrokkenen = {id(40)};
    relaties.leiddeTotInterneTaken = {id(80)};
    relaties.omvatteBijlagen = {id(90)};
    relaties.gingOverOnderwerpobjecten = {id(95)};
    const ApiJson api;
    const QJsonObject json = api.toJson(k, relaties);
    QCOMPARE(json.value(QStringLiteral("plaatsgevondenOp")), QJsonValue(QStringLiteral("2024-03-01T10:15:22.123Z")));
    QVERIFY(json.value(QStringLiteral("nummer")).isNull());
    QCOMPARE(json.value(QStringLiteral("hadBetrokkenActoren")).toArray().at(0).toObject(), api.toJson(medewerker()));
    QCOMPARE(json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("wachtrij")),
             QJsonValue(QStringLiteral("afval")));
    for (const char *key : {"gingOverOnderwerpobjecten", "omvatteBijlagen", "hadBetrokkenen", "leiddeTotInterneTaken"})
        QCOMPARE(json.value(QLatin1String(key)).toArray().size(), 1);

    const Result<Klantcontact> back = ApiJson::klantcontactFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), k);

    k.indicatieContactGelukt.reset();
    k.metadata.clear();
    const QJsonObject zonder = api.toJson(k, {});
    QVERIFY(zonder.value(QStringLiteral("indicatieContactGelukt")).isNull());
    QCOMPARE(zonder.value(QStringLiteral("metadata")).toObject(), QJsonObject());
    QCOMPARE(ApiJson::klantcontactFromJson(zonder).value(), k);
}

void TestApiJson::betrokkeneRoundTrip()
{
    Betrokkene b;
    b.uuid = id(40);
    b.wasPartij = id(1);
    b.hadKlantcontact = id(60);
    b.correspondentieadres = volledigAdres();
    b.contactnaam = Contactnaam{QString(), QStringLiteral("Zoë"), QString(), QStringLiteral("Çelik")};
    b.rol = Rol::Vertegenwoordiger;
    b.organisatienaam = QStringLiteral("Bewindvoering BV");
    b.initiator = false;
    const QJsonObject json = ApiJson().toJson(b, BetrokkeneRelaties{{id(22)}});
    QCOMPARE(json.value(QStringLiteral("volledigeNaam")), QJsonValue(QStringLiteral("Zoë Çelik")));
    QCOMPARE(json.value(QStringLiteral("digitaleAdressen")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("rol")), QJsonValue(QStringLiteral("vertegenwoordiger")));
    QCOMPARE(ApiJson::betrokkeneFromJson(json).value(), b);
}

void TestApiJson::onderwerpobjectAndBijlage()
{
    Onderwerpobject o;
    o.uuid = id(95);
    o.klantcontact = id(60);
    o.wasKlantcontact = id(61);
    o.onderwerpobjectidentificator =
        ObjectIdentificator{idText(99), QStringLiteral("zaak"), QStringLiteral("open-zaak"), QStringLiteral("uuid")};
    QCOMPARE(ApiJson::onderwerpobjectFromJson(ApiJson().toJson(o)).value(), o);
    o.onderwerpobjectidentificator = ObjectIdentificator{};
    QVERIFY(ApiJson().toJson(o).value(QStringLiteral("onderwerpobjectidentificator")).isObject());
    QCOMPARE(ApiJson::onderwerpobjectFromJson(ApiJson().toJson(o)).value(), o);
    o.onderwerpobjectidentificator.reset();
    o.wasKlantcontact.reset();
    QVERIFY(ApiJson().toJson(o).value(QStringLiteral("onderwerpobjectidentificator")).isNull());
    QCOMPARE(ApiJson::onderwerpobjectFromJson(ApiJson().toJson(o)).value(), o);

    Bijlage b;
    b.uuid = id(90);
    b.wasBijlageVanKlantcontact = id(60);
    b.bijlageidentificator = ObjectIdentificator{QStringLiteral("doc-1"), QStringLiteral("DOCUMENT"),
                                                 QStringLiteral("open-zaak"), QStringLiteral("uuid")};
    QCOMPARE(ApiJson::bijlageFromJson(ApiJson().toJson(b)).value(), b);
}

void TestApiJson::actorPolymorphic_data()
{
    QTest::addColumn<int>("soort");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("medewerker") << int(SoortActor::Medewerker)
                                << QStringList{QStringLiteral("emailadres"), QStringLiteral("functie"),
                                               QStringLiteral("telefoonnummer")};
    QTest::newRow("geautomatiseerd") << int(SoortActor::GeautomatiseerdeActor)
                                     << QStringList{QStringLiteral("functie"), QStringLiteral("omschrijving")};
    QTest::newRow("afdeling") << int(SoortActor::OrganisatorischeEenheid)
                              << QStringList{QStringLiteral("emailadres"), QStringLiteral("faxnummer"),
                                             QStringLiteral("omschrijving"), QStringLiteral("telefoonnummer")};
}

void TestApiJson::actorPolymorphic()
{
    QFETCH(int, soort);
    QFETCH(QStringList, keys);
    Actor actor = medewerker();
    actor.soortActor = SoortActor(soort);
    if (actor.soortActor != SoortActor::Medewerker) {
        actor.omschrijving = QStringLiteral("Team Burgerzaken");
        if (actor.soortActor == SoortActor::OrganisatorischeEenheid) {
            actor.functie.clear();
            actor.faxnummer = QStringLiteral("0201234599");
        } else {
            actor.emailadres.clear();
            actor.telefoonnummer.clear();
        }
    }
    const QJsonObject json = ApiJson().toJson(actor);
    QCOMPARE(json.value(QStringLiteral("actorIdentificatie")).toObject().keys(), keys);
    const Result<Actor> back = ApiJson::actorFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), actor);

    actor.heeftActorIdentificatie = false;
    actor.functie.clear();
    actor.emailadres.clear();
    actor.telefoonnummer.clear();
    actor.omschrijving.clear();
    actor.faxnummer.clear();
    actor.actoridentificator.reset();
    const QJsonObject bare = ApiJson().toJson(actor);
    QVERIFY(!bare.contains(QStringLiteral("actorIdentificatie")));
    QVERIFY(bare.value(QStringLiteral("actoridentificator")).isNull());
    QCOMPARE(ApiJson::actorFromJson(bare).value(), actor);
}

void TestApiJson::actorKlantcontactRoundTrip()
{
    const ActorKlantcontact link{id(55), id(50), id(60)};
    const QJsonObject json = ApiJson().toJson(link);
    QCOMPARE(json.value(QStringLiteral("actor")).toObject().value(QStringLiteral("url")).toString(),
             ApiJson().url(ApiResource::Actoren, id(50)));
    QCOMPARE(ApiJson::actorKlantcontactFromJson(json).value(), link);
}

void TestApiJson::interneTaakRoundTrip()
{
    InterneTaak taak;
    taak.uuid = id(80);
    taak.referentienummer = QStringLiteral("77");
    taak.gevraagdeHandeling = QStringLiteral("Terugbellen");
    taak.aanleidinggevendKlantcontact = id(60);
    taak.toegewezenAanActoren = {id(52), id(50)};
    taak.toelichting = QStringLiteral("Na 14:00 bellen");
    taak.status = TaakStatus::Verwerkt;
    taak.toegewezenOp = utc(2024, 3, 1, 10, 20, 0);
    taak.afgehandeldOp = utc(2024, 3, 2, 8, 0, 1, 5);
    const QJsonObject json = ApiJson().toJson(taak);
    QCOMPARE(json.value(QStringLiteral("toegewezenAanActor")).toObject().value(QStringLiteral("uuid")),
             QJsonValue(idText(52)));
    QCOMPARE(json.value(QStringLiteral("toegewezenAanActoren")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("toegewezenOp")), QJsonValue(QStringLiteral("2024-03-01T10:20:00Z")));
    QCOMPARE(json.value(QStringLiteral("afgehandeldOp")), QJsonValue(QStringLiteral("2024-03-02T08:00:01.005Z")));
    QVERIFY(json.value(QStringLiteral("nummer")).isNull());
    const Result<InterneTaak> back = ApiJson::interneTaakFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), taak);

    taak.status = TaakStatus::TeVerwerken;
    taak.afgehandeldOp.reset();
    QVERIFY(ApiJson().toJson(taak).value(QStringLiteral("afgehandeldOp")).isNull());
    QCOMPARE(ApiJson::interneTaakFromJson(ApiJson().toJson(taak)).value(), taak);
}

void TestApiJson::interneTaakDeprecatedSingleActor()
{
    InterneTaak taak;
    taak.uuid = id(80);
    taak.gevraagdeHandeling = QStringLiteral("Terugbellen");
    taak.aanleidinggevendKlantcontact = id(60);
    taak.toegewezenAanActoren = {id(50)};
    taak.toegewezenOp = utc(2024, 3, 1, 10, 20, 0);
    QJsonObject json = ApiJson().toJson(taak);
    json.remove(QStringLiteral("toegewezenAanActoren"));
    QCOMPARE(ApiJson::interneTaakFromJson(json).value().toegewezenAanActoren, QList<QUuid>{id(50)});
}

void TestApiJson::dateTimeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z") << QStringLiteral("2020-08-24T14:15:22Z") << utc(2020, 8, 24, 14, 15, 22);
    QTest::newRow("microseconds") << QStringLiteral("2024-03-01T10:15:22.123456Z") << utc(2024, 3, 1, 10, 15, 22, 123);
    QTest::newRow("microseconds truncated")
        << QStringLiteral("2024-03-01T10:15:22.999999Z") << utc(2024, 3, 1, 10, 15, 22, 999);
    QTest::newRow("one digit") << QStringLiteral("2024-03-01T10:15:22.5Z") << utc(2024, 3, 1, 10, 15, 22, 500);
    QTest::newRow("+01:00") << QStringLiteral("2024-03-01T10:15:22+01:00") << utc(2024, 3, 1, 9, 15, 22);
    QTest::newRow("-05:30 across midnight")
        << QStringLiteral("2024-02-29T21:00:00.25-05:30") << utc(2024, 3, 1, 2, 30, 0, 250);
    QTest::newRow("+00:00") << QStringLiteral("2024-03-01T10:15:22+00:00") << utc(2024, 3, 1, 10, 15, 22);
    QTest::newRow("no zone") << QStringLiteral("2024-03-01T10:15:22") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2024-03-01") << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2024-13-01T10:15:22Z") << QDateTime();
    QTest::newRow("bad day") << QStringLiteral("2023-02-29T10:15:22Z") << QDateTime();
    QTest::newRow("bad hour") << QStringLiteral("2024-03-01T24:15:22Z") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("gisteren") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestApiJson::dateTimeParsing()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = ApiJson::parseDateTime(text);
    if (!expected.isValid()) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestApiJson::dateTimeFormatting()
{
    QCOMPARE(ApiJson::formatDateTime(utc(2020, 8, 24, 14, 15, 22)), QStringLiteral("2020-08-24T14:15:22Z"));
    QCOMPARE(ApiJson::formatDateTime(utc(2020, 8, 24, 14, 15, 22, 120)), QStringLiteral("2020-08-24T14:15:22.120Z"));
    const QDateTime amsterdam(QDate(2024, 7, 1), QTime(12, 0), Qt::OffsetFromUTC, 7200);
    QCOMPARE(ApiJson::formatDateTime(amsterdam), QStringLiteral("2024-07-01T10:00:00Z"));
    QCOMPARE(ApiJson::formatDate(QDate(2024, 1, 5)), QStringLiteral("2024-01-05"));
    QVERIFY(!ApiJson::parseDate(QStringLiteral("2024-1-5")));
    QVERIFY(!ApiJson::parseDate(QStringLiteral("2024-02-30")));
}

void TestApiJson::openKlantBlanksAccepted()
{
    const QByteArray klantcontact = R"({
        "uuid": "6a1c4b56-1d7e-4f7e-9a57-3b6f0d1e2a01", "url": "http://x/klantcontacten/6a1c4b56-1d7e-4f7e-9a57-3b6f0d1e2a01",
        "nummer": "", "referentienummer": null, "kanaal": "balie", "onderwerp": "Paspoort", "inhoud": "",
        "reactie": "", "indicatieContactGelukt": null, "hoofdOnderwerpType": "", "verdereActieOndernomen": false,
        "taal": "nld", "vertrouwelijk": false, "plaatsgevondenOp": "2024-03-01T10:15:22.123456Z", "metadata": {}})";
    const Result<Klantcontact> k = ApiJson::klantcontactFromJson(QJsonDocument::fromJson(klantcontact).object());
    QVERIFY2(k.ok(), qPrintable(k.error().message));
    QVERIFY(!k.value().nummer.has_value());
    QVERIFY(k.value().hoofdOnderwerpType.isEmpty());
    QCOMPARE(k.value().plaatsgevondenOp, utc(2024, 3, 1, 10, 15, 22, 123));

    const QByteArray adres = R"({
        "uuid": "6a1c4b56-1d7e-4f7e-9a57-3b6f0d1e2a02", "verstrektDoorPartij": null, "verstrektDoorBetrokkene": null,
        "adres": "0612345678", "soortDigitaalAdres": "telefoonnummer", "isStandaardAdres": false,
        "omschrijving": "", "referentie": "", "verificatieDatum": null})";
    const Result<DigitaalAdres> d = ApiJson::digitaalAdresFromJson(QJsonDocument::fromJson(adres).object());
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    QVERIFY(d.value().referentie.isEmpty());

    const QByteArray betrokkene = R"({
        "uuid": "6a1c4b56-1d7e-4f7e-9a57-3b6f0d1e2a03",
        "hadKlantcontact": {"uuid": "6a1c4b56-1d7e-4f7e-9a57-3b6f0d1e2a01", "url": "http://x"},
        "bezoekadres": {"nummeraanduidingId": "", "straatnaam": "", "huisnummer": null, "huisnummertoevoeging": "",
                        "postcode": "", "stad": "", "adresregel1": "", "adresregel2": "", "adresregel3": "", "land": ""},
        "rol": "klant", "initiator": true})";
    const Result<Betrokkene> b = ApiJson::betrokkeneFromJson(QJsonDocument::fromJson(betrokkene).object());
    QVERIFY2(b.ok(), qPrintable(b.error().message));
    QVERIFY(b.value().bezoekadres.has_value());
    QVERIFY(b.value().bezoekadres->isEmpty());
    QVERIFY(!b.value().contactnaam.has_value());
}

void TestApiJson::readOnlyKeysIgnored()
{
    Partij partij = persoon();
    partij.voorkeursDigitaalAdres.reset();
    QJsonObject json = ApiJson().toJson(partij, {});
    json.insert(QStringLiteral("url"), QStringLiteral("not even a url"));
    json.insert(QStringLiteral("betrokkenen"), QStringLiteral("garbage"));
    json.insert(QStringLiteral("vertegenwoordigden"), 42);
    json.insert(QStringLiteral("_expand"), QJsonObject{{QStringLiteral("digitaleAdressen"), QJsonArray()}});
    json.insert(QStringLiteral("categorieRelaties"), QJsonValue(QJsonValue::Null));
    QJsonObject identificatie = json.value(QStringLiteral("partijIdentificatie")).toObject();
    identificatie.insert(QStringLiteral("volledigeNaam"), QStringLiteral("Iemand Anders"));
    json.insert(QStringLiteral("partijIdentificatie"), identificatie);
    const Result<Partij> back = ApiJson::partijFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), partij);
}

void TestApiJson::wrongTypesAreFieldErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("bool as string") << QStringLiteral("indicatieActief") << QJsonValue(QStringLiteral("ja"))
                                    << QStringLiteral("indicatieActief");
    QTest::newRow("nullable bool as number")
        << QStringLiteral("indicatieGeheimhouding") << QJsonValue(1) << QStringLiteral("indicatieGeheimhouding");
    QTest::newRow("string as number") << QStringLiteral("interneNotitie") << QJsonValue(12)
                                      << QStringLiteral("interneNotitie");
    QTest::newRow("unknown soort") << QStringLiteral("soortPartij") << QJsonValue(QStringLiteral("bedrijf"))
                                   << QStringLiteral("soortPartij");
    QTest::newRow("reference as string") << QStringLiteral("voorkeursDigitaalAdres") << QJsonValue(idText(20))
                                         << QStringLiteral("voorkeursDigitaalAdres");
    QTest::newRow("reference bad uuid") << QStringLiteral("voorkeursDigitaalAdres")
                                        << QJsonValue(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("x")}})
                                        << QStringLiteral("voorkeursDigitaalAdres.uuid");
    QTest::newRow("group as array") << QStringLiteral("bezoekadres") << QJsonValue(QJsonArray())
                                    << QStringLiteral("bezoekadres");
    QTest::newRow("huisnummer fraction") << QStringLiteral("bezoekadres")
                                         << QJsonValue(QJsonObject{{QStringLiteral("huisnummer"), 1.5}})
                                         << QStringLiteral("bezoekadres.huisnummer");
    QTest::newRow("list item") << QStringLiteral("digitaleAdressen") << QJsonValue(QJsonArray{QStringLiteral("x")})
                               << QStringLiteral("digitaleAdressen[0]");
    QTest::newRow("uuid missing") << QStringLiteral("uuid") << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("uuid");
    QTest::newRow("required missing") << QStringLiteral("indicatieActief") << QJsonValue(QJsonValue::Undefined)
                                      << QStringLiteral("indicatieActief");
}

void TestApiJson::wrongTypesAreFieldErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    Partij partij = persoon();
    partij.voorkeursDigitaalAdres.reset();
    QJsonObject json = ApiJson().toJson(partij, {});
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const Result<Partij> back = ApiJson::partijFromJson(json);
    QVERIFY(!back.ok());
    QVERIFY2(fieldsOf(back.error()).contains(field), qPrintable(fieldsOf(back.error()).join(QLatin1Char(','))));
    QVERIFY(!back.error().message.isEmpty());
    for (const FieldError &e : back.error().fieldErrors)
        QVERIFY(!e.message.isEmpty());
}

void TestApiJson::validationErrorsCarryPaths()
{
    Partij partij = persoon();
    partij.voorkeursDigitaalAdres.reset();
    partij.contactnaam->voorletters = QStringLiteral("ABCDEFGHIJK"); // 11 > 10
    partij.bezoekadres->postcode = QStringLiteral("1234ab");
    const Result<Partij> back = ApiJson::partijFromJson(ApiJson().toJson(partij, {}));
    QVERIFY(!back.ok());
    const QStringList fields = fieldsOf(back.error());
    QVERIFY2(fields.contains(QStringLiteral("partijIdentificatie.contactnaam.voorletters")),
             qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY2(fields.contains(QStringLiteral("bezoekadres.postcode")), qPrintable(fields.join(QLatin1Char(','))));

    Klantcontact k;
    k.uuid = id(60);
    k.kanaal = QStringLiteral("telefoon");
    k.onderwerp = QStringLiteral("x");
    k.plaatsgevondenOp = utc(2024, 1, 1, 0, 0, 0);
    QJsonObject json = ApiJson().toJson(k, {});
    json.insert(QStringLiteral("plaatsgevondenOp"), QStringLiteral("1 maart"));
    json.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("n"), 3}});
    const Result<Klantcontact> bad = ApiJson::klantcontactFromJson(json);
    QVERIFY(!bad.ok());
    QVERIFY(fieldsOf(bad.error()).contains(QStringLiteral("plaatsgevondenOp")));
    QVERIFY(fieldsOf(bad.error()).contains(QStringLiteral("metadata.n")));
    // A field that could not be read is reported once, not again by the validator as "required".
    QCOMPARE(fieldsOf(bad.error()).count(QStringLiteral("plaatsgevondenOp")), 1);
}

void TestApiJson::nestedIdentificatorErrors()
{
    Partij partij = persoon();
    partij.voorkeursDigitaalAdres.reset();
    PartijIdentificator fout = bsn(partij.uuid);
    fout.objectId = QStringLiteral("123456789"); // fails the 11-proef
    PartijRelaties relaties;
    relaties.partijIdentificatoren = {fout};
    QJsonObject json = ApiJson().toJson(partij, relaties);
    QJsonArray nested = json.value(QStringLiteral("partijIdentificatoren")).toArray();
    nested.append(QStringLiteral("not an object"));
    json.insert(QStringLiteral("partijIdentificatoren"), nested);
    const Result<Partij> back = ApiJson::partijFromJson(json);
    QVERIFY(!back.ok());
    const QStringList fields = fieldsOf(back.error());
    QVERIFY2(fields.contains(QStringLiteral("partijIdentificatoren[0].partijIdentificator.objectId")),
             qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(fields.contains(QStringLiteral("partijIdentificatoren[1]")));
}

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
