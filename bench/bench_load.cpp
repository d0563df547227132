// bench_load: a KCC morning on one PostgreSQL server (issue 13, item 9).
//
//   bench_load [--seats 20] [--minutes 2] [--partijen 20000] [--think 0] [--no-restart]
//
// It makes its own throw-away server (tools/pg-test-server.sh: initdb in a temporary directory,
// loopback only) and a database on it with the real commands: `kccctl init`, `kccctl demo
// --partijen N`, and one PostgreSQL login per seat with `kccctl user add` (two thirds KCC
// medewerkers, one third backoffice medewerkers of the afdeling Vergunningen). Each seat is a thread
// with its own connection as its own login, signed in as the application signs in
// (PostgresLogin), using the application's services (SqlServices):
//   KCC seat:        zoeken (a surname) -> klantbeeld of a hit -> registreren (a call with a
//                    terugbelverzoek for Vergunningen, one transaction)
//   backoffice seat: afdelingsqueue (first page) -> oppakken (one of the five oldest, so that
//                    seats collide) -> afhandelen
// --think MS pauses between operations (default 0: as fast as the seats can go). Halfway through, the
// server is restarted (pg_ctl restart -m fast) unless --no-restart: a seat whose operation fails
// because the server went away reconnects (with backoff) and does the operation again; a
// registration first looks whether the server stored it before the connection dropped, so that it is
// sent once.
//
// It prints per operation the number done, the throughput and the median / p95 / max latency, and at
// the end verifies: 0 errors a user would have seen (a pick-up that a colleague won is not an error:
// the seat is told who has it), 0 registrations lost or doubled (every receipt's klantcontact is
// there once, and the server has exactly as many of the run's klantcontacten as the seats
// registered), 0 tasks held by two seats, and `kccctl check` clean. Exit code 0 only when all hold.
// The server is stopped and removed at the end.

#include "model/callflow/contactsession.h"
#include "model/callflow/registrationplan.h"
#include "model/callflow/registrationservice.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/search/searchquery.h"
#include "model/taken/taakactiesservice.h"
#include "model/taken/werkvoorraadservice.h"
#include "storage/beheer/postgreslogin.h"
#include "storage/db/database.h"
#include "storage/db/databaseaddress.h"
#include "storage/db/sqlservices.h"
#include "storage/search/partijsearch.h"
#include "storage/taken/sqltaken.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace kcc;
using namespace kcc::storage;

namespace {

const QString onderwerpPrefix = QStringLiteral("Belasting morning ");
const QString password = QStringLiteral("laad-test-wachtwoord-1");

struct Options
{
    int seats = 20;
    double minutes = 2;
    int partijen = 20000;
    int thinkMs = 0;
    bool restart = true;
};

// What every seat reports, gathered under one mutex at the end of each operation.
struct Tally
{
    QMutex mutex;
    std::map<QString, QList<double>> latencies; // operation -> milliseconds
    QStringList userErrors;                     // what a medewerker would have seen
    int conflicts = 0;                          // pick-ups a colleague won (told who has it)
    int reconnects = 0;
    int resentFoundStored = 0;  // registrations the server had stored before the drop
    QList<QUuid> registered;    // klantcontacten of the receipts
    QHash<QUuid, int> pickedUp; // task -> successful pick-ups

    void time(const QString &operation, double ms)
    {
        QMutexLocker lock(&mutex);
        latencies[operation].append(ms);
    }
    void userError(const QString &seat, const QString &operation, const QString &message)
    {
        QMutexLocker lock(&mutex);
        userErrors << QStringLiteral("%1 %2: %3").arg(seat, operation, message);
    }
};

struct Sample
{
    QList<QUuid> partijen;
    QStringList achternamen;
    QUuid vergunningen;
};

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

// ---- the server and its set-up -------------------------------------------------------------

struct Server
{
    QString state;
    QString superUri; // postgresql://postgres@127.0.0.1:PORT/postgres
    QString uri;      // the bench's database, as the superuser
    QString port;
};

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr, int timeoutMs = 1800000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        say(QStringLiteral("%1 did not finish: %2").arg(program, process.errorString()));
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(QStringLiteral("%1 %2 failed:\n%3").arg(program, arguments.join(QLatin1Char(' ')), text));
        return false;
    }
    return true;
}

QString pgTestServer()
{
    return QStringLiteral(KCC_SOURCE_DIR "/tools/pg-test-server.sh");
}

QString kccctl()
{
    return QStringLiteral(KCC_BINARY_DIR "/app/kccctl");
}

bool kccctlOn(const Server &server, const QStringList &arguments, QString *output = nullptr)
{
    return run(kccctl(), QStringList{QStringLiteral("--db"), server.uri} + arguments, output);
}

bool startServer(Server &server)
{
    if (!run(pgTestServer(), {QStringLiteral("start"), server.state}))
        return false;
    QFile uriFile(server.state + QStringLiteral("/uri"));
    if (!uriFile.open(QIODevice::ReadOnly))
        return false;
    server.superUri = QString::fromUtf8(uriFile.readAll()).trimmed();
    server.port = server.superUri.section(QLatin1Char(':'), 2).section(QLatin1Char('/'), 0, 0);
    server.uri = server.superUri.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/kcc_belasting");
    qputenv("PGPASSFILE", QFile::encodeName(server.state + QStringLiteral("/pgpass")));
    return true;
}

bool restartServer(const Server &server)
{
    return run(pgTestServer(), {QStringLiteral("restart"), server.state});
}

// Raw SQL as the server's superuser: only what the bench itself sets up and verifies.
QSqlDatabase superConnection(const Server &server, const QString &database)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-super"));
    connection.setHostName(QStringLiteral("127.0.0.1"));
    connection.setPort(server.port.toInt());
    connection.setUserName(QStringLiteral("postgres"));
    connection.setDatabaseName(database);
    connection.open();
    return connection;
}

QString seatName(int seat, bool backoffice)
{
    return QStringLiteral("%1%2")
        .arg(backoffice ? QStringLiteral("backoffice") : QStringLiteral("kcc"))
        .arg(seat + 1, 2, 10, QLatin1Char('0'));
}

bool isBackoffice(int seat)
{
    return seat % 3 == 2;
}

bool takeSample(const Server &server, Sample &sample);

bool setUp(const Server &server, const Options &options, Sample &sample)
{
    {
        QSqlDatabase connection = superConnection(server, QStringLiteral("postgres"));
        QSqlQuery create(connection);
        if (!create.exec(QStringLiteral("CREATE DATABASE kcc_belasting"))) {
            say(create.lastError().text());
            return false;
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-super"));
    QElapsedTimer timer;
    timer.start();
    if (!kccctlOn(server, {QStringLiteral("init")}) ||
        !kccctlOn(server, {QStringLiteral("demo"), QStringLiteral("--partijen"), QString::number(options.partijen)}))
        return false;
    say(QStringLiteral("set-up: init and demo with %1 partijen in %2 s")
            .arg(options.partijen)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("wachtwoord"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(password.toUtf8() + '\n') < 0)
        return false;
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    for (int seat = 0; seat < options.seats; ++seat) {
        const bool backoffice = isBackoffice(seat);
        QStringList arguments{QStringLiteral("user"),
                              QStringLiteral("add"),
                              seatName(seat, backoffice),
                              QStringLiteral("--role"),
                              QStringLiteral("medewerker"),
                              QStringLiteral("--password-file"),
                              passwordFile,
                              QStringLiteral("--functie"),
                              QStringLiteral("Belastingtest"),
                              QStringLiteral("--telefoon"),
                              QStringLiteral("0201234567")};
        if (backoffice)
            arguments << QStringLiteral("--afdeling") << QStringLiteral("Vergunningen");
        if (!kccctlOn(server, arguments))
            return false;
    }

    const bool sampled = takeSample(server, sample);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-super"));
    return sampled;
}

bool takeSample(const Server &server, Sample &sample)
{
    QSqlDatabase connection = superConnection(server, QStringLiteral("kcc_belasting"));
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral(
            "SELECT uuid, contactnaam_achternaam FROM partij WHERE soort_partij = 'persoon' AND indicatie_actief = 1"
            " AND contactnaam_achternaam <> '' ORDER BY rowid LIMIT 2000")))
        return false;
    while (query.next()) {
        sample.partijen << QUuid(query.value(0).toString());
        sample.achternamen << query.value(1).toString();
    }
    if (!query.exec(QStringLiteral("SELECT uuid FROM actor WHERE naam = 'Vergunningen'")) || !query.next())
        return false;
    sample.vergunningen = QUuid(query.value(0).toString());
    connection.close();
    return !sample.partijen.isEmpty();
}

// ---- one seat ------------------------------------------------------------------------------

class Seat
{
public:
    Seat(int index, const Server &server, const Options &options, const Sample &sample, Tally &tally,
         const std::atomic_bool &stop)
        : m_index(index)
        , m_name(seatName(index, isBackoffice(index)))
        , m_server(server)
        , m_options(options)
        , m_sample(sample)
        , m_tally(tally)
        , m_stop(stop)
        , m_random(quint32(index + 1))
    {
    }

    void run()
    {
        if (!connect())
            return;
        while (!m_stop.load()) {
            if (isBackoffice(m_index))
                backofficeRound();
            else
                kccRound();
        }
        m_search.reset();
        m_services.reset();
        m_database.reset();
    }

private:
    // Signs in as the application does, again and again with a growing pause while the server is away.
    bool connect()
    {
        m_search.reset();
        m_services.reset();
        m_database.reset();
        const Result<DatabaseAddress> address = DatabaseAddress::parse(m_server.uri);
        if (!address)
            return false;
        QString why;
        for (int wait = 50;; wait = std::min(wait * 2, 1000)) {
            auto opened = PostgresLogin::open(address.value(), m_name, password);
            if (opened) {
                auto me = PostgresLogin::whoAmI(*opened.value());
                if (me) {
                    m_database = std::move(opened).value();
                    m_me = me.value();
                    break;
                }
                why = me.error().message;
            } else {
                why = opened.error().message;
            }
            if (m_stop.load()) {
                // A seat that never got in did nothing all morning: its medewerker saw why.
                if (!m_signedInOnce)
                    m_tally.userError(m_name, QStringLiteral("aanmelden"), why);
                return false;
            }
            QThread::msleep(ulong(wait + int(m_random.bounded(quint32(wait)))));
        }
        m_signedInOnce = true;
        m_services = std::make_unique<SqlServices>(*m_database);
        m_services->huidigeVerwerking().setGebruiker(m_me.naam);
        m_search = std::make_unique<PartijSearch>(*m_database);
        return true;
    }

    bool alive()
    {
        QSqlQuery ping(m_database->connection());
        return ping.exec(QStringLiteral("SELECT 1"));
    }

    // Runs `work` until it succeeds or fails for a reason other than the server going away; the
    // time recorded is what the medewerker waited, reconnecting included. nullopt after a failure.
    template<typename Work>
    auto perform(const QString &operation, Work work) -> std::optional<std::decay_t<decltype(work(false).value())>>
    {
        QElapsedTimer timer;
        timer.start();
        for (bool again = false;; again = true) {
            auto result = work(again);
            if (result) {
                m_tally.time(operation, double(timer.nsecsElapsed()) / 1e6);
                return result.value();
            }
            if (result.error().cause == Error::Cause::Unreachable || !alive()) {
                {
                    QMutexLocker lock(&m_tally.mutex);
                    ++m_tally.reconnects;
                }
                if (!connect())
                    return std::nullopt;
                continue;
            }
            m_lastError = result.error().message;
            for (const FieldError &field : result.error().fieldErrors)
                m_lastError += QStringLiteral(" [%1: %2]").arg(field.field, field.message);
            return std::nullopt;
        }
    }

    void think()
    {
        if (m_options.thinkMs > 0)
            QThread::msleep(ulong(m_options.thinkMs));
    }

    void kccRound()
    {
        const int pick = int(m_random.bounded(quint32(m_sample.partijen.size())));
        const SearchQuery query = SearchQuery::classify(m_sample.achternamen.at(pick));
        auto hits = perform(QStringLiteral("zoeken"), [&](bool) { return m_search->search(query, 50); });
        if (!hits) {
            m_tally.userError(m_name, QStringLiteral("zoeken"), m_lastError);
            return;
        }
        think();
        const QUuid partij = hits->isEmpty() ? m_sample.partijen.at(pick) : hits->first().uuid;
        if (!perform(QStringLiteral("klantbeeld"),
                     [&](bool) { return m_services->klantbeeld().load(partij, m_me, 10); })) {
            m_tally.userError(m_name, QStringLiteral("klantbeeld"), m_lastError);
            return;
        }
        think();
        register_(partij);
        think();
    }

    void register_(const QUuid &partij)
    {
        ContactSession session =
            ContactSession::start(m_me.actor, QStringLiteral("telefoon"), QDateTime::currentDateTimeUtc());
        session.partijKeuze = ContactSession::PartijKeuze::Gevonden;
        session.partij = partij;
        session.geauthenticeerd = true;
        session.authenticatiemethode = QStringLiteral("controlevragen");
        session.gesprekSeconden = 180;
        session.onderwerpen[0].onderwerp = onderwerpPrefix + m_name;
        session.onderwerpen[0].inhoud = QStringLiteral("Vraag over een vergunning; graag terugbellen.");
        session.onderwerpen[0].interneTaak = SessionInterneTaak{
            QStringLiteral("terugbellen"), QStringLiteral("Terugbellen"), {m_sample.vergunningen}, QString()};
        session.betrokkene.digitaleAdressen = {{SoortDigitaalAdres::Telefoonnummer, QStringLiteral("0612345678"), {}}};
        std::optional<RegistrationPlan> plan;
        auto receipt = perform(QStringLiteral("registreren"), [&](bool again) -> Result<QList<QUuid>> {
            if (!plan) {
                const Result<PlanContext> context = m_services->registration().planContext(session);
                if (!context)
                    return context.error();
                Result<RegistrationPlan> built = RegistrationPlan::build(session, context.value());
                if (!built)
                    return built.error();
                plan = std::move(built).value();
            }
            // The connection dropped during or after the commit: did the server store it?
            if (again && stored(*plan)) {
                QMutexLocker lock(&m_tally.mutex);
                ++m_tally.resentFoundStored;
                return uuidsOf(*plan);
            }
            const Result<RegistrationReceipt> written = m_services->registration().registerContact(*plan);
            if (!written)
                return written.error();
            return written.value().klantcontacten;
        });
        if (!receipt) {
            m_tally.userError(m_name, QStringLiteral("registreren"), m_lastError);
            return;
        }
        QMutexLocker lock(&m_tally.mutex);
        m_tally.registered << *receipt;
    }

    static QList<QUuid> uuidsOf(const RegistrationPlan &plan)
    {
        QList<QUuid> uuids;
        for (const RegistrationPlan::Contact &contact : plan.contacten)
            uuids << contact.klantcontact.uuid;
        return uuids;
    }

    bool stored(const RegistrationPlan &plan)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM klantcontact WHERE uuid = ?"));
        query.addBindValue(plan.contacten.first().klantcontact.uuid.toString(QUuid::WithoutBraces));
        return query.exec() && query.next() && query.value(0).toInt() > 0;
    }

    void backofficeRound()
    {
        TaakQueueFilter filter;
        filter.queue = TaakQueue::Afdeling;
        filter.afdeling = m_sample.vergunningen;
        auto page = perform(QStringLiteral("afdelingsqueue"),
                            [&](bool) { return m_services->werkvoorraad().queue(m_me, filter, PageCursor{}, 20); });
        if (!page) {
            m_tally.userError(m_name, QStringLiteral("afdelingsqueue"), m_lastError);
            return;
        }
        if (page->rows.isEmpty()) {
            QThread::msleep(50);
            return;
        }
        think();
        const qsizetype candidates = std::min<qsizetype>(5, page->rows.size());
        const QUuid taak = page->rows.at(qsizetype(m_random.bounded(quint32(candidates)))).uuid;
        if (!perform(QStringLiteral("oppakken"), [&](bool again) -> Result<bool> {
                // After a reconnect the pick-up may have been committed already.
                if (again && heldByMe(taak))
                    return true;
                const Result<> taken = m_services->taken().acties.pakOp(m_me, taak);
                if (!taken)
                    return taken.error();
                return true;
            })) {
            if (heldByColleague(taak)) {
                QMutexLocker lock(&m_tally.mutex);
                ++m_tally.conflicts;
            } else {
                m_tally.userError(m_name, QStringLiteral("oppakken"), m_lastError);
            }
            return;
        }
        {
            QMutexLocker lock(&m_tally.mutex);
            ++m_tally.pickedUp[taak];
        }
        think();
        if (!perform(QStringLiteral("afhandelen"), [&](bool again) -> Result<bool> {
                if (again && closed(taak))
                    return true;
                const Result<> done = m_services->taken().acties.handelAf(m_me, taak, QStringLiteral("Teruggebeld."));
                if (!done)
                    return done.error();
                return true;
            }))
            m_tally.userError(m_name, QStringLiteral("afhandelen"), m_lastError);
    }

    // What the seat's own werkvoorraad says about the task: who it is assigned to now.
    QStringList assignedTo(const QUuid &taak)
    {
        const Result<TaakDetail> detail = m_services->werkvoorraad().detail(m_me, taak);
        return detail ? detail.value().toegewezenAanNamen : QStringList();
    }
    bool heldByMe(const QUuid &taak) { return assignedTo(taak).contains(m_me.naam); }
    // A colleague won the pick-up: the task is no longer an open task of the afdeling (it is theirs
    // now, they closed it already, or the engine no longer shows it to this seat). A refusal while
    // it still is one would be an error the medewerker sees.
    bool heldByColleague(const QUuid &taak)
    {
        const Result<TaakDetail> detail = m_services->werkvoorraad().detail(m_me, taak);
        if (!detail)
            return true;
        const QStringList &names = detail.value().toegewezenAanNamen;
        return detail.value().taak.status != TaakStatus::TeVerwerken || !names.contains(QLatin1String("Vergunningen"));
    }
    bool closed(const QUuid &taak)
    {
        const Result<TaakDetail> detail = m_services->werkvoorraad().detail(m_me, taak);
        return detail && detail.value().taak.status != TaakStatus::TeVerwerken;
    }

    int m_index;
    QString m_name;
    const Server &m_server;
    const Options &m_options;
    const Sample &m_sample;
    Tally &m_tally;
    const std::atomic_bool &m_stop;
    QRandomGenerator m_random;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlServices> m_services;
    std::unique_ptr<PartijSearch> m_search;
    SignedInActor m_me;
    QString m_lastError;
    bool m_signedInOnce = false;
};

// Runs every seat for the given minutes, restarting the server halfway; the seconds it ran.
double runSeats(const Server &server, const Options &options, const Sample &sample, Tally &tally)
{
    std::atomic_bool stop = false;
    std::vector<std::unique_ptr<Seat>> seats;
    QList<QThread *> threads;
    for (int index = 0; index < options.seats; ++index) {
        seats.push_back(std::make_unique<Seat>(index, server, options, sample, tally, stop));
        Seat *seat = seats.back().get();
        threads << QThread::create([seat] { seat->run(); });
    }
    QElapsedTimer timer;
    timer.start();
    for (QThread *thread : std::as_const(threads))
        thread->start();
    const qint64 total = qint64(options.minutes * 60000);
    if (options.restart) {
        QThread::msleep(ulong(total / 2));
        QElapsedTimer restart;
        restart.start();
        const bool restarted = restartServer(server);
        say(QStringLiteral("server restarted halfway (%1 ms, %2)")
                .arg(restart.elapsed())
                .arg(restarted ? QStringLiteral("ok") : QStringLiteral("FAILED")));
    }
    QThread::msleep(ulong(std::max<qint64>(0, total - timer.elapsed())));
    stop = true;
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    return double(timer.elapsed()) / 1000.0;
}

bool verifyRecords(const Server &server, const Tally &tally)
{
    bool ok = true;
    QSqlDatabase connection = superConnection(server, QStringLiteral("kcc_belasting"));
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT count(*) FROM klantcontact WHERE onderwerp LIKE ?"));
    query.addBindValue(QString(onderwerpPrefix + QLatin1Char('%')));
    qint64 stored = -1;
    if (query.exec() && query.next())
        stored = query.value(0).toLongLong();
    QSet<QUuid> unique(tally.registered.cbegin(), tally.registered.cend());
    query.prepare(QStringLiteral("SELECT count(*) FROM klantcontact WHERE uuid = ?"));
    int missing = 0;
    for (const QUuid &uuid : unique) {
        query.bindValue(0, uuid.toString(QUuid::WithoutBraces));
        if (!query.exec() || !query.next() || query.value(0).toInt() != 1)
            ++missing;
    }
    const qsizetype doubled = stored - unique.size() + (tally.registered.size() - unique.size());
    say(QStringLiteral("registrations: %1 by the seats, %2 on the server, %3 lost, %4 doubled")
            .arg(tally.registered.size())
            .arg(stored)
            .arg(missing)
            .arg(doubled));
    ok = ok && missing == 0 && doubled == 0;

    int twice = 0;
    for (auto it = tally.pickedUp.cbegin(); it != tally.pickedUp.cend(); ++it)
        twice += it.value() > 1 ? 1 : 0;
    // In the engine: no task of the run has more than one medewerker among its actors.
    int heldByTwo = -1;
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT t.uuid FROM interne_taak t"
                                 " JOIN interne_taak_actor ta ON ta.interne_taak = t.uuid"
                                 " JOIN actor a ON a.uuid = ta.actor AND a.soort_actor = 'medewerker'"
                                 " JOIN klantcontact k ON k.uuid = t.aanleidinggevend_klantcontact"
                                 " WHERE k.onderwerp LIKE ? GROUP BY t.uuid HAVING count(*) > 1) AS twee"));
    query.addBindValue(QString(onderwerpPrefix + QLatin1Char('%')));
    if (query.exec() && query.next())
        heldByTwo = query.value(0).toInt();
    say(QStringLiteral("tasks: %1 picked up, %2 by two seats (seen by the seats), %3 with two medewerkers in the "
                       "database; %4 pick-ups a colleague won")
            .arg(tally.pickedUp.size())
            .arg(twice)
            .arg(heldByTwo)
            .arg(tally.conflicts));
    ok = ok && twice == 0 && heldByTwo == 0;
    connection.close();
    return ok;
}

bool verify(const Server &server, const Tally &tally)
{
    bool ok = verifyRecords(server, tally);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-super"));

    say(QStringLiteral("errors shown to a user: %1").arg(tally.userErrors.size()));
    // Grouped by operation and message (without the seat), most frequent first.
    QHash<QString, int> kinds;
    for (const QString &error : tally.userErrors)
        ++kinds[error.section(QLatin1Char(' '), 1)];
    QList<QPair<int, QString>> ordered;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[count, error] : ordered.mid(0, 12))
        say(QStringLiteral("  %1 x %2").arg(count).arg(error.simplified().left(300)));
    ok = ok && tally.userErrors.isEmpty();
    // A morning in which nobody registered or took up a task proves nothing.
    for (const QString &operation : {QStringLiteral("registreren"), QStringLiteral("oppakken")}) {
        const auto done = tally.latencies.find(operation);
        if (done == tally.latencies.end() || done->second.isEmpty()) {
            say(QStringLiteral("no %1 was done at all").arg(operation));
            ok = false;
        }
    }

    QString check;
    const bool clean = kccctlOn(server, {QStringLiteral("check")}, &check);
    say(QStringLiteral("kccctl check: %1").arg(clean ? QStringLiteral("clean") : check.trimmed()));
    return ok && clean;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

void report(const Tally &tally, double seconds)
{
    say(QStringLiteral("%1 %2 %3 %4 %5 %6")
            .arg(QStringLiteral("operation"), -14)
            .arg(QStringLiteral("count"), 8)
            .arg(QStringLiteral("per s"), 8)
            .arg(QStringLiteral("median ms"), 10)
            .arg(QStringLiteral("p95 ms"), 8)
            .arg(QStringLiteral("max ms"), 8));
    for (const auto &[operation, values] : tally.latencies) {
        say(QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(operation, -14)
                .arg(values.size(), 8)
                .arg(double(values.size()) / seconds, 8, 'f', 1)
                .arg(percentile(values, 0.5), 10, 'f', 2)
                .arg(percentile(values, 0.95), 8, 'f', 2)
                .arg(percentile(values, 1.0), 8, 'f', 1));
    }
    say(QStringLiteral("reconnects: %1; registrations the server had stored before the connection dropped: %2")
            .arg(tally.reconnects)
            .arg(tally.resentFoundStored));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    Options options;
    auto value = [&](const char *name, double fallback) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toDouble() : fallback;
    };
    options.seats = int(value("--seats", options.seats));
    options.minutes = value("--minutes", options.minutes);
    options.partijen = int(value("--partijen", options.partijen));
    options.thinkMs = int(value("--think", options.thinkMs));
    options.restart = !arguments.contains(QLatin1String("--no-restart"));
    if (options.seats < 2 || options.minutes <= 0 || options.partijen < 100) {
        say(QStringLiteral(
            "usage: bench_load [--seats N>=2] [--minutes M] [--partijen N>=100] [--think MS] [--no-restart]"));
        return 2;
    }

    QTemporaryDir state;
    // A shared database pseudonymises the verwerkingenlog with the municipality's key.
    const QString sleutel = state.filePath(QStringLiteral("pseudoniemsleutel"));
    QFile sleutelFile(sleutel);
    if (!sleutelFile.open(QIODevice::WriteOnly) ||
        sleutelFile.write("6b63632d62656c617374696e672d707365756f6e69656d2d736c657574656c2d31\n") < 0)
        return 1;
    sleutelFile.close();
    qputenv("KCC_PSEUDONIEM_SLEUTEL", QFile::encodeName(sleutel));
    Server server;
    server.state = state.filePath(QStringLiteral("server"));
    if (!startServer(server))
        return 1;
    int exitCode = 1;
    Sample sample;
    if (setUp(server, options, sample)) {
        Tally tally;
        const double seconds = runSeats(server, options, sample, tally);
        report(tally, seconds);
        exitCode = verify(server, tally) ? 0 : 1;
        say(exitCode == 0 ? QStringLiteral("RESULT: all checks hold") : QStringLiteral("RESULT: FAILED"));
    }
    run(pgTestServer(), {QStringLiteral("stop"), server.state});
    return exitCode;
}
