#pragma once

#include "model/core/clock.h"
#include "model/privacy/pseudoniemen.h"
#include "model/privacy/verwerkingenlog.h"
#include "storage/privacy/verwerkingenloginstellingen.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// The verwerkingenlog in the database: one Verwerkingsactie row and its verwerkte objecten in one
// write transaction, the objects in one multi-row INSERT (a page of 50 search hits costs one
// statement). Each person is looked up once: the partij's BSN, else its uuid, both pseudonymised,
// and a partij with indicatieGeheimhouding makes the entry vertrouwelijk. The activity (and so
// the bewaartermijn) comes from the register by kanaal and onderwerp, else its default.
// Must not be called inside another open transaction on the same connection.
class SqlVerwerkingenLog final : public VerwerkingenLog
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlVerwerkingenLog)

public:
    SqlVerwerkingenLog(Database &database, Pseudoniemen pseudoniemen, VerwerkingenLogInstellingen instellingen,
                       Clock clock = {});

    Result<QUuid> log(const Verwerking &verwerking, const LogActie &actie) override;

    // Rows per INSERT of verwerkte objecten (8 values each, far below SQLite's variable limit).
    static constexpr int objectenPerInsert = 500;

private:
    struct Object;
    struct Activiteit;
    Result<QList<Object>> objecten(const QList<VerwerktePersoon> &personen);
    Result<Activiteit> activiteit(const Verwerking &verwerking);
    Result<> insertObjecten(qint64 rij, const LogActie &actie, const QList<Object> &objecten);

    Database &m_database;
    Pseudoniemen m_pseudoniemen;
    VerwerkingenLogInstellingen m_instellingen;
    Clock m_clock;
};

} // namespace kcc::storage
