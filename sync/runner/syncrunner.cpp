#include "sync/runner/syncrunner.h"

#include "sync/runner/syncloop.h"

#include <QThread>

#include <utility>

namespace kcc::sync {

SyncRunner::SyncRunner(SyncSettings settings, SyncConnectionFactory factory, SyncRunnerOptions options, Clock clock,
                       QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_factory(std::move(factory))
    , m_options(options)
    , m_clock(std::move(clock))
{
    qRegisterMetaType<kcc::SyncStatus>();
}

SyncRunner::~SyncRunner()
{
    stop();
}

bool SyncRunner::isRunning() const
{
    const QMutexLocker lock(&m_loopMutex);
    return m_loop != nullptr;
}

void SyncRunner::start()
{
    const QMutexLocker lock(&m_loopMutex);
    if (m_loop)
        return;
    m_posts = 0;
    m_lookups = 0;
    m_pulls = 0;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kcc-sync"));
    m_loop = new SyncLoop(m_settings, m_factory, m_options, m_clock);
    m_loop->moveToThread(m_thread);
    connect(m_loop, &SyncLoop::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_loop, &SyncLoop::pullFinished, this, &SyncRunner::pullFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_loop, &SyncLoop::begin, Qt::QueuedConnection);
}

void SyncRunner::stop()
{
    SyncLoop *loop = nullptr;
    QThread *thread = nullptr;
    {
        const QMutexLocker lock(&m_loopMutex);
        loop = std::exchange(m_loop, nullptr);
        thread = std::exchange(m_thread, nullptr);
    }
    if (!loop)
        return;
    // The loop's objects (client, worker, connection) belong to its thread and end there.
    QMetaObject::invokeMethod(loop, &SyncLoop::shutdown, Qt::BlockingQueuedConnection);
    m_posts = loop->postsSent();
    m_lookups = loop->lookupsSent();
    m_pulls = loop->pullsStarted();
    thread->quit();
    thread->wait();
    delete loop;
    delete thread;
}

void SyncRunner::nudge()
{
    const QMutexLocker lock(&m_loopMutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, &SyncLoop::nudge, Qt::QueuedConnection);
}

quint64 SyncRunner::pull(std::function<void(Puller &, Puller::Done)> start)
{
    const quint64 ticket = m_nextTicket.fetch_add(1);
    const QMutexLocker lock(&m_loopMutex);
    if (!m_loop) {
        QMetaObject::invokeMethod(
            this, [this, ticket] { emit pullFinished(ticket, {}, 0, tr("The sync with Open Klant is not running.")); },
            Qt::QueuedConnection);
        return ticket;
    }
    SyncLoop *loop = m_loop;
    QMetaObject::invokeMethod(
        m_loop, [loop, ticket, start = std::move(start)] { loop->pullNow(ticket, start); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace kcc::sync
