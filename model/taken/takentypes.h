#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/lists/pagedlistsource.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// The values of interne taken after registration (issue 5), shared by the four services that
// handle them (one header each, QtCore only, so that ui/ never sees SQL; implemented in
// storage/taken/ and handed over by app/):
//   WerkvoorraadService (werkvoorraadservice.h): the work queues, their counts, one task's detail;
//   TaakActiesService (taakactiesservice.h): pak op, C2984/C9708 contact attempt, C6114 forward /
//     re-route, close, reopen;
//   SupervisieService (supervisieservice.h): reassigning, backlog, figures, norms;
//   AfdelingLidmaatschap (afdelinglidmaatschap.h): which afdelingen a medewerker belongs to.
// Every method takes the signed-in viewer and checks the viewer's roles itself (TaakToegang,
// model/taken/taaktoegang.h), so that no screen can bypass a rule.

namespace kcc {

// --- The task log: every status change and reassignment (who, when, what) ---

enum class TaakLogActie
{
    Aangemaakt,        // created in the call flow or by forwarding
    Opgepakt,          // taken from an afdeling queue by a medewerker ("pak op")
    Doorgestuurd,      // assigned to other actors (C6114 B)
    OpnieuwGerouteerd, // handed back to the KCC with a new taak "Opnieuw routeren" (C6114 A)
    Toegewezen,        // reassigned by a supervisor
    ContactPoging,     // a callback / answer attempt; `klantcontact` is the new klantcontact
    Afgehandeld,       // status verwerkt
    Heropend           // status back to te_verwerken (supervisor)
};
QString toCode(TaakLogActie actie); // "aangemaakt", "opgepakt", ... (stored)
std::optional<TaakLogActie> taakLogActieFromCode(const QString &code);
QString label(TaakLogActie actie); // translated
// Whether the step gave the task to (other) actors: creation, pak op, doorsturen, toewijzen. The
// latest one is when the task was last assigned; the API field toegewezenOp stays the creation
// moment (auto_now_add, read-only in the standard) and is what the overdue rule counts from.
bool isToewijzing(TaakLogActie actie);
QStringList toewijzingCodes(); // the stored codes of the actions for which isToewijzing holds

struct TaakLogEntry
{
    QUuid taak;
    QDateTime tijdstip; // UTC
    QUuid actor;        // who did it
    QString actorNaam;
    TaakLogActie actie = TaakLogActie::Aangemaakt;
    QStringList toegewezenAan;             // names of the actors assigned after this step (when it changed)
    QString toelichting;                   // the reason given, <= 1000
    std::optional<QUuid> klantcontact;     // ContactPoging: the klantcontact registered
    std::optional<bool> gelukt;            // ContactPoging: indicatieContactGelukt
    std::optional<QUuid> gerelateerdeTaak; // OpnieuwGerouteerd / Doorgestuurd-as-new-task: the other task

    friend bool operator==(const TaakLogEntry &, const TaakLogEntry &) = default;
};

// --- Queues ---

enum class TaakQueue
{
    Mijn,     // open tasks assigned to the viewer personally
    Afdeling, // open tasks assigned to an afdeling (TaakQueueFilter::afdeling) the viewer may see
    Historie, // tasks the viewer closed, forwarded or re-routed (any status), newest first
    Alle      // supervisor: every task matching the filter
};

enum class TaakSort
{
    OudsteEerst, // toegewezenOp ascending (default for open queues)
    NieuwsteEerst,
    Handeling,
    Klant
};

struct TaakQueueFilter
{
    TaakQueue queue = TaakQueue::Mijn;
    QUuid afdeling;                   // Afdeling: required; Alle: optional restriction
    QUuid medewerker;                 // Alle: optional restriction to one assigned medewerker
    std::optional<TaakStatus> status; // Mijn/Afdeling: always te_verwerken; Historie/Alle: optional
    QString gevraagdeHandeling;       // exact handeling text, empty = all
    QString kanaal;                   // of the aanleidinggevend klantcontact, empty = all
    bool alleenTeLaat = false;        // only overdue ones
    TaakSort sort = TaakSort::OudsteEerst;
};

// One line of a work queue, already flattened. Age is computed by the UI from toegewezenOp.
struct TaakQueueRow
{
    QUuid uuid;
    QString referentienummer;
    QString gevraagdeHandeling;
    QString onderwerp;                   // of the aanleidinggevend klantcontact; empty when hidden
    bool vertrouwelijkVerborgen = false; // vertrouwelijk and the viewer may not see it
    QString klantNaam;                   // the partij's name, else the betrokkene's contactnaam
    QString kanaal;                      // of the aanleidinggevend klantcontact
    QStringList toegewezenAan;           // actor names, assignment order
    QDateTime toegewezenOp;              // UTC
    QDateTime laatstToegewezenOp;        // UTC: the latest assignment (isToewijzing), else toegewezenOp
    std::optional<QDateTime> afgehandeldOp;
    TaakStatus status = TaakStatus::TeVerwerken;
    bool teLaat = false; // open and older than the handeling's norm (working days)
    QUuid partij;        // the klant's partij whose name is shown; null for an unknown caller

    friend bool operator==(const TaakQueueRow &, const TaakQueueRow &) = default;
};

// The numbers shown at a glance in the main window.
struct TaakCounts
{
    int mijn = 0; // open, assigned to me
    int mijnTeLaat = 0;
    int afdelingen = 0; // open, assigned to my afdelingen (not to me personally)
    int afdelingenTeLaat = 0;

    friend bool operator==(const TaakCounts &, const TaakCounts &) = default;
};

// --- One task, for handling (C2984) ---

// A way to reach the klant, in the order to use (C2984 F0138): the betrokkene's one-off details
// first, then the partij's voorkeur, then the partij's other digitale adressen.
struct TaakContactgegeven
{
    DigitaalAdres adres;
    enum class Bron
    {
        Betrokkene,
        PartijVoorkeur,
        Partij
    } bron = Bron::Partij;

    friend bool operator==(const TaakContactgegeven &, const TaakContactgegeven &) = default;
};

struct TaakDetail
{
    InterneTaak taak;
    QStringList toegewezenAanNamen; // assignment order
    Klantcontact klantcontact;      // the aanleidinggevend one; onderwerp/inhoud/reactie blanked when hidden
    bool vertrouwelijkVerborgen = false;
    std::optional<Betrokkene> betrokkene; // the klant betrokkene (initiator first)
    std::optional<Partij> partij;
    QString klantNaam;
    QList<TaakContactgegeven> contactgegevens; // in the order to use
    QList<TaakLogEntry> log;                   // oldest first
    QDateTime laatstToegewezenOp;              // UTC: the latest assignment in the log, else taak.toegewezenOp
    // The chain (C6114): tasks this one came from / led to, and earlier attempts (C9708).
    QList<TaakQueueRow> keten;
    QList<Klantcontact> pogingen; // klantcontacten registered from this task, oldest first
    bool teLaat = false;
};

// --- Actions ---

struct ContactPoging
{
    QString kanaal;             // code-list code; empty = the kanaal of the original klantcontact
    bool gelukt = true;         // indicatieContactGelukt
    QString onderwerp;          // empty = the original onderwerp
    QString inhoud;             // the answer given (C9708: "answer in inhoud"), <= 1000
    QDateTime plaatsgevondenOp; // UTC; invalid = now
    bool taakAfhandelen = true; // when gelukt: also set the task to verwerkt (afgehandeldOp = now)
    QString toelichting;        // for the task (and the log) when it is closed, <= 1000
};

struct ContactPogingReceipt
{
    QUuid klantcontact;
    QString referentienummer;
    bool taakAfgehandeld = false;
};

// --- Supervisor ---

struct TaakNorm
{
    QString gevraagdeHandeling; // the handeling text (as stored on the task)
    int werkdagen = 2;          // open longer than this many working days = te laat
    friend bool operator==(const TaakNorm &, const TaakNorm &) = default;
};

// Open tasks per assignee (an afdeling or a medewerker), for the supervisor's overview.
struct TaakBacklogRow
{
    QUuid actor;
    QString naam;
    SoortActor soortActor = SoortActor::Medewerker;
    int open = 0;
    int teLaat = 0;
    std::optional<QDateTime> oudsteToegewezenOp; // UTC
    friend bool operator==(const TaakBacklogRow &, const TaakBacklogRow &) = default;
};

// Figures per day (local calendar date) over [van, tot], inclusive.
struct DagCijfers
{
    QDate dag;
    QMap<QString, int> klantcontactenPerKanaal;    // kanaal -> count
    QMap<QString, int> takenAangemaaktPerAfdeling; // afdeling naam -> tasks created assigned to it (or its members)
    QMap<QString, int> takenAfgehandeldPerAfdeling;
    std::optional<double>
        medianeDoorlooptijdUren; // median hours toegewezenOp -> afgehandeldOp of the tasks closed that day
    friend bool operator==(const DagCijfers &, const DagCijfers &) = default;
};

} // namespace kcc
