#include "storage/db/connectionkeeper.h"

#include "model/core/livechanges.h"
#include "storage/db/database.h"

#include <algorithm>

namespace kcc::storage {

ConnectionKeeper::ConnectionKeeper(Database &database, LiveChanges *changes, int idleMilliseconds, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::attempt);
    m_idle.setInterval(idleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionKeeper::check);
    m_idle.start();
    if (changes) {
        connect(changes, &LiveChanges::lost, this, [this] {
            m_serverAway = true;
            m_retry.stop();
        });
        connect(changes, &LiveChanges::restored, this, [this] {
            m_serverAway = false;
            m_nextWait = firstRetryMilliseconds;
            attempt();
        });
    }
}

ConnectionKeeper::~ConnectionKeeper() = default;

void ConnectionKeeper::check()
{
    if (!m_serverAway && !m_retry.isActive())
        attempt();
}

void ConnectionKeeper::attempt()
{
    if (m_serverAway)
        return;
    const Result<> answered = m_database.ensureConnected();
    if (answered) {
        m_nextWait = firstRetryMilliseconds;
        emit connected();
        return;
    }
    emit stillAway(answered.error().message);
    m_retry.start(m_nextWait);
    m_nextWait = std::min(m_nextWait * 2, longestRetryMilliseconds);
}

} // namespace kcc::storage
