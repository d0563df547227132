#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace kcc {

// Where the desk stands with Open Klant, as the background sync reports it to the status bar
// (issue 14, item 6). A small value, copied across threads with every change.
struct SyncStatus
{
    enum class State
    {
        Starting, // not yet looked at the outbox
        Sending,  // entries waiting and being sent
        InStep,   // nothing waits
        Offline,  // the server does not answer (unreachable, timeout, 5xx): retried with backoff
        Waiting,  // the server answered "not now" (408/429) and asked to wait until waitUntil
        Stopped   // the run stopped on an error a retry cannot fix (token refused, database); see lastError
    };

    State state = State::Starting;
    int wachtend = 0;
    int geweigerd = 0;
    QDateTime offlineSince; // UTC; valid only in State::Offline
    QDateTime waitUntil;    // UTC; valid only in State::Waiting: when the next attempt goes out
    QString lastError;      // the last failure's words (server or database); empty when none

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

} // namespace kcc

Q_DECLARE_METATYPE(kcc::SyncStatus)
