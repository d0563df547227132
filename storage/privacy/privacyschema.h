#pragma once

#include "model/core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kcc::storage {

// The verwerkingenlog (schema step 8 -> 9, issue 15): the register of processing activities
// (verwerkingsactiviteiten, one of them the default, chosen per kanaal and onderwerp), the
// Verwerkingsacties with their verwerkte objecten (persons only as a keyed hash), the corrections
// appended to them, and the record of each purge. Runs inside the migration's transaction.
//
// Append-only by triggers: every UPDATE is refused, and a DELETE only for an entry whose
// bewaartermijn has passed by the database's own clock. The purge (VerwerkingenOpschoning) is the
// only path that deletes, and a program with a wrong clock, or raw SQL, cannot delete a young
// entry. A purge marker (insert a row, a trigger deletes) was the alternative; it would let
// anyone who can insert a marker delete any entry, so the rule is on the entry's own expiry.
class PrivacySchema
{
public:
    static Result<> migrateToVersion9(QSqlDatabase &connection);

    // The expiry of an entry as the triggers compare it: the text of a UTC instant in this
    // format sorts as the instant does, and equals SQLite's strftime('%Y-%m-%dT%H:%M:%fZ').
    static QString instantText(const QDateTime &utc);
    // Qt binds a null QString as NULL; the log's text columns are NOT NULL with '' for "none".
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
};

} // namespace kcc::storage
