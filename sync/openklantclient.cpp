#include "sync/openklantclient.h"

#include "sync/declaredparameters.h"
#include "sync/oneshotbody.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kcc::sync {

namespace {

ApiReply notSent(const QString &reason)
{
    ApiReply reply;
    reply.outcome = ApiReply::Outcome::NotSent;
    reply.networkError = reason;
    return reply;
}

} // namespace

OpenKlantClient::OpenKlantClient(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{
}

OpenKlantClient::~OpenKlantClient() = default;

QUrl OpenKlantClient::collectionUrl(ApiResource resource) const
{
    QString base = m_settings.baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // No trailing slash: Open Klant's router has trailing_slash=False (model §1.1).
    return QUrl(base % QLatin1Char('/') % resourcePath(resource));
}

QNetworkRequest OpenKlantClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    // Without a token no header at all: the server then says 401, which the beheerder can read.
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Token " + m_settings.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void OpenKlantClient::send(QNetworkReply *reply, ReplyHandler handler)
{
    ++m_requests;
    connect(reply, &QNetworkReply::finished, this, [reply, handler = std::move(handler)] {
        reply->deleteLater();
        handler(ApiReply::fromReply(reply));
    });
}

void OpenKlantClient::getPage(ApiResource resource, const QUrlQuery &query, ReplyHandler handler)
{
    if (const QStringList undeclared = DeclaredParameters::undeclared(resource, query); !undeclared.isEmpty()) {
        handler(notSent(tr("the server does not declare the query parameter(s) %1 for %2.")
                            .arg(undeclared.join(QStringLiteral(", ")), resourcePath(resource))));
        return;
    }
    QUrl url = collectionUrl(resource);
    url.setQuery(query);
    fetch(url, std::move(handler), m_getRetries);
}

void OpenKlantClient::post(ApiResource resource, const QJsonObject &body, ReplyHandler handler)
{
    // A POST goes over a connection of its own: Qt silently resends a request once when a reused
    // keep-alive connection closes before the answer, and a second POST of an object the server
    // may already have stored is exactly what the push worker must decide for itself.
    QNetworkRequest post = request(collectionUrl(resource));
    post.setRawHeader("Connection", "close");
    post.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    post.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
    auto *device = new OneShotBody(data, this);
    QNetworkReply *reply = m_network->post(post, device);
    device->setParent(reply);
    send(reply, std::move(handler));
}

void OpenKlantClient::listAll(ApiResource resource, const QUrlQuery &filters, ListHandler handler)
{
    listAll(resource, filters,
            ListReplyHandler([handler = std::move(handler)](const std::optional<ApiReply> &failure,
                                                            const QList<QJsonObject> &items) {
                if (failure)
                    handler(Error{failure->describe(), failure->invalidParams()});
                else
                    handler(items);
            }));
}

void OpenKlantClient::listAll(ApiResource resource, const QUrlQuery &filters, ListReplyHandler handler)
{
    nextPage(resource, filters, 1, {}, std::move(handler));
}

void OpenKlantClient::nextPage(ApiResource resource, QUrlQuery filters, int page, QList<QJsonObject> items,
                               ListReplyHandler handler)
{
    QUrlQuery query = filters;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    getPage(resource, query,
            [this, resource, filters, page, items = std::move(items), handler](const ApiReply &reply) mutable {
                if (!reply.isSuccess()) {
                    handler(reply, {});
                    return;
                }
                const QJsonObject object = reply.object();
                for (const QJsonValue &value : object.value(QStringLiteral("results")).toArray())
                    items.append(value.toObject());
                // `next` is followed by its page number on our own base URL: a server behind a
                // proxy may name itself differently, and the filters stay exactly ours.
                const QJsonValue next = object.value(QStringLiteral("next"));
                const int nextNumber =
                    next.isString() ? QUrlQuery(QUrl(next.toString())).queryItemValue(QStringLiteral("page")).toInt()
                                    : 0;
                if (nextNumber > page) {
                    nextPage(resource, filters, nextNumber, std::move(items), handler);
                    return;
                }
                handler(std::nullopt, items);
            });
}

void OpenKlantClient::findPartijenByBsn(const QString &bsn, ListHandler handler)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("partijIdentificator__codeSoortObjectId"), QStringLiteral("bsn"));
    query.addQueryItem(QStringLiteral("partijIdentificator__objectId"), bsn);
    listAll(ApiResource::Partijen, query, std::move(handler));
}

void OpenKlantClient::testConnection(std::function<void(const ConnectionReport &)> handler)
{
    if (!m_settings.isConfigured()) {
        handler({false, 0, tr("No server address or token is set.")});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
    QUrl url = collectionUrl(ApiResource::Actoren);
    url.setQuery(query);
    // Once, without waiting on a "not now": the beheerder reads what the server answered.
    fetch(
        url,
        [this, handler = std::move(handler)](const ApiReply &reply) {
            ConnectionReport report;
            report.status = reply.status;
            report.ok = reply.isSuccess();
            const QString where = m_settings.baseUrl.toString();
            if (reply.isSuccess())
                report.message = tr("Connected to %1: the server answered HTTP %2 and accepted the token.")
                                     .arg(where)
                                     .arg(reply.status);
            else if (reply.isAuthError())
                report.message = tr("%1 is reachable, but refused the token (HTTP %2).").arg(where).arg(reply.status);
            else if (reply.outcome == ApiReply::Outcome::Answered)
                report.message =
                    tr("%1 is reachable, but answered HTTP %2: %3").arg(where).arg(reply.status).arg(reply.describe());
            else
                report.message = tr("%1 is not reachable: %2").arg(where, reply.describe());
            handler(report);
        },
        0);
}

QUrl OpenKlantClient::recordUrl(ApiResource resource, const QUuid &serverUuid) const
{
    return QUrl(collectionUrl(resource).toString() % QLatin1Char('/') % serverUuid.toString(QUuid::WithoutBraces));
}

void OpenKlantClient::getOne(ApiResource resource, const QUuid &serverUuid, ReplyHandler handler)
{
    fetch(recordUrl(resource, serverUuid), std::move(handler), m_getRetries);
}

void OpenKlantClient::patch(ApiResource resource, const QUuid &serverUuid, const QJsonObject &body,
                            ReplyHandler handler)
{
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(m_network->sendCustomRequest(request(recordUrl(resource, serverUuid)), "PATCH", data), std::move(handler));
}

void OpenKlantClient::remove(ApiResource resource, const QUuid &serverUuid, ReplyHandler handler)
{
    send(m_network->deleteResource(request(recordUrl(resource, serverUuid))), std::move(handler));
}

void OpenKlantClient::setGetRetry(int attempts, std::chrono::milliseconds max)
{
    m_getRetries = std::max(0, attempts);
    m_getRetryAfterMax = max;
}

void OpenKlantClient::fetch(const QUrl &url, ReplyHandler handler, int retriesLeft)
{
    send(m_network->get(request(url)), [this, url, handler, retriesLeft](const ApiReply &reply) {
        if (reply.isNotNow() && retriesLeft > 0) {
            const std::chrono::milliseconds wait =
                reply.retryAfter(QDateTime::currentDateTimeUtc()).value_or(std::chrono::milliseconds(1000));
            if (wait <= m_getRetryAfterMax) {
                QTimer::singleShot(wait, this,
                                   [this, url, handler, retriesLeft] { fetch(url, handler, retriesLeft - 1); });
                return;
            }
        }
        handler(reply);
    });
}

} // namespace kcc::sync
