#include "sync/brp/brpclient.h"

#include "sync/brp/brpantwoord.h"
#include "sync/brp/brpverzoek.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kcc::sync {

BrpClient::BrpClient(InstellingenBron instellingen, QObject *parent)
    : QObject(parent)
    , m_instellingen(std::move(instellingen))
    , m_network(new QNetworkAccessManager(this))
{
}

BrpClient::~BrpClient() = default;

bool BrpClient::isConfigured() const
{
    return m_instellingen().isConfigured();
}

QUrl BrpClient::personenUrl(const QUrl &baseUrl)
{
    QString base = baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/personen"));
}

void BrpClient::zoek(const BrpZoekvraag &vraag, Handler handler)
{
    if (const auto probleem = vraag.probleem()) {
        handler(Error{*probleem, {}});
        return;
    }
    const BrpInstellingen instellingen = m_instellingen();
    if (!instellingen.baseUrl.isValid() || instellingen.baseUrl.isEmpty()) {
        handler(Error{tr("No address of the BRP gateway is set; the beheerder sets it under Beheer, BRP."), {}});
        return;
    }
    const Result<QByteArray> key = instellingen.apiKey();
    if (!key) {
        handler(key.error());
        return;
    }
    QNetworkRequest request(personenUrl(instellingen.baseUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    request.setRawHeader("Accept", "application/json; charset=utf-8, application/problem+json");
    request.setRawHeader(instellingen.apiKeyHeader.toLatin1(), key.value());
    for (const BrpInstellingen::Header &header : instellingen.headers)
        request.setRawHeader(header.first.toLatin1(), header.second.toUtf8());
    const int timeoutSeconds = instellingen.timeoutSeconds;
    request.setTransferTimeout(timeoutSeconds * 1000);

    const QByteArray body = QJsonDocument(BrpVerzoek::body(vraag)).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, timeoutSeconds, handler = std::move(handler)] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            handler(Error{timedOut ? BrpAntwoord::geenAntwoord(timeoutSeconds)
                                   : BrpAntwoord::nietBereikbaar(reply->errorString()),
                          {}});
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status.toInt() != 200) {
            handler(Error{BrpAntwoord::foutmelding(status.toInt(), answer), {}});
            return;
        }
        handler(BrpAntwoord::personen(answer));
    });
}

} // namespace kcc::sync
