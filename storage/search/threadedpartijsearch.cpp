#include "storage/search/threadedpartijsearch.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "storage/db/database.h"
#include "storage/privacy/sqlverwerkingenlog.h"
#include "storage/resources/bulkinserter.h"
#include "storage/search/sqlpartijfinder.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace kcc::storage {

struct ThreadedPartijSearch::Shared
{
    QMutex mutex;
    QSet<quint64> cancelled;
    // The ticket the worker is answering now (0: none), and its connection while it is open:
    // cancel() interrupts that ticket's SQL (sqlite3_interrupt may be called from any thread
    // while the connection is open; the mutex keeps it from being closed meanwhile).
    quint64 running = 0;
    sqlite3 *handle = nullptr;

    // Marks the ticket cancelled and, when it is the one being answered, stops its SQL.
    void cancel(quint64 ticket)
    {
        const QMutexLocker lock(&mutex);
        cancelled.insert(ticket);
        if (ticket == running && handle)
            sqlite3_interrupt(handle);
    }

    bool isCancelled(quint64 ticket)
    {
        const QMutexLocker lock(&mutex);
        return cancelled.contains(ticket);
    }

    // Starts answering `ticket` unless it was cancelled before it came up.
    bool start(quint64 ticket)
    {
        if (takeCancelled(ticket))
            return false;
        const QMutexLocker lock(&mutex);
        running = ticket;
        return true;
    }

    // Done with `ticket`; true when it was cancelled while it ran (its answer is not wanted).
    bool finish(quint64 ticket)
    {
        {
            const QMutexLocker lock(&mutex);
            running = 0;
        }
        return takeCancelled(ticket);
    }

    void setHandle(sqlite3 *connection)
    {
        const QMutexLocker lock(&mutex);
        handle = connection;
    }

    // True when the ticket was cancelled. Forgets it and every older ticket: requests run in
    // ticket order, so no older ticket can come up again.
    bool takeCancelled(quint64 ticket)
    {
        const QMutexLocker lock(&mutex);
        const bool wasCancelled = cancelled.contains(ticket);
        for (auto it = cancelled.begin(); it != cancelled.end();) {
            if (*it <= ticket)
                it = cancelled.erase(it);
            else
                ++it;
        }
        return wasCancelled;
    }
};

// Lives on the search thread; everything it owns is made, used and destroyed there.
class ThreadedPartijSearch::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<Shared> shared, std::optional<ZoekLogging> logging)
        : m_path(std::move(path))
        , m_shared(std::move(shared))
        , m_logging(std::move(logging))
    {
    }

    void run(ThreadedPartijSearch *service, quint64 ticket, const QString &text, const PageCursor &cursor, int limit)
    {
        if (!m_shared->start(ticket))
            return;
        Result<Page<PartijFinderRow>> page =
            open() ? m_finder->searchPage(text, cursor, limit) : Result<Page<PartijFinderRow>>(Error{m_openError, {}});
        // Log first, then show: the hits leave this thread only once their entry is written.
        if (page && m_verwerkingen && !m_shared->isCancelled(ticket)) {
            QList<QUuid> shown;
            shown.reserve(page.value().rows.size());
            for (const PartijFinderRow &row : page.value().rows)
                shown.append(row.uuid);
            if (Result<> logged = m_verwerkingen->zoekresultaatGetoond(shown); !logged)
                page = logged.error();
        }
        // Cancelled while it ran: the text changed, the query may have been interrupted, and
        // nobody waits for this answer.
        if (m_shared->finish(ticket))
            return;
        if (page) {
            QMetaObject::invokeMethod(
                service,
                [service, ticket, rows = std::move(page).value()] {
                    if (service->isWanted(ticket))
                        emit service->pageReady(ticket, rows);
                },
                Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                service,
                [service, ticket, message = page.error().message] {
                    if (service->isWanted(ticket))
                        emit service->failed(ticket, message);
                },
                Qt::QueuedConnection);
        }
    }

    void close()
    {
        m_shared->setHandle(nullptr);
        m_verwerkingen.reset();
        m_log.reset();
        m_finder.reset();
        m_database.reset();
    }

private:
    bool open()
    {
        if (m_finder)
            return true;
        Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::Migration::Refuse);
        if (!opened) {
            m_openError = opened.error().message;
            return false;
        }
        m_database = std::move(opened).value();
        QSqlQuery pragma(m_database->connection());
        // This connection only reads, except the log's entries for the hits it hands out; the
        // application's connection writes everything else.
        QStringList pragmas{QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKibibytes)};
        if (!m_logging)
            pragmas << QStringLiteral("PRAGMA query_only = ON");
        for (const QString &statement : std::as_const(pragmas)) {
            if (!pragma.exec(statement))
                qWarning("Search connection: %s failed: %s", qPrintable(statement),
                         qPrintable(pragma.lastError().text()));
        }
        m_finder = std::make_unique<SqlPartijFinder>(*m_database);
        if (m_logging) {
            m_log = std::make_unique<SqlVerwerkingenLog>(*m_database, Pseudoniemen(m_logging->sleutel),
                                                         m_logging->instellingen, m_logging->clock);
            m_verwerkingen = std::make_unique<PersoonsVerwerkingen>(*m_log, *m_logging->verwerking);
        }
        if (Result<sqlite3 *> handle = sqliteHandle(m_database->connection()))
            m_shared->setHandle(handle.value());
        return true;
    }

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlPartijFinder> m_finder;
    std::optional<ZoekLogging> m_logging;
    std::unique_ptr<SqlVerwerkingenLog> m_log;
    std::unique_ptr<PersoonsVerwerkingen> m_verwerkingen;
    QString m_openError;
};

ThreadedPartijSearch::ThreadedPartijSearch(const QString &databasePath, std::optional<ZoekLogging> logging,
                                           QObject *parent)
    : AsyncPartijSearch(parent)
    , m_shared(std::make_shared<Shared>())
    , m_worker(new Worker(databasePath, m_shared, std::move(logging)))
{
    m_thread.setObjectName(QStringLiteral("kcc-search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ThreadedPartijSearch::~ThreadedPartijSearch()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 ThreadedPartijSearch::request(const QString &text, const PageCursor &cursor, int limit)
{
    const quint64 ticket = m_nextTicket.fetch_add(1);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, this, ticket, text, cursor, limit] { worker->run(this, ticket, text, cursor, limit); },
        Qt::QueuedConnection);
    return ticket;
}

void ThreadedPartijSearch::cancel(quint64 ticket)
{
    // An answer may already be on its way: it is dropped when it arrives (isWanted).
    m_unwanted.insert(ticket);
    m_shared->cancel(ticket);
}

bool ThreadedPartijSearch::isWanted(quint64 ticket)
{
    const bool wanted = !m_unwanted.contains(ticket);
    // Answers arrive in ticket order: no older ticket is answered after this one.
    m_unwanted.removeIf([ticket](quint64 unwanted) { return unwanted <= ticket; });
    return wanted;
}

} // namespace kcc::storage
