#pragma once

#include "model/core/clock.h"
#include "model/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace kcc::storage {

class Database;

// The purge of the verwerkingenlog, the only path that removes entries: every entry whose
// bewaartermijn (the latest correction's, else its own) has passed goes, with its verwerkte
// objecten and corrections, in one transaction that also appends a verwerkingenlog_opschoning
// record (when, by whom, how many). The triggers check the expiry again against the database's
// own clock, so a wrong clock here can never take a young entry.
class VerwerkingenOpschoning
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::VerwerkingenOpschoning)

public:
    explicit VerwerkingenOpschoning(Database &database, Clock clock = {});

    // Returns the number of entries removed. `gebruiker`: the account or OS user doing it.
    Result<qint64> schoonOp(const QString &gebruiker);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kcc::storage
