#pragma once

#include "model/actor.h"
#include "model/callflow/contactsession.h"
#include "model/callflow/registrationplan.h"
#include "model/digitaaladres.h"
#include "model/enums.h"
#include "model/internetaak.h"
#include "model/klantcontact.h"
#include "model/pagedlistsource.h"
#include "model/partij.h"
#include "model/partijidentificator.h"
#include "model/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

// The services the call flow UI uses. Declared here (QtCore only) so that ui/ never sees SQL;
// implemented in storage/ (sql*.h, registrationwriter.h) and handed over by app/. Every method
// returns a Result with a translated message; none shows UI. All run on the database's thread.

namespace kcc {

// --- Accounts ---

// Roles per actor account, stored as these codes (enforced by a later issue).
namespace AccountRole {
inline QString medewerker()
{
    return QStringLiteral("medewerker");
}
inline QString balie()
{
    return QStringLiteral("balie");
}
inline QString supervisor()
{
    return QStringLiteral("supervisor");
}
inline QString beheerder()
{
    return QStringLiteral("beheerder");
}
inline QStringList all()
{
    return {medewerker(), balie(), supervisor(), beheerder()};
}
} // namespace AccountRole

struct SignedInActor
{
    QUuid actor;
    QString naam;
    SoortActor soortActor = SoortActor::Medewerker;
    QStringList roles;

    bool hasRole(const QString &role) const { return roles.contains(role); }
    friend bool operator==(const SignedInActor &, const SignedInActor &) = default;
};

class AccountService
{
public:
    virtual ~AccountService() = default;

    // Only an active medewerker with an account signs in. A wrong password, an unknown name and
    // an inactive actor give the same message. `naam` is the sign-in name (unique among accounts,
    // compared case-insensitively for ASCII). Failed attempts in a row slow down and then lock the
    // account for a while; the message says until when.
    virtual Result<SignedInActor> signIn(const QString &naam, const QString &password) = 0;
    // Who the beheer actions below are done by (the composition root tells it after the sign-in;
    // nobody until then). Creating medewerkers and afdelingen and changing
    // roles or passwords need the beheerder role; the one exception is the first account of an
    // empty database, which must be a beheerder.
    virtual void setActingActor(const SignedInActor &actor) = 0;
    // Creates the medewerker actor and its account in one transaction; returns the actor's uuid.
    // The actor is validated as any new Actor (telefoonnummer required for a medewerker, ...);
    // the password needs at least 8 characters; roles must be AccountRole codes (at least one).
    // The medewerker signs in with `gebruikersnaam`, or with the naam when that is empty; lists
    // always show the naam.
    virtual Result<QUuid> createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                           const QString &telefoon, const QString &password, const QStringList &roles,
                                           const QString &gebruikersnaam = QString()) = 0;
    // An afdeling (organisatorische eenheid) to assign tasks to; it has no account.
    virtual Result<QUuid> createAfdeling(const QString &naam, const QString &omschrijving, const QString &email) = 0;
    virtual Result<> setPassword(const QUuid &actor, const QString &password) = 0;
    virtual Result<> setRoles(const QUuid &actor, const QStringList &roles) = 0;
    virtual Result<QStringList> roles(const QUuid &actor) = 0;
    // False on the first start: the app then asks to create the first beheerder.
    virtual Result<bool> hasAnyAccount() = 0;
};

// --- Code lists ---

enum class CodeList
{
    Kanaal,
    Authenticatiemethode,
    Afhandeling,
    GevraagdeHandeling
};
// "kanaal", "authenticatiemethode", "afhandeling", "gevraagde_handeling"
QString codeListName(CodeList list);

struct CodeListEntry
{
    QString code;  // stable, lowercase, [a-z0-9_-], <= 50
    QString label; // shown (Dutch), <= 200
    bool actief = true;
    int volgorde = 0;

    friend bool operator==(const CodeListEntry &, const CodeListEntry &) = default;
};

// The code lists the beheerder edits, seeded with Dutch defaults by the migration.
class CodeListService
{
public:
    virtual ~CodeListService() = default;

    // In volgorde, then code; inactive entries only when asked.
    virtual Result<QList<CodeListEntry>> entries(CodeList list, bool includeInactive = false) = 0;
    // Who edits the code lists: add, update and deactivate need the beheerder role.
    virtual void setActingActor(const SignedInActor &actor) = 0;
    // A new code; refuses a code that exists in the list.
    virtual Result<> add(CodeList list, const CodeListEntry &entry) = 0;
    // Changes label, actief and volgorde of the entry with entry.code.
    virtual Result<> update(CodeList list, const CodeListEntry &entry) = 0;
    // Codes are never deleted (registered klantcontacten refer to them).
    virtual Result<> deactivate(CodeList list, const QString &code) = 0;
    // The kanaal the medewerker used last (the default for a new session); empty when none.
    virtual Result<QString> lastKanaal(const QUuid &actor) = 0;
    virtual Result<> setLastKanaal(const QUuid &actor, const QString &code) = 0;
};

// --- Drafts ---

// One open contact as the desk holds it (issue 10, item 5: several contacts at once): the session
// with the step last shown and, while it is parked (the caller on hold), since when.
struct OpenContact
{
    ContactSession session;
    int step = 0;
    std::optional<QDateTime> parkedAt; // UTC; none: the contact in front
    QSet<int> visited;                 // the steps ticked as done in the side list (✓)

    friend bool operator==(const OpenContact &, const OpenContact &) = default;
};

// Concept registrations: the session saved on every step, so that a crash or a closed window
// loses nothing. Each save is its own small transaction.
class DraftStore
{
public:
    virtual ~DraftStore() = default;

    // Saves all of `contacts` in one transaction (parking one and taking the next is one write).
    virtual Result<> save(const QList<OpenContact> &contacts) = 0;
    // The actor's open contacts, most recently saved first.
    virtual Result<QList<OpenContact>> loadOpen(const QUuid &actor) = 0;
    virtual Result<> discard(const QUuid &session) = 0;

    // The session in front, on its first step.
    Result<> save(const ContactSession &session) { return save(QList<OpenContact>{OpenContact{session, 0, {}, {}}}); }
    // The sessions of loadOpen().
    Result<QList<ContactSession>> load(const QUuid &actor)
    {
        const Result<QList<OpenContact>> open = loadOpen(actor);
        if (!open)
            return open.error();
        QList<ContactSession> sessions;
        for (const OpenContact &contact : open.value())
            sessions.append(contact.session);
        return sessions;
    }
};

// --- Finding the partij ---

struct PartijFinderRow
{
    QUuid uuid;
    QString naam; // display name
    SoortPartij soortPartij = SoortPartij::Persoon;
    QString matched; // translated: what matched ("BSN", "phone number 0612345678", "name")
    bool actief = true;
    std::optional<bool> geheimhouding;
    QString nummer; // the partij nummer; empty when it has none
    // Found through a digitaal adres a betrokkene gave for one klantcontact (eenmalig
    // contactgegeven), not through the partij's own details.
    bool viaBetrokkene = false;

    friend bool operator==(const PartijFinderRow &, const PartijFinderRow &) = default;
};

class PartijFinder
{
public:
    virtual ~PartijFinder() = default;

    // BSN, nummer, phone, e-mail, postcode or name prefix; at most `limit` rows, best first.
    virtual Result<QList<PartijFinderRow>> search(const QString &text, int limit = 50) = 0;
    // The same search one page at a time: pass the previous page's `next` to continue (a default
    // PageCursor starts). A partij that matches in two ways may appear again on a later page.
    virtual Result<Page<PartijFinderRow>> searchPage(const QString &text, const PageCursor &cursor, int limit) = 0;
    // The BSN's owner, if any (rule 3 find-or-create, variant C duplicate check).
    virtual Result<std::optional<Partij>> findByBsn(const QString &bsn) = 0;
};

// --- Klantbeeld (C4161) ---

struct KlantbeeldContact
{
    Klantcontact klantcontact; // onderwerp, inhoud and reactie blanked when `verborgen`
    bool verborgen = false;    // vertrouwelijk and the viewer may not see it (see KlantbeeldService)
    QStringList actoren;       // names of the linked actors
};

// Another partij in the klantbeeld: a representative, a represented partij, a contactpersoon.
struct KlantbeeldRelatie
{
    QUuid partij;
    QString naam;
    SoortPartij soortPartij = SoortPartij::Persoon;
    bool actief = true;
};

struct Klantbeeld
{
    Partij partij;
    QList<DigitaalAdres> digitaleAdressen; // the partij's own; voorkeur = partij.voorkeursDigitaalAdres
    QList<PartijIdentificator> identificatoren;
    QList<KlantbeeldContact> klantcontacten;       // newest first, at most the requested number
    QList<InterneTaak> openTaken;                  // te_verwerken, from this partij's klantcontacten
    QList<KlantbeeldRelatie> vertegenwoordigt;     // the partijen this partij represents
    QList<KlantbeeldRelatie> vertegenwoordigdDoor; // the partijen that represent this partij
    // An organisatie: its contactpersonen (at most maxContactpersonen, by name).
    QList<KlantbeeldRelatie> contactpersonen;
    qint64 aantalContactpersonen = 0;
    std::optional<KlantbeeldRelatie> werktVoor; // a contactpersoon: the organisatie
    qint64 aantalKlantcontacten = 0;            // all of this partij's klantcontacten
    QStringList kanalen;                        // the kanalen of those klantcontacten, sorted

    static constexpr int maxContactpersonen = 50;

    bool isVoorkeur(const DigitaalAdres &adres) const { return partij.voorkeursDigitaalAdres == adres.uuid; }
};

// Which klantcontacten of the history to show. Empty / invalid members do not filter.
struct KlantbeeldContactFilter
{
    QString kanaal;
    QDateTime van; // UTC, inclusive
    QDateTime tot; // UTC, exclusive

    friend bool operator==(const KlantbeeldContactFilter &, const KlantbeeldContactFilter &) = default;
};

// The klantbeeld (C4161). Vertrouwelijke klantcontacten show only that they exist (onderwerp,
// inhoud and reactie blanked, `verborgen` set) unless the viewer is linked to the klantcontact
// as an actor, is assigned to one of its interne taken, or has the supervisor role.
class KlantbeeldService
{
public:
    virtual ~KlantbeeldService() = default;

    virtual Result<Klantbeeld> load(const QUuid &partij, const SignedInActor &viewer, int lastContacts = 10) = 0;
    // The contact history newest first, one keyset page at a time.
    virtual Result<Page<KlantbeeldContact>> contacten(const QUuid &partij, const SignedInActor &viewer,
                                                      const KlantbeeldContactFilter &filter, const PageCursor &cursor,
                                                      int limit) = 0;
    // How many klantcontacten of the partij pass the filter.
    virtual Result<qint64> aantalContacten(const QUuid &partij, const KlantbeeldContactFilter &filter) = 0;
    // The kanalen of the partij's klantcontacten, for the filter (sorted).
    virtual Result<QStringList> kanalen(const QUuid &partij) = 0;
};

// --- Actors ---

class ActorDirectory
{
public:
    virtual ~ActorDirectory() = default;

    // Active actors of this soort, by naam.
    virtual Result<QList<Actor>> activeActors(SoortActor soort) = 0;
    virtual Result<std::optional<Actor>> find(const QUuid &actor) = 0;
};

// --- Registration ---

struct RegistrationReceipt
{
    QList<QUuid> klantcontacten;
    QStringList klantcontactReferentienummers; // in onderwerp order
    QStringList taakReferentienummers;         // of the interne taken created, in onderwerp order
    std::optional<QUuid> partij;               // the partij the contact was linked to
    std::optional<QString> partijNummer;       // when a partij was created
    bool partijHergebruikt = false;            // rule 3: another seat registered the BSN meanwhile, linked to it
};

// What the colleague sees of the klantcontact they add to (C0534).
struct TransferTarget
{
    QUuid klantcontact;
    QString referentienummer;
    QString kanaal;
    QDateTime plaatsgevondenOp;
    QString onderwerp;      // empty when verborgen
    QString inhoud;         // empty when verborgen
    bool verborgen = false; // vertrouwelijk and the viewer is not linked to it nor a supervisor
    QString klantNaam;      // the betrokkene's partij name or contactnaam; empty if unknown
    QStringList actoren;    // names of the actors linked so far
};

class RegistrationService
{
public:
    virtual ~RegistrationService() = default;

    // Looks up what RegistrationPlan::build needs for this session: the medewerker, the chosen
    // partij and its digitale adressen, the owner of nieuwePartij.bsn, the assigned and transfer
    // actors; now = the current UTC time. Unknown actors are simply left out (build() reports them).
    virtual Result<PlanContext> planContext(const ContactSession &session) = 0;
    // Writes the whole plan in ONE transaction, with referentienummers and the partij nummer from
    // NumberSequence, and deletes the session's draft in the same transaction. Re-checks inside
    // it that the actors are still active and the BSN still free (rule 3 then links to the partij
    // another seat created). On any failure nothing is written. An empty plan (rule 1) writes
    // nothing but the draft's removal.
    virtual Result<RegistrationReceipt> registerContact(const RegistrationPlan &plan) = 0;
    // C0534 after registration: the colleague's text is appended to inhoud (new paragraph, at most
    // 1000 characters in all) and the colleague is linked as another actor.
    virtual Result<> appendTransfer(const QUuid &klantcontact, const QUuid &colleague, const QString &text) = 0;
    // C0534: the colleague who took over the call finds the klantcontact by the referentienummer
    // the KCC medewerker gave (leading/trailing spaces ignored). nullopt when there is none.
    virtual Result<std::optional<TransferTarget>> findForTransfer(const QString &referentienummer,
                                                                  const SignedInActor &viewer) = 0;
};

} // namespace kcc
