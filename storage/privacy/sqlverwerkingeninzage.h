#pragma once

#include "model/core/clock.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/pseudoniemen.h"
#include "model/privacy/verwerkingeninzage.h"

#include <QCoreApplication>
#include <QHash>

namespace kcc::storage {

class Database;

// VerwerkingenInzage over the log tables: the privacy role is checked, the reading is logged
// first (through `log`, on the same connection), then the entries about the person are read by
// their pseudonyms: the BSN's and those of the partijen holding it, or the partij's and its BSN's.
class SqlVerwerkingenInzage final : public VerwerkingenInzage
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlVerwerkingenInzage)

public:
    SqlVerwerkingenInzage(Database &database, Pseudoniemen pseudoniemen, VerwerkingenLog &log,
                          const HuidigeVerwerking &verwerking);

    Result<QList<Verwerkingsactie>> verwerkingen(const InzageVraag &vraag, const SignedInActor &lezer) override;

private:
    // pseudoniem -> {soortObjectId, the identifier to show}
    using Identiteiten = QHash<QString, std::pair<QString, QString>>;
    Result<Identiteiten> identiteiten(const InzageVraag &vraag);
    Result<QList<Verwerkingsactie>> lees(const InzageVraag &vraag, const Identiteiten &identiteiten);

    Database &m_database;
    Pseudoniemen m_pseudoniemen;
    VerwerkingenLog &m_log;
    const HuidigeVerwerking &m_verwerking;
};

} // namespace kcc::storage
