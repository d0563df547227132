// Inserts N partijen (default 200,000) in one transaction into a fresh database and prints rows/s,
// twice: in bulk mode (secondary indexes dropped and search triggers suspended, as DemoLoader and
// imports do, with the time to rebuild both afterwards) and with everything live (N/10 rows).
// Usage: bench_storage_insert [N] [directory]. Not a test: run it by hand (README "Benchmarks").

#include "model/klantinteracties/partij.h"
#include "storage/db/database.h"
#include "storage/db/schema.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/search/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace kcc;
using namespace kcc::storage;

namespace {

// CPU seconds of this process: on a shared, loaded machine the wall clock mostly measures the
// other processes, so both figures are printed.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double g_cpuSeconds = 0;

QString rate(qint64 rows, double seconds)
{
    return QString::number(double(rows) / seconds, 'f', 0);
}

// Returns the seconds the inserts took, or -1 after printing the error.
double insertPartijen(Database &database, qint64 rows, bool bulk, QTextStream &out)
{
    // Realistic rows: a persoon with a name and a bezoekadres, every tenth without the address.
    Partij partij;
    partij.soortPartij = SoortPartij::Persoon;
    partij.voorkeurstaal = QStringLiteral("nld");
    Adres adres;
    adres.straatnaam = QStringLiteral("Dorpsstraat");
    adres.postcode = QStringLiteral("1234 AB");
    adres.stad = QStringLiteral("Utrecht");
    adres.land = QStringLiteral("NL");

    Repository<Partij> repository(database);
    WriteTransaction transaction(database);
    if (bulk) {
        if (Result<> suspended = SearchIndex::suspend(database); !suspended) {
            out << suspended.error().message << '\n';
            return -1;
        }
        if (Result<> dropped = Schema::dropSecondaryIndexes(database); !dropped) {
            out << dropped.error().message << '\n';
            return -1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    for (qint64 i = 0; i < rows; ++i) {
        partij.uuid = QUuid::createUuid();
        partij.nummer = QString::number(i + 1);
        partij.contactnaam =
            Contactnaam{QString(), QStringLiteral("Jan"), QString(), QStringLiteral("Jansen-%1").arg(i)};
        adres.huisnummer = int(i % 999) + 1;
        partij.bezoekadres = i % 10 == 0 ? std::nullopt : std::optional<Adres>(adres);
        if (Result<> inserted = repository.insert(partij); !inserted) {
            out << inserted.error().message << '\n';
            return -1;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    g_cpuSeconds = cpuSeconds() - cpuStart;
    if (bulk) {
        timer.restart();
        if (Result<> created = Schema::createSecondaryIndexes(database); !created) {
            out << created.error().message << '\n';
            return -1;
        }
        const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        if (Result<> rebuilt = SearchIndex::rebuild(database); !rebuilt) {
            out << rebuilt.error().message << '\n';
            return -1;
        }
        out << "  secondary indexes rebuilt in " << QString::number(indexSeconds, 'f', 2) << " s, search index in "
            << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 2) << " s\n";
    }
    timer.restart();
    if (Result<> committed = transaction.commit(); !committed) {
        out << committed.error().message << '\n';
        return -1;
    }
    out << "  commit in " << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 2) << " s\n";
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 rows = arguments.size() > 1 ? arguments.at(1).toLongLong() : 200'000;
    QTemporaryDir temporary(arguments.size() > 2 ? arguments.at(2) + QLatin1String("/bench-XXXXXX")
                                                 : QDir::tempPath() + QLatin1String("/bench-XXXXXX"));
    QTextStream out(stdout);
    if (!temporary.isValid() || rows <= 0) {
        out << "usage: bench_storage_insert [rows] [directory]\n";
        return 2;
    }
    for (const bool bulk : {true, false}) {
        const qint64 count = bulk ? rows : std::max<qint64>(1, rows / 10);
        auto opened =
            Database::open(temporary.filePath(bulk ? QStringLiteral("bulk.sqlite") : QStringLiteral("live.sqlite")));
        if (!opened) {
            out << opened.error().message << '\n';
            return 1;
        }
        std::unique_ptr<Database> database = std::move(opened).value();
        out << (bulk ? "bulk mode (indexes and search triggers off during the load):\n"
                     : "live mode (all indexes and search triggers on):\n");
        out.flush();
        const double seconds = insertPartijen(*database, count, bulk, out);
        if (seconds < 0)
            return 1;
        out << "  " << count << " partijen inserted in " << QString::number(seconds, 'f', 2)
            << " s: " << rate(count, seconds) << " rows/s (wall clock); " << QString::number(g_cpuSeconds, 'f', 2)
            << " s CPU: " << rate(count, g_cpuSeconds) << " rows per CPU second\n";
        out.flush();
    }
    return 0;
}
