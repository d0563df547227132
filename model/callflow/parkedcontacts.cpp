#include "model/callflow/parkedcontacts.h"

#include <algorithm>

namespace kcc {

namespace {

int holdSeconds(const ParkedContacts::Entry &entry, const QDateTime &now)
{
    if (entry.nawerk || !entry.contact.parkedAt)
        return 0;
    return int(qMax<qint64>(0, entry.contact.parkedAt->secsTo(now)));
}

} // namespace

void ParkedContacts::park(Entry entry, const QDateTime &now)
{
    if (!entry.contact.parkedAt)
        entry.contact.parkedAt = now;
    const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), *entry.contact.parkedAt,
                                        [](const QDateTime &at, const Entry &e) { return at < *e.contact.parkedAt; });
    m_entries.insert(after, entry);
}

std::optional<ParkedContacts::Entry> ParkedContacts::take(const QUuid &session)
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [&session](const Entry &e) { return e.contact.session.uuid == session; });
    if (found == m_entries.end())
        return std::nullopt;
    Entry entry = *found;
    m_entries.erase(found);
    return entry;
}

std::optional<ParkedContacts::Entry> ParkedContacts::takeLongestParked()
{
    if (m_entries.isEmpty())
        return std::nullopt;
    return m_entries.takeFirst();
}

const ParkedContacts::Entry *ParkedContacts::find(const QUuid &session) const
{
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [&session](const Entry &e) { return e.contact.session.uuid == session; });
    return found == m_entries.cend() ? nullptr : &*found;
}

ContactSession ParkedContacts::resumedAt(const Entry &entry, const QDateTime &now)
{
    ContactSession session = entry.contact.session;
    session.gesprekSeconden += holdSeconds(entry, now);
    return session;
}

int ParkedContacts::secondsAt(const Entry &entry, const QDateTime &now)
{
    const ContactSession &session = entry.contact.session;
    return session.gesprekSeconden + session.nawerkSeconden + holdSeconds(entry, now);
}

} // namespace kcc
