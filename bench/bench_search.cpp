// bench_search: first-page latency of the instant partij search (storage/partijsearch.h) per query
// kind, side by side with the LIKE '%...%' scan that Open Klant's icontains filters amount to.
//
// Run it on a large database, e.g.
//   kccctl --db /tmp/kcc-1m.sqlite demo --partijen 1000000 --klantcontacten 5000000
//   build/bench/bench_search /tmp/kcc-1m.sqlite [--queries 1000] [--scans 20] [--limit 50] [--rebuild]
//                            [--slowest N]
// Both engines side by side (issue 13): copy the file into an empty PostgreSQL database and give
// both; the queries are drawn from the first, asked of both, and their hits compared:
//   kccctl --db postgresql://kcc@127.0.0.1:5432/kcc1m init
//   kccctl --db /tmp/kcc-1m.sqlite copy --to postgresql://kcc@127.0.0.1:5432/kcc1m
//   build/bench/bench_search /tmp/kcc-1m.sqlite postgresql://kcc@127.0.0.1:5432/kcc1m
// Each engine's scan is its own: LIKE '%...%' on SQLite, ILIKE '%...%' on PostgreSQL. "differ" counts
// the queries whose first page is not the same on both (uuids, in order).
// --queries: queries per kind for the index (default 1000), drawn deterministically from the data
//            itself (evenly spaced rowids), so every run on the same file asks the same questions.
// --scans:   how many of those are also answered by the scan (default 20; a scan takes 100+ ms).
// --rebuild: first time SearchIndex::rebuild() (in one write transaction) and print it.
// --slowest: also print the N slowest queries of each kind (default 0).
// --kind:    only the kinds whose name contains this text, e.g. --kind e-mail.
// --verwerkingenlog: also write each page of hits to the verwerkingenlog within the timing (the
//            cost the werkplek pays before it shows them). It adds entries to the file.
// "cpu p95" is the 95th percentile of the thread CPU time per query: less noisy than wall clock on a
// shared machine, but blind to waiting for I/O.
// The file is opened through Database::open, so an older schema is migrated (and indexed) first.
// Timings are wall-clock on a possibly shared machine: the load average is printed with them.

#include "model/privacy/persoonsverwerkingen.h"
#include "model/search/searchquery.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/sqlverwerkingenlog.h"
#include "storage/search/partijsearch.h"
#include "storage/search/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace kcc;
using namespace kcc::storage;

namespace {

QTextStream out(stdout);

struct Sample
{
    QString query;   // what the medewerker types
    QString pattern; // the LIKE '%...%' operand of the scan
    QVariant extra;  // postcode: huisnummer
};

struct Kind
{
    QString name;
    QString scanSql; // one "?" for the pattern (repeated as needed), returns count(*)
    int patternBinds = 1;
    QList<Sample> samples;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// CPU time of this thread in ms: on a shared machine less noisy than wall clock.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Bytes this process has had read from the disk (not from the page cache) so far: shows when a
// kind's time is spent waiting for pages the kernel evicted.
qint64 diskReadBytes()
{
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("read_bytes:"))
            return line.mid(11).trimmed().toLongLong();
    }
    return 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

qint64 maxRowid(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QLatin1String("SELECT max(rowid) FROM ") % table) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Walks evenly spaced rowids of `table` and keeps the first `count` rows that `make` turns into a sample.
template<typename Make>
QList<Sample> sampleRows(Database &database, const QString &table, const QString &columns, const QString &where,
                         int count, Make make)
{
    QList<Sample> samples;
    const qint64 last = maxRowid(database, table);
    if (last == 0)
        return samples;
    QSqlQuery query(database.connection());
    query.prepare(QLatin1String("SELECT ") % columns % QLatin1String(" FROM ") % table %
                  QLatin1String(" WHERE rowid >= ? AND ") % where % QLatin1String(" ORDER BY rowid LIMIT 1"));
    const qint64 step = std::max<qint64>(1, last / (count * 2));
    for (qint64 rowid = 1; rowid <= last && samples.size() < count; rowid += step) {
        query.bindValue(0, rowid);
        if (!query.exec() || !query.next())
            continue;
        if (std::optional<Sample> sample = make(query))
            samples << *sample;
    }
    return samples;
}

QString firstLetters(const QString &name, int letters)
{
    const QStringList tokens = SearchQuery::tokenize(SearchQuery::foldName(name));
    if (tokens.isEmpty() || tokens.constFirst().size() < letters)
        return {};
    return tokens.constFirst().left(letters);
}

QList<Kind> buildKinds(Database &database, int count)
{
    QList<Kind> kinds;
    const QString nameScan = QStringLiteral("SELECT count(*) FROM partij WHERE contactnaam_achternaam LIKE ? "
                                            "OR contactnaam_voornaam LIKE ? OR organisatie_naam LIKE ?");
    const QString persons = QStringLiteral("soort_partij <> 'organisatie' AND contactnaam_achternaam <> ''");
    for (int letters : {2, 3, 4}) {
        Kind kind{QStringLiteral("name prefix %1").arg(letters), nameScan, 3, {}};
        kind.samples = sampleRows(database, QStringLiteral("partij"), QStringLiteral("contactnaam_achternaam"), persons,
                                  count, [letters](const QSqlQuery &row) -> std::optional<Sample> {
                                      const QString prefix = firstLetters(row.value(0).toString(), letters);
                                      if (prefix.isEmpty())
                                          return std::nullopt;
                                      return Sample{prefix, QLatin1Char('%') % prefix % QLatin1Char('%'), {}};
                                  });
        kinds << kind;
    }
    {
        // A whole surname as typed, "Jonker" or "Peeters-Hermans".
        Kind kind{QStringLiteral("surname"), nameScan, 3, {}};
        kind.samples = sampleRows(database, QStringLiteral("partij"), QStringLiteral("contactnaam_achternaam"), persons,
                                  count, [](const QSqlQuery &row) -> std::optional<Sample> {
                                      const QString surname = row.value(0).toString();
                                      return Sample{surname, QLatin1Char('%') % surname % QLatin1Char('%'), {}};
                                  });
        kinds << kind;
    }
    {
        Kind kind{QStringLiteral("full name + voorvoegsel"),
                  QStringLiteral("SELECT count(*) FROM partij WHERE contactnaam_voornaam || ' ' || "
                                 "contactnaam_voorvoegsel_achternaam || ' ' || contactnaam_achternaam LIKE ?"),
                  1,
                  {}};
        kind.samples = sampleRows(
            database, QStringLiteral("partij"),
            QStringLiteral("contactnaam_voornaam, contactnaam_voorvoegsel_achternaam, contactnaam_achternaam"),
            persons % QLatin1String(" AND contactnaam_voorvoegsel_achternaam <> ''"), count,
            [](const QSqlQuery &row) -> std::optional<Sample> {
                const QString full = row.value(0).toString() % QLatin1Char(' ') % row.value(1).toString() %
                                     QLatin1Char(' ') % row.value(2).toString();
                return Sample{full, QLatin1Char('%') % full % QLatin1Char('%'), {}};
            });
        kinds << kind;
    }
    {
        Kind kind{
            QStringLiteral("phone"), QStringLiteral("SELECT count(*) FROM digitaal_adres WHERE adres LIKE ?"), 1, {}};
        kind.samples = sampleRows(database, QStringLiteral("digitaal_adres"), QStringLiteral("adres"),
                                  QStringLiteral("soort_digitaal_adres = 'telefoonnummer'"), count,
                                  [](const QSqlQuery &row) -> std::optional<Sample> {
                                      const QString adres = row.value(0).toString();
                                      return Sample{adres, QLatin1Char('%') % adres % QLatin1Char('%'), {}};
                                  });
        kinds << kind;
    }
    {
        // The start of the address as a fragment: "anna.mull" of "anna.muller@example.nl".
        Kind kind{QStringLiteral("e-mail fragment"),
                  QStringLiteral("SELECT count(*) FROM digitaal_adres WHERE adres LIKE ?"),
                  1,
                  {}};
        kind.samples = sampleRows(database, QStringLiteral("digitaal_adres"), QStringLiteral("adres"),
                                  QStringLiteral("soort_digitaal_adres = 'email'"), count,
                                  [](const QSqlQuery &row) -> std::optional<Sample> {
                                      const QString fragment = row.value(0).toString().section(QLatin1Char('@'), 0, 0);
                                      if (fragment.size() < 3)
                                          return std::nullopt;
                                      return Sample{fragment, QLatin1Char('%') % fragment % QLatin1Char('%'), {}};
                                  });
        kinds << kind;
    }
    {
        Kind kind{QStringLiteral("postcode + huisnummer"),
                  QStringLiteral("SELECT count(*) FROM partij WHERE bezoekadres_postcode LIKE ? "
                                 "AND bezoekadres_huisnummer = ?"),
                  1,
                  {}};
        kind.samples = sampleRows(database, QStringLiteral("partij"),
                                  QStringLiteral("bezoekadres_postcode, bezoekadres_huisnummer"),
                                  QStringLiteral("bezoekadres_postcode <> '' AND bezoekadres_huisnummer IS NOT NULL"),
                                  count, [](const QSqlQuery &row) -> std::optional<Sample> {
                                      const QString postcode = row.value(0).toString();
                                      const QString huisnummer = row.value(1).toString();
                                      return Sample{postcode % QLatin1Char(' ') % huisnummer,
                                                    QLatin1Char('%') % postcode % QLatin1Char('%'), row.value(1)};
                                  });
        kinds << kind;
    }
    {
        Kind kind{QStringLiteral("BSN"),
                  QStringLiteral("SELECT count(*) FROM partij_identificator WHERE object_id LIKE ?"),
                  1,
                  {}};
        kind.samples = sampleRows(database, QStringLiteral("partij_identificator"), QStringLiteral("object_id"),
                                  QStringLiteral("code_soort_object_id = 'bsn'"), count,
                                  [](const QSqlQuery &row) -> std::optional<Sample> {
                                      const QString bsn = row.value(0).toString();
                                      return Sample{bsn, QLatin1Char('%') % bsn % QLatin1Char('%'), {}};
                                  });
        kinds << kind;
    }
    return kinds;
}

// One database under test.
struct BenchEngine
{
    QString label;
    std::unique_ptr<Database> database;
    std::unique_ptr<PartijSearch> search;
    bool postgres = false;
};

struct Measured
{
    QList<double> times;
    QList<double> cpuTimes;
    QList<std::pair<double, QString>> byTime;
    QList<QList<QUuid>> answers;
    qint64 hits = 0;
    double diskKiBPerQuery = 0;
    QList<double> scanTimes;
    QString error;
};

struct Options
{
    int scans = 20;
    int limit = 50;
    int slowest = 0;
    bool logHits = false;
};

Measured measure(BenchEngine &engine, const Kind &kind, const Options &options)
{
    Measured result;
    // --verwerkingenlog: each page of hits is also written to the verwerkingenlog inside the timing,
    // as the werkplek's search thread does before it hands them out (issue 15).
    HuidigeVerwerking huidigeVerwerking;
    SqlVerwerkingenLog verwerkingenLog(*engine.database, Pseudoniemen(QByteArray(Pseudoniemen::minimumKeyBytes, 'k')),
                                       {});
    PersoonsVerwerkingen verwerkingen(verwerkingenLog, huidigeVerwerking);
    const qint64 diskBefore = diskReadBytes();
    for (const Sample &sample : kind.samples) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        const Result<QList<SearchHit>> hits = engine.search->search(SearchQuery::classify(sample.query), options.limit);
        QList<QUuid> shown;
        if (hits) {
            for (const SearchHit &hit : hits.value())
                shown << hit.uuid;
        }
        if (hits && options.logHits) {
            if (const Result<> logged = verwerkingen.zoekresultaatGetoond(shown); !logged) {
                result.error = QStringLiteral("logging failed: ") % logged.error().message;
                return result;
            }
        }
        result.times << double(timer.nsecsElapsed()) / 1e6;
        result.cpuTimes << threadCpuMs() - cpuStart;
        if (options.slowest > 0)
            result.byTime.append({result.times.constLast(), sample.query});
        if (!hits) {
            result.error = QStringLiteral("search failed: ") % hits.error().message;
            return result;
        }
        result.hits += hits.value().size();
        result.answers << shown;
    }
    result.diskKiBPerQuery =
        kind.samples.isEmpty() ? 0.0 : double(diskReadBytes() - diskBefore) / 1024.0 / double(kind.samples.size());
    QSqlQuery scan(engine.database->connection());
    // Open Klant's icontains is ILIKE on PostgreSQL; SQLite's LIKE already ignores (ASCII) case.
    QString scanSql = kind.scanSql;
    if (engine.postgres)
        scanSql.replace(QLatin1String(" LIKE "), QLatin1String(" ILIKE "));
    if (!scan.prepare(scanSql)) {
        result.error = QStringLiteral("scan: ") % scan.lastError().text();
        return result;
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(options.scans, kind.samples.size()); ++i) {
        const Sample &sample = kind.samples.at(i);
        int position = 0;
        for (int bind = 0; bind < kind.patternBinds; ++bind)
            scan.bindValue(position++, sample.pattern);
        if (sample.extra.isValid())
            scan.bindValue(position++, sample.extra);
        QElapsedTimer timer;
        timer.start();
        if (!scan.exec() || !scan.next()) {
            result.error = QStringLiteral("scan: ") % scan.lastError().text();
            return result;
        }
        result.scanTimes << double(timer.nsecsElapsed()) / 1e6;
        scan.finish();
    }
    return result;
}

void printHeader(const std::vector<BenchEngine> &engines)
{
    if (engines.size() == 1) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                   .arg(QStringLiteral("kind"), -24)
                   .arg(QStringLiteral("n"), 5)
                   .arg(QStringLiteral("median ms"), 10)
                   .arg(QStringLiteral("p95 ms"), 9)
                   .arg(QStringLiteral("cpu p95"), 8)
                   .arg(QStringLiteral("hits/q"), 7)
                   .arg(QStringLiteral("disk KiB/q"), 10)
                   .arg(QStringLiteral("scan n"), 7)
                   .arg(QStringLiteral("scan med ms"), 12)
                   .arg(QStringLiteral("ratio"), 8)
            << Qt::endl;
        return;
    }
    out << QStringLiteral("%1 %2").arg(QStringLiteral("kind"), -24).arg(QStringLiteral("n"), 5);
    for (const BenchEngine &engine : engines) {
        out << QStringLiteral(" | %1 %2 %3 %4")
                   .arg(QString(engine.label % QLatin1String(" med")), 11)
                   .arg(QStringLiteral("p95 ms"), 8)
                   .arg(QStringLiteral("hits/q"), 7)
                   .arg(engine.postgres ? QStringLiteral("ILIKE med") : QStringLiteral("LIKE med"), 10);
    }
    out << QStringLiteral(" | %1").arg(QStringLiteral("differ"), 6) << Qt::endl;
}

void printRow(const Kind &kind, const std::vector<BenchEngine> &engines, const QList<Measured> &results, int slowest)
{
    const auto perQuery = [&](const Measured &measured) {
        return kind.samples.isEmpty() ? 0.0 : double(measured.hits) / double(kind.samples.size());
    };
    if (engines.size() == 1) {
        const Measured &measured = results.constFirst();
        const double median = percentile(measured.times, 0.5);
        const double scanMedian = percentile(measured.scanTimes, 0.5);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                   .arg(kind.name, -24)
                   .arg(kind.samples.size(), 5)
                   .arg(median, 10, 'f', 3)
                   .arg(percentile(measured.times, 0.95), 9, 'f', 3)
                   .arg(percentile(measured.cpuTimes, 0.95), 8, 'f', 3)
                   .arg(perQuery(measured), 7, 'f', 1)
                   .arg(measured.diskKiBPerQuery, 10, 'f', 1)
                   .arg(measured.scanTimes.size(), 7)
                   .arg(scanMedian, 12, 'f', 1)
                   .arg(median > 0 ? QString::number(scanMedian / median, 'f', 0) % QLatin1Char('x') : QString(), 8)
            << Qt::endl;
    } else {
        out << QStringLiteral("%1 %2").arg(kind.name, -24).arg(kind.samples.size(), 5);
        for (const Measured &measured : results) {
            out << QStringLiteral(" | %1 %2 %3 %4")
                       .arg(percentile(measured.times, 0.5), 11, 'f', 3)
                       .arg(percentile(measured.times, 0.95), 8, 'f', 3)
                       .arg(perQuery(measured), 7, 'f', 1)
                       .arg(percentile(measured.scanTimes, 0.5), 10, 'f', 1);
        }
        qsizetype differ = 0;
        for (qsizetype i = 0; i < results.constFirst().answers.size(); ++i) {
            for (const Measured &measured : results) {
                if (measured.answers.value(i) != results.constFirst().answers.at(i)) {
                    ++differ;
                    break;
                }
            }
        }
        out << QStringLiteral(" | %1").arg(differ, 6) << Qt::endl;
    }
    for (qsizetype e = 0; e < results.size(); ++e) {
        QList<std::pair<double, QString>> byTime = results.at(e).byTime;
        std::sort(byTime.begin(), byTime.end(), std::greater<>());
        for (qsizetype i = 0; i < std::min<qsizetype>(slowest, byTime.size()); ++i)
            out << "    " << engines.at(std::size_t(e)).label << ' ' << QString::number(byTime.at(i).first, 'f', 3)
                << " ms  " << byTime.at(i).second << Qt::endl;
    }
}

std::optional<BenchEngine> openEngine(const QString &location, bool rebuild)
{
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(location);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location), qPrintable(opened.error().message));
        return std::nullopt;
    }
    BenchEngine engine;
    engine.database = std::move(opened).value();
    engine.postgres = engine.database->engine() == kcc::storage::Engine::PostgreSQL;
    engine.label = engine.postgres ? QStringLiteral("PG") : QStringLiteral("SQLite");
    Database &database = *engine.database;
    out << "database " << location << ", schema " << database.schemaVersion() << ", opened in " << openTimer.elapsed()
        << " ms; load average " << loadAverage() << Qt::endl;
    if (rebuild) {
        QElapsedTimer timer;
        timer.start();
        WriteTransaction transaction(database);
        const Result<> rebuilt = SearchIndex::rebuild(database);
        const Result<> committed = rebuilt ? transaction.commit() : rebuilt;
        if (!committed) {
            std::fprintf(stderr, "rebuild failed: %s\n", qPrintable(committed.error().message));
            return std::nullopt;
        }
        out << "SearchIndex::rebuild: " << timer.elapsed() << " ms for " << maxRowid(database, QStringLiteral("partij"))
            << " partij rowids; load average " << loadAverage() << Qt::endl;
    }
    engine.search = std::make_unique<PartijSearch>(database);
    return engine;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "usage: bench_search DB [DB2] [--queries N] [--scans N] [--limit N] [--rebuild]"
                             " [--slowest N] [--kind TEXT] [--verwerkingenlog]\n");
        return 2;
    }
    auto option = [&](const char *name, int fallback) {
        const qsizetype index = arguments.indexOf(QLatin1String(name));
        return index > 0 && index + 1 < arguments.size() ? arguments.at(index + 1).toInt() : fallback;
    };
    const int queries = option("--queries", 1000);
    Options options;
    options.scans = option("--scans", 20);
    options.limit = option("--limit", 50);
    // Prints the N slowest queries of each kind with their times, to see what a p95 is made of.
    options.slowest = option("--slowest", 0);
    options.logHits = arguments.contains(QLatin1String("--verwerkingenlog"));
    // Only the kinds whose name contains this text ("e-mail", "full name").
    const qsizetype kindIndex = arguments.indexOf(QLatin1String("--kind"));
    const QString onlyKind =
        kindIndex > 0 && kindIndex + 1 < arguments.size() ? arguments.at(kindIndex + 1) : QString();

    std::vector<BenchEngine> engines;
    for (qsizetype i = 1;
         i < arguments.size() && engines.size() < 2u && !arguments.at(i).startsWith(QLatin1String("--")); ++i) {
        std::optional<BenchEngine> engine = openEngine(arguments.at(i), arguments.contains(QLatin1String("--rebuild")));
        if (!engine)
            return 1;
        engines.push_back(std::move(*engine));
    }

    const QList<Kind> kinds = buildKinds(*engines.front().database, queries);
    printHeader(engines);
    for (const Kind &kind : kinds) {
        if (!onlyKind.isEmpty() && !kind.name.contains(onlyKind))
            continue;
        QList<Measured> results;
        for (BenchEngine &engine : engines) {
            results << measure(engine, kind, options);
            if (!results.constLast().error.isEmpty()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(engine.label), qPrintable(results.constLast().error));
                return 1;
            }
        }
        printRow(kind, engines, results, options.slowest);
    }
    out << "limit " << options.limit << " hits per first page; load average " << loadAverage() << Qt::endl;
    return 0;
}
