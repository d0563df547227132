#pragma once

#include "model/core/clock.h"
#include "model/sync/serverlookup.h"

#include <QDateTime>
#include <QHash>

namespace kcc::sync {

class SyncRunner;

// ServerLookup over the background runner (issue 14, item 3): each look-up is a Puller on the
// runner's thread, client and connection (SyncRunner::pull), so the desk never waits for the
// network; the answers come back here, on the GUI thread. A partij's history is pulled at most
// once per ServerLookup::historyPauseSeconds.
class RunnerServerLookup final : public ServerLookup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerServerLookup)

public:
    // `runner` must outlive this.
    explicit RunnerServerLookup(SyncRunner &runner, Clock clock = {}, QObject *parent = nullptr);
    ~RunnerServerLookup() override;

    quint64 lookUp(const Request &request) override;
    quint64 pullHistory(const QUuid &partij) override;

private:
    void onFinished(quint64 ticket, const QList<QUuid> &partijen, int stored, const QString &error);

    SyncRunner &m_runner;
    Clock m_clock;
    QHash<quint64, bool> m_lookUps;          // the tickets of this object's look-ups
    QHash<quint64, QUuid> m_histories;       // the tickets of its history pulls
    QHash<QUuid, QDateTime> m_historyPulled; // when each partij's history was last asked for
};

} // namespace kcc::sync
