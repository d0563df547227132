#pragma once

#include "model/core/clock.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/inzageservice.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// InzageService over the database: the role is checked, the inzage logged ("Inzage verstrekt"),
// the verwerkingenlog read through `verwerkingen` (which logs that reading too), then every record
// about the person read in one read transaction, so that the dossier describes one moment.
class InzageVerzamelaar final : public InzageService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::InzageVerzamelaar)

public:
    InzageVerzamelaar(Database &database, VerwerkingenLog &log, VerwerkingenInzage &verwerkingen,
                      const HuidigeVerwerking &verwerking, Clock clock = {});

    Result<InzageDossier> inzage(const InzageVraag &vraag, const SignedInActor &functionaris) override;

private:
    Database &m_database;
    VerwerkingenLog &m_log;
    VerwerkingenInzage &m_verwerkingen;
    const HuidigeVerwerking &m_verwerking;
    Clock m_clock;
};

} // namespace kcc::storage
