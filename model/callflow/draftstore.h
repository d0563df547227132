#pragma once

#include "model/callflow/contactsession.h"
#include "model/core/result.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QUuid>

namespace kcc {

// One open contact as the desk holds it (issue 10, item 5: several contacts at once): the session
// with the step last shown and, while it is parked (the caller on hold), since when.
struct OpenContact
{
    ContactSession session;
    int step = 0;
    std::optional<QDateTime> parkedAt; // UTC; none: the contact in front
    QSet<int> visited;                 // the steps ticked as done in the side list (✓)

    friend bool operator==(const OpenContact &, const OpenContact &) = default;
};

// Concept registrations: the session saved on every step, so that a crash or a closed window
// loses nothing. Each save is its own small transaction.
class DraftStore
{
public:
    virtual ~DraftStore() = default;

    // Saves all of `contacts` in one transaction (parking one and taking the next is one write).
    virtual Result<> save(const QList<OpenContact> &contacts) = 0;
    // The actor's open contacts, most recently saved first.
    virtual Result<QList<OpenContact>> loadOpen(const QUuid &actor) = 0;
    virtual Result<> discard(const QUuid &session) = 0;

    // The session in front, on its first step.
    Result<> save(const ContactSession &session) { return save(QList<OpenContact>{OpenContact{session, 0, {}, {}}}); }
    // The sessions of loadOpen().
    Result<QList<ContactSession>> load(const QUuid &actor)
    {
        const Result<QList<OpenContact>> open = loadOpen(actor);
        if (!open)
            return open.error();
        QList<ContactSession> sessions;
        for (const OpenContact &contact : open.value())
            sessions.append(contact.session);
        return sessions;
    }
};

} // namespace kcc
