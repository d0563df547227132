#include "sync/verwerkingen/verwerkingenzender.h"

#include "model/privacy/doorstuurbody.h"
#include "sync/oneshotbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

namespace kcc::sync {

VerwerkingenZender::VerwerkingenZender(VerwerkingenUitbox &uitbox, QUrl baseUrl, QString token, Clock clock,
                                       QObject *parent)
    : QObject(parent)
    , m_uitbox(uitbox)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VerwerkingenZender::step);
}

void VerwerkingenZender::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    m_base = base;
    m_max = max;
}

std::chrono::milliseconds VerwerkingenZender::backoffFor(int pogingen) const
{
    const qint64 doubled = m_base.count() << std::min(pogingen, 20);
    const qint64 capped = std::min<qint64>(doubled, m_max.count());
    // +-25 % jitter, so that seats that failed together do not retry together.
    const qint64 jitter = capped / 4;
    const qint64 offset = jitter > 0 ? QRandomGenerator::global()->bounded(2 * jitter + 1) - jitter : 0;
    return std::chrono::milliseconds(std::max<qint64>(1, capped + offset));
}

void VerwerkingenZender::start(std::chrono::milliseconds deadline)
{
    m_deadline = m_clock.now().addMSecs(deadline.count());
    m_timer.start(0);
}

void VerwerkingenZender::stop(const QString &message)
{
    m_timer.stop();
    emit gestopt(message);
}

QNetworkRequest VerwerkingenZender::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void VerwerkingenZender::send(QNetworkReply *reply, Handler handler)
{
    connect(reply, &QNetworkReply::finished, this, [reply, handler = std::move(handler)] {
        reply->deleteLater();
        handler(ApiReply::fromReply(reply));
    });
}

void VerwerkingenZender::step()
{
    const QDateTime nu = m_clock.now();
    const Result<std::optional<UitboxItem>> item = m_uitbox.volgende(nu);
    if (!item)
        return stop(item.error().message);
    if (item.value()) {
        if (item.value()->onzeker)
            lookUp(*item.value());
        else
            post(*item.value());
        return;
    }
    // Nothing due now: wait for the next retry if it falls before the deadline.
    const Result<QDateTime> next = m_uitbox.eerstvolgende();
    if (!next)
        return stop(next.error().message);
    if (!next.value().isValid() || next.value() > m_deadline) {
        emit klaar();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(nu.msecsTo(next.value()), 0, 3600000)));
}

void VerwerkingenZender::post(const UitboxItem &item)
{
    if (Result<> marked = m_uitbox.markeerOnzeker(item.rij); !marked)
        return stop(marked.error().message);
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/verwerkingsacties"));
    QNetworkRequest verzoek = request(url);
    verzoek.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    const QByteArray data = QJsonDocument(item.inhoud).toJson(QJsonDocument::Compact);
    verzoek.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
    auto *body = new OneShotBody(data, this);
    QNetworkReply *reply = m_network.post(verzoek, body);
    body->setParent(reply);
    ++m_posts;
    send(reply, [this, item](const ApiReply &answer) {
        if (answer.isSuccess()) {
            const QString serverUrl = answer.object().value(QStringLiteral("url")).toString();
            if (Result<> marked = m_uitbox.markeerVerzonden(item.rij, serverUrl); !marked)
                return stop(marked.error().message);
            m_timer.start(0);
            return;
        }
        mislukt(item, answer);
    });
}

void VerwerkingenZender::lookUp(const UitboxItem &item)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/verwerkingsacties"));
    url.setQuery(DoorstuurBody::zoekVraag(item.inhoud));
    ++m_lookups;
    send(m_network.get(request(url)), [this, item](const ApiReply &answer) {
        if (!answer.isSuccess())
            return mislukt(item, answer);
        const QJsonValue results = answer.object().value(QStringLiteral("results"));
        const QJsonArray found = results.isArray() ? results.toArray() : answer.body.array();
        for (const QJsonValue &value : found) {
            if (DoorstuurBody::isZelfde(value.toObject(), item.inhoud)) {
                const QString serverUrl = value.toObject().value(QStringLiteral("url")).toString();
                if (Result<> marked = m_uitbox.markeerVerzonden(item.rij, serverUrl); !marked)
                    return stop(marked.error().message);
                m_timer.start(0);
                return;
            }
        }
        post(item); // not stored: send it (again)
    });
}

void VerwerkingenZender::mislukt(const UitboxItem &item, const ApiReply &reply)
{
    if (reply.isAuthError())
        return stop(reply.describe());
    if (reply.isTransient()) {
        const int pogingen = item.pogingen + 1;
        const QDateTime volgende = m_clock.now().addMSecs(backoffFor(pogingen - 1).count());
        if (Result<> later = m_uitbox.stelUit(item.rij, pogingen, volgende, reply.describe()); !later)
            return stop(later.error().message);
        m_timer.start(0);
        return;
    }
    if (Result<> refused = m_uitbox.markeerGeweigerd(item.rij, reply.describe()); !refused)
        return stop(refused.error().message);
    m_timer.start(0);
}

} // namespace kcc::sync
