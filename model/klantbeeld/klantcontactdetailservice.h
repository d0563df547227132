#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "model/taken/takentypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

// Reading one earlier klantcontact from the history (issue 10, item 7): everything registered
// with it, for a read-only view. Declared here (QtCore only); implemented in storage/klantbeeld/
// and handed over by app/ through CallFlowContext.

namespace kcc {

struct KlantcontactDetailBetrokkene
{
    Betrokkene betrokkene;
    QString partijNaam;                    // the linked partij's name; empty without a partij
    QList<DigitaalAdres> digitaleAdressen; // the one-off contact details given for this contact
};

struct KlantcontactDetailOnderwerpobject
{
    Onderwerpobject onderwerpobject;
    QString wasKlantcontactReferentienummer; // the earlier klantcontact it refers to, if any
};

struct KlantcontactDetailTaak
{
    InterneTaak taak;
    QStringList toegewezenAan; // actor names, assignment order
    QList<TaakLogEntry> log;   // oldest first
};

struct KlantcontactDetail
{
    // When `verborgen`, only klantcontact.uuid is set and every list is empty: nothing of a
    // vertrouwelijk contact leaves storage for a viewer who may not read it.
    Klantcontact klantcontact;
    bool verborgen = false;
    QList<KlantcontactDetailBetrokkene> betrokkenen; // link order
    QList<KlantcontactDetailOnderwerpobject> onderwerpobjecten;
    QList<Bijlage> bijlagen;
    QList<Actor> actoren; // link order
    QList<KlantcontactDetailTaak> taken;
};

// The vertrouwelijk rule is the klantbeeld's (KlantbeeldService): a vertrouwelijk klantcontact is
// read only by the actors linked to it, the actors one of its interne taken is assigned to, and
// supervisors. Everyone else gets `verborgen`.
class KlantcontactDetailService
{
public:
    virtual ~KlantcontactDetailService() = default;

    // An error (translated) when the klantcontact does not exist or cannot be read.
    virtual Result<KlantcontactDetail> detail(const QUuid &klantcontact, const SignedInActor &viewer) = 0;
};

} // namespace kcc
