#pragma once

// The case tables of C4161, C9167, C9018 and V6898 as ContactSessions, shared by
// tst_registrationplan and tst_registrationwriter.

#include "model/callflow/contactsession.h"
#include "model/callflow/registrationplan.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"

#include <QDateTime>
#include <QUuid>

namespace kcc::test::cases {

inline QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

inline const QString bsnKnown = QStringLiteral("999993653");
inline const QString bsnNew = QStringLiteral("111222333");
inline const QString bsnRule3 = QStringLiteral("123456782");

inline QDateTime startedAt()
{
    return QDateTime(QDate(2023, 3, 1), QTime(10, 0), Qt::UTC);
}
inline QDateTime now()
{
    return QDateTime(QDate(2023, 3, 1), QTime(10, 12, 30), Qt::UTC);
}

inline Actor actor(int n, const QString &naam, SoortActor soort, bool actief = true)
{
    Actor a;
    a.uuid = uuidOf(n);
    a.naam = naam;
    a.soortActor = soort;
    a.indicatieActief = actief;
    return a;
}

// The people in the cases: the KCC medewerker, the afdeling vergunningen, a colleague a call can
// be transferred to, and a medewerker who left.
struct People
{
    Actor medewerker = actor(1, QStringLiteral("Marieke de KCC-medewerker"), SoortActor::Medewerker);
    Actor vergunningen = actor(2, QStringLiteral("Afdeling Vergunningen"), SoortActor::OrganisatorischeEenheid);
    Actor collega = actor(3, QStringLiteral("Joost van Vergunningen"), SoortActor::Medewerker);
    Actor vertrokken = actor(4, QStringLiteral("Oud-collega"), SoortActor::Medewerker, false);

    // C9167 B: Carl, known with a default phone number (consent given earlier).
    Partij carl = [] {
        Partij p;
        p.uuid = QUuid(QStringLiteral("59a253c5-32d6-404a-9100-838fb0e55573"));
        p.nummer = QStringLiteral("1928753");
        p.soortPartij = SoortPartij::Persoon;
        p.voorkeurstaal = QStringLiteral("nld");
        p.contactnaam = Contactnaam{QStringLiteral("C"), QStringLiteral("Carl"), QString(), QStringLiteral("Jansen")};
        p.voorkeursDigitaalAdres = uuidOf(51);
        return p;
    }();
    DigitaalAdres carlTelefoon = [this] {
        DigitaalAdres a;
        a.uuid = uuidOf(51);
        a.verstrektDoorPartij = carl.uuid;
        a.adres = QStringLiteral("0201234567");
        a.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
        a.isStandaardAdres = true;
        return a;
    }();
    PartijIdentificator carlBsn = [this] {
        PartijIdentificator i;
        i.uuid = uuidOf(52);
        i.identificeerdePartij = carl.uuid;
        i.objectId = bsnKnown;
        return i;
    }();

    QList<Actor> all() const { return {medewerker, vergunningen, collega, vertrokken}; }

    PlanContext context(const ContactSession &session) const
    {
        PlanContext c;
        c.medewerker = medewerker;
        if (session.partij && *session.partij == carl.uuid) {
            c.partij = carl;
            c.partijDigitaleAdressen = {carlTelefoon};
        }
        if (session.nieuwePartij.bsn == bsnKnown)
            c.bsnOwner = carl;
        c.actors = {vergunningen, collega, vertrokken};
        c.now = now();
        return c;
    }
};

inline ContactSession base(const People &people, const QString &onderwerp, const QString &inhoud)
{
    ContactSession s = ContactSession::start(people.medewerker.uuid, QStringLiteral("telefoon"), startedAt());
    s.gesprekSeconden = 312;
    s.nawerkSeconden = 45;
    s.onderwerpen[0].onderwerp = onderwerp;
    s.onderwerpen[0].inhoud = inhoud;
    return s;
}

inline SessionInterneTaak terugbellen(const People &people)
{
    return {QStringLiteral("terugbellen"), QStringLiteral("Terugbellen"), {people.vergunningen.uuid}, QString()};
}

inline Contactnaam karel()
{
    return {QStringLiteral("K"), QStringLiteral("Karel"), QStringLiteral("van"), QStringLiteral("Deurne")};
}

inline ContactDetail telefoon(const QString &nummer)
{
    return {SoortDigitaalAdres::Telefoonnummer, nummer, QString()};
}

inline ObjectIdentificator productaanvraag()
{
    return {QStringLiteral("773602998198290"), QStringLiteral("productaanvraag"),
            QStringLiteral("productaanvragenregister"), QStringLiteral("productidentificatie")};
}

// C9167 A: an unknown person asks for a callback.
inline ContactSession c9167A(const People &people)
{
    ContactSession s = base(people, QStringLiteral("Vergunning dakkapel"),
                            QStringLiteral("Klant wil weten of voor een dakkapel een vergunning nodig is."));
    s.onderwerpen[0].interneTaak = terugbellen(people);
    s.betrokkene.contactnaam = karel();
    s.betrokkene.digitaleAdressen = {telefoon(QStringLiteral("06-12345678"))};
    return s;
}

// C9167 B: Carl is known; wants to be called on another number and addressed as Carl.
inline ContactSession c9167B(const People &people)
{
    ContactSession s = base(people, QStringLiteral("Vergunning dakkapel"), QStringLiteral("Vraag over dakkapel."));
    s.geauthenticeerd = true;
    s.authenticatiemethode = QStringLiteral("controlevragen");
    s.partijKeuze = ContactSession::PartijKeuze::Gevonden;
    s.partij = people.carl.uuid;
    s.toestemmingEerderGegeven = true;
    s.onderwerpen[0].interneTaak = terugbellen(people);
    s.betrokkene.contactnaam = Contactnaam{QString(), QStringLiteral("Carl"), QString(), QString()};
    s.betrokkene.digitaleAdressen = {telefoon(QStringLiteral("0612345678"))};
    return s;
}

// C9167 C: Karel is authenticated, not known yet, and agrees to keep his phone number.
inline ContactSession c9167C(const People &people)
{
    ContactSession s = base(people, QStringLiteral("Vergunning dakkapel"), QStringLiteral("Vraag over dakkapel."));
    s.geauthenticeerd = true;
    s.authenticatiemethode = QStringLiteral("controlevragen");
    s.partijKeuze = ContactSession::PartijKeuze::Nieuw;
    s.toestemmingHergebruik = true;
    s.nieuwePartij.contactnaam = karel();
    s.nieuwePartij.bsn = bsnNew;
    s.nieuwePartij.digitaleAdressen = {telefoon(QStringLiteral("06 12 34 56 78"))};
    s.onderwerpen[0].interneTaak = terugbellen(people);
    return s;
}

// C9018 A: the known partij requests a product; bijlage, optional task for the zaak.
inline ContactSession c9018A(const People &people, bool metTaak)
{
    ContactSession s =
        base(people, QStringLiteral("Productaanvraag"), QStringLiteral("Klant wil graag een vergunningaanvraag doen."));
    s.geauthenticeerd = true;
    s.authenticatiemethode = QStringLiteral("controlevragen");
    s.partijKeuze = ContactSession::PartijKeuze::Gevonden;
    s.partij = people.carl.uuid;
    s.toestemmingEerderGegeven = true;
    s.onderwerpen[0].bijlagen = {productaanvraag()};
    if (metTaak) {
        s.onderwerpen[0].interneTaak =
            SessionInterneTaak{QStringLiteral("zaak_aanmaken"),
                               QStringLiteral("Aanmaken zaak n.a.v. ingediende productaanvraag"),
                               {people.vergunningen.uuid},
                               QString()};
    }
    return s;
}

// C9018 B: not found; with consent a partij with defaults, without consent (V6898 rule 3) a
// partij with only the BSN and the contact details on the betrokkene.
inline ContactSession c9018B(const People &people, bool consent, bool metTaak)
{
    ContactSession s =
        base(people, QStringLiteral("Productaanvraag"), QStringLiteral("Klant wil graag een vergunningaanvraag doen."));
    s.geauthenticeerd = true;
    s.authenticatiemethode = QStringLiteral("identiteitsbewijs");
    s.kanaal = QStringLiteral("balie");
    s.partijKeuze = ContactSession::PartijKeuze::Nieuw;
    s.toestemmingHergebruik = consent;
    s.nieuwePartij.bsn = bsnNew;
    if (consent) {
        s.nieuwePartij.contactnaam = karel();
        s.nieuwePartij.digitaleAdressen = {telefoon(QStringLiteral("0612345678")),
                                           {SoortDigitaalAdres::Email, QStringLiteral("karel@example.nl"), QString()}};
        s.nieuwePartij.voorkeursAdres = 0;
    } else {
        s.betrokkene.contactnaam = karel();
        s.betrokkene.digitaleAdressen = {telefoon(QStringLiteral("0612345678"))};
    }
    s.onderwerpen[0].bijlagen = {productaanvraag()};
    if (metTaak) {
        s.onderwerpen[0].interneTaak =
            SessionInterneTaak{QStringLiteral("zaak_aanmaken"),
                               QStringLiteral("Aanmaken zaak n.a.v. ingediende productaanvraag"),
                               {people.vergunningen.uuid},
                               QString()};
    }
    return s;
}

// V6898 rule 1: anonymous question answered at once (and even transferred): nothing to record.
inline ContactSession rule1(const People &people)
{
    ContactSession s = base(people, QStringLiteral("Openingstijden"), QStringLiteral("Hoe laat is het stadhuis open?"));
    s.onderwerpen[0].reactie = QStringLiteral("Van 9 tot 17 uur.");
    s.onderwerpen[0].doorverbinding = Doorverbinding{people.collega.uuid, QString()};
    return s;
}

// V6898 rule 3: authenticated without consent and without follow-up.
inline ContactSession rule3(const People &people)
{
    ContactSession s = base(people, QStringLiteral("Afvalpas"), QStringLiteral("Vraag over de afvalpas."));
    s.onderwerpen[0].reactie = QStringLiteral("Uitgelegd hoe de pas werkt.");
    s.geauthenticeerd = true;
    s.authenticatiemethode = QStringLiteral("digid");
    s.partijKeuze = ContactSession::PartijKeuze::Nieuw;
    s.nieuwePartij.bsn = bsnRule3;
    return s;
}

// C0534: Carl's question is transferred to a colleague who answers it.
inline ContactSession transfer(const People &people)
{
    ContactSession s = c9018A(people, false);
    s.onderwerpen[0].onderwerp = QStringLiteral("Vraag over vergunning");
    s.onderwerpen[0].inhoud = QStringLiteral("Klant vraagt naar de status van zijn aanvraag.");
    s.onderwerpen[0].bijlagen.clear();
    s.onderwerpen[0].doorverbinding =
        Doorverbinding{people.collega.uuid, QStringLiteral("Joost: aanvraag is in behandeling, besluit volgt.")};
    return s;
}

// C4161: a known partij calls; answered at once, about a zaak.
inline ContactSession c4161(const People &people)
{
    ContactSession s =
        base(people, QStringLiteral("Status aanvraag"), QStringLiteral("Hoe staat mijn aanvraag ervoor?"));
    s.onderwerpen[0].reactie = QStringLiteral("De aanvraag is in behandeling.");
    s.geauthenticeerd = true;
    s.authenticatiemethode = QStringLiteral("controlevragen");
    s.partijKeuze = ContactSession::PartijKeuze::Gevonden;
    s.partij = people.carl.uuid;
    s.toestemmingEerderGegeven = true;
    s.onderwerpen[0].onderwerpobjecten = {SessionOnderwerpobject::zaak(QStringLiteral("ZAAK-2023-0000123"))};
    return s;
}

} // namespace kcc::test::cases
