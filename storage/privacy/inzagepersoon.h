#pragma once

#include "model/core/result.h"
#include "model/privacy/verwerkingeninzage.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc::storage {

class Database;

// Whom an inzage or an erasure is about: the partij holding the BSN asked for (its BSN
// identificator), or the partij asked for and its BSN, if any.
struct InzagePersoon
{
    QUuid partij; // null: no partij holds the BSN
    QString bsn;

    Q_DECLARE_TR_FUNCTIONS(kcc::storage::InzagePersoon)

public:
    // nullopt when the partij does not exist; for a BSN, a persoon without partij when none holds it.
    static Result<std::optional<InzagePersoon>> zoek(Database &database, const InzageVraag &vraag);
};

} // namespace kcc::storage
