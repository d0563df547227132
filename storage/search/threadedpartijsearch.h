#pragma once

#include "model/search/asyncpartijsearch.h"
#include "storage/privacy/zoeklogging.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace kcc::storage {

// AsyncPartijSearch on a thread of its own with a connection of its own (SQLite: one connection
// per thread). The connection is opened on the first request, read-only (query_only) and with a
// small page cache: in WAL mode it never blocks the writer, and the search indexes it reads are
// compact. Requests run one after the other in the order asked; cancelled ones are skipped,
// and a cancelled one that is running is interrupted (sqlite3_interrupt) and not answered.
//
// With `logging` (as SqlServices makes it), every page is written to the verwerkingenlog on this
// connection (one entry, one multi-row insert) before pageReady hands it out: a page whose entry
// could not be written is answered with failed and its message, so no hit reaches the UI
// unlogged. Without it (tests of the search itself) nothing is logged.
class ThreadedPartijSearch final : public AsyncPartijSearch
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedPartijSearch)

public:
    // `databasePath`: the file the application opened (Database::path()), already migrated.
    explicit ThreadedPartijSearch(const QString &databasePath, std::optional<ZoekLogging> logging = std::nullopt,
                                  QObject *parent = nullptr);
    // Waits for a running search to finish, then closes the connection on its thread.
    ~ThreadedPartijSearch() override;

    quint64 request(const QString &text, const PageCursor &cursor, int limit) override;
    void cancel(quint64 ticket) override;

    // The page cache of the search connection, in KiB (PRAGMA cache_size = -N).
    static constexpr int cacheKibibytes = 8192;

private:
    struct Shared;
    class Worker;

    // On this object's thread, when an answer arrives: false for a ticket cancelled meanwhile.
    bool isWanted(quint64 ticket);
    QSet<quint64> m_unwanted;

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker *m_worker;
    std::atomic<quint64> m_nextTicket{1};
};

} // namespace kcc::storage
