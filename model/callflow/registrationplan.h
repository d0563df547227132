#pragma once

#include "model/callflow/contactsession.h"
#include "model/callflow/registrationrules.h"
#include "model/core/result.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace kcc {

// What RegistrationPlan::build needs to know from outside the session. The caller (the UI via
// the services, or a test) looks these facts up; build() itself stays pure.
struct PlanContext
{
    Actor medewerker; // the signed-in actor (must be active)
    // The partij chosen in the session (PartijKeuze::Gevonden), with its digitale adressen.
    std::optional<Partij> partij;
    QList<DigitaalAdres> partijDigitaleAdressen;
    // The partij a vertegenwoordiger represents (session.betrokkene.vertegenwoordigde), as stored;
    // nullopt when it does not exist.
    std::optional<Partij> vertegenwoordigde;
    // The partij that already holds nieuwePartij.bsn, if any. Rule 3 reuses it ("find-or-create");
    // for variant C it is an error (one partij per BSN).
    std::optional<Partij> bsnOwner;
    // Every actor the session refers to besides the medewerker (task assignment, transfer
    // colleague), with indicatieActief. An actor missing here counts as unknown.
    QList<Actor> actors;
    QDateTime now; // UTC; toegewezenOp of the interne taken
    // Makes the uuids of the planned records; QUuid::createUuid when not set (tests set a
    // deterministic one).
    std::function<QUuid()> newUuid;
};

// The complete list of domain objects one interaction will write, in dependency order, or an
// empty plan with the reason (rule 1). Built and validated here; written by
// RegistrationService (storage/registrationwriter.h) in ONE transaction.
//
// Referentienummers (klantcontact, interne taak) and the new partij's nummer are left empty:
// the writer draws them from NumberSequence inside its transaction.
//
// Form paths of FieldError::field (what the UI maps to widgets):
//   kanaal, medewerker, authenticatiemethode, toestemming
//   partij                                       the chosen partij (inactive, missing)
//   nieuwePartij.bsn                             bad BSN, BSN already registered (variant C)
//   nieuwePartij.soortPartij, nieuwePartij.voorkeurstaal, nieuwePartij.organisatieNaam
//   nieuwePartij.contactnaam.<voorletters|voornaam|voorvoegselAchternaam|achternaam>
//   nieuwePartij.digitaleAdressen                none given with consent
//   nieuwePartij.digitaleAdressen[j].<adres|omschrijving>
//   nieuwePartij.bezoekadres.<postcode|huisnummer|nummeraanduidingId|land|...>
//   betrokkene.contactnaam[.<sub>]               variant A needs a name
//   betrokkene.organisatienaam
//   betrokkene.vertegenwoordigde                 the represented partij (missing, inactive, itself)
//   betrokkene.digitaleAdressen                  follow-up without any contact detail
//   betrokkene.digitaleAdressen[j].<adres|omschrijving>
//   betrokkene.correspondentieadres.<postcode|huisnummer|nummeraanduidingId|land|...>
//   onderwerpen                                  none at all
//   onderwerpen[i].<onderwerp|inhoud|reactie|taal|plaatsgevondenOp|afhandeling>
//   onderwerpen[i].onderwerpobjecten[j].<objectId|codeObjecttype|codeRegister|codeSoortObjectId>
//   onderwerpen[i].bijlagen[j].<objectId|codeObjecttype|codeRegister|codeSoortObjectId>
//   onderwerpen[i].interneTaak                   variant A without a task
//   onderwerpen[i].interneTaak.<gevraagdeHandeling|toelichting|toegewezenAan>
//   onderwerpen[i].doorverbinding.<collega|tekst>
// i and j are 0-based indexes into the session's lists.
struct RegistrationPlan
{
    Q_DECLARE_TR_FUNCTIONS(kcc::RegistrationPlan)

public:
    // Everything of one onderwerp.
    struct Contact
    {
        Klantcontact klantcontact;
        Betrokkene betrokkene;
        QList<DigitaalAdres> betrokkeneAdressen; // one-off, verstrektDoorBetrokkene
        // Rol vertegenwoordiger: the represented partij as a second betrokkene (rol klant).
        std::optional<Betrokkene> vertegenwoordigde;
        QList<ActorKlantcontact> actoren; // medewerker first, then the transfer colleague
        QList<Onderwerpobject> onderwerpobjecten;
        QList<Bijlage> bijlagen;
        std::optional<InterneTaak> interneTaak;

        friend bool operator==(const Contact &, const Contact &) = default;
    };

    RegistrationRules::Variant variant = RegistrationRules::Variant::NothingToRegister;
    QString reason; // translated explanation of the variant (for rule 1: why nothing is recorded)
    QUuid sessie;   // the session (its draft is deleted with the registration)
    QUuid medewerker;

    // A partij to create (variant C, or rule 3 when the BSN is not registered yet). For rule 3 it
    // is empty but for the identificator and the nummer the writer gives it.
    std::optional<Partij> nieuwePartij;
    std::optional<PartijIdentificator> nieuweIdentificator;
    QList<DigitaalAdres> partijAdressen; // variant C: defaults, verstrektDoorPartij
    // The partij the betrokkenen point at (new or existing); null for variant A and rule 1.
    std::optional<QUuid> partij;
    // Rule 3 / variant C: the BSN the writer re-checks inside its transaction.
    QString bsn;

    QList<Contact> contacten;

    bool isEmpty() const { return contacten.isEmpty(); }

    // Validates the session (kcc::validate with Strictness::NewInput, and the reference rules:
    // inactive actors and partijen refused, one partij per BSN) and builds the plan. On failure
    // the Error's fieldErrors use the form paths above and its message summarises them.
    static Result<RegistrationPlan> build(const ContactSession &session, const PlanContext &context);

    // Translated, human sentences of what is still missing before afronding ("Subject 2 has no
    // subject yet."), in form order; empty when nothing obvious is missing. Cheap and without
    // context, for enabling/explaining the afronding button; build() remains the real check.
    static QStringList missingForAfronding(const ContactSession &session);

    // Translated, human-readable lines of what will be recorded, or one line saying nothing will
    // be registered and why.
    QStringList summary() const;

    // Metadata keys written on every klantcontact.
    static constexpr auto metadataAfhandeling = "afhandeling";
    static constexpr auto metadataAuthenticatiemethode = "authenticatiemethode"; // "geen" when none
    static constexpr auto metadataGesprekstijd = "gesprekstijdSeconden";
    static constexpr auto metadataNawerktijd = "nawerktijdSeconden";
    static constexpr auto metadataSessie = "sessie";
};

} // namespace kcc
