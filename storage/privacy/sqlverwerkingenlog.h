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
    // The same inside the caller's open write transaction, so that an action and its entry land
    // together or not at all (a registration, a partij edit).
    Result<QUuid> logInTransactie(const Verwerking &verwerking, const LogActie &actie);
    // One entry about every partij in the database (an export of everything): `actie.personen`
    // is ignored; the partijen are read and written a page at a time, in one transaction. No
    // partijen: no entry, and a null uuid.
    Result<QUuid> logAllePartijen(const Verwerking &verwerking, const LogActie &actie);

    // Rows per INSERT of verwerkte objecten (8 values each, far below SQLite's variable limit).
    static constexpr int objectenPerInsert = 500;

private:
    struct Object;
    struct Activiteit;
    struct Entry;
    static Error sleutelOntbreekt();
    Result<Entry> insertActie(const Verwerking &verwerking, const LogActie &actie, bool vertrouwelijk);
    Result<QList<Object>> objecten(const QList<VerwerktePersoon> &personen);
    Result<Activiteit> activiteit(const Verwerking &verwerking);
    Result<> insertObjecten(qint64 rij, const LogActie &actie, const QList<Object> &objecten);
    // Queues the entry for the central log when forwarding is on (DoorstuurUitbox).
    Result<> doorsturen(const Entry &entry, const LogActie &actie, const QList<Object> &objecten, int deel);

    Database &m_database;
    Pseudoniemen m_pseudoniemen;
    VerwerkingenLogInstellingen m_instellingen;
    Clock m_clock;
};

} // namespace kcc::storage
