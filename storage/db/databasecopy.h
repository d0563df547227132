#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace kcc::storage {

class Database;

struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

struct CopyReport
{
    QList<CopiedTable> tables; // in the order they were copied
    qint64 milliseconds = 0;
    // The verwerkingenlog holds pseudonyms made with the source's key: the desks on the target
    // need the same key ($KCC_PSEUDONIEM_SLEUTEL), or look-ups by BSN no longer find them.
    bool logNeedsSameKey = false;
};

// Moves a desk's SQLite database onto the KCC's PostgreSQL server (`kccctl copy --to URI`, and
// `kccctl demo` on PostgreSQL, which loads into a scratch SQLite file first). Every table the two
// share is copied row by row with its SQLite rowid (the stable "insertion order" the lists and
// queues sort by), through libpq's COPY, in one transaction on the target; the derived search
// tables (zoek_*) are left to the target's own index. Before the commit the copy is verified: the
// same number of rows in every table, and IntegrityCheck clean on the target. Anything wrong rolls
// the whole copy back.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::DatabaseCopy)

public:
    // `from` must be SQLite and clean (IntegrityCheck), `to` PostgreSQL at the same schema
    // version and without records: only the code lists and settings that the migrations fill
    // (replaced by the source's) may be there. `progress` hears of each table when it is done.
    static Result<CopyReport> copy(Database &from, Database &to,
                                   const std::function<void(const CopiedTable &)> &progress = {});

    // The tables a freshly migrated database already fills; the source's rows replace them.
    static QStringList seededTables();
};

} // namespace kcc::storage
