#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// The desk's look-ups on the municipality's Open Klant (issue 14, item 3), for the Zoeken tab and
// the klantbeeld: a partij that is not known here, by BSN, KvK-nummer, phone number or e-mail
// address (the filters the API declares), and a partij's history, including contacts other
// systems registered (a web form, the website). What is found is stored locally (so the ordinary
// search and klantbeeld show it from then on, logged as always); the answer comes later as a
// signal on this object's thread, never blocking it. Implemented in sync/ over the background
// runner's thread and connection.
class ServerLookup : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLookup)

public:
    enum class Kind
    {
        Bsn,
        KvkNummer,
        Telefoonnummer,
        Email
    };
    Q_ENUM(Kind)

    struct Request
    {
        Kind kind = Kind::Bsn;
        QString value; // as the server filters on it (digits only, a normalised phone number)

        friend bool operator==(const Request &, const Request &) = default;
    };

    // Within this time a partij's history is not pulled again: opening the klantbeeld twice in a
    // minute costs the server nothing.
    static constexpr int historyPauseSeconds = 60;

    using QObject::QObject;
    ~ServerLookup() override = default;

    // What the server can be asked for this search text: a valid BSN, a KvK-nummer, a complete
    // e-mail address or phone number. Not for partial input: the server matches exact values.
    static std::optional<Request> requestFor(const QString &text);

    // Starts a look-up; the answer is lookUpFinished or lookUpFailed with the returned ticket.
    virtual quint64 lookUp(const Request &request) = 0;
    // Starts pulling the partij's history; the answer is historyPulled or historyFailed with the
    // ticket. 0 (nothing started) when it was pulled less than historyPauseSeconds ago or is
    // under way.
    virtual quint64 pullHistory(const QUuid &partij) = 0;

signals:
    // The local uuids of the partijen found (stored here now), in the server's order.
    void lookUpFinished(quint64 ticket, const QList<QUuid> &partijen);
    void lookUpFailed(quint64 ticket, const QString &message);
    // `stored`: the records stored or updated; 0 when the desk was already in step.
    void historyPulled(quint64 ticket, const QUuid &partij, int stored);
    void historyFailed(quint64 ticket, const QUuid &partij, const QString &message);
};

} // namespace kcc
