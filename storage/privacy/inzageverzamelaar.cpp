#include "storage/privacy/inzageverzamelaar.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "storage/db/database.h"
#include "storage/privacy/inzagelezer.h"
#include "storage/privacy/inzagepersoon.h"

#include <QSqlQuery>

namespace kcc::storage {

InzageVerzamelaar::InzageVerzamelaar(Database &database, VerwerkingenLog &log, VerwerkingenInzage &verwerkingen,
                                     const HuidigeVerwerking &verwerking, Clock clock)
    : m_database(database)
    , m_log(log)
    , m_verwerkingen(verwerkingen)
    , m_verwerking(verwerking)
    , m_clock(std::move(clock))
{
}

Result<InzageDossier> InzageVerzamelaar::inzage(const InzageVraag &vraag, const SignedInActor &functionaris)
{
    if (!functionaris.hasRole(AccountRole::privacy()))
        return Error{tr("Only a privacy officer may make an inzage."), {}};
    if (vraag.bsn.isEmpty() == vraag.partij.isNull())
        return Error{tr("Give either a BSN or a partij."), {}};
    const Result<std::optional<InzagePersoon>> persoon = InzagePersoon::zoek(m_database, vraag);
    if (!persoon)
        return persoon.error();
    if (!persoon.value())
        return Error{tr("No partij %1 is known.").arg(vraag.partij.toString(QUuid::WithoutBraces)), {}};
    const InzagePersoon gevonden = *persoon.value();
    // Log first: the officer's collecting is itself a processing of the person's data.
    PersoonsVerwerkingen verwerkingen(m_log, m_verwerking);
    if (Result<> logged = verwerkingen.inzageVerstrekt({gevonden.partij, gevonden.bsn}, functionaris); !logged)
        return logged.error();
    const InzageVraag logVraag{gevonden.bsn, gevonden.bsn.isEmpty() ? gevonden.partij : QUuid(), {}, {}};
    Result<QList<Verwerkingsactie>> log = m_verwerkingen.verwerkingen(logVraag, functionaris);
    if (!log)
        return log.error();

    InzageDossier dossier;
    dossier.bsn = gevonden.bsn;
    dossier.verwerkingen = std::move(log).value();
    dossier.opgesteldOp = m_clock.now();
    // A BSN no partij holds: the answer is the log about it (at least this request).
    if (gevonden.partij.isNull())
        return dossier;
    // One read transaction: all records describe the same moment, also while the werkplek writes.
    QSqlDatabase connection = m_database.connection();
    const bool snapshot = connection.transaction();
    const Result<> gelezen = InzageLezer::verzamel(m_database, gevonden.partij, dossier);
    if (snapshot)
        connection.rollback(); // read only: nothing to keep
    if (!gelezen)
        return gelezen.error();
    return dossier;
}

} // namespace kcc::storage
