#include "sync/runner/runnerserverlookup.h"

#include "sync/runner/syncrunner.h"

namespace kcc::sync {

namespace {

LookupKind lookupKind(ServerLookup::Kind kind)
{
    switch (kind) {
    case ServerLookup::Kind::Bsn:
        return LookupKind::Bsn;
    case ServerLookup::Kind::KvkNummer:
        return LookupKind::KvkNummer;
    case ServerLookup::Kind::Telefoonnummer:
        return LookupKind::Telefoonnummer;
    case ServerLookup::Kind::Email:
        return LookupKind::Email;
    }
    return LookupKind::Bsn;
}

} // namespace

RunnerServerLookup::RunnerServerLookup(SyncRunner &runner, Clock clock, QObject *parent)
    : ServerLookup(parent)
    , m_runner(runner)
    , m_clock(std::move(clock))
{
    connect(&m_runner, &SyncRunner::pullFinished, this, &RunnerServerLookup::onFinished);
}

RunnerServerLookup::~RunnerServerLookup() = default;

quint64 RunnerServerLookup::lookUp(const Request &request)
{
    const LookupKind kind = lookupKind(request.kind);
    const QString value = request.value;
    const quint64 ticket = m_runner.pull(
        [kind, value](Puller &puller, Puller::Done done) { puller.lookUpPartij(kind, value, std::move(done)); });
    m_lookUps.insert(ticket, true);
    return ticket;
}

quint64 RunnerServerLookup::pullHistory(const QUuid &partij)
{
    const QDateTime now = m_clock.now();
    const QDateTime last = m_historyPulled.value(partij);
    if (last.isValid() && last.secsTo(now) < historyPauseSeconds)
        return 0;
    // Remembered when asked, so that a second klantbeeld while the first pull runs asks nothing.
    m_historyPulled.insert(partij, now);
    const quint64 ticket =
        m_runner.pull([partij](Puller &puller, Puller::Done done) { puller.pullHistory(partij, std::move(done)); });
    m_histories.insert(ticket, partij);
    return ticket;
}

void RunnerServerLookup::onFinished(quint64 ticket, const QList<QUuid> &partijen, int stored, const QString &error)
{
    if (m_lookUps.remove(ticket)) {
        if (error.isEmpty())
            emit lookUpFinished(ticket, partijen);
        else
            emit lookUpFailed(ticket, error);
        return;
    }
    if (!m_histories.contains(ticket))
        return; // another caller's pull
    const QUuid partij = m_histories.take(ticket);
    if (error.isEmpty()) {
        emit historyPulled(ticket, partij, stored);
        return;
    }
    // Failed: the next klantbeeld may try again at once.
    m_historyPulled.remove(partij);
    emit historyFailed(ticket, partij, error);
}

} // namespace kcc::sync
