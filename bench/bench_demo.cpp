// Times DemoLoader on a fresh database file:
//   bench_demo <partijen> [klantcontacten|-1] [seed] [database path]
// Prints the rows per resource, the wall time and the file size (database + WAL), and per stage
// the wall and the process CPU time (user + sys): on a shared machine the CPU time is the figure
// to compare between variants.

#include "storage/db/database.h"
#include "storage/demo/demoloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace kcc::storage;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_demo <partijen> [klantcontacten|-1] [seed] [database path]\n";
        return 2;
    }
    DemoOptions options;
    options.partijen = args.value(1).toLongLong();
    options.klantcontacten = args.size() > 2 ? args.value(2).toLongLong() : -1;
    options.seed = args.size() > 3 ? args.value(3).toULongLong() : 1;

    QTemporaryDir dir;
    const QString path = args.size() > 4 ? args.value(4) : dir.filePath(QStringLiteral("bench_demo.sqlite"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const auto load = [&loadavg]() {
        loadavg.open(QIODevice::ReadOnly);
        const QString text = QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
        loadavg.close();
        return text;
    };
    out << "load average before: " << load() << Qt::endl;

    QElapsedTimer total;
    total.start();
    auto opened = Database::open(path);
    if (!opened) {
        out << "open failed: " << opened.error().message << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    QString lastStage;
    QElapsedTimer stageTimer;
    stageTimer.start();
    const double cpuStart = cpuSeconds();
    const auto loaded = DemoLoader::load(*database, options, [&](const QString &stage, int percent) {
        if (stage != lastStage) {
            out << QString::number(stageTimer.elapsed() / 1000.0, 'f', 1) << " s wall, "
                << QString::number(cpuSeconds() - cpuStart, 'f', 1) << " s CPU  " << stage << " (" << percent << "%)"
                << Qt::endl;
            lastStage = stage;
        }
    });
    if (!loaded) {
        out << "load failed: " << loaded.error().message << Qt::endl;
        return 1;
    }
    const qint64 loadMs = loaded.value().milliseconds;
    const double loadCpu = cpuSeconds() - cpuStart;
    database.reset();
    const qint64 totalMs = total.elapsed();

    qint64 rows = 0;
    for (auto it = loaded.value().counts.cbegin(); it != loaded.value().counts.cend(); ++it) {
        out << QStringLiteral("%1 %2").arg(it.key(), -24).arg(it.value(), 10) << Qt::endl;
        rows += it.value();
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out << "rows total: " << rows << Qt::endl;
    out << "DemoLoader::load: " << QString::number(loadMs / 1000.0, 'f', 1) << " s ("
        << (loadMs > 0 ? rows * 1000 / loadMs : 0) << " rows/s), " << QString::number(loadCpu, 'f', 1) << " s CPU"
        << Qt::endl;
    out << "open + load + close: " << QString::number(totalMs / 1000.0, 'f', 1) << " s, "
        << QString::number(cpuSeconds(), 'f', 1) << " s CPU" << Qt::endl;
    out << "file size: " << QString::number(bytes / 1048576.0, 'f', 1) << " MiB" << Qt::endl;
    out << "load average after: " << load() << Qt::endl;
    return 0;
}
