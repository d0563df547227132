#pragma once

#include "model/beheer/accountservice.h"
#include "model/callflow/contactsession.h"
#include "model/callflow/registrationplan.h"
#include "model/core/result.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc {

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
    // Whether a registration whose outcome is not known (the connection broke during its COMMIT)
    // was written after all: the receipt of those of `klantcontacten` (the plan's uuids) that
    // exist, nullopt when none does. One transaction writes all or nothing, so any one settles it.
    virtual Result<std::optional<RegistrationReceipt>> alreadyRegistered(const QList<QUuid> &klantcontacten) = 0;
    // C0534 after registration: the colleague's text is appended to inhoud (new paragraph, at most
    // 1000 characters in all) and the colleague is linked as another actor.
    virtual Result<> appendTransfer(const QUuid &klantcontact, const QUuid &colleague, const QString &text) = 0;
    // C0534: the colleague who took over the call finds the klantcontact by the referentienummer
    // the KCC medewerker gave (leading/trailing spaces ignored). nullopt when there is none.
    virtual Result<std::optional<TransferTarget>> findForTransfer(const QString &referentienummer,
                                                                  const SignedInActor &viewer) = 0;
};

} // namespace kcc
