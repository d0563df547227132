#include "sync/pull/puller.h"

#include "sync/openklantclient.h"

#include <QJsonArray>

namespace kcc::sync {

namespace {

QString text(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QUuid uuidOf(const QJsonObject &json)
{
    return QUuid::fromString(json.value(QStringLiteral("uuid")).toString());
}

// The uuid of a reference ({"uuid", "url"}) in `json`; null when absent or null.
QUuid referenceOf(const QJsonObject &json, const QString &key)
{
    return uuidOf(json.value(key).toObject());
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, value);
    return query;
}

} // namespace

struct Puller::Run
{
    PullReport report;
    Done done;
    int requestsAtStart = 0;
    QSet<QUuid> seen; // server uuids already handled in this run (a taak of two of our actoren)
};

Puller::Puller(OpenKlantClient &client, PullStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

Puller::~Puller() = default;

Puller::RunPtr Puller::begin(Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    run->requestsAtStart = m_client.requestsSent();
    return run;
}

void Puller::finish(const RunPtr &run)
{
    run->report.requests = m_client.requestsSent() - run->requestsAtStart;
    run->done(run->report);
}

void Puller::list(const RunPtr &run, ApiResource resource, const QUrlQuery &filters, std::function<void(Items)> next)
{
    m_client.listAll(resource, filters, [run, next = std::move(next)](const Result<QList<QJsonObject>> &items) {
        if (!items) {
            run->done(items.error());
            return;
        }
        next(items.value());
    });
}

void Puller::one(const RunPtr &run, ApiResource resource, const QUuid &server, std::function<void(QJsonObject)> next)
{
    m_client.getOne(resource, server, [run, resource, server, next = std::move(next)](const ApiReply &reply) {
        if (reply.isSuccess()) {
            next(reply.object());
            return;
        }
        if (reply.isAuthError() || reply.isTransient()) {
            run->done(Error{reply.describe(), reply.invalidParams()});
            return;
        }
        // A record the server no longer has (404) does not stop the pull.
        run->report.warnings << tr("%1 %2: %3").arg(resourcePath(resource), text(server), reply.describe());
        next(QJsonObject());
    });
}

std::optional<QUuid> Puller::store(const RunPtr &run, ApiResource resource, const QJsonObject &json)
{
    const Result<QUuid> stored = m_store.storePulled(resource, json);
    if (!stored) {
        QString reason = stored.error().message;
        for (const FieldError &error : stored.error().fieldErrors) {
            if (!reason.contains(error.message))
                reason += QLatin1Char(' ') % error.field % QStringLiteral(": ") % error.message;
        }
        run->report.warnings << tr("%1 %2 was not stored: %3")
                                    .arg(resourcePath(resource), json.value(QStringLiteral("uuid")).toString(), reason);
        return std::nullopt;
    }
    ++run->report.stored;
    return stored.value();
}

void Puller::storeAll(const RunPtr &run, ApiResource resource, const Items &items)
{
    for (const QJsonObject &item : items)
        store(run, resource, item);
}

// --- partijen --------------------------------------------------------------------------------

void Puller::lookUpPartij(LookupKind kind, const QString &value, Done done)
{
    const RunPtr run = begin(std::move(done));
    const auto finished = [this, run] { finish(run); };
    if (kind == LookupKind::Bsn || kind == LookupKind::KvkNummer) {
        const QString soort = kind == LookupKind::Bsn ? QStringLiteral("bsn") : QStringLiteral("kvk_nummer");
        list(run, ApiResource::Partijen,
             query({{QStringLiteral("partijIdentificator__codeSoortObjectId"), soort},
                    {QStringLiteral("partijIdentificator__objectId"), value}}),
             [this, run, finished](const Items &partijen) { storePartijen(run, partijen, finished); });
        return;
    }
    const QString soort = kind == LookupKind::Email ? QStringLiteral("email") : QStringLiteral("telefoonnummer");
    list(run, ApiResource::DigitaleAdressen,
         query({{QStringLiteral("adres"), value}, {QStringLiteral("soortDigitaalAdres"), soort}}),
         [this, run, finished](const Items &adressen) {
             QList<QUuid> owners;
             for (const QJsonObject &adres : adressen) {
                 const QUuid owner = referenceOf(adres, QStringLiteral("verstrektDoorPartij"));
                 if (!owner.isNull() && !owners.contains(owner))
                     owners.append(owner);
             }
             inTurn<QUuid>(
                 owners,
                 [this, run](const QUuid &owner, Next next) {
                     one(run, ApiResource::Partijen, owner, [this, run, next](const QJsonObject &partij) {
                         partij.isEmpty() ? next() : storePartij(run, partij, next);
                     });
                 },
                 finished);
         });
}

void Puller::storePartijen(const RunPtr &run, const Items &partijen, Next next)
{
    inTurn<QJsonObject>(
        partijen, [this, run](const QJsonObject &partij, Next then) { storePartij(run, partij, then); },
        std::move(next));
}

// The partij with its identificatoren (nested), then its digitale adressen, so that a search by
// phone number or e-mail address finds it locally too.
void Puller::storePartij(const RunPtr &run, const QJsonObject &partij, Next next)
{
    const std::optional<QUuid> local = store(run, ApiResource::Partijen, partij);
    if (!local) {
        next();
        return;
    }
    if (!run->report.partijen.contains(*local))
        run->report.partijen.append(*local);
    list(run, ApiResource::DigitaleAdressen,
         query({{QStringLiteral("verstrektDoorPartij__uuid"), text(uuidOf(partij))}}),
         [this, run, next](const Items &adressen) {
             storeAll(run, ApiResource::DigitaleAdressen, adressen);
             next();
         });
}

// --- history ---------------------------------------------------------------------------------

void Puller::pullHistory(const QUuid &partijLokaal, Done done)
{
    const RunPtr run = begin(std::move(done));
    const Result<std::optional<QUuid>> server = m_store.serverUuid(ApiResource::Partijen, partijLokaal);
    if (!server) {
        run->done(server.error());
        return;
    }
    if (!server.value()) { // a partij only the desk knows has no history on the server
        finish(run);
        return;
    }
    history(run, *server.value(), [this, run] { finish(run); });
}

void Puller::history(const RunPtr &run, const QUuid &partijServer, Next next)
{
    list(run, ApiResource::Klantcontacten,
         query({{QStringLiteral("hadBetrokkene__wasPartij__uuid"), text(partijServer)}}),
         [this, run, next](const Items &klantcontacten) {
             inTurn<QJsonObject>(
                 klantcontacten, [this, run](const QJsonObject &item, Next then) { klantcontact(run, item, then); },
                 next);
         });
}

void Puller::klantcontact(const RunPtr &run, const QJsonObject &json, Next next)
{
    const QUuid server = uuidOf(json);
    if (run->seen.contains(server) || !store(run, ApiResource::Klantcontacten, json)) {
        next();
        return;
    }
    run->seen.insert(server);
    partsOf(run, server, next);
}

// What hangs off a klantcontact, each by the filter its endpoint declares for it.
void Puller::partsOf(const RunPtr &run, const QUuid &klantcontactServer, Next next)
{
    const QString k = text(klantcontactServer);
    list(run, ApiResource::Betrokkenen, query({{QStringLiteral("hadKlantcontact__uuid"), k}}),
         [this, run, k, next](const Items &betrokkenen) {
             partijenOf(run, betrokkenen, [this, run, k, next, betrokkenen] {
                 storeAll(run, ApiResource::Betrokkenen, betrokkenen);
                 list(run, ApiResource::Onderwerpobjecten, query({{QStringLiteral("klantcontact__uuid"), k}}),
                      [this, run, k, next](const Items &onderwerpobjecten) {
                          storeAll(run, ApiResource::Onderwerpobjecten, onderwerpobjecten);
                          list(run, ApiResource::Bijlagen, query({{QStringLiteral("klantcontact__uuid"), k}}),
                               [this, run, k, next](const Items &bijlagen) {
                                   storeAll(run, ApiResource::Bijlagen, bijlagen);
                                   list(run, ApiResource::ActorKlantcontacten,
                                        query({{QStringLiteral("klantcontact__uuid"), k}}),
                                        [this, run, next](const Items &links) { actorLinks(run, links, next); });
                               });
                      });
             });
         });
}

// The partijen a klantcontact's betrokkenen were, when the desk does not have them yet (a taak's
// klantcontact about someone the desk never looked up).
void Puller::partijenOf(const RunPtr &run, const Items &betrokkenen, Next next)
{
    QList<QUuid> partijen;
    for (const QJsonObject &betrokkene : betrokkenen) {
        if (const QUuid partij = referenceOf(betrokkene, QStringLiteral("wasPartij")); !partij.isNull())
            partijen.append(partij);
    }
    inTurn<QUuid>(
        partijen, [this, run](const QUuid &partij, Next then) { ensure(run, ApiResource::Partijen, partij, then); },
        next);
}

// A contact made by another system may have no actor at all: then there is simply no link.
void Puller::actorLinks(const RunPtr &run, const Items &links, Next next)
{
    inTurn<QJsonObject>(
        links,
        [this, run](const QJsonObject &link, Next then) {
            ensure(run, ApiResource::Actoren, referenceOf(link, QStringLiteral("actor")), [this, run, link, then] {
                store(run, ApiResource::ActorKlantcontacten, link);
                then();
            });
        },
        next);
}

// Makes sure the desk has this server record (an actor, a klantcontact) before something refers
// to it.
void Puller::ensure(const RunPtr &run, ApiResource resource, const QUuid &server, Next next)
{
    const Result<std::optional<QUuid>> local = m_store.localUuid(resource, server);
    if (server.isNull() || (local && local.value())) {
        next();
        return;
    }
    one(run, resource, server, [this, run, resource, next](const QJsonObject &json) {
        if (json.isEmpty())
            next();
        else if (resource == ApiResource::Klantcontacten)
            klantcontact(run, json, next);
        else {
            store(run, resource, json);
            next();
        }
    });
}

void Puller::refreshKnownPartijen(Done done)
{
    const RunPtr run = begin(std::move(done));
    knownPartijen(run, [this, run] { finish(run); });
}

void Puller::knownPartijen(const RunPtr &run, Next next)
{
    const Result<QList<QUuid>> known = m_store.knownPartijen();
    if (!known) {
        run->done(known.error());
        return;
    }
    inTurn<QUuid>(
        known.value(),
        [this, run](const QUuid &server, Next then) {
            one(run, ApiResource::Partijen, server, [this, run, server, then](const QJsonObject &partij) {
                if (partij.isEmpty()) {
                    then();
                    return;
                }
                storePartij(run, partij, [this, run, server, then] { history(run, server, then); });
            });
        },
        next);
}

// --- actoren and interne taken ---------------------------------------------------------------

void Puller::refreshActoren(Done done)
{
    const RunPtr run = begin(std::move(done));
    actoren(run, [this, run] { finish(run); });
}

void Puller::actoren(const RunPtr &run, Next next)
{
    list(run, ApiResource::Actoren, QUrlQuery(), [this, run, next](const Items &items) {
        storeAll(run, ApiResource::Actoren, items);
        next();
    });
}

void Puller::pullTaken(Done done)
{
    const RunPtr run = begin(std::move(done));
    const Result<QList<QUuid>> own = m_store.ownActoren();
    if (!own) {
        run->done(own.error());
        return;
    }
    taken(run, own.value(), [this, run] { finish(run); });
}

void Puller::taken(const RunPtr &run, const QList<QUuid> &actoren, Next next)
{
    inTurn<QUuid>(
        actoren,
        [this, run](const QUuid &actor, Next then) {
            list(run, ApiResource::InterneTaken,
                 query({{QStringLiteral("toegewezenAanActor__uuid"), text(actor)},
                        {QStringLiteral("status"), QStringLiteral("te_verwerken")}}),
                 [this, run, then](const Items &items) {
                     inTurn<QJsonObject>(
                         items, [this, run](const QJsonObject &item, Next after) { taak(run, item, after); }, then);
                 });
        },
        next);
}

// A taak needs its klantcontact and every actor it is assigned to on the desk first.
void Puller::taak(const RunPtr &run, const QJsonObject &json, Next next)
{
    const QUuid server = uuidOf(json);
    if (run->seen.contains(server)) {
        next();
        return;
    }
    run->seen.insert(server);
    QList<QUuid> actoren;
    for (const QJsonValue &actor : json.value(QStringLiteral("toegewezenAanActoren")).toArray())
        actoren.append(uuidOf(actor.toObject()));
    // Older API versions assign a taak to one toegewezenAanActor.
    if (const QUuid single = referenceOf(json, QStringLiteral("toegewezenAanActor")); !single.isNull())
        actoren.append(single);
    const QUuid klantcontact = referenceOf(json, QStringLiteral("aanleidinggevendKlantcontact"));
    ensure(run, ApiResource::Klantcontacten, klantcontact, [this, run, json, actoren, next] {
        inTurn<QUuid>(
            actoren, [this, run](const QUuid &actor, Next then) { ensure(run, ApiResource::Actoren, actor, then); },
            [this, run, json, next] {
                store(run, ApiResource::InterneTaken, json);
                next();
            });
    });
}

void Puller::pullAll(Done done)
{
    const RunPtr run = begin(std::move(done));
    actoren(run, [this, run] {
        knownPartijen(run, [this, run] {
            const Result<QList<QUuid>> own = m_store.ownActoren();
            if (!own) {
                run->done(own.error());
                return;
            }
            taken(run, own.value(), [this, run] { finish(run); });
        });
    });
}

} // namespace kcc::sync
