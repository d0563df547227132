#include "model/demo/demogenerator.h"

#include "model/demo/demorandom.h"
#include "model/demo/demosink.h"
#include "model/demo/demotables.h"
#include "model/demo/demovalues.h"
#include "model/demo/uniquenumbersequence.h"

#include <QList>
#include <QSet>

#include <algorithm>

#include <deque>
#include <vector>

namespace kcc::demo {
namespace {

// Independent PRNG streams, so that e.g. the number of klantcontacten does not change the partijen.
enum Stream : quint64
{
    ActorStream = 1,
    PartijStream = 2,
    VertegenwoordigingStream = 3,
    KlantcontactStream = 4,
    NumberStream = 5,
};

enum PartijFlag : quint8
{
    PersoonFlag = 0x1,
    OrganisatieFlag = 0x2,
    ContactpersoonFlag = 0x4,
    ActiveFlag = 0x8,
};

constexpr qint64 kDays = 730;
constexpr qint64 kDay = 86400;
constexpr int kKccAfdeling = 7; // index of "KCC" in tables::afdelingen()

QString municipalDomain()
{
    return QStringLiteral("voorbeeldgemeente.nl");
}

enum class Variant
{
    Anoniem,           // A: not a partij; contactnaam and a one-off address for the follow-up
    Partij,            // B: a known partij, its own default contact details
    PartijEenmalig,    // B with a one-off phone number for this contact
    Vertegenwoordiger, // someone representing a partij (vertegenwoordiging)
    Contactpersoon,    // a contactpersoon speaking for their organisatie
};

// A "Terugbellen" task waiting for its callback. The task itself is added to the sink only when
// it is closed (or at the end, still open), so that its status and afgehandeldOp are final.
struct PendingCallback
{
    InterneTaak taak;
    QDateTime plaatsgevondenOp; // of the request, later of the last failed attempt
    QDate gevraagdOp;
    qint32 partij = -1; // -1: variant A, use contactnaam and telefoon
    Contactnaam contactnaam;
    QString telefoon;
    int onderwerp = 0;
    std::optional<QUuid> medewerker; // the assigned medewerker who calls back, if any
    int attempts = 0;
};

} // namespace

struct DemoGenerator::Private
{
    quint64 seed;
    qint64 partijCount;
    qint64 klantcontactCount;
    DemoSink *sink = nullptr;
    bool ok = true;
    qint64 done = 0;
    DemoValues values;
    QDateTime start; // midnight UTC, kDays before the reference date

    // Actors
    QList<QUuid> afdelingen;
    QUuid chatbot;
    QList<QUuid> actieveMedewerkers;

    // What the klantcontacten need to know about the partijen (kept compact: a million of them).
    std::vector<QUuid> partijUuid;
    std::vector<quint8> partijFlags;
    std::vector<qint32> organisaties;     // partij indexes of the organisaties
    std::vector<QString> organisatieNaam; // parallel to organisaties
    std::vector<QString> organisatieDomein;
    std::vector<qint32> contactpersonen; // partij indexes of active contactpersonen
    std::vector<qint32> werkteVoor;      // per contactpersoon (parallel): position in organisaties
    std::vector<std::pair<qint32, qint32>> vertegenwoordigingen;

    QList<QUuid> zaaktypen; // one per onderwerp, for hoofdOnderwerpType
    qint64 taakNummer = 0;
    std::deque<PendingCallback> pending;

    // Reused per record so that the hot loops do not allocate lists.
    QList<PartijIdentificator> identificatoren;
    QList<DigitaalAdres> digitaleAdressen;
    QList<Rekeningnummer> rekeningnummers;

    template<typename T>
    void add(const T &item)
    {
        if (ok)
            ok = sink->add(item);
    }
    void step()
    {
        ++done;
        if ((done & 1023) == 0 && ok)
            ok = sink->progress(done, partijCount + klantcontactCount);
    }

    void makeActors(DemoRandom &random);
    void makePartijen(DemoRandom &random, DemoRandom &numbers);
    void makePartij(DemoRandom &random, qint64 index, UniqueNumberSequence &bsn, UniqueNumberSequence &rsin,
                    UniqueNumberSequence &kvk, UniqueNumberSequence &vestiging);
    void makeVertegenwoordigingen(DemoRandom &random);
    void makeKlantcontacten(DemoRandom &random);
    void makeKlantcontact(DemoRandom &random, qint64 index, const QDateTime &dayStart, bool weekend);
    void makeCallback(DemoRandom &random, qint64 index, PendingCallback callback, const QDateTime &when);
    void closePending(PendingCallback &callback, const QDateTime &afgehandeldOp);

    qint32 randomPartij(DemoRandom &random, quint8 soortFlags);
    QUuid randomMedewerker(DemoRandom &random, const QUuid &except = QUuid());
    DigitaalAdres digitaalAdres(DemoRandom &random, SoortDigitaalAdres soort, QString adres);
    QList<QUuid> assignees(DemoRandom &random, int afdeling, const QString &handeling);
    // Work is closed during office hours: moves `moment` to a working hour of the same day, unless
    // that would be before `notBefore`.
    static QDateTime duringOfficeHours(DemoRandom &random, const QDateTime &moment, const QDateTime &notBefore);
    QString nextTaakNummer() { return QString::number(700000 + ++taakNummer); }
};

DemoGenerator::DemoGenerator(quint64 seed, qint64 partijen, qint64 klantcontacten)
    : d(std::make_unique<Private>())
{
    d->seed = seed;
    d->partijCount = qMax<qint64>(0, partijen);
    d->klantcontactCount = qMax<qint64>(0, klantcontacten);
    d->start = QDateTime(referenceDateTime().date().addDays(-kDays), QTime(0, 0), Qt::UTC);
}

DemoGenerator::~DemoGenerator() = default;

QDateTime DemoGenerator::referenceDateTime()
{
    return QDateTime(QDate(2025, 3, 31), QTime(17, 0), Qt::UTC);
}

bool DemoGenerator::run(DemoSink &sink)
{
    d->sink = &sink;
    DemoRandom actorRandom(d->seed, ActorStream);
    d->makeActors(actorRandom);
    DemoRandom partijRandom(d->seed, PartijStream);
    DemoRandom numberRandom(d->seed, NumberStream);
    d->makePartijen(partijRandom, numberRandom);
    DemoRandom vertegenwoordigingRandom(d->seed, VertegenwoordigingStream);
    d->makeVertegenwoordigingen(vertegenwoordigingRandom);
    DemoRandom klantcontactRandom(d->seed, KlantcontactStream);
    d->makeKlantcontacten(klantcontactRandom);
    if (d->ok)
        d->ok = sink.progress(d->partijCount + d->klantcontactCount, d->partijCount + d->klantcontactCount);
    return d->ok;
}

// --- Actors --------------------------------------------------------------------------------

void DemoGenerator::Private::makeActors(DemoRandom &random)
{
    const tables::City &gemeente = tables::cities()[3]; // the municipality's own netnummer (030)
    for (const tables::Afdeling &afdeling : tables::afdelingen()) {
        Actor actor;
        actor.uuid = random.uuid();
        actor.naam = afdeling.naam;
        actor.soortActor = SoortActor::OrganisatorischeEenheid;
        actor.heeftActorIdentificatie = true;
        actor.omschrijving = afdeling.omschrijving;
        actor.emailadres = afdeling.mailbox + QLatin1Char('@') + municipalDomain();
        actor.telefoonnummer = values.vastNummer(random, gemeente);
        actor.actoridentificator = ObjectIdentificator{afdeling.mailbox.toUpper(), QStringLiteral("afdeling"),
                                                       QStringLiteral("organisatie"), QStringLiteral("code")};
        afdelingen.append(actor.uuid);
        add(actor);
    }

    Actor bot;
    bot.uuid = random.uuid();
    bot.naam = QStringLiteral("Gem, de digitale assistent");
    bot.soortActor = SoortActor::GeautomatiseerdeActor;
    bot.heeftActorIdentificatie = true;
    bot.functie = QStringLiteral("Chatbot");
    bot.omschrijving =
        QStringLiteral("Beantwoordt eenvoudige vragen in de chat op de website en draagt over aan het KCC.");
    chatbot = bot.uuid;
    add(bot);

    for (int i = 0; i < medewerkerCount; ++i) {
        const Contactnaam naam = values.contactnaam(random);
        Actor actor;
        actor.uuid = random.uuid();
        actor.naam = naam.volledigeNaam();
        actor.soortActor = SoortActor::Medewerker;
        actor.heeftActorIdentificatie = true;
        actor.functie = i < 3   ? QStringLiteral("Teamleider KCC")
                        : i < 9 ? QStringLiteral("Baliemedewerker")
                                : QStringLiteral("KCC-medewerker");
        actor.emailadres = values.workEmail(naam, municipalDomain());
        actor.telefoonnummer = values.vastNummer(random, gemeente);
        actor.actoridentificator =
            ObjectIdentificator{QString::number(random.between(100000, 999999)), QStringLiteral("medewerker"),
                                QStringLiteral("personeelsadministratie"), QStringLiteral("personeelsnummer")};
        // The last ones have left; they are kept for history but never linked to a contact or task.
        actor.indicatieActief = i < medewerkerCount - inactiveMedewerkerCount;
        if (actor.indicatieActief)
            actieveMedewerkers.append(actor.uuid);
        add(actor);
    }
}

// --- Partijen ------------------------------------------------------------------------------

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

    partijUuid.reserve(size_t(partijCount));
    partijFlags.reserve(size_t(partijCount));
    for (qint64 i = 0; i < partijCount && ok; ++i) {
        makePartij(random, i, bsn, rsin, kvk, vestiging);
        step();
    }
}

void DemoGenerator::Private::makePartij(DemoRandom &random, qint64 index, UniqueNumberSequence &bsn,
                                        UniqueNumberSequence &rsin, UniqueNumberSequence &kvk,
                                        UniqueNumberSequence &vestiging)
{
    identificatoren.clear();
    digitaleAdressen.clear();
    rekeningnummers.clear();

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

    const tables::City &city = values.city(random);
    int standaardMask = 0; // per soort: a standaard address has been chosen
    const auto addOwn = [&](SoortDigitaalAdres soortAdres, QString adres, const QString &omschrijving) {
        DigitaalAdres da = digitaalAdres(random, soortAdres, std::move(adres));
        da.verstrektDoorPartij = partij.uuid;
        da.omschrijving = omschrijving;
        const int bit = 1 << int(soortAdres);
        if (!(standaardMask & bit) && random.chance(800)) {
            da.isStandaardAdres = true;
            standaardMask |= bit;
        }
        if (random.chance(400))
            da.verificatieDatum = referenceDateTime().date().addDays(-random.between(1, 1500));
        digitaleAdressen.append(da);
    };
    const auto addRekening = [&](int permilleBic) {
        Rekeningnummer rekening;
        rekening.uuid = random.uuid();
        rekening.partij = partij.uuid;
        QString bic;
        rekening.iban = values.iban(random, &bic);
        if (random.chance(permilleBic))
            rekening.bic = bic;
        rekeningnummers.append(rekening);
    };

    quint8 flags = 0;
    if (soort == SoortPartij::Persoon) {
        flags = PersoonFlag;
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
        if (!leeg) {
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
                        addOwn(SoortDigitaalAdres::Telefoonnummer, values.vastNummer(random, city),
                               QStringLiteral("Thuis"));
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
                addRekening(250);
        }
    } else if (soort == SoortPartij::Organisatie) {
        flags = OrganisatieFlag;
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
        kvkId.objectId = kvk.next();
        identificatoren.append(kvkId);
        if (random.chance(850)) {
            PartijIdentificator vestigingId;
            vestigingId.uuid = random.uuid();
            vestigingId.identificeerdePartij = partij.uuid;
            vestigingId.codeRegister = CodeRegister::Hr;
            vestigingId.codeObjecttype = CodeObjecttype::Vestiging;
            vestigingId.codeSoortObjectId = CodeSoortObjectId::Vestigingsnummer;
            vestigingId.objectId = vestiging.next();
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
            rsinId.objectId = rsin.nextElfproef();
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
            addRekening(500);

        organisaties.push_back(qint32(index));
        organisatieNaam.push_back(partij.organisatieNaam);
        organisatieDomein.push_back(domain);
    } else {
        flags = ContactpersoonFlag;
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
    }
    if (partij.indicatieActief)
        flags |= ActiveFlag;

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

// --- Klantcontacten ------------------------------------------------------------------------

QUuid DemoGenerator::Private::randomMedewerker(DemoRandom &random, const QUuid &except)
{
    for (;;) {
        const QUuid &candidate = actieveMedewerkers[qsizetype(random.below(quint64(actieveMedewerkers.size())))];
        if (candidate != except)
            return candidate;
    }
}

QList<QUuid> DemoGenerator::Private::assignees(DemoRandom &random, int afdeling, const QString &handeling)
{
    if (handeling == QLatin1String("Opnieuw routeren")) {
        if (afdeling == kKccAfdeling)
            return {afdelingen[kKccAfdeling]};
        return {afdelingen[kKccAfdeling], afdelingen[afdeling]};
    }
    const int roll = int(random.below(100));
    if (roll < 50)
        return {afdelingen[afdeling]};
    if (roll < 80)
        return {randomMedewerker(random)};
    return {afdelingen[afdeling], randomMedewerker(random)};
}

void DemoGenerator::Private::makeKlantcontacten(DemoRandom &random)
{
    for (int i = 0; i < int(tables::onderwerpen().size()); ++i)
        zaaktypen.append(random.uuid());
    if (actieveMedewerkers.isEmpty() || klantcontactCount == 0) {
        return;
    }
    for (qint64 k = 0; k < klantcontactCount && ok; ++k) {
        // Spread evenly over the period, in chronological order, so callbacks follow their request.
        const qint64 day = k * kDays / klantcontactCount;
        const QDateTime dayStart = start.addSecs(day * kDay);
        const bool weekend = dayStart.date().dayOfWeek() >= 6;

        // Callbacks that waited too long were answered another way (a letter, an e-mail).
        while (!pending.empty() && pending.front().plaatsgevondenOp.secsTo(dayStart) > 10 * kDay) {
            PendingCallback stale = std::move(pending.front());
            pending.pop_front();
            const QDateTime toegewezenOp = stale.taak.toegewezenOp;
            closePending(stale,
                         duringOfficeHours(random, toegewezenOp.addSecs(random.between(3600, 3 * kDay)), toegewezenOp));
        }
        if (!weekend && !pending.empty()) {
            const QDateTime when = dayStart.addSecs(random.between(7 * 3600, 15 * 3600 + 59 * 60));
            if (pending.front().plaatsgevondenOp.secsTo(when) >= 2 * 3600 && random.chance(450)) {
                PendingCallback callback = std::move(pending.front());
                pending.pop_front();
                makeCallback(random, k, std::move(callback), when);
                step();
                continue;
            }
        }
        makeKlantcontact(random, k, dayStart, weekend);
        step();
    }

    // What is still waiting: recent requests stay open, older ones were handled without a new contact.
    const QDateTime reference = referenceDateTime();
    while (!pending.empty() && ok) {
        PendingCallback callback = std::move(pending.front());
        pending.pop_front();
        if (callback.taak.toegewezenOp.secsTo(reference) > 14 * kDay) {
            const QDateTime toegewezenOp = callback.taak.toegewezenOp;
            closePending(callback,
                         duringOfficeHours(random, toegewezenOp.addSecs(random.between(kDay, 5 * kDay)), toegewezenOp));
        } else {
            add(callback.taak);
        }
    }
}

QDateTime DemoGenerator::Private::duringOfficeHours(DemoRandom &random, const QDateTime &moment,
                                                    const QDateTime &notBefore)
{
    const int hour = moment.time().hour();
    if (hour >= 7 && hour < 16)
        return moment;
    const QDateTime candidate =
        QDateTime(moment.date(), QTime(0, 0), Qt::UTC).addSecs(random.between(7 * 3600, 15 * 3600 + 59 * 60));
    return candidate >= notBefore ? candidate : moment;
}

void DemoGenerator::Private::closePending(PendingCallback &callback, const QDateTime &afgehandeldOp)
{
    callback.taak.status = TaakStatus::Verwerkt;
    callback.taak.afgehandeldOp = afgehandeldOp;
    add(callback.taak);
}

void DemoGenerator::Private::makeKlantcontact(DemoRandom &random, qint64 index, const QDateTime &dayStart, bool weekend)
{
    const int onderwerpIndex = int(random.below(tables::onderwerpen().size()));
    const tables::Onderwerp &onderwerp = tables::onderwerpen()[size_t(onderwerpIndex)];

    Klantcontact kc;
    kc.uuid = random.uuid();
    kc.referentienummer = QString::number(2'000'001 + index);
    kc.onderwerp = onderwerp.onderwerp;
    kc.inhoud = onderwerp.inhoud;
    kc.reactie = onderwerp.reactie;
    kc.taal = QStringLiteral("nld");

    // Kanaal: the desk and phone are closed at the weekend; mail and the website are not.
    const int roll = int(random.below(100));
    if (weekend)
        kc.kanaal = roll < 55 ? QStringLiteral("e-mail") : QStringLiteral("website");
    else
        kc.kanaal = roll < 45   ? QStringLiteral("telefoon")
                    : roll < 60 ? QStringLiteral("e-mail")
                    : roll < 72 ? QStringLiteral("balie")
                    : roll < 82 ? QStringLiteral("chat")
                    : roll < 94 ? QStringLiteral("website")
                                : QStringLiteral("brief");
    const bool live = kc.kanaal == QLatin1String("telefoon") || kc.kanaal == QLatin1String("balie") ||
                      kc.kanaal == QLatin1String("chat");
    const bool written = !live;
    const qint64 secondOfDay = written && kc.kanaal != QLatin1String("brief")
                                   ? random.between(0, kDay - 1)
                                   : random.between(7 * 3600, 15 * 3600 + 59 * 60);
    kc.plaatsgevondenOp = dayStart.addSecs(secondOfDay);

    if (live) {
        const int gelukt = int(random.below(100));
        kc.indicatieContactGelukt = gelukt < 85   ? std::optional<bool>(true)
                                    : gelukt < 95 ? std::optional<bool>()
                                                  : std::optional<bool>(false);
    } else {
        kc.indicatieContactGelukt = random.chance(300) ? std::optional<bool>(true) : std::nullopt;
        if (random.chance(400))
            kc.reactie.clear(); // answered later, by letter or e-mail
    }
    if (kc.indicatieContactGelukt != std::optional<bool>(true) && random.chance(200))
        kc.verdereActieOndernomen = true;
    kc.vertrouwelijk = onderwerp.vertrouwelijk ? random.chance(700) : random.chance(20);
    if (onderwerp.zaak && random.chance(300))
        kc.hoofdOnderwerpType = QStringLiteral("https://openzaak.voorbeeldgemeente.nl/catalogi/api/v1/zaaktypen/") +
                                zaaktypen[onderwerpIndex].toString(QUuid::WithoutBraces);
    if (kc.kanaal == QLatin1String("telefoon") && random.chance(400))
        kc.metadata.append({QStringLiteral("gespreksduurSeconden"), QString::number(random.between(45, 1500))});

    // Actors: always an active medewerker; a chat may start with the chatbot, a call may be
    // transferred to a colleague who adds to inhoud.
    QList<QUuid> actoren;
    if (kc.kanaal == QLatin1String("chat") && random.chance(350)) {
        actoren.append(chatbot);
        kc.inhoud = QStringLiteral("Gesprek gestart met de chatbot en overgenomen door een medewerker. ") + kc.inhoud;
    }
    actoren.append(randomMedewerker(random));
    if (kc.kanaal == QLatin1String("telefoon") && random.chance(80)) {
        actoren.append(randomMedewerker(random, actoren.last()));
        kc.inhoud += QStringLiteral(" Doorverbonden met een collega, die de vraag verder heeft afgehandeld.");
    }

    // Betrokkene variant, by kanaal.
    Variant variant = Variant::Partij;
    const int v = int(random.below(100));
    if (kc.kanaal == QLatin1String("balie"))
        variant = v < 75   ? Variant::Partij
                  : v < 83 ? Variant::PartijEenmalig
                  : v < 93 ? Variant::Vertegenwoordiger
                           : Variant::Contactpersoon;
    else if (kc.kanaal == QLatin1String("website"))
        variant = v < 85 ? Variant::Partij : Variant::Anoniem;
    else if (kc.kanaal == QLatin1String("e-mail"))
        variant = v < 60 ? Variant::Partij : v < 95 ? Variant::Anoniem : Variant::Vertegenwoordiger;
    else if (kc.kanaal == QLatin1String("brief"))
        variant = v < 80 ? Variant::Partij : v < 95 ? Variant::Vertegenwoordiger : Variant::Anoniem;
    else
        variant = v < 15   ? Variant::Anoniem
                  : v < 72 ? Variant::Partij
                  : v < 82 ? Variant::PartijEenmalig
                  : v < 92 ? Variant::Vertegenwoordiger
                           : Variant::Contactpersoon;
    if (variant == Variant::Vertegenwoordiger && vertegenwoordigingen.empty())
        variant = Variant::Partij;
    if (variant == Variant::Contactpersoon && contactpersonen.empty())
        variant = Variant::Partij;

    struct BetrokkeneMetAdres
    {
        Betrokkene betrokkene;
        std::optional<DigitaalAdres> adres;
    };
    QList<BetrokkeneMetAdres> betrokkenen;
    const auto nieuweBetrokkene = [&]() {
        BetrokkeneMetAdres b;
        b.betrokkene.uuid = random.uuid();
        b.betrokkene.hadKlantcontact = kc.uuid;
        b.betrokkene.rol = Rol::Klant;
        b.betrokkene.initiator = true;
        return b;
    };
    const auto eenmaligAdres = [&](BetrokkeneMetAdres &b, SoortDigitaalAdres soort, QString adres) {
        DigitaalAdres da = digitaalAdres(random, soort, std::move(adres));
        da.verstrektDoorBetrokkene = b.betrokkene.uuid;
        if (random.chance(400))
            da.omschrijving = soort == SoortDigitaalAdres::Email ? QStringLiteral("Voor het antwoord")
                                                                 : QStringLiteral("Terugbelnummer");
        b.adres = da;
    };

    qint32 klantPartij = -1;
    Contactnaam anoniemeNaam;
    QString terugbelnummer;
    if (variant == Variant::Partij || variant == Variant::PartijEenmalig) {
        klantPartij = randomPartij(random, PersoonFlag | OrganisatieFlag);
        if (klantPartij < 0)
            variant = Variant::Anoniem;
    }
    switch (variant) {
    case Variant::Anoniem: {
        BetrokkeneMetAdres b = nieuweBetrokkene();
        anoniemeNaam = values.contactnaam(random);
        if (random.chance(300)) // only initials and surname, as often given on the phone
            anoniemeNaam.voornaam.clear();
        b.betrokkene.contactnaam = anoniemeNaam;
        if (kc.kanaal == QLatin1String("e-mail") || kc.kanaal == QLatin1String("website")) {
            eenmaligAdres(b, SoortDigitaalAdres::Email, values.privateEmail(random, anoniemeNaam));
        } else {
            terugbelnummer = values.mobiel(random);
            eenmaligAdres(b, SoortDigitaalAdres::Telefoonnummer, terugbelnummer);
        }
        if (kc.kanaal == QLatin1String("brief"))
            b.betrokkene.correspondentieadres = values.adres(random, values.city(random));
        betrokkenen.append(b);
        break;
    }
    case Variant::Partij:
    case Variant::PartijEenmalig: {
        BetrokkeneMetAdres b = nieuweBetrokkene();
        b.betrokkene.wasPartij = partijUuid[size_t(klantPartij)];
        if (variant == Variant::PartijEenmalig) {
            terugbelnummer = values.mobiel(random);
            eenmaligAdres(b, SoortDigitaalAdres::Telefoonnummer, terugbelnummer);
        }
        betrokkenen.append(b);
        break;
    }
    case Variant::Vertegenwoordiger: {
        const auto &[vertegenwoordigende, vertegenwoordigde] =
            vertegenwoordigingen[size_t(random.below(vertegenwoordigingen.size()))];
        BetrokkeneMetAdres vertegenwoordiger = nieuweBetrokkene();
        vertegenwoordiger.betrokkene.rol = Rol::Vertegenwoordiger;
        vertegenwoordiger.betrokkene.wasPartij = partijUuid[size_t(vertegenwoordigende)];
        if (partijFlags[size_t(vertegenwoordigende)] & OrganisatieFlag) {
            const auto it = std::lower_bound(organisaties.begin(), organisaties.end(), vertegenwoordigende);
            vertegenwoordiger.betrokkene.organisatienaam = organisatieNaam[size_t(it - organisaties.begin())];
        }
        BetrokkeneMetAdres klant = nieuweBetrokkene();
        klant.betrokkene.wasPartij = partijUuid[size_t(vertegenwoordigde)];
        klant.betrokkene.initiator = false;
        klantPartij = vertegenwoordigde;
        betrokkenen.append(vertegenwoordiger);
        betrokkenen.append(klant);
        break;
    }
    case Variant::Contactpersoon: {
        const size_t which = size_t(random.below(contactpersonen.size()));
        const qint32 positie = werkteVoor[which];
        BetrokkeneMetAdres contactpersoon = nieuweBetrokkene();
        contactpersoon.betrokkene.rol = Rol::Vertegenwoordiger;
        contactpersoon.betrokkene.wasPartij = partijUuid[size_t(contactpersonen[which])];
        contactpersoon.betrokkene.organisatienaam = organisatieNaam[size_t(positie)];
        betrokkenen.append(contactpersoon);
        const qint32 organisatie = organisaties[size_t(positie)];
        if (partijFlags[size_t(organisatie)] & ActiveFlag) {
            BetrokkeneMetAdres klant = nieuweBetrokkene();
            klant.betrokkene.wasPartij = partijUuid[size_t(organisatie)];
            klant.betrokkene.initiator = false;
            klantPartij = organisatie;
            betrokkenen.append(klant);
        }
        break;
    }
    }

    add(kc);
    for (const QUuid &actor : std::as_const(actoren))
        add(ActorKlantcontact{random.uuid(), actor, kc.uuid});
    for (const BetrokkeneMetAdres &b : std::as_const(betrokkenen)) {
        add(b.betrokkene);
        if (b.adres)
            add(*b.adres);
    }

    if (onderwerp.zaak && random.chance(600)) {
        Onderwerpobject zaak;
        zaak.uuid = random.uuid();
        zaak.klantcontact = kc.uuid;
        zaak.onderwerpobjectidentificator =
            ObjectIdentificator{random.uuid().toString(QUuid::WithoutBraces), QStringLiteral("zaak"),
                                QStringLiteral("open-zaak"), QStringLiteral("uuid")};
        add(zaak);
    }

    const auto bijlage = [&](const QString &objecttype, const QString &registry) {
        Bijlage b;
        b.uuid = random.uuid();
        b.wasBijlageVanKlantcontact = kc.uuid;
        b.bijlageidentificator = ObjectIdentificator{random.uuid().toString(QUuid::WithoutBraces), objecttype, registry,
                                                     QStringLiteral("uuid")};
        add(b);
    };
    if (kc.kanaal == QLatin1String("e-mail")) {
        if (random.chance(850))
            bijlage(QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak")); // the e-mail itself
        if (random.chance(200))
            bijlage(QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak")); // an attachment
    } else if (kc.kanaal == QLatin1String("brief")) {
        if (random.chance(900))
            bijlage(QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak")); // the scanned letter
    } else if (kc.kanaal == QLatin1String("website") && onderwerp.productaanvraag) {
        if (random.chance(800))
            bijlage(QStringLiteral("productaanvraag"), QStringLiteral("objecten"));
    } else if (random.chance(20)) {
        bijlage(QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak"));
    }

    // Interne taak: always for variant A (the only reason to register it, V6898 rule 2),
    // otherwise for some contacts.
    QString handeling;
    if (variant == Variant::Anoniem) {
        handeling = terugbelnummer.isEmpty() ? QStringLiteral("Informatie opzoeken") : QStringLiteral("Terugbellen");
    } else if (random.chance(180)) {
        const int h = int(random.below(100));
        handeling = h < 45   ? QStringLiteral("Terugbellen")
                    : h < 70 ? QStringLiteral("Informatie opzoeken")
                    : h < 90 ? QStringLiteral("Zaak aanmaken")
                             : QStringLiteral("Opnieuw routeren");
    }
    if (handeling.isEmpty())
        return;

    InterneTaak taak;
    taak.uuid = random.uuid();
    taak.referentienummer = nextTaakNummer();
    taak.gevraagdeHandeling = handeling;
    taak.aanleidinggevendKlantcontact = kc.uuid;
    taak.toegewezenAanActoren = assignees(random, onderwerp.afdeling, handeling);
    if (random.chance(400))
        taak.toelichting = random.pick(tables::toelichtingen(handeling));
    taak.toegewezenOp = kc.plaatsgevondenOp.addSecs(random.between(180, 1500));

    if (handeling == QLatin1String("Terugbellen")) {
        PendingCallback callback;
        callback.taak = taak;
        callback.plaatsgevondenOp = kc.plaatsgevondenOp;
        callback.gevraagdOp = kc.plaatsgevondenOp.date();
        callback.partij = variant == Variant::Anoniem ? -1 : klantPartij;
        callback.contactnaam = anoniemeNaam;
        callback.telefoon = terugbelnummer;
        callback.onderwerp = onderwerpIndex;
        for (const QUuid &actor : std::as_const(taak.toegewezenAanActoren)) {
            if (actieveMedewerkers.contains(actor))
                callback.medewerker = actor;
        }
        pending.push_back(std::move(callback));
        return;
    }

    const qint64 age = taak.toegewezenOp.secsTo(referenceDateTime());
    const bool verwerkt = age > 21 * kDay ? random.chance(970) : random.chance(350);
    const qint64 maxDelay = qMin<qint64>(age - 60, 10 * kDay);
    if (verwerkt && maxDelay >= 60) {
        taak.status = TaakStatus::Verwerkt;
        taak.afgehandeldOp =
            duringOfficeHours(random, taak.toegewezenOp.addSecs(random.between(qMin<qint64>(1200, maxDelay), maxDelay)),
                              taak.toegewezenOp);
    }
    add(taak);
}

void DemoGenerator::Private::makeCallback(DemoRandom &random, qint64 index, PendingCallback callback,
                                          const QDateTime &when)
{
    const tables::Onderwerp &onderwerp = tables::onderwerpen()[size_t(callback.onderwerp)];
    Klantcontact kc;
    kc.uuid = random.uuid();
    kc.referentienummer = QString::number(2'000'001 + index);
    kc.kanaal = QStringLiteral("telefoon");
    kc.onderwerp = onderwerp.onderwerp;
    kc.taal = QStringLiteral("nld");
    kc.plaatsgevondenOp = when;
    kc.vertrouwelijk = onderwerp.vertrouwelijk;
    kc.inhoud = QStringLiteral("Klant teruggebeld naar aanleiding van het terugbelverzoek van %1.")
                    .arg(callback.gevraagdOp.toString(QStringLiteral("dd-MM-yyyy")));
    const bool gelukt = random.chance(850);
    if (gelukt) {
        kc.reactie = onderwerp.reactie;
        kc.indicatieContactGelukt = true;
    } else {
        kc.inhoud += QStringLiteral(" Geen gehoor; voicemail ingesproken.");
        kc.indicatieContactGelukt = false;
        kc.verdereActieOndernomen = random.chance(300);
    }

    const QUuid medewerker = callback.medewerker ? *callback.medewerker : randomMedewerker(random);
    Betrokkene betrokkene;
    betrokkene.uuid = random.uuid();
    betrokkene.hadKlantcontact = kc.uuid;
    betrokkene.rol = Rol::Klant;
    betrokkene.initiator = false; // the municipality called
    std::optional<DigitaalAdres> eenmalig;
    if (callback.partij >= 0) {
        betrokkene.wasPartij = partijUuid[size_t(callback.partij)];
    } else {
        betrokkene.contactnaam = callback.contactnaam;
    }
    if (!callback.telefoon.isEmpty()) {
        eenmalig = digitaalAdres(random, SoortDigitaalAdres::Telefoonnummer, callback.telefoon);
        eenmalig->verstrektDoorBetrokkene = betrokkene.uuid;
        eenmalig->omschrijving = QStringLiteral("Terugbelnummer");
    }

    add(kc);
    add(ActorKlantcontact{random.uuid(), medewerker, kc.uuid});
    add(betrokkene);
    if (eenmalig)
        add(*eenmalig);
    Onderwerpobject vraag;
    vraag.uuid = random.uuid();
    vraag.klantcontact = kc.uuid;
    vraag.wasKlantcontact = callback.taak.aanleidinggevendKlantcontact;
    add(vraag);

    ++callback.attempts;
    if (gelukt || callback.attempts >= 3) {
        closePending(callback, when.addSecs(random.between(120, 900)));
    } else {
        callback.plaatsgevondenOp = when;
        pending.push_back(std::move(callback));
    }
}

} // namespace kcc::demo
