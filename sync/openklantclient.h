#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"
#include "sync/apireply.h"
#include "sync/syncsettings.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QNetworkReply;

namespace kcc::sync {

// What "verbinding testen" found, in plain words for the beheerder.
struct ConnectionReport
{
    bool ok = false;
    int status = 0;
    QString message;
};

// The HTTP side of the Klantinteracties API (Open Klant 2.18): `Authorization: Token <token>`,
// JSON in and out, a timeout per request, paging with page/pageSize, and never a query parameter
// the spec does not declare for the endpoint (DeclaredParameters). Asynchronous: each call
// answers through its callback on this object's thread.
class OpenKlantClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenKlantClient)

public:
    using ReplyHandler = std::function<void(const ApiReply &)>;
    using ListHandler = std::function<void(const Result<QList<QJsonObject>> &)>;
    // Every item, or the reply that stopped the listing (its status and Retry-After kept).
    using ListReplyHandler = std::function<void(const std::optional<ApiReply> &failure, const QList<QJsonObject> &)>;

    explicit OpenKlantClient(SyncSettings settings, QObject *parent = nullptr);
    ~OpenKlantClient() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    const SyncSettings &settings() const { return m_settings; }

    QUrl collectionUrl(ApiResource resource) const;

    // One page of a list; `query` may hold only parameters the endpoint declares.
    void getPage(ApiResource resource, const QUrlQuery &query, ReplyHandler handler);
    void post(ApiResource resource, const QJsonObject &body, ReplyHandler handler);
    // Every item of a filtered list, page by page (pageSize 100, following `next`).
    void listAll(ApiResource resource, const QUrlQuery &filters, ListHandler handler);
    // The same, for the push's look-ups: a 429 must stay a server that asks to wait, a 401 a
    // refused token, not become "not reachable".
    void listAll(ApiResource resource, const QUrlQuery &filters, ListReplyHandler handler);
    // The partijen with this BSN (partijIdentificator__codeSoortObjectId=bsn and
    // partijIdentificator__objectId, the filters /partijen declares), with their identificatoren.
    void findPartijenByBsn(const QString &bsn, ListHandler handler);
    // A GET of one small page of actoren: reachable? token accepted? what did it say?
    void testConnection(std::function<void(const ConnectionReport &)> handler);
    // GETs (list pages, one record; the pull, the Zoeken look-up, the push's look-ups) are safe to
    // repeat: a 408/429 is answered by waiting what the server asked (its Retry-After; 1 s without
    // one) and asking again, at most `attempts` times, and only when that wait is at most `max` —
    // a look-up at the desk must not hang for minutes; the "not now" then goes to the caller.
    void setGetRetry(int attempts, std::chrono::milliseconds max);
    // Requests sent so far (every method), for the pull's report and the tests.
    int requestsSent() const { return m_requests; }

    // One record by its server uuid (GET /<resource>/{uuid}).
    void getOne(ApiResource resource, const QUuid &serverUuid, ReplyHandler handler);
    // A change of one record (PATCH /<resource>/{uuid}): only the keys in `body` change. PATCH
    // is idempotent, so a retry after a lost answer may simply send it again.
    void patch(ApiResource resource, const QUuid &serverUuid, const QJsonObject &body, ReplyHandler handler);
    // A removal of one record (DELETE /<resource>/{uuid}; 204 without a body). Idempotent in
    // effect: after a lost answer the retry finds 404, which means the same.
    void remove(ApiResource resource, const QUuid &serverUuid, ReplyHandler handler);

private:
    QNetworkRequest request(const QUrl &url) const;
    void send(QNetworkReply *reply, ReplyHandler handler);
    void fetch(const QUrl &url, ReplyHandler handler, int retriesLeft);
    QUrl recordUrl(ApiResource resource, const QUuid &serverUuid) const;
    void nextPage(ApiResource resource, QUrlQuery filters, int page, QList<QJsonObject> items,
                  ListReplyHandler handler);

    SyncSettings m_settings;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{10000};
    int m_requests = 0;
    int m_getRetries = 3;
    std::chrono::milliseconds m_getRetryAfterMax{30000};
};

} // namespace kcc::sync
