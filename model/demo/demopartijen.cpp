// DemoGenerator: the partijen with their identificatoren, digitale adressen and rekeningnummers,
// and the vertegenwoordigingen between them.

#include "model/demo/demogeneratorprivate.h"

#include <QSet>

namespace kcc::demo {

using namespace generation;

DigitaalAdres DemoGenerator::Private::digitaalAdres(DemoRandom &random, SoortDigitaalAdres soort, QString adres)
{
    DigitaalAdres result;
    result.uuid = random.uuid();
    result.soortDigitaalAdres = soort;
    result.adres = std::move(adres);
    return result;
}

void DemoGenerator::Private::makePartijen(DemoRandom &random, DemoRandom &numbers)
{
    // BSNs and RSINs start with 9 and 8 so that they stand out as demo data; the ranges hold
    // about nine million valid numbers each.
    UniqueNumberSequence bsn(numbers, QStringLiteral("9"), 7);
    UniqueNumberSequence rsin(numbers, QStringLiteral("8"), 7);
    UniqueNumberSequence kvk(numbers, QStringLiteral("9"), 7);
    UniqueNumberSequence vestiging(numbers, QStringLiteral("0000"), 8);
    const PartijNumbers sequences{bsn, rsin, kvk, vestiging};

    partijUuid.reserve(size_t(partijCount));
    partijFlags.reserve(size_t(partijCount));
    for (qint64 i = 0; i < partijCount && ok; ++i) {
        makePartij(random, i, sequences);
        step();
    }
}

void DemoGenerator::Private::makePartij(DemoRandom &random, qint64 index, const PartijNumbers &numbers)
{
    identificatoren.clear();
    digitaleAdressen.clear();
    rekeningnummers.clear();

    Partij partij = newPartij(random, index);
    const tables::City &city = values.city(random);
    int standaardMask = 0; // per soort: a standaard address has been chosen
    quint8 flags = 0;
    if (partij.soortPartij == SoortPartij::Persoon)
        flags = makePersoon(random, partij, city, standaardMask, numbers.bsn);
    else if (partij.soortPartij == SoortPartij::Organisatie)
        flags = makeOrganisatie(random, index, partij, city, standaardMask, numbers);
    else
        flags = makeContactpersoon(random, index, partij, standaardMask);
    if (partij.indicatieActief)
        flags |= ActiveFlag;
    chooseVoorkeuren(random, partij);

    partijUuid.push_back(partij.uuid);
    partijFlags.push_back(flags);

    add(partij);
    for (const PartijIdentificator &id : std::as_const(identificatoren))
        add(id);
    for (const DigitaalAdres &da : std::as_const(digitaleAdressen))
        add(da);
    for (const Rekeningnummer &rekening : std::as_const(rekeningnummers))
        add(rekening);
}

// The partij itself: its soort and the fields every soort has.
Partij DemoGenerator::Private::newPartij(DemoRandom &random, qint64 index)
{
    Partij partij;
    partij.uuid = random.uuid();
    partij.nummer = QString::number(100001 + index);

    // The first three are one of each soort, so that even a tiny demo shows all of them.
    SoortPartij soort = SoortPartij::Persoon;
    const int roll = int(random.below(100));
    if (index == 1 || (index > 2 && roll >= 80 && roll < 95))
        soort = SoortPartij::Organisatie;
    else if ((index == 2 || (index > 2 && roll >= 95)) && !organisaties.empty())
        soort = SoortPartij::Contactpersoon;
    partij.soortPartij = soort;
    partij.indicatieActief = !random.chance(15);
    const int geheim = int(random.below(1000));
    partij.indicatieGeheimhouding = geheim < 20    ? std::optional<bool>(true)
                                    : geheim < 320 ? std::optional<bool>(false)
                                                   : std::nullopt;
    if (random.chance(30))
        partij.interneNotitie = random.pick(tables::interneNotities());
    return partij;
}

void DemoGenerator::Private::addOwnAdres(DemoRandom &random, const Partij &partij, int &standaardMask,
                                         SoortDigitaalAdres soort, QString adres, const QString &omschrijving)
{
    DigitaalAdres da = digitaalAdres(random, soort, std::move(adres));
    da.verstrektDoorPartij = partij.uuid;
    da.omschrijving = omschrijving;
    const int bit = 1 << int(soort);
    if (!(standaardMask & bit) && random.chance(800)) {
        da.isStandaardAdres = true;
        standaardMask |= bit;
    }
    if (random.chance(400))
        da.verificatieDatum = referenceDateTime().date().addDays(-random.between(1, 1500));
    digitaleAdressen.append(da);
}

void DemoGenerator::Private::addRekening(DemoRandom &random, const Partij &partij, int permilleBic)
{
    Rekeningnummer rekening;
    rekening.uuid = random.uuid();
    rekening.partij = partij.uuid;
    QString bic;
    rekening.iban = values.iban(random, &bic);
    if (random.chance(permilleBic))
        rekening.bic = bic;
    rekeningnummers.append(rekening);
}

quint8 DemoGenerator::Private::makePersoon(DemoRandom &random, Partij &partij, const tables::City &city,
                                           int &standaardMask, UniqueNumberSequence &bsn)
{
    const auto addOwn = [&](SoortDigitaalAdres soort, QString adres, const QString &omschrijving) {
        addOwnAdres(random, partij, standaardMask, soort, std::move(adres), omschrijving);
    };
    const Contactnaam naam = values.contactnaam(random);
    partij.contactnaam = naam;
    const int taal = int(random.below(100));
    partij.voorkeurstaal = taal < 84   ? QStringLiteral("nld")
                           : taal < 89 ? QStringLiteral("eng")
                           : taal < 92 ? QStringLiteral("tur")
                           : taal < 94 ? QStringLiteral("ara")
                           : taal < 96 ? QStringLiteral("pol")
                                       : QString();

    PartijIdentificator id;
    id.uuid = random.uuid();
    id.identificeerdePartij = partij.uuid;
    id.codeRegister = CodeRegister::Brp;
    id.codeObjecttype = CodeObjecttype::NatuurlijkPersoon;
    id.codeSoortObjectId = CodeSoortObjectId::Bsn;
    id.objectId = bsn.nextElfproef();
    identificatoren.append(id);

    // About 5% are "empty" partijen (V6898 rule 3): known by BSN, no reusable contact details.
    const bool leeg = random.chance(50);
    if (leeg)
        return PersoonFlag;
    const bool abroad = random.chance(30);
    if (abroad) {
        partij.bezoekadres = values.buitenlandsAdres(random);
        addOwn(SoortDigitaalAdres::Telefoonnummer, values.buitenlandsNummer(random, partij.bezoekadres->land),
               QStringLiteral("Mobiel"));
    } else {
        partij.bezoekadres = values.adres(random, city);
        if (random.chance(40))
            partij.correspondentieadres = values.adres(random, values.city(random));
        if (random.chance(750)) {
            if (random.chance(850))
                addOwn(SoortDigitaalAdres::Telefoonnummer, values.mobiel(random), QStringLiteral("Mobiel"));
            else
                addOwn(SoortDigitaalAdres::Telefoonnummer, values.vastNummer(random, city), QStringLiteral("Thuis"));
        }
        if (random.chance(80))
            addOwn(SoortDigitaalAdres::Telefoonnummer, values.vastNummer(random, values.city(random)),
                   QStringLiteral("Werk"));
    }
    if (random.chance(600)) {
        addOwn(SoortDigitaalAdres::Email, values.privateEmail(random, naam),
               random.chance(500) ? QStringLiteral("Privé") : QString());
        if (random.chance(100))
            digitaleAdressen.last().referentie = QStringLiteral("portaalvoorkeur");
    }
    if (random.chance(200))
        addRekening(random, partij, 250);
    return PersoonFlag;
}

quint8 DemoGenerator::Private::makeOrganisatie(DemoRandom &random, qint64 index, Partij &partij,
                                               const tables::City &city, int &standaardMask,
                                               const PartijNumbers &numbers)
{
    const auto addOwn = [&](SoortDigitaalAdres soort, QString adres, const QString &omschrijving) {
        addOwnAdres(random, partij, standaardMask, soort, std::move(adres), omschrijving);
    };
    QString domain;
    partij.organisatieNaam = values.organisatieNaam(random, &domain);
    partij.voorkeurstaal = random.chance(950) ? QStringLiteral("nld") : QStringLiteral("eng");
    if (random.chance(30)) {
        partij.bezoekadres = values.buitenlandsAdres(random);
    } else {
        partij.bezoekadres = values.adres(random, city);
        if (random.chance(300))
            partij.correspondentieadres = values.postbus(random, city);
    }

    PartijIdentificator kvkId;
    kvkId.uuid = random.uuid();
    kvkId.identificeerdePartij = partij.uuid;
    kvkId.codeRegister = CodeRegister::Hr;
    kvkId.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
    kvkId.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
    kvkId.objectId = numbers.kvk.next();
    identificatoren.append(kvkId);
    if (random.chance(850)) {
        PartijIdentificator vestigingId;
        vestigingId.uuid = random.uuid();
        vestigingId.identificeerdePartij = partij.uuid;
        vestigingId.codeRegister = CodeRegister::Hr;
        vestigingId.codeObjecttype = CodeObjecttype::Vestiging;
        vestigingId.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
        vestigingId.objectId = numbers.vestiging.next();
        vestigingId.subIdentificatorVan = kvkId.uuid;
        identificatoren.append(vestigingId);
    }
    if (random.chance(400)) {
        PartijIdentificator rsinId;
        rsinId.uuid = random.uuid();
        rsinId.identificeerdePartij = partij.uuid;
        rsinId.codeRegister = CodeRegister::Hr;
        rsinId.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
        rsinId.codeSoortObjectId = CodeSoortObjectId::Rsin;
        rsinId.objectId = numbers.rsin.nextElfproef();
        identificatoren.append(rsinId);
    }

    if (random.chance(850))
        addOwn(SoortDigitaalAdres::Email,
               (random.chance(700) ? QStringLiteral("info@") : QStringLiteral("administratie@")) + domain,
               QStringLiteral("Algemeen"));
    if (random.chance(800))
        addOwn(SoortDigitaalAdres::Telefoonnummer, values.vastNummer(random, city), QStringLiteral("Receptie"));
    if (random.chance(100))
        addOwn(SoortDigitaalAdres::Overig, QStringLiteral("https://www.") + domain, QStringLiteral("Website"));
    if (random.chance(500))
        addRekening(random, partij, 500);

    organisaties.push_back(qint32(index));
    organisatieNaam.push_back(partij.organisatieNaam);
    organisatieDomein.push_back(domain);
    return OrganisatieFlag;
}

quint8 DemoGenerator::Private::makeContactpersoon(DemoRandom &random, qint64 index, Partij &partij, int &standaardMask)
{
    const auto addOwn = [&](SoortDigitaalAdres soort, QString adres, const QString &omschrijving) {
        addOwnAdres(random, partij, standaardMask, soort, std::move(adres), omschrijving);
    };
    const qint32 positie = qint32(random.below(organisaties.size()));
    const Contactnaam naam = values.contactnaam(random);
    partij.contactnaam = naam;
    partij.werkteVoorPartij = partijUuid[size_t(organisaties[size_t(positie)])];
    partij.contactpersoonUuid = random.uuid();
    partij.voorkeurstaal = QStringLiteral("nld");
    if (random.chance(800))
        addOwn(SoortDigitaalAdres::Email, values.workEmail(naam, organisatieDomein[size_t(positie)]),
               QStringLiteral("Werk"));
    if (random.chance(500))
        addOwn(SoortDigitaalAdres::Telefoonnummer, values.mobiel(random), QStringLiteral("Mobiel werk"));
    if (partij.indicatieActief) {
        contactpersonen.push_back(qint32(index));
        werkteVoor.push_back(positie);
    }
    return ContactpersoonFlag;
}

void DemoGenerator::Private::chooseVoorkeuren(DemoRandom &random, Partij &partij)
{
    if (!digitaleAdressen.isEmpty()) {
        // Prefer the standaard phone number, as a KCC would call back on it; else any own address.
        qsizetype voorkeur = qsizetype(random.below(quint64(digitaleAdressen.size())));
        for (qsizetype i = 0; i < digitaleAdressen.size(); ++i) {
            if (digitaleAdressen[i].isStandaardAdres &&
                digitaleAdressen[i].soortDigitaalAdres == SoortDigitaalAdres::Telefoonnummer && random.chance(700))
                voorkeur = i;
        }
        partij.voorkeursDigitaalAdres = digitaleAdressen[voorkeur].uuid;
    }
    if (!rekeningnummers.isEmpty() && random.chance(900))
        partij.voorkeursRekeningnummer = rekeningnummers.front().uuid;
}

qint32 DemoGenerator::Private::randomPartij(DemoRandom &random, quint8 soortFlags)
{
    if (partijUuid.empty())
        return -1;
    // Rejection sampling: inactive partijen are rare, personen common; organisaties are drawn
    // from their own list so that a small demo still finds one.
    if (soortFlags == OrganisatieFlag) {
        for (int attempt = 0; attempt < 64 && !organisaties.empty(); ++attempt) {
            const qint32 candidate = organisaties[size_t(random.below(organisaties.size()))];
            if (partijFlags[size_t(candidate)] & ActiveFlag)
                return candidate;
        }
        return -1;
    }
    for (int attempt = 0; attempt < 64; ++attempt) {
        const qint32 candidate = qint32(random.below(partijUuid.size()));
        const quint8 flags = partijFlags[size_t(candidate)];
        if ((flags & ActiveFlag) && (flags & soortFlags))
            return candidate;
    }
    return -1;
}

// --- Vertegenwoordigingen ------------------------------------------------------------------

void DemoGenerator::Private::makeVertegenwoordigingen(DemoRandom &random)
{
    if (!ok || partijCount < 2)
        return;
    const qint64 wanted = qMax<qint64>(1, partijCount * 3 / 100);
    QSet<quint64> pairs;
    pairs.reserve(wanted);
    for (qint64 attempt = 0; attempt < wanted * 4 && qint64(vertegenwoordigingen.size()) < wanted && ok; ++attempt) {
        // Family members, or a bewindvoerder / zorginstelling (an organisatie).
        const qint32 vertegenwoordigende =
            random.chance(550) ? randomPartij(random, PersoonFlag) : randomPartij(random, OrganisatieFlag);
        const qint32 vertegenwoordigde = randomPartij(random, PersoonFlag);
        if (vertegenwoordigende < 0 || vertegenwoordigde < 0 || vertegenwoordigende == vertegenwoordigde)
            continue;
        const quint64 key = (quint64(quint32(vertegenwoordigende)) << 32) | quint32(vertegenwoordigde);
        if (pairs.contains(key))
            continue;
        pairs.insert(key);
        Vertegenwoordiging v;
        v.uuid = random.uuid();
        v.vertegenwoordigendePartij = partijUuid[size_t(vertegenwoordigende)];
        v.vertegenwoordigdePartij = partijUuid[size_t(vertegenwoordigde)];
        vertegenwoordigingen.emplace_back(vertegenwoordigende, vertegenwoordigde);
        add(v);
    }
}

} // namespace kcc::demo
