#pragma once

#include "model/klantinteracties/adres.h"
#include "model/klantinteracties/contactnaam.h"
#include "model/klantinteracties/enums.h"
#include "model/klantinteracties/objectidentificator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// One contact detail as the medewerker typed it (phone number or e-mail). Normalised and
// validated by RegistrationPlan, not here: a draft must be able to hold half-typed input.
struct ContactDetail
{
    SoortDigitaalAdres soort = SoortDigitaalAdres::Telefoonnummer;
    QString adres;        // as typed; the plan normalises phone numbers
    QString omschrijving; // <= 40, optional

    friend bool operator==(const ContactDetail &, const ContactDetail &) = default;
};

// What an onderwerp (one klantcontact) is about: a zaak, another object, or an earlier
// klantcontact (a callback about an earlier question, C9708).
struct SessionOnderwerpobject
{
    std::optional<QUuid> wasKlantcontact;
    ObjectIdentificator identificator; // empty when wasKlantcontact is used

    // A zaak by its identification: {objectId, "zaak", "open-zaak", "uuid"} when `zaakId` is a
    // uuid, otherwise {objectId, "zaak", "open-zaak", "zaaknummer"}. Surrounding spaces are dropped.
    static SessionOnderwerpobject zaak(const QString &zaakId);
    static SessionOnderwerpobject eerderKlantcontact(const QUuid &klantcontact);

    friend bool operator==(const SessionOnderwerpobject &, const SessionOnderwerpobject &) = default;
};

// The follow-up work asked for an onderwerp (becomes one InterneTaak).
struct SessionInterneTaak
{
    QString gevraagdeHandelingCode; // code of the code list "gevraagde_handeling", e.g. "terugbellen"
    QString gevraagdeHandeling;     // <= 200: what is stored; the UI prefills it with the code's label
    QList<QUuid> toegewezenAan;     // >= 1 active actors (medewerkers and/or afdelingen), in order
    QString toelichting;            // <= 1000

    friend bool operator==(const SessionInterneTaak &, const SessionInterneTaak &) = default;
};

// C0534: the call was handed to a colleague during the same contact. The colleague is linked as a
// second ActorKlantcontact and their text is appended to inhoud (F0796, F6542). Not follow-up.
struct Doorverbinding
{
    QUuid collega;
    QString tekst; // appended to inhoud on a new paragraph; may be empty when only linked

    friend bool operator==(const Doorverbinding &, const Doorverbinding &) = default;
};

// One subject of the conversation; each becomes one Klantcontact (B7682).
struct SessionOnderwerp
{
    QString onderwerp; // <= 200, required
    QString inhoud;    // <= 1000: the question
    QString reactie;   // <= 4000: the answer
    bool vertrouwelijk = false;
    QString taal = QStringLiteral("nld");
    std::optional<bool> indicatieContactGelukt = true;
    QDateTime plaatsgevondenOp; // UTC; ContactSession::addOnderwerp() prefills it with startedAt
    QList<SessionOnderwerpobject> onderwerpobjecten;
    QList<ObjectIdentificator> bijlagen;
    std::optional<SessionInterneTaak> interneTaak;
    // Code of the code list "afhandeling". `afhandelingGekozen` says the user picked it; otherwise
    // effectiveAfhandeling() derives it.
    QString afhandeling;
    bool afhandelingGekozen = false;
    std::optional<Doorverbinding> doorverbinding;

    // The user's choice when made; otherwise "terugbelverzoek" when an interne taak exists,
    // "doorverbonden" after a transfer, else "zelfstandig_afgehandeld".
    QString effectiveAfhandeling() const;

    friend bool operator==(const SessionOnderwerp &, const SessionOnderwerp &) = default;
};

// Variant C / consent: the partij to register (F7554).
struct NieuwePartij
{
    SoortPartij soortPartij = SoortPartij::Persoon;
    Contactnaam contactnaam; // persoon
    QString organisatieNaam; // organisatie
    QString bsn;             // the identificator (brp / natuurlijk_persoon / bsn)
    QString voorkeurstaal = QStringLiteral("nld");
    QList<ContactDetail> digitaleAdressen; // default contact details, only with consent
    int voorkeursAdres = 0;                // index into digitaleAdressen, -1 for none
    std::optional<Adres> bezoekadres;      // as typed; nullopt when none was given
    // Taken over from the BRP's geheimhoudingPersoonsgegevens (issue 15): the partij's
    // indicatieGeheimhouding. Nothing else sets it at the desk.
    bool indicatieGeheimhouding = false;

    friend bool operator==(const NieuwePartij &, const NieuwePartij &) = default;
};

// The person on the line as recorded on every klantcontact of this interaction.
struct SessionBetrokkene
{
    Rol rol = Rol::Klant;
    bool initiator = true;
    // Variant A: the name the caller gave. B/C/rule 3: only when the caller wants to be addressed
    // differently for this contact.
    Contactnaam contactnaam;
    QString organisatienaam;
    // One-off contact details for the follow-up of THIS contact only (verstrektDoorBetrokkene).
    QList<ContactDetail> digitaleAdressen;
    // Where to send the answer of THIS contact (the betrokkene's correspondentieadres).
    std::optional<Adres> correspondentieadres;
    // Rol vertegenwoordiger: the partij represented. It becomes a second betrokkene of every
    // klantcontact (rol klant, not the initiator), so the contact shows in both klantbeelden.
    std::optional<QUuid> vertegenwoordigde;
    QString vertegenwoordigdeNaam; // as shown when chosen (a restored draft shows it again)

    friend bool operator==(const SessionBetrokkene &, const SessionBetrokkene &) = default;
};

// The interaction in progress (one call, visit, mail or chat). A plain value: the UI edits it,
// DraftStore saves it as JSON on every step, RegistrationPlan turns it into domain objects.
struct ContactSession
{
    enum class PartijKeuze
    {
        Geen,     // nobody chosen (yet), or an unknown person
        Gevonden, // `partij` is an existing partij
        Nieuw     // `nieuwePartij` is to be registered (variant C, or rule 3 without consent)
    };

    QUuid uuid;
    QString kanaal;      // code of the code list "kanaal", e.g. "telefoon"
    QDateTime startedAt; // UTC
    int gesprekSeconden = 0;
    int nawerkSeconden = 0;
    QUuid medewerker;       // the signed-in actor
    QString inkomendNummer; // from a softphone, optional
    QString notities;       // the notepad; never registered

    PartijKeuze partijKeuze = PartijKeuze::Geen;
    std::optional<QUuid> partij; // with PartijKeuze::Gevonden
    NieuwePartij nieuwePartij;   // with PartijKeuze::Nieuw

    bool geauthenticeerd = false;
    QString authenticatiemethode;          // code of the code list "authenticatiemethode"
    bool toestemmingHergebruik = false;    // given now
    bool toestemmingEerderGegeven = false; // the found partij already has default details

    SessionBetrokkene betrokkene;
    QList<SessionOnderwerp> onderwerpen;

    // A new session: fresh uuid, startedAt = `now` (UTC), one empty onderwerp.
    static ContactSession start(const QUuid &medewerker, const QString &kanaal, const QDateTime &now);
    // Appends an onderwerp with plaatsgevondenOp = startedAt; returns its index.
    int addOnderwerp();

    bool consent() const { return toestemmingHergebruik || toestemmingEerderGegeven; }
    bool followUpNeeded() const; // any onderwerp has an interne taak

    // Lossless: fromJson(toJson()) == *this. Unknown keys are ignored, missing keys give defaults.
    QJsonObject toJson() const;
    static ContactSession fromJson(const QJsonObject &json);

    friend bool operator==(const ContactSession &, const ContactSession &) = default;
};

} // namespace kcc
