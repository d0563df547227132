#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

namespace kcc::storage {

class Database;

struct DemoOptions
{
    // Number of partijen (about 80% personen, 15% organisaties, 5% contactpersonen). 1..maxPartijen.
    qint64 partijen = 250;
    // Number of klantcontacten; -1 = defaultKlantcontacten(partijen). 0..maxKlantcontacten.
    qint64 klantcontacten = -1;
    // The same seed (and sizes) gives an identical database, uuids included.
    quint64 seed = 1;

    static constexpr qint64 maxPartijen = 5'000'000;
    static constexpr qint64 maxKlantcontacten = 10'000'000;
    // The default number of klantcontacten for a given number of partijen: two per partij for
    // the first 1,000 partijen (a lively history for the GUI demo), then one per ten further
    // partijen (101,900 for a million), to keep a million-partij load well under two minutes
    // (~67 s on the 2-core VM); pass klantcontacten explicitly for a larger history.
    static qint64 defaultKlantcontacten(qint64 partijen);
};

struct DemoReport
{
    // Rows written per API resource name: "partijen", "partij-identificatoren",
    // "digitaleadressen", "rekeningnummers", "vertegenwoordigingen", "klantcontacten",
    // "betrokkenen", "onderwerpobjecten", "bijlagen", "actoren", "actorklantcontacten",
    // "internetaken".
    QMap<QString, qint64> counts;
    qint64 milliseconds = 0;
};

// Fills an EMPTY database with deterministic Dutch demo data of every resource type
// (model/demo/demogenerator.h), in one WriteTransaction, with the secondary indexes dropped
// during the load and rebuilt afterwards. Rows go through SQLite's C API (BulkInserter), with
// the CHECK constraints verified once per table after the writing (CheckConstraints). Refuses a
// database that holds any record, so demo data never mixes with real records; on any error
// nothing is written. On PostgreSQL the same rows go through a scratch SQLite file and DatabaseCopy.
class DemoLoader
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::DemoLoader)

public:
    // `progress` is called with a translated stage name and 0..100; it may be empty.
    static Result<DemoReport> load(Database &database, const DemoOptions &options,
                                   const std::function<void(const QString &stage, int percent)> &progress = {});

private:
    static Result<DemoReport> loadThroughScratchFile(Database &database, const DemoOptions &options,
                                                     const std::function<void(const QString &, int)> &progress);
};

} // namespace kcc::storage
