#pragma once

#include "model/core/result.h"
#include "model/sync/pullstore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <memory>

namespace kcc::sync {

class OpenKlantClient;

// What a caller can look a partij up by on the server: the filters /partijen
// (partijIdentificator__codeSoortObjectId + __objectId) and /digitaleadressen (adres +
// soortDigitaalAdres) declare.
enum class LookupKind
{
    Bsn,
    KvkNummer,
    Telefoonnummer,
    Email
};

// What a pull did.
struct PullReport
{
    int stored = 0;        // records stored or updated (a record the desk pushed itself is not counted)
    QList<QUuid> partijen; // local uuids of the partijen a look-up found, in the server's order
    QStringList warnings;  // records the desk could not store, each with the reason
    int requests = 0;      // HTTP requests this pull sent
};

// Pulls from Open Klant into the local database (issue 14, item 3), asynchronously on the
// client's thread: every list page by page (OpenKlantClient::listAll, following `next`), only with
// query parameters the spec declares, each record stored through PullStore (the import's readers,
// so real-server output is accepted; re-pulling updates, never duplicates). A list the server
// refuses or does not answer stops the pull with that error; a single record the desk cannot store
// is a warning and the pull goes on.
class Puller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Puller)

public:
    using Done = std::function<void(const Result<PullReport> &)>;

    Puller(OpenKlantClient &client, PullStore &store, QObject *parent = nullptr);
    ~Puller() override;

    // Every actor on the server.
    void refreshActoren(Done done);
    // The partijen with this BSN, KvK-nummer, phone number or e-mail address on the server, with
    // their identificatoren and digitale adressen; their local uuids in PullReport::partijen, so
    // that the ordinary search finds them from then on.
    void lookUpPartij(LookupKind kind, const QString &value, Done done);
    // A partij's klantcontacten (through its betrokkenen) with their betrokkenen,
    // onderwerpobjecten, bijlagen and actoren — also contacts other systems made without an actor.
    void pullHistory(const QUuid &partijLokaal, Done done);
    // The partijen the desk knows from (or sent to) the server again, each with its history.
    void refreshKnownPartijen(Done done);
    // The open interne taken assigned to the desk's own actoren and afdelingen, with the
    // klantcontacten they came from.
    void pullTaken(Done done);
    // What `kccctl sync pull` does: actoren, the known partijen, the open interne taken.
    void pullAll(Done done);

private:
    struct Run;
    using RunPtr = std::shared_ptr<Run>;
    using Next = std::function<void()>;
    using Items = QList<QJsonObject>;

    RunPtr begin(Done done);
    void finish(const RunPtr &run);
    void list(const RunPtr &run, ApiResource resource, const QUrlQuery &filters, std::function<void(Items)> next);
    void one(const RunPtr &run, ApiResource resource, const QUuid &server, std::function<void(QJsonObject)> next);
    std::optional<QUuid> store(const RunPtr &run, ApiResource resource, const QJsonObject &json);
    void storeAll(const RunPtr &run, ApiResource resource, const Items &items);
    void storePartijen(const RunPtr &run, const Items &partijen, Next next);
    void storePartij(const RunPtr &run, const QJsonObject &partij, Next next);
    void history(const RunPtr &run, const QUuid &partijServer, Next next);
    void klantcontact(const RunPtr &run, const QJsonObject &klantcontact, Next next);
    void partsOf(const RunPtr &run, const QUuid &klantcontactServer, Next next);
    void partijenOf(const RunPtr &run, const Items &betrokkenen, Next next);
    void actorLinks(const RunPtr &run, const Items &links, Next next);
    void ensure(const RunPtr &run, ApiResource resource, const QUuid &server, Next next);
    void taken(const RunPtr &run, const QList<QUuid> &actoren, Next next);
    void taak(const RunPtr &run, const QJsonObject &taak, Next next);
    void knownPartijen(const RunPtr &run, Next next);
    void actoren(const RunPtr &run, Next next);

    OpenKlantClient &m_client;
    PullStore &m_store;
};

// Runs `step` on each item in turn (each calls its continuation when done), then `finished`. The
// next item starts from the event loop, so that a long list of steps that finish at once (records
// the desk already has) does not nest one call per item on the stack.
template<typename T>
void inTurn(QList<T> items, std::function<void(const T &, std::function<void()>)> step, std::function<void()> finished,
            qsizetype index = 0)
{
    if (index >= items.size()) {
        finished();
        return;
    }
    const T item = items.at(index);
    step(item, [items = std::move(items), step, finished, index]() mutable {
        QTimer::singleShot(
            0, [items = std::move(items), step = std::move(step), finished = std::move(finished), index]() mutable {
                inTurn<T>(std::move(items), std::move(step), std::move(finished), index + 1);
            });
    });
}

} // namespace kcc::sync
