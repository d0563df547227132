#pragma once

#include "model/callflow/draftstore.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// The open contacts on hold behind the one in front (issue 10, item 5), longest parked first, and
// the rule for their timers. A parked call is on hold: the caller is still on the line, so its talk
// time keeps counting (hold time is handling time, and the caller experiences it as part of the
// call). A parked contact in nawerk stops counting: nawerk is the medewerker's own work, and while
// it is parked that work goes to the contact in front, so no minute is counted twice as nawerk.
class ParkedContacts
{
public:
    struct Entry
    {
        OpenContact contact; // parkedAt is always set
        QSet<int> visited;   // the steps ticked as done
        bool nawerk = false; // the caller had hung up
        QString caller;      // who the contact is with, as the switcher shows it
    };

    // Keeps the order by parking moment (an entry without one counts as parked at `now`).
    void park(Entry entry, const QDateTime &now);
    std::optional<Entry> take(const QUuid &session);
    // The caller on hold longest: the one to come back when the contact in front ends.
    std::optional<Entry> takeLongestParked();
    void clear() { m_entries.clear(); }

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QUuid &session) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    // The session as it comes back to the front at `now`: the time on hold added to its talk time
    // unless it was in nawerk.
    static ContactSession resumedAt(const Entry &entry, const QDateTime &now);
    // Talk plus nawerk time of the entry at `now`, counted by the same rule.
    static int secondsAt(const Entry &entry, const QDateTime &now);

private:
    QList<Entry> m_entries;
};

} // namespace kcc
