#pragma once

#include "model/core/clock.h"
#include "model/core/result.h"
#include "model/privacy/verwerkingsactie.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc::storage {

class Database;

// The standard's corrections, appended, never written over: PATCH /verwerkingsacties?verwerkingId
// (a new bewaartermijn or vertrouwelijkheid for every entry of one verwerking) and DELETE
// /verwerkingsacties/{actieId} (the entry vervallen: no inzage returns it). One
// verwerkingsactie_correctie row per entry changed; the latest row wins when the log is read.
class SqlVerwerkingenCorrecties
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlVerwerkingenCorrecties)

public:
    explicit SqlVerwerkingenCorrecties(Database &database, Clock clock = {});

    // Returns how many entries the verwerking has (and were corrected).
    Result<qint64> corrigeerVerwerking(const QUuid &verwerkingId, const std::optional<QString> &bewaartermijn,
                                       std::optional<Vertrouwelijkheid> vertrouwelijkheid, const QString &gebruiker);
    Result<> laatVervallen(const QUuid &actieId, const QString &gebruiker);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kcc::storage
