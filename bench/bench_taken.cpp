// bench_taken: how fast the work queues of SqlWerkvoorraadService open on a large database (issue 5:
// "the queue of a medewerker with 10 000 open tasks in a 1M-partij database opens in <= 50 ms").
//
//   bench_taken DATABASE [--partijen N] [--open N] [--repetitions N] [--limit N]
//
// When DATABASE does not exist it is made with the demo loader (--partijen, default 1,000,000;
// about two minutes). The first run then adds the benchmark's own tasks (once; a second run on the
// same file reuses them): --open (default 10,000) open tasks for the medewerker "Bench Medewerker",
// 3,000 for the afdeling "Bench Afdeling" (of which he is a member), 3,000 for two colleagues and
// 5,000 closed ones, spread over the last 60 days on existing klantcontacten.
// Then it times, --repetitions times each (default 200):
//   open Mijn     queue(Mijn) first page (--limit rows, default 100) + queueCount  <- the target
//   counts        counts() for the main window
//   open Afdeling queue(Afdeling) first page + queueCount
//   next page     queue(Mijn) second page
//   detail        detail() of the oldest task
// and prints median and p95 in milliseconds, with the load average (the machine may be shared).

#include "model/taken/takentypes.h"
#include "model/taken/werkvoorraadservice.h"
#include "storage/db/database.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/demo/demoloader.h"
#include "storage/resources/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace kcc;
using namespace kcc::storage;

namespace {

QTextStream out(stdout);

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

Actor benchActor(const QString &naam, SoortActor soort)
{
    Actor actor;
    actor.uuid = QUuid::createUuid();
    actor.naam = naam;
    actor.soortActor = soort;
    if (soort == SoortActor::Medewerker) {
        actor.heeftActorIdentificatie = true;
        actor.functie = QStringLiteral("Behandelaar");
        actor.telefoonnummer = QStringLiteral("0201234567");
    }
    return actor;
}

std::optional<QUuid> findActor(Database &database, const QString &naam)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT uuid FROM actor WHERE naam = ?"));
    query.addBindValue(naam);
    if (query.exec() && query.next())
        return QUuid::fromString(query.value(0).toString());
    return std::nullopt;
}

// Adds the benchmark's actors and tasks once; returns the medewerker and the afdeling.
bool prepareTasks(Database &database, int open, QUuid &medewerker, QUuid &afdeling)
{
    if (const auto existing = findActor(database, QStringLiteral("Bench Medewerker"))) {
        medewerker = *existing;
        afdeling = findActor(database, QStringLiteral("Bench Afdeling")).value_or(QUuid());
        out << "reusing the benchmark tasks already in the database" << Qt::endl;
        return !afdeling.isNull();
    }
    QElapsedTimer timer;
    timer.start();
    QList<QUuid> klantcontacten;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT uuid FROM klantcontact ORDER BY rowid"))) {
            out << "reading klantcontacten failed: " << query.lastError().text() << Qt::endl;
            return false;
        }
        while (query.next())
            klantcontacten << QUuid::fromString(query.value(0).toString());
    }
    if (klantcontacten.isEmpty()) {
        out << "the database holds no klantcontacten" << Qt::endl;
        return false;
    }
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        out << transaction.error().message << Qt::endl;
        return false;
    }
    {
        const Actor bench = benchActor(QStringLiteral("Bench Medewerker"), SoortActor::Medewerker);
        const Actor collega1 = benchActor(QStringLiteral("Bench Collega Een"), SoortActor::Medewerker);
        const Actor collega2 = benchActor(QStringLiteral("Bench Collega Twee"), SoortActor::Medewerker);
        const Actor afd = benchActor(QStringLiteral("Bench Afdeling"), SoortActor::OrganisatorischeEenheid);
        Repository<Actor> actors(database);
        for (const Actor &actor : {bench, collega1, collega2, afd}) {
            if (Result<> inserted = actors.insert(actor); !inserted) {
                out << inserted.error().message << Qt::endl;
                return false;
            }
        }
        medewerker = bench.uuid;
        afdeling = afd.uuid;
        QSqlQuery member(database.connection());
        member.prepare(QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES (?, ?)"));
        for (const Actor &lid : {bench, collega1, collega2}) {
            member.bindValue(0, uuidText(lid.uuid));
            member.bindValue(1, uuidText(afd.uuid));
            if (!member.exec()) {
                out << member.lastError().text() << Qt::endl;
                return false;
            }
        }

        QRandomGenerator random(42);
        const QStringList handelingen{QStringLiteral("Terugbellen"), QStringLiteral("Terugbellen"),
                                      QStringLiteral("Beantwoorden per e-mail"), QStringLiteral("Informatie opvragen"),
                                      QStringLiteral("Aanmaken zaak n.a.v. productaanvraag")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Repository<InterneTaak> taken(database);
        qint64 nummer = 900'000'000;
        auto add = [&](const QList<QUuid> &actoren, bool closed) -> bool {
            InterneTaak taak;
            taak.uuid = QUuid::createUuid();
            taak.referentienummer = QString::number(++nummer);
            taak.gevraagdeHandeling = handelingen.at(random.bounded(int(handelingen.size())));
            taak.aanleidinggevendKlantcontact = klantcontacten.at(random.bounded(int(klantcontacten.size())));
            taak.toegewezenAanActoren = actoren;
            taak.toegewezenOp = now.addSecs(-qint64(random.bounded(60 * 24 * 3600)));
            taak.status = closed ? TaakStatus::Verwerkt : TaakStatus::TeVerwerken;
            if (closed)
                taak.afgehandeldOp = taak.toegewezenOp.addSecs(random.bounded(5 * 24 * 3600));
            if (Result<> inserted = taken.insert(taak); !inserted) {
                out << inserted.error().message << Qt::endl;
                return false;
            }
            return true;
        };
        for (int i = 0; i < open; ++i) {
            if (!add({bench.uuid}, false))
                return false;
        }
        for (int i = 0; i < 3000; ++i) {
            if (!add({afd.uuid}, false) || !add({i % 2 ? collega1.uuid : collega2.uuid}, false))
                return false;
        }
        for (int i = 0; i < 5000; ++i) {
            if (!add({i % 3 ? bench.uuid : afd.uuid}, true))
                return false;
        }
    }
    if (Result<> committed = transaction.commit(); !committed) {
        out << committed.error().message << Qt::endl;
        return false;
    }
    QSqlQuery(database.connection()).exec(QStringLiteral("ANALYZE"));
    out << "added the benchmark tasks in " << timer.elapsed() << " ms" << Qt::endl;
    return true;
}

double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall time is what the medewerker waits; on a shared machine the thread's CPU time is the figure
// that does not depend on the other processes, so both are printed.
void measure(const QString &name, int repetitions, const std::function<bool()> &work)
{
    QList<double> times;
    QList<double> cpu;
    work(); // warm the cache and the prepared statements
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = threadCpuMilliseconds();
        timer.start();
        if (!work()) {
            out << name << ": failed" << Qt::endl;
            return;
        }
        times << double(timer.nsecsElapsed()) / 1e6;
        cpu << threadCpuMilliseconds() - cpuBefore;
    }
    auto ms = [](double value) { return QString::number(value, 'f', 2).rightJustified(7); };
    out << QStringLiteral("%1  wall median %2 ms  p95 %3 ms   cpu median %4 ms  p95 %5 ms   (%6 runs)")
               .arg(name.leftJustified(34), ms(percentile(times, 0.5)), ms(percentile(times, 0.95)),
                    ms(percentile(cpu, 0.5)), ms(percentile(cpu, 0.95)), QString::number(repetitions))
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1String("--"))) {
        out << "usage: bench_taken DATABASE [--partijen N] [--open N] [--repetitions N] [--limit N]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    auto option = [&](const QString &name, qint64 fallback) {
        const qsizetype index = args.indexOf(name);
        return index > 0 && index + 1 < args.size() ? args.at(index + 1).toLongLong() : fallback;
    };
    DemoOptions demo;
    demo.partijen = option(QStringLiteral("--partijen"), 1'000'000);
    const int open = int(option(QStringLiteral("--open"), 10'000));
    const int repetitions = int(option(QStringLiteral("--repetitions"), 200));
    const int limit = int(option(QStringLiteral("--limit"), 100));

    const bool fresh = !QFile::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    if (fresh) {
        out << "creating " << path << " with " << demo.partijen << " partijen (load average " << loadAverage() << ")"
            << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        if (Result<DemoReport> loaded = DemoLoader::load(*database, demo); !loaded) {
            out << loaded.error().message << Qt::endl;
            return 1;
        }
        out << "demo data loaded in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    QUuid medewerker;
    QUuid afdeling;
    if (!prepareTasks(*database, open, medewerker, afdeling))
        return 1;

    auto scalar = [&](const QString &sql) {
        QSqlQuery query(database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    out << "partijen " << scalar(QStringLiteral("SELECT count(*) FROM partij")) << ", klantcontacten "
        << scalar(QStringLiteral("SELECT count(*) FROM klantcontact")) << ", interne taken "
        << scalar(QStringLiteral("SELECT count(*) FROM interne_taak")) << " (open "
        << scalar(QStringLiteral("SELECT count(*) FROM interne_taak WHERE status = 'te_verwerken'")) << ")" << Qt::endl;

    SqlServices services(*database);
    WerkvoorraadService &service = services.taken().werkvoorraad;
    const SignedInActor viewer{
        medewerker, QStringLiteral("Bench Medewerker"), SoortActor::Medewerker, {AccountRole::medewerker()}};
    TaakQueueFilter mijn;
    TaakQueueFilter afd;
    afd.queue = TaakQueue::Afdeling;
    afd.afdeling = afdeling;

    const Result<qint64> count = service.queueCount(viewer, mijn);
    const Result<Page<TaakQueueRow>> first = service.queue(viewer, mijn, {}, limit);
    if (!count || !first || first.value().rows.isEmpty()) {
        out << "the queue could not be read: " << (!count ? count.error().message : first.error().message) << Qt::endl;
        return 1;
    }
    const Result<TaakCounts> counts = service.counts(viewer);
    out << "queue Mijn: " << count.value() << " open tasks; counts: mijn " << counts.value().mijn << " (te laat "
        << counts.value().mijnTeLaat << "), afdelingen " << counts.value().afdelingen << " (te laat "
        << counts.value().afdelingenTeLaat << ")" << Qt::endl;
    out << "load average before: " << loadAverage() << Qt::endl;

    const QUuid oldest = first.value().rows.first().uuid;
    const PageCursor second = first.value().next;
    measure(QStringLiteral("open Mijn (first %1 + count)").arg(limit), repetitions,
            [&] { return service.queue(viewer, mijn, {}, limit).ok() && service.queueCount(viewer, mijn).ok(); });
    measure(QStringLiteral("  queue(Mijn) first page only"), repetitions,
            [&] { return service.queue(viewer, mijn, {}, limit).ok(); });
    measure(QStringLiteral("  queueCount(Mijn) only"), repetitions,
            [&] { return service.queueCount(viewer, mijn).ok(); });
    measure(QStringLiteral("counts()"), repetitions, [&] { return service.counts(viewer).ok(); });
    measure(QStringLiteral("open Afdeling (first %1 + count)").arg(limit), repetitions,
            [&] { return service.queue(viewer, afd, {}, limit).ok() && service.queueCount(viewer, afd).ok(); });
    measure(QStringLiteral("queue(Mijn) second page"), repetitions,
            [&] { return service.queue(viewer, mijn, second, limit).ok(); });
    measure(QStringLiteral("detail() of the oldest task"), repetitions,
            [&] { return service.detail(viewer, oldest).ok(); });
    out << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
