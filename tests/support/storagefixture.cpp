#include "tests/support/storagefixture.h"

#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"

#include <QTimeZone>

namespace kcc::test {

namespace {

QUuid id(int n)
{
    // Deliberately not in insertion order, so that rowid order and uuid order differ.
    return QUuid::fromString(
        QStringLiteral("%1-0000-4000-8000-000000000000").arg(0xf0000000u - uint(n) * 7919u, 8, 16, QLatin1Char('0')));
}

Adres fullAdres(const QString &straat, int huisnummer)
{
    Adres adres;
    adres.nummeraanduidingId = QStringLiteral("0363200000123456");
    adres.straatnaam = straat;
    adres.huisnummer = huisnummer;
    adres.huisnummertoevoeging = QStringLiteral("bis");
    adres.postcode = QStringLiteral("1012 AB");
    adres.stad = QStringLiteral("’s-Hertogenbosch");
    adres.adresregel1 = QStringLiteral("regel één");
    adres.adresregel2 = QStringLiteral("regel twee");
    adres.adresregel3 = QStringLiteral("regel drie");
    adres.land = QStringLiteral("NL");
    return adres;
}

Contactnaam fullNaam(const QString &voornaam, const QString &achternaam)
{
    return Contactnaam{QStringLiteral("Đ.Ç."), voornaam, QStringLiteral("van der"), achternaam};
}

ObjectIdentificator fullIdentificator(const QString &objectId)
{
    return ObjectIdentificator{objectId, QStringLiteral("zaak"), QStringLiteral("open-zaak"), QStringLiteral("uuid")};
}

} // namespace

StorageFixture StorageFixture::full()
{
    StorageFixture f;
    const QDateTime moment(QDate(2024, 3, 31), QTime(1, 59, 58, 123), Qt::UTC);

    f.medewerker = Actor{id(1),
                         QStringLiteral("Ðorđe Ðorđević"),
                         SoortActor::Medewerker,
                         false,
                         fullIdentificator(QStringLiteral("medewerker-17")),
                         true,
                         QStringLiteral("KCC-medewerker"),
                         QStringLiteral("d.dordevic@example.nl"),
                         QStringLiteral("0201234567"),
                         QStringLiteral("Tweede lijn"),
                         QStringLiteral("0207654321")};
    f.afdeling = Actor{id(2),
                       QStringLiteral("Afdeling Burgerzaken"),
                       SoortActor::OrganisatorischeEenheid,
                       true,
                       std::nullopt,
                       true,
                       QString(),
                       QStringLiteral("burgerzaken@example.nl"),
                       QStringLiteral("0201111111"),
                       QStringLiteral("Balie"),
                       QStringLiteral("0202222222")};

    f.organisatie.uuid = id(3);
    f.organisatie.nummer = QStringLiteral("1000");
    f.organisatie.soortPartij = SoortPartij::Organisatie;
    f.organisatie.organisatieNaam = QStringLiteral("Çelik & Müller B.V.");
    f.organisatie.bezoekadres = fullAdres(QStringLiteral("Keizersgracht"), 1);

    Partij &p = f.contactpersoon;
    p.uuid = id(4);
    p.nummer = QStringLiteral("1001");
    p.interneNotitie = QStringLiteral("Belt liever 's ochtends; '; DROP TABLE partij; --");
    p.voorkeursDigitaalAdres = id(8);
    p.voorkeursRekeningnummer = id(9);
    p.soortPartij = SoortPartij::Contactpersoon;
    p.indicatieGeheimhouding = true;
    p.voorkeurstaal = QStringLiteral("eng");
    p.indicatieActief = false;
    p.bezoekadres = fullAdres(QStringLiteral("Dorpsstraat"), 12);
    p.correspondentieadres = fullAdres(QStringLiteral("Postbus"), 99999);
    p.heeftPartijIdentificatie = false;
    p.contactnaam = fullNaam(QStringLiteral("Ayşe"), QStringLiteral("Müller"));
    p.organisatieNaam = QStringLiteral("niet gebruikt");
    p.werkteVoorPartij = f.organisatie.uuid;
    p.contactpersoonUuid = id(5);

    f.kvk = PartijIdentificator{id(6),
                                f.organisatie.uuid,
                                QStringLiteral("oud KvK-veld"),
                                CodeObjecttype::NietNatuurlijkPersoon,
                                CodeSoortObjectId::KvkNummer,
                                QStringLiteral("12345678"),
                                CodeRegister::Hr,
                                std::nullopt};
    f.vestiging = PartijIdentificator{id(7),
                                      f.organisatie.uuid,
                                      QStringLiteral("vestiging"),
                                      CodeObjecttype::Vestiging,
                                      CodeSoortObjectId::Vestigingsnummer,
                                      QStringLiteral("000012345678"),
                                      CodeRegister::Hr,
                                      f.kvk.uuid};
    f.bsn = PartijIdentificator{id(17),
                                p.uuid,
                                QString(),
                                CodeObjecttype::NatuurlijkPersoon,
                                CodeSoortObjectId::Bsn,
                                QStringLiteral("999993653"),
                                CodeRegister::Brp,
                                std::nullopt};

    f.email = DigitaalAdres{id(8),
                            id(14),
                            p.uuid,
                            QStringLiteral("ayse.muller@example.nl"),
                            SoortDigitaalAdres::Email,
                            true,
                            QStringLiteral("Werk"),
                            QStringLiteral("portaalvoorkeur"),
                            QDate(2023, 12, 31)};
    f.rekening = Rekeningnummer{id(9), p.uuid, QStringLiteral("NL91ABNA0417164300"), QStringLiteral("ABNANL2A")};
    f.vertegenwoordiging = Vertegenwoordiging{id(10), p.uuid, f.organisatie.uuid};

    Klantcontact &k = f.vraag;
    k.uuid = id(11);
    k.nummer = QStringLiteral("0000000007");
    k.referentienummer = QStringLiteral("2024000001");
    k.kanaal = QStringLiteral("telefoon");
    k.onderwerp = QStringLiteral("Parkeervergunning; '; DROP TABLE klantcontact; --");
    k.inhoud = QStringLiteral("Vraag over de \"vergunning\" van Ðorđević.\nTweede regel.");
    k.reactie = QString(4000, QChar(u'ë'));
    k.indicatieContactGelukt = false;
    k.hoofdOnderwerpType = QStringLiteral("https://example.nl/onderwerpen/parkeren");
    k.verdereActieOndernomen = true;
    k.taal = QStringLiteral("nld");
    k.vertrouwelijk = true;
    k.plaatsgevondenOp = moment;
    k.metadata = {{QStringLiteral("zeta"), QStringLiteral("laatste")}, {QStringLiteral("alpha"), QStringLiteral("ü")}};

    Klantcontact &t = f.terugbelContact;
    t.uuid = id(12);
    t.kanaal = QStringLiteral("telefoon");
    t.onderwerp = QStringLiteral("Terugbelverzoek");
    t.indicatieContactGelukt = true;
    t.plaatsgevondenOp = moment.addDays(1);

    Betrokkene &b = f.betrokkene;
    b.uuid = id(14);
    b.wasPartij = p.uuid;
    b.hadKlantcontact = k.uuid;
    b.bezoekadres = fullAdres(QStringLiteral("Çarşı"), 7);
    b.correspondentieadres = fullAdres(QStringLiteral("Marktplein"), 3);
    b.contactnaam = fullNaam(QStringLiteral("Jan"), QStringLiteral("Jansen"));
    b.rol = Rol::Vertegenwoordiger;
    b.organisatienaam = QStringLiteral("Çelik & Müller B.V.");
    b.initiator = false;

    f.terugbelBetrokkene =
        Betrokkene{id(15), std::nullopt, t.uuid, std::nullopt, std::nullopt, std::nullopt, Rol::Klant, QString(), true};
    f.actorVraag = ActorKlantcontact{id(16), f.medewerker.uuid, k.uuid};
    f.actorTerugbel = ActorKlantcontact{id(18), f.medewerker.uuid, t.uuid};
    f.onderwerp = Onderwerpobject{id(19), t.uuid, k.uuid, fullIdentificator(QStringLiteral("zaak-1"))};
    f.bijlage = Bijlage{id(20), k.uuid, fullIdentificator(QStringLiteral("document-'quoted'"))};

    InterneTaak &it = f.taak;
    it.uuid = id(21);
    it.nummer = QStringLiteral("31");
    it.referentienummer = QStringLiteral("2024000002");
    it.gevraagdeHandeling = QStringLiteral("Terugbellen");
    it.aanleidinggevendKlantcontact = k.uuid;
    it.toegewezenAanActoren = {f.afdeling.uuid, f.medewerker.uuid};
    it.toelichting = QStringLiteral("Na 14:00 bellen");
    it.status = TaakStatus::Verwerkt;
    it.toegewezenOp = moment.addSecs(60);
    it.afgehandeldOp = moment.addDays(2);
    return f;
}

Result<> StorageFixture::insertAll(storage::Database &database) const
{
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    auto insert = [&](const auto &item) -> Result<> {
        storage::Repository<std::decay_t<decltype(item)>> repository(database);
        return repository.insert(item);
    };
    // Children first: the deferred references are only checked at commit.
    for (Result<> r :
         {insert(taak), insert(bijlage), insert(onderwerp), insert(actorTerugbel), insert(actorVraag),
          insert(terugbelBetrokkene), insert(betrokkene), insert(vertegenwoordiging), insert(rekening), insert(email),
          insert(bsn), insert(vestiging), insert(kvk), insert(contactpersoon), insert(organisatie),
          insert(terugbelContact), insert(vraag), insert(afdeling), insert(medewerker)}) {
        if (!r)
            return r;
    }
    return transaction.commit();
}

} // namespace kcc::test
