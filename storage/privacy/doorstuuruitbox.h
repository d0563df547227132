#pragma once

#include "model/privacy/verwerkingenuitbox.h"
#include "model/privacy/verwerkingsactie.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// The outbox of the verwerkingenlog's forwarding (DoorstuurSchema): the log queues each entry
// here inside its own transaction (zetKlaar) while forwarding is on; the sender works through it.
class DoorstuurUitbox final : public VerwerkingenUitbox
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::DoorstuurUitbox)

public:
    explicit DoorstuurUitbox(Database &database);

    // Whether forwarding is on (the beheerder set a central log).
    static Result<bool> staatAan(Database &database);
    // Queues the entry `kop` about `objecten` (pseudonyms as objectId), in parts of
    // DoorstuurBody::objectenPerVerzoek numbered from `eersteDeel`. Inside the caller's transaction.
    static Result<> zetKlaar(Database &database, Verwerkingsactie kop, const QList<VerwerktObject> &objecten,
                             int eersteDeel, const QDateTime &nu);
    // Turns forwarding on (or changes where to), or off with an empty URL. Only beheerders may on
    // PostgreSQL (grants).
    Result<> stelIn(const DoorstuurInstelling &instelling);

    Result<std::optional<DoorstuurInstelling>> instelling() override;
    Result<std::optional<UitboxItem>> volgende(const QDateTime &nu) override;
    Result<QDateTime> eerstvolgende() override;
    Result<qint64> wachtend() override;
    Result<qint64> geweigerd() override;
    Result<> markeerOnzeker(qint64 rij) override;
    Result<> markeerVerzonden(qint64 rij, const QString &serverUrl) override;
    Result<> markeerGeweigerd(qint64 rij, const QString &reden) override;
    Result<> stelUit(qint64 rij, int pogingen, const QDateTime &volgende, const QString &reden) override;

private:
    Result<qint64> tel(const QString &where);
    Result<> zet(const QString &set, const QVariantList &values);

    Database &m_database;
};

} // namespace kcc::storage
