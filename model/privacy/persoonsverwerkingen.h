#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/verwerkingenlog.h"

#include <QCoreApplication>
#include <QList>
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

private:
    Result<> log(const SignedInActor *viewer, const LogActie &actie, const QString &wat);

    VerwerkingenLog &m_log;
    const HuidigeVerwerking &m_verwerking;

public:
    // The privacy officer exports the log about a person to a file: logged before it is written.
    Result<> verwerkingenGeexporteerd(const VerwerktePersoon &persoon, const SignedInActor &lezer);
};

} // namespace kcc
