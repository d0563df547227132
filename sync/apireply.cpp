#include "sync/apireply.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>

#include <algorithm>

namespace kcc::sync {

bool ApiReply::isTransient() const
{
    switch (outcome) {
    case Outcome::TimedOut:
    case Outcome::NotReachable:
        return true;
    case Outcome::Answered:
        return status >= 500 || status == 429 || status == 408;
    case Outcome::NotSent:
        break;
    }
    return false;
}

std::optional<std::chrono::milliseconds> ApiReply::retryAfter(const QDateTime &now) const
{
    if (retryAfterHeader.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = retryAfterHeader.toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::milliseconds(std::max<qint64>(0, std::min<qint64>(seconds, 366LL * 24 * 3600)) * 1000);
    // An HTTP date (RFC 9110: IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"); Qt's RFC 2822 reader
    // takes the same shape with a numeric zone.
    QString text = retryAfterHeader;
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

FieldErrors ApiReply::invalidParams() const
{
    FieldErrors errors;
    const QJsonObject problem = object();
    for (const QJsonValue &value : problem.value(QStringLiteral("invalidParams")).toArray()) {
        const QJsonObject param = value.toObject();
        errors.append(
            {param.value(QStringLiteral("name")).toString(), param.value(QStringLiteral("reason")).toString()});
    }
    for (const QJsonValue &value : problem.value(QStringLiteral("validation")).toArray()) {
        const QJsonObject item = value.toObject();
        QStringList path;
        for (const QJsonValue &part : item.value(QStringLiteral("location")).toArray()) {
            const QString text = part.isDouble() ? QString::number(part.toInt()) : part.toString();
            if (path.isEmpty() && text == QLatin1String("body"))
                continue;
            path.append(text);
        }
        errors.append({path.join(QLatin1Char('.')), item.value(QStringLiteral("message")).toString()});
    }
    return errors;
}

QString ApiReply::describe() const
{
    switch (outcome) {
    case Outcome::TimedOut:
        return tr("The server did not answer in time (%1).").arg(networkError);
    case Outcome::NotReachable:
        return tr("The server could not be reached: %1").arg(networkError);
    case Outcome::NotSent:
        return tr("The request was not sent: %1").arg(networkError);
    case Outcome::Answered:
        break;
    }
    if (status == 401 || status == 403)
        return tr("The server refused the token (HTTP %1).").arg(status);
    if (isNotNow())
        return tr("The server asked to try again later (HTTP %1).").arg(status);
    if (isSuccess())
        return tr("The server answered HTTP %1.").arg(status);
    QStringList parts;
    const QJsonObject problem = object();
    const QString detail =
        problem.value(QStringLiteral("detail")).toString(problem.value(QStringLiteral("title")).toString());
    if (!detail.isEmpty())
        parts.append(detail);
    for (const FieldError &error : invalidParams())
        parts.append(error.field % QStringLiteral(": ") % error.message);
    if (isClientError())
        return tr("The server refused the request (HTTP %1): %2").arg(status).arg(parts.join(QStringLiteral("; ")));
    return tr("The server failed (HTTP %1): %2").arg(status).arg(parts.join(QStringLiteral("; ")));
}

ApiReply ApiReply::fromReply(QNetworkReply *reply)
{
    ApiReply result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray data = reply->readAll();
    if (status.isValid()) {
        result.outcome = ApiReply::Outcome::Answered;
        result.status = status.toInt();
        result.body = QJsonDocument::fromJson(data);
        result.retryAfterHeader = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed();
        return result;
    }
    result.networkError = reply->errorString();
    result.tlsFailure = reply->error() == QNetworkReply::SslHandshakeFailedError;
    result.outcome =
        reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
            ? ApiReply::Outcome::TimedOut
            : ApiReply::Outcome::NotReachable;
    return result;
}

} // namespace kcc::sync
