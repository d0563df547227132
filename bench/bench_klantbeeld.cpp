// bench_klantbeeld: how fast the klantbeeld of a partij with many klantcontacten opens, and how
// much memory the application needs with a large database open and a search shown.
//
//   bench_klantbeeld <database> [--contacts 1000] [--runs 200]
//     Opens the klantbeeld of the partij with the most klantcontacten (when it has fewer than
//     --contacts, that many are first added to one partij, in one transaction, some vertrouwelijk)
//     and times, per run: KlantbeeldService::load + KlantbeeldWidget::setKlantbeeld (which reads
//     the first history page, the kanalen and the count) + painting the widget offscreen
//     (QWidget::grab). Prints median and p95 of each part and of the whole.
//   bench_klantbeeld <database> --rss [--query "jansen"]
//     Builds the main window as kcc-werkplek does (list sources, call flow, the search thread),
//     shows it offscreen, searches, opens the first hit's klantbeeld and prints VmHWM (peak RSS)
//     from /proc/self/status at each step.
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. Use a copy of the database: the first
// mode may add klantcontacten.

#include "app/werkplek/callflowwiring.h"
#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/search/partijsearchmodel.h"
#include "storage/db/database.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/listtableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace kcc;
using namespace kcc::storage;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString procStatus(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field) + 1).trimmed());
    }
    return QStringLiteral("?");
}

void printMemory(const QString &step)
{
    out << qSetFieldWidth(44) << Qt::left << step << qSetFieldWidth(0) << " VmHWM " << procStatus("VmHWM") << "  VmRSS "
        << procStatus("VmRSS") << Qt::endl;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// The partij with the most klantcontacten and how many it has.
std::pair<QUuid, qint64> busiestPartij(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT was_partij, count(*) AS n FROM betrokkene WHERE was_partij IS NOT NULL"
                                   " GROUP BY was_partij ORDER BY n DESC LIMIT 1")) ||
        !query.next())
        return {};
    return {QUuid::fromString(query.value(0).toString()), query.value(1).toLongLong()};
}

QString addContacts(Database &database, int contacts)
{
    QSqlQuery first(database.connection());
    if (!first.exec(QStringLiteral("SELECT uuid FROM partij WHERE soort_partij = 'persoon' ORDER BY rowid LIMIT 1")) ||
        !first.next())
        return QStringLiteral("the database has no persoon");
    const QUuid partij = QUuid::fromString(first.value(0).toString());
    first.finish();
    QSqlQuery actorQuery(database.connection());
    QList<QUuid> actoren;
    if (actorQuery.exec(QStringLiteral("SELECT uuid FROM actor ORDER BY rowid LIMIT 5"))) {
        while (actorQuery.next())
            actoren << QUuid::fromString(actorQuery.value(0).toString());
    }
    actorQuery.finish();

    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error().message;
    Repository<Klantcontact> klantcontacten(database);
    Repository<Betrokkene> betrokkenen(database);
    Repository<ActorKlantcontact> links(database);
    const QStringList kanalen = {QStringLiteral("telefoon"), QStringLiteral("email"), QStringLiteral("balie"),
                                 QStringLiteral("chat")};
    const QDateTime start(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < contacts; ++i) {
        Klantcontact k;
        k.uuid = QUuid::createUuid();
        k.kanaal = kanalen.at(i % kanalen.size());
        k.onderwerp = QStringLiteral("Bench-vraag %1 over de afvalinzameling en de parkeervergunning").arg(i);
        k.inhoud = QStringLiteral("Inhoud van contact %1").arg(i);
        k.vertrouwelijk = i % 10 == 3;
        k.plaatsgevondenOp = start.addSecs(qint64(i) * 86400 / 3);
        if (const Result<> r = klantcontacten.insert(k); !r)
            return r.error().message;
        Betrokkene b;
        b.uuid = QUuid::createUuid();
        b.wasPartij = partij;
        b.hadKlantcontact = k.uuid;
        if (const Result<> r = betrokkenen.insert(b); !r)
            return r.error().message;
        if (!actoren.isEmpty()) {
            if (const Result<> r = links.insert({QUuid::createUuid(), actoren.at(i % actoren.size()), k.uuid}); !r)
                return r.error().message;
        }
    }
    if (const Result<> committed = transaction.commit(); !committed)
        return committed.error().message;
    return {};
}

int klantbeeldBench(Database &database, int contacts, int runs)
{
    QElapsedTimer timer;
    timer.start();
    auto [partij, count] = busiestPartij(database);
    out << "busiest partij: " << partij.toString(QUuid::WithoutBraces) << " with " << count << " klantcontacten ("
        << timer.elapsed() << " ms to find)" << Qt::endl;
    if (count < contacts) {
        timer.restart();
        if (const QString error = addContacts(database, contacts); !error.isEmpty()) {
            out << "could not add klantcontacten: " << error << Qt::endl;
            return 1;
        }
        std::tie(partij, count) = busiestPartij(database);
        out << "added " << contacts << " klantcontacten in " << timer.elapsed() << " ms; now " << count << Qt::endl;
    }

    SqlServices services(database);
    KlantbeeldService &service = services.klantbeeld();
    const SignedInActor viewer{
        QUuid::createUuid(), QStringLiteral("Bench"), SoortActor::Medewerker, {AccountRole::medewerker()}};
    ui::KlantbeeldWidget widget;
    widget.setService(&service, viewer);
    // The history as the medewerker sees it: the model behind the widget's history table.
    auto *history = qobject_cast<KlantbeeldContactModel *>(widget.historyView()->model());
    widget.resize(1000, 800);
    widget.show();
    QList<double> loads;
    QList<double> sets;
    QList<double> paints;
    QList<double> totals;
    QElapsedTimer part;
    for (int run = 0; run < runs + 5; ++run) {
        widget.clear();
        QCoreApplication::processEvents();
        timer.restart();
        part.restart();
        const Result<Klantbeeld> loaded = service.load(partij, viewer, 0);
        if (!loaded) {
            out << "load failed: " << loaded.error().message << Qt::endl;
            return 1;
        }
        const double load = double(part.nsecsElapsed()) / 1e6;
        part.restart();
        widget.setKlantbeeld(loaded.value());
        const double set = double(part.nsecsElapsed()) / 1e6;
        part.restart();
        const QPixmap painted = widget.grab();
        const double paint = double(part.nsecsElapsed()) / 1e6;
        const double total = double(timer.nsecsElapsed()) / 1e6;
        if (painted.isNull() || history->rowCount() == 0) {
            out << "nothing painted" << Qt::endl;
            return 1;
        }
        if (run < 5)
            continue; // warm-up
        loads << load;
        sets << set;
        paints << paint;
        totals << total;
    }
    out << "klantbeeld of a partij with " << count << " klantcontacten, " << runs << " runs (load average "
        << loadAverage() << "):" << Qt::endl;
    auto line = [](const char *name, const QList<double> &values) {
        out << "  " << qSetFieldWidth(40) << Qt::left << name << qSetFieldWidth(0) << "median "
            << QString::number(percentile(values, 0.5), 'f', 2) << " ms   p95 "
            << QString::number(percentile(values, 0.95), 'f', 2) << " ms" << Qt::endl;
    };
    line("service load()", loads);
    line("setKlantbeeld (history page 1 + count)", sets);
    line("paint offscreen (grab)", paints);
    line("open and painted, total", totals);
    out << "  history rows shown: " << history->rowCount() << " of " << history->totalCount() << Qt::endl;
    return 0;
}

int rssBench(Database &database, const QString &text)
{
    printMemory(QStringLiteral("database open"));
    // The services and the window as the application wires them.
    SqlServices services(database);
    ui::MainWindow window({&services.partijen(), &services.klantcontacten(), database.path(), false});
    ui::CallFlowContext context = app::callFlowContext(services, &services.search());
    context.user = SignedInActor{
        QUuid::createUuid(), QStringLiteral("Bench"), SoortActor::Medewerker, {AccountRole::medewerker()}};
    window.setCallFlow(context);
    window.resize(1440, 860);
    window.show();
    QCoreApplication::processEvents();
    printMemory(QStringLiteral("main window shown"));

    auto *zoeken = window.findChild<ui::PartijZoekenWidget *>(QStringLiteral("partijZoeken"));
    auto *results = qobject_cast<PartijSearchModel *>(
        zoeken->findChild<ui::ListTableView *>(QStringLiteral("zoekenResults"))->model());
    QElapsedTimer timer;
    // Typing: what each keystroke costs the UI thread (the search itself runs on its own thread,
    // an answer for an older text is dropped).
    double slowestKey = 0;
    for (qsizetype length = 1; length <= text.size(); ++length) {
        timer.restart();
        results->setQuery(text.left(length));
        slowestKey = std::max(slowestKey, double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    out << "typing \"" << text << "\": slowest keystroke on the UI thread " << QString::number(slowestKey, 'f', 3)
        << " ms" << Qt::endl;
    results->setQuery(QString());
    timer.restart();
    zoeken->searchEdit()->setText(text);
    QEventLoop loop;
    QObject::connect(results, &PartijSearchModel::searchFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
    (void)window.grab();
    out << "search \"" << text << "\": " << results->rowCount() << " rows in " << timer.elapsed() << " ms (incl. the "
        << ui::PartijZoekenWidget::debounceMilliseconds << " ms debounce)" << Qt::endl;
    printMemory(QStringLiteral("search shown"));
    if (const PartijFinderRow *row = results->rowAt(0)) {
        zoeken->openPartij(row->uuid);
        (void)window.grab();
        printMemory(QStringLiteral("klantbeeld of the first hit shown"));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_klantbeeld <database> [--contacts N] [--runs N] | [--rss [--query TEXT]]\n");
        return 2;
    }
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    Result<std::unique_ptr<Database>> opened = Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    if (args.contains(QStringLiteral("--rss")))
        return rssBench(*database, option(QStringLiteral("--query"), QStringLiteral("jansen")));
    return klantbeeldBench(*database, option(QStringLiteral("--contacts"), QStringLiteral("1000")).toInt(),
                           std::max(1, option(QStringLiteral("--runs"), QStringLiteral("200")).toInt()));
}
