#include "sync/runner/syncloop.h"

#include "sync/openklantclient.h"
#include "sync/pushworker.h"

namespace kcc::sync {

SyncLoop::SyncLoop(SyncSettings settings, SyncConnectionFactory factory, SyncRunnerOptions options, Clock clock)
    : m_settings(std::move(settings))
    , m_factory(std::move(factory))
    , m_options(options)
    , m_clock(std::move(clock))
    , m_interval(this)
    , m_statusTimer(this)
{
    m_interval.setInterval(m_options.interval);
    connect(&m_interval, &QTimer::timeout, this, &SyncLoop::cycle);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(m_options.statusDelay);
    connect(&m_statusTimer, &QTimer::timeout, this, &SyncLoop::publishStatus);
}

SyncLoop::~SyncLoop() = default;

void SyncLoop::begin()
{
    m_stopped = false;
    m_interval.start();
    cycle();
}

void SyncLoop::nudge()
{
    if (m_stopped)
        return;
    if (m_push && m_push->isRunning())
        scheduleStatus(); // the run picks the new entries up; only the count changed
    else
        cycle();
}

bool SyncLoop::connectStore()
{
    if (m_connection)
        return true;
    Result<SyncConnection> opened = m_factory();
    if (!opened || !opened.value().store) {
        m_status.state = SyncStatus::State::Stopped;
        m_status.lastError = opened ? tr("No outbox to send from.") : opened.error().message;
        publishStatus();
        return false; // the interval tries again
    }
    m_connection = std::move(opened).value();
    m_client = std::make_unique<OpenKlantClient>(m_settings);
    m_client->setTimeout(m_options.requestTimeout);
    m_push = std::make_unique<PushWorker>(*m_client, *m_connection->store, m_clock);
    m_push->setLog(m_connection->log.get());
    m_push->setBackoff(m_options.backoffBase, m_options.backoffMax);
    m_push->setRetryAfterMax(m_options.retryAfterMax);
    connect(m_push.get(), &PushWorker::drained, this, &SyncLoop::onDrained);
    connect(m_push.get(), &PushWorker::stoppedOnError, this, &SyncLoop::onStopped);
    connect(m_push.get(), &PushWorker::retryScheduled, this,
            [this](qint64, const QDateTime &notBefore, const QString &reason, bool asked) {
                onRetry(reason, asked ? notBefore : QDateTime());
            });
    connect(m_push.get(), &PushWorker::entrySent, this, [this] {
        // An answer came: the server is back.
        if (m_status.state != SyncStatus::State::Sending) {
            m_status.state = SyncStatus::State::Sending;
            m_status.offlineSince = {};
            m_status.waitUntil = {};
            publishStatus();
        }
        scheduleStatus();
    });
    connect(m_push.get(), &PushWorker::entryRefused, this, [this](qint64, const QString &reason) {
        m_status.lastError = reason;
        scheduleStatus();
    });
    return true;
}

void SyncLoop::cycle()
{
    if (m_stopped || m_pulling || !connectStore() || m_push->isRunning())
        return;
    if (m_status.state != SyncStatus::State::Offline && m_status.state != SyncStatus::State::Waiting)
        m_status.state = SyncStatus::State::Sending;
    m_push->start();
    scheduleStatus();
}

void SyncLoop::onDrained()
{
    // Read before the status goes out: a test that moves the clock after seeing "in step" must
    // not change what this drain decided.
    const QDateTime now = m_clock.now();
    m_status.state = SyncStatus::State::InStep;
    m_status.offlineSince = {};
    m_status.waitUntil = {};
    publishStatus();
    if (!m_connection->pull)
        return;
    // At most one pull per pullInterval; a clock that went back (a corrected system time) pulls.
    if (m_lastPull.isValid() && now >= m_lastPull && m_lastPull.msecsTo(now) < m_options.pullInterval.count())
        return;
    m_lastPull = now;
    ++m_pulls;
    m_pulling = true;
    m_connection->pull(*m_client, [this](const QString &error) {
        m_pulling = false;
        if (!error.isEmpty()) {
            m_status.lastError = error;
            publishStatus();
        }
    });
}

void SyncLoop::pullNow(quint64 ticket, const std::function<void(Puller &, Puller::Done)> &start)
{
    if (m_stopped || !connectStore()) {
        emit pullFinished(ticket, {}, 0, m_stopped ? tr("The sync with Open Klant has stopped.") : m_status.lastError);
        return;
    }
    if (!m_connection->pullStore) {
        emit pullFinished(ticket, {}, 0, tr("This desk cannot store what Open Klant answers."));
        return;
    }
    auto *puller = new Puller(*m_client, *m_connection->pullStore, this);
    m_lookups.emplace(ticket, puller);
    start(*puller, [this, ticket, puller](const Result<PullReport> &report) {
        m_lookups.erase(ticket);
        puller->deleteLater();
        if (report)
            emit pullFinished(ticket, report.value().partijen, report.value().stored, QString());
        else
            emit pullFinished(ticket, {}, 0, report.error().message);
    });
}

void SyncLoop::onRetry(const QString &reason, const QDateTime &askedToWaitUntil)
{
    m_status.lastError = reason;
    if (askedToWaitUntil.isValid()) {
        // The server answered: it is there, busy, and said until when (not "offline").
        m_status.state = SyncStatus::State::Waiting;
        m_status.offlineSince = {};
        m_status.waitUntil = askedToWaitUntil;
        publishStatus();
        return;
    }
    if (m_status.state != SyncStatus::State::Offline) {
        m_status.waitUntil = {};
        m_status.state = SyncStatus::State::Offline;
        m_status.offlineSince = m_clock.now();
        publishStatus();
        return;
    }
    scheduleStatus();
}

void SyncLoop::onStopped(const QString &message)
{
    // Token refused, database error: the interval tries again, the beheerder reads why.
    m_status.state = SyncStatus::State::Stopped;
    m_status.lastError = message;
    publishStatus();
}

void SyncLoop::scheduleStatus()
{
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

void SyncLoop::publishStatus()
{
    m_statusTimer.stop();
    if (m_connection) {
        if (const Result<OutboxStatus> counts = m_connection->store->status()) {
            m_status.wachtend = counts.value().wachtend;
            m_status.geweigerd = counts.value().geweigerd;
        }
    }
    if (m_status == m_published)
        return;
    m_published = m_status;
    emit statusChanged(m_status);
}

void SyncLoop::shutdown()
{
    m_stopped = true;
    m_interval.stop();
    m_statusTimer.stop();
    if (m_push) {
        m_postsBefore += m_push->postsSent();
        m_lookupsBefore += m_push->lookupsSent();
        m_push->stop();
    }
    // A look-up in flight is answered (nobody waits for ever) and ends before the client it uses.
    for (const auto &[ticket, puller] : std::exchange(m_lookups, {})) {
        emit pullFinished(ticket, {}, 0, tr("The sync with Open Klant has stopped."));
        delete puller;
    }
    // In this order: the worker refers to the client and the store; the client's replies in
    // flight are aborted without calling back.
    m_push.reset();
    m_client.reset();
    m_connection.reset();
}

int SyncLoop::postsSent() const
{
    return m_postsBefore + (m_push ? m_push->postsSent() : 0);
}

int SyncLoop::pullsStarted() const
{
    return m_pulls;
}

int SyncLoop::lookupsSent() const
{
    return m_lookupsBefore + (m_push ? m_push->lookupsSent() : 0);
}

} // namespace kcc::sync
