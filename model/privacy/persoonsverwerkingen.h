#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/verwerkingenlog.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace kcc {

// The actions of the werkplek on a person's data, each written to the verwerkingenlog with the
// names the privacy officer reads (data in Dutch, not UI text), in the current verwerking. Every
// method is called before the data is shown; an Error says, for the medewerker, why it is not.
class PersoonsVerwerkingen
{
    Q_DECLARE_TR_FUNCTIONS(kcc::PersoonsVerwerkingen)

public:
    PersoonsVerwerkingen(VerwerkingenLog &log, const HuidigeVerwerking &verwerking);

    Result<> klantbeeldGetoond(const QUuid &partij, const SignedInActor &viewer);
    Result<> bsnGetoond(const QUuid &partij, const SignedInActor &viewer);
    // Every partij on one page of search results: one entry with one verwerkt object each.
    Result<> zoekresultaatGetoond(const QList<QUuid> &partijen);
    // The privacy officer reads the log about a person.
    Result<> verwerkingenIngezien(const VerwerktePersoon &persoon, const SignedInActor &lezer);

    // The betrokkenheid of every person shown in search results (the standard's example list).
    static QString getoondInZoekresultaat() { return QStringLiteral("Getoond in zoekresultaat"); }

    // A BRP look-up (issue 15, V0856): the persons found, by BSN, before they are shown. Also
    // vertrouwelijk when one of them has geheimhouding in the BRP.
    Result<> brpGeraadpleegd(const QStringList &bsns, bool geheimhouding);
    static QString geraadpleegdInBrp() { return QStringLiteral("Geraadpleegd in BRP"); }

private:
    Result<> log(const SignedInActor *viewer, const LogActie &actie, const QString &wat);

    VerwerkingenLog &m_log;
    const HuidigeVerwerking &m_verwerking;

public:
    // The privacy officer hands the person everything the KCC holds about them (AVG art. 15).
    Result<> inzageVerstrekt(const VerwerktePersoon &persoon, const SignedInActor &functionaris);
    // The privacy officer erases the person's data (AVG art. 17). Logged before the erasure (while
    // the BSN is still known); returns the entry's actieId, so that a failed erasure can let it
    // vervallen.
    Result<QUuid> gegevensGewist(const VerwerktePersoon &persoon, const SignedInActor &functionaris);

    // What storage writes in the same transaction as the action itself (a registration, a partij
    // edit, an export), so that both land or neither: the names are here with the others.
    static LogActie partijGeregistreerd(const QUuid &partij);
    static LogActie klantcontactGeregistreerd(const QList<VerwerktePersoon> &personen, bool vertrouwelijk);
    static LogActie interneTaakGeregistreerd(const QList<VerwerktePersoon> &personen, bool vertrouwelijk);
    static LogActie partijGewijzigd(const QUuid &partij);
    static LogActie partijenGeexporteerd();
    // The verwerking of a registered klantcontact: its uuid is the verwerkingId, its kanaal and
    // onderwerp choose the activity.
    static Verwerking klantcontactVerwerking(const QUuid &medewerker, const QUuid &klantcontact, const QString &kanaal,
                                             const QString &onderwerp);

    // A task opened for handling (werkvoorraad): the task's uuid is the verwerkingId, the kanaal
    // and onderwerp of its klantcontact choose the activity. `partij`: the klant, when known.
    Result<> taakGeopend(const QUuid &taak, const QUuid &partij, const QString &kanaal, const QString &onderwerp,
                         bool vertrouwelijk, const SignedInActor &viewer);
    // Tasks listed with the name of their klant (kccctl taken): every klant shown.
    Result<> takenGetoond(const QList<QUuid> &partijen);

private:
    Result<> logIn(Verwerking verwerking, const SignedInActor *viewer, const LogActie &actie, const QString &wat);

public:
    // The privacy officer exports the log about a person to a file: logged before it is written.
    Result<> verwerkingenGeexporteerd(const VerwerktePersoon &persoon, const SignedInActor &lezer);
};

} // namespace kcc
