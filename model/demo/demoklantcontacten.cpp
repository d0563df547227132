// DemoGenerator: the klantcontacten with their actoren, betrokkenen, onderwerpobjecten, bijlagen
// and interne taken, and the callbacks that answer "Terugbellen" taken.

#include "model/demo/demogeneratorprivate.h"

#include <algorithm>

namespace kcc::demo {

using namespace generation;

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
    Klantcontact kc = newKlantcontact(random, index, onderwerpIndex, dayStart, weekend);
    const QList<QUuid> actoren = chooseActoren(random, kc);
    const KlantBetrokkenen klant = makeBetrokkenen(random, kc, chooseVariant(random, kc.kanaal));

    add(kc);
    for (const QUuid &actor : std::as_const(actoren))
        add(ActorKlantcontact{random.uuid(), actor, kc.uuid});
    for (const BetrokkeneMetAdres &b : std::as_const(klant.betrokkenen)) {
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
    addBijlagen(random, kc, onderwerp);

    const QString handeling = chooseHandeling(random, klant);
    if (!handeling.isEmpty())
        makeTaak(random, kc, onderwerpIndex, handeling, klant);
}

// The klantcontact itself: kanaal, moment and outcome.
Klantcontact DemoGenerator::Private::newKlantcontact(DemoRandom &random, qint64 index, int onderwerpIndex,
                                                     const QDateTime &dayStart, bool weekend)
{
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
    return kc;
}

// Actors: always an active medewerker; a chat may start with the chatbot, a call may be
// transferred to a colleague who adds to inhoud.
QList<QUuid> DemoGenerator::Private::chooseActoren(DemoRandom &random, Klantcontact &kc)
{
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
    return actoren;
}

// Betrokkene variant, by kanaal.
Variant DemoGenerator::Private::chooseVariant(DemoRandom &random, const QString &kanaal)
{
    Variant variant = Variant::Partij;
    const int v = int(random.below(100));
    if (kanaal == QLatin1String("balie"))
        variant = v < 75   ? Variant::Partij
                  : v < 83 ? Variant::PartijEenmalig
                  : v < 93 ? Variant::Vertegenwoordiger
                           : Variant::Contactpersoon;
    else if (kanaal == QLatin1String("website"))
        variant = v < 85 ? Variant::Partij : Variant::Anoniem;
    else if (kanaal == QLatin1String("e-mail"))
        variant = v < 60 ? Variant::Partij : v < 95 ? Variant::Anoniem : Variant::Vertegenwoordiger;
    else if (kanaal == QLatin1String("brief"))
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
    return variant;
}

KlantBetrokkenen DemoGenerator::Private::makeBetrokkenen(DemoRandom &random, const Klantcontact &kc, Variant variant)
{
    KlantBetrokkenen klant;
    klant.variant = variant;
    if (variant == Variant::Partij || variant == Variant::PartijEenmalig) {
        klant.klantPartij = randomPartij(random, PersoonFlag | OrganisatieFlag);
        if (klant.klantPartij < 0)
            klant.variant = Variant::Anoniem;
    }
    switch (klant.variant) {
    case Variant::Anoniem:
        anoniemeBetrokkene(random, kc, klant);
        break;
    case Variant::Partij:
    case Variant::PartijEenmalig: {
        BetrokkeneMetAdres b = nieuweBetrokkene(random, kc);
        b.betrokkene.wasPartij = partijUuid[size_t(klant.klantPartij)];
        if (klant.variant == Variant::PartijEenmalig) {
            klant.terugbelnummer = values.mobiel(random);
            eenmaligAdres(random, b, SoortDigitaalAdres::Telefoonnummer, klant.terugbelnummer);
        }
        klant.betrokkenen.append(b);
        break;
    }
    case Variant::Vertegenwoordiger:
        vertegenwoordigerBetrokkenen(random, kc, klant);
        break;
    case Variant::Contactpersoon:
        contactpersoonBetrokkenen(random, kc, klant);
        break;
    }
    return klant;
}

// Variant A: a contactnaam and a one-off address for the follow-up.
void DemoGenerator::Private::anoniemeBetrokkene(DemoRandom &random, const Klantcontact &kc, KlantBetrokkenen &klant)
{
    BetrokkeneMetAdres b = nieuweBetrokkene(random, kc);
    klant.anoniemeNaam = values.contactnaam(random);
    if (random.chance(300)) // only initials and surname, as often given on the phone
        klant.anoniemeNaam.voornaam.clear();
    b.betrokkene.contactnaam = klant.anoniemeNaam;
    if (kc.kanaal == QLatin1String("e-mail") || kc.kanaal == QLatin1String("website")) {
        eenmaligAdres(random, b, SoortDigitaalAdres::Email, values.privateEmail(random, klant.anoniemeNaam));
    } else {
        klant.terugbelnummer = values.mobiel(random);
        eenmaligAdres(random, b, SoortDigitaalAdres::Telefoonnummer, klant.terugbelnummer);
    }
    if (kc.kanaal == QLatin1String("brief"))
        b.betrokkene.correspondentieadres = values.adres(random, values.city(random));
    klant.betrokkenen.append(b);
}

// The vertegenwoordiger and the partij they represent.
void DemoGenerator::Private::vertegenwoordigerBetrokkenen(DemoRandom &random, const Klantcontact &kc,
                                                          KlantBetrokkenen &klant)
{
    const auto &[vertegenwoordigende, vertegenwoordigde] =
        vertegenwoordigingen[size_t(random.below(vertegenwoordigingen.size()))];
    BetrokkeneMetAdres vertegenwoordiger = nieuweBetrokkene(random, kc);
    vertegenwoordiger.betrokkene.rol = Rol::Vertegenwoordiger;
    vertegenwoordiger.betrokkene.wasPartij = partijUuid[size_t(vertegenwoordigende)];
    if (partijFlags[size_t(vertegenwoordigende)] & OrganisatieFlag) {
        const auto it = std::lower_bound(organisaties.begin(), organisaties.end(), vertegenwoordigende);
        vertegenwoordiger.betrokkene.organisatienaam = organisatieNaam[size_t(it - organisaties.begin())];
    }
    BetrokkeneMetAdres vertegenwoordigd = nieuweBetrokkene(random, kc);
    vertegenwoordigd.betrokkene.wasPartij = partijUuid[size_t(vertegenwoordigde)];
    vertegenwoordigd.betrokkene.initiator = false;
    klant.klantPartij = vertegenwoordigde;
    klant.betrokkenen.append(vertegenwoordiger);
    klant.betrokkenen.append(vertegenwoordigd);
}

// The contactpersoon and, while it is active, the organisatie they speak for.
void DemoGenerator::Private::contactpersoonBetrokkenen(DemoRandom &random, const Klantcontact &kc,
                                                       KlantBetrokkenen &klant)
{
    const size_t which = size_t(random.below(contactpersonen.size()));
    const qint32 positie = werkteVoor[which];
    BetrokkeneMetAdres contactpersoon = nieuweBetrokkene(random, kc);
    contactpersoon.betrokkene.rol = Rol::Vertegenwoordiger;
    contactpersoon.betrokkene.wasPartij = partijUuid[size_t(contactpersonen[which])];
    contactpersoon.betrokkene.organisatienaam = organisatieNaam[size_t(positie)];
    klant.betrokkenen.append(contactpersoon);
    const qint32 organisatie = organisaties[size_t(positie)];
    if (partijFlags[size_t(organisatie)] & ActiveFlag) {
        BetrokkeneMetAdres vertegenwoordigd = nieuweBetrokkene(random, kc);
        vertegenwoordigd.betrokkene.wasPartij = partijUuid[size_t(organisatie)];
        vertegenwoordigd.betrokkene.initiator = false;
        klant.klantPartij = organisatie;
        klant.betrokkenen.append(vertegenwoordigd);
    }
}

BetrokkeneMetAdres DemoGenerator::Private::nieuweBetrokkene(DemoRandom &random, const Klantcontact &kc)
{
    BetrokkeneMetAdres b;
    b.betrokkene.uuid = random.uuid();
    b.betrokkene.hadKlantcontact = kc.uuid;
    b.betrokkene.rol = Rol::Klant;
    b.betrokkene.initiator = true;
    return b;
}

void DemoGenerator::Private::eenmaligAdres(DemoRandom &random, BetrokkeneMetAdres &b, SoortDigitaalAdres soort,
                                           QString adres)
{
    DigitaalAdres da = digitaalAdres(random, soort, std::move(adres));
    da.verstrektDoorBetrokkene = b.betrokkene.uuid;
    if (random.chance(400))
        da.omschrijving =
            soort == SoortDigitaalAdres::Email ? QStringLiteral("Voor het antwoord") : QStringLiteral("Terugbelnummer");
    b.adres = da;
}

void DemoGenerator::Private::addBijlagen(DemoRandom &random, const Klantcontact &kc, const tables::Onderwerp &onderwerp)
{
    if (kc.kanaal == QLatin1String("e-mail")) {
        if (random.chance(850))
            addBijlage(random, kc, QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak")); // the e-mail itself
        if (random.chance(200))
            addBijlage(random, kc, QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak")); // an attachment
    } else if (kc.kanaal == QLatin1String("brief")) {
        if (random.chance(900))
            addBijlage(random, kc, QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak")); // the scanned letter
    } else if (kc.kanaal == QLatin1String("website") && onderwerp.productaanvraag) {
        if (random.chance(800))
            addBijlage(random, kc, QStringLiteral("productaanvraag"), QStringLiteral("objecten"));
    } else if (random.chance(20)) {
        addBijlage(random, kc, QStringLiteral("DOCUMENT"), QStringLiteral("open-zaak"));
    }
}

void DemoGenerator::Private::addBijlage(DemoRandom &random, const Klantcontact &kc, const QString &objecttype,
                                        const QString &registry)
{
    Bijlage b;
    b.uuid = random.uuid();
    b.wasBijlageVanKlantcontact = kc.uuid;
    b.bijlageidentificator =
        ObjectIdentificator{random.uuid().toString(QUuid::WithoutBraces), objecttype, registry, QStringLiteral("uuid")};
    add(b);
}

// Interne taak: always for variant A (the only reason to register it, V6898 rule 2),
// otherwise for some contacts. Empty: no taak.
QString DemoGenerator::Private::chooseHandeling(DemoRandom &random, const KlantBetrokkenen &klant)
{
    if (klant.variant == Variant::Anoniem)
        return klant.terugbelnummer.isEmpty() ? QStringLiteral("Informatie opzoeken") : QStringLiteral("Terugbellen");
    if (!random.chance(180))
        return QString();
    const int h = int(random.below(100));
    return h < 45   ? QStringLiteral("Terugbellen")
           : h < 70 ? QStringLiteral("Informatie opzoeken")
           : h < 90 ? QStringLiteral("Zaak aanmaken")
                    : QStringLiteral("Opnieuw routeren");
}

// The taak, closed or open by its age; a "Terugbellen" taak waits for its callback instead.
void DemoGenerator::Private::makeTaak(DemoRandom &random, const Klantcontact &kc, int onderwerpIndex,
                                      const QString &handeling, const KlantBetrokkenen &klant)
{
    const tables::Onderwerp &onderwerp = tables::onderwerpen()[size_t(onderwerpIndex)];
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
        callback.partij = klant.variant == Variant::Anoniem ? -1 : klant.klantPartij;
        callback.contactnaam = klant.anoniemeNaam;
        callback.telefoon = klant.terugbelnummer;
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
