#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kcc::storage {

class Database;

// Human reference numbers generated locally (klantinteracties-model.md §5: the server generates
// none since Open Klant 2.16). Integer strings of at most 10 digits, unique in their column.
class NumberSequence
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::NumberSequence)

public:
    enum class Kind
    {
        PartijNummer,
        KlantcontactReferentienummer,
        InterneTaakReferentienummer
    };

    static constexpr qint64 maximum = 9'999'999'999;

    // The next number: one more than both the stored counter and the highest numeric value already
    // in the column (imports and sync bring numbers of their own), and records it. Must run inside
    // the caller's WriteTransaction, so that the number and the row that uses it commit together.
    static Result<QString> next(Database &database, Kind kind);

    // Schema step 17 -> 18 "nummer-index": per numbered column an index over its value as a number,
    // for the rows whose value is one (the highest was a scan of the whole table: 5M klantcontacten).
    static Result<> migrateToVersion18(QSqlDatabase &connection);

    // The query next() reads the highest number in the table with (public for the plan test).
    static QString highestNumberSql(Kind kind, bool postgres);
};

} // namespace kcc::storage
