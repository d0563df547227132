#pragma once

#include "model/core/clock.h"
// Internal to storage/taken/: what the four taken services (SqlWerkvoorraadService,
// SqlTaakActiesService, SqlSupervisieService, SqlAfdelingLidmaatschap) share — the database, the
// clock and the zone, and the small SQL helpers they all read with.

#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/internetaak.h"
#include "model/taken/takentypes.h"
#include "storage/db/retry.h"
#include "storage/db/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <functional>
#include <utility>

class QSqlQuery;

namespace kcc::storage {

class Database;

namespace takensql {

// The translation context every message of the taken services has always had (they were one
// class, SqlTakenService), so that the Dutch translations stay where they are.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlTakenService)
};

// SQL text with its positional values, composed in text order so that every ? meets its value.
struct Query
{
    QString sql;
    QVariantList binds;

    Query &add(const QString &text, const QVariantList &values = {})
    {
        sql += text;
        binds += values;
        return *this;
    }
    Query &add(const Query &other) { return add(other.sql, other.binds); }
};

inline const QString openStatus = QStringLiteral("te_verwerken");

QString text(const QUuid &uuid);
QVariant nullableText(const std::optional<QUuid> &uuid);
QString jsonArray(const QStringList &values);
Error firstError(const FieldErrors &errors);

// Runs `work` in one WriteTransaction; commits when it succeeded. The repositories `work` makes
// are gone before the commit. A conflict with another seat runs the whole of it again
// (retryOnConflict), so `work` must not change anything outside the database.
template<typename Work>
auto inTransaction(Database &database, Work &&work) -> decltype(work())
{
    using R = decltype(work());
    return retryOnConflict([&]() -> R {
        WriteTransaction transaction(database);
        if (!transaction.isActive())
            return R(transaction.error());
        R result = work();
        if (!result)
            return result;
        if (Result<> committed = transaction.commit(); !committed)
            return R(committed.error());
        return result;
    });
}

// The cut-off per handeling: a task assigned before it is overdue now.
struct Grenzen
{
    QList<QPair<QString, QString>> perHandeling; // handeling -> UTC text
    QString standaard;
};

} // namespace takensql

// The state the taken services share and the reads more than one of them needs.
struct TakenStore
{
    using Clock = kcc::Clock;

    TakenStore(Database &db, Clock c, const QTimeZone &z)
        : database(db)
        , clock(std::move(c))
        , zone(z)
    {
    }

    Database &database;
    Clock clock;    // the current time (tests fix it)
    QTimeZone zone; // where "working day" and "per day" are reckoned

    QDateTime now() const { return clock.now().toUTC(); }

    Error readError(const QSqlQuery &query) const;
    Result<> run(QSqlQuery &query, const takensql::Query &q) const;
    // A query that answers one row of (count, te laat).
    Result<std::pair<int, int>> countAndLate(const takensql::Query &q) const;
    Result<QList<QUuid>> uuids(const takensql::Query &q) const;

    Result<QList<QUuid>> afdelingenVan(const QUuid &medewerker) const;
    Result<QList<QUuid>> ledenVan(const QList<QUuid> &afdelingen) const;

    Result<QList<TaakNorm>> storedNorms() const;
    Result<takensql::Grenzen> grenzen() const;

    Result<InterneTaak> taakOf(const QUuid &uuid) const;
    // The task as a write transaction that will change it must see it: locked against other seats.
    Result<InterneTaak> taakVoorWijziging(const QUuid &uuid) const;
    // The actors, in the given order; an error when one does not exist.
    Result<QList<Actor>> actoren(const QList<QUuid> &uuids) const;
};

} // namespace kcc::storage
