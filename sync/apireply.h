#pragma once

#include "model/core/fielderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace kcc::sync {

// What came back from one request to Open Klant, in terms the push worker and the beheerder use.
struct ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(kcc::sync::ApiReply)

public:
    enum class Outcome
    {
        Answered,     // the server answered with a status (any status)
        TimedOut,     // no answer within the timeout: the server may or may not have acted
        NotReachable, // no connection, or the connection dropped: the same uncertainty
        NotSent       // refused by the client itself (e.g. an undeclared query parameter)
    };

    // The reply of a finished request: its status and JSON body, or why there was none.
    static ApiReply fromReply(QNetworkReply *reply);

    Outcome outcome = Outcome::NotSent;
    int status = 0;
    QJsonDocument body;
    QString networkError; // Qt's text for TimedOut / NotReachable, our reason for NotSent

    bool isSuccess() const { return outcome == Outcome::Answered && status >= 200 && status < 300; }
    // A refusal of the request itself (4xx). Not 408 and 429: those say "not now", not "never".
    bool isClientError() const { return outcome == Outcome::Answered && status >= 400 && status < 500 && !isNotNow(); }
    // Request Timeout or Too Many Requests: the server asks to come back later (Retry-After).
    bool isNotNow() const { return outcome == Outcome::Answered && (status == 408 || status == 429); }
    bool isAuthError() const { return outcome == Outcome::Answered && (status == 401 || status == 403); }
    // Worth trying again later: a timeout, a dropped or refused connection, a 5xx, a 429.
    bool isTransient() const;
    QJsonObject object() const { return body.object(); }

    // How long the server asked to wait (its Retry-After: seconds or an HTTP date), counted from
    // `now`; nullopt without a header, or with one that reads as neither. Never negative.
    std::optional<std::chrono::milliseconds> retryAfter(const QDateTime &now) const;
    QString retryAfterHeader; // as the server sent it; empty without one

    // The problem's field errors: Open Klant's invalidParams ({name, code, reason}) or, from
    // Prism, its validation list ({location: ["body", "kanaal"], message}).
    FieldErrors invalidParams() const;
    // One line in plain words: "The server refused the request (HTTP 400): kanaal: Dit veld is
    // vereist.", "The server did not answer within 10 s.", ...
    QString describe() const;

    // The connection failed in the TLS handshake (an untrusted or expired certificate, a name that
    // does not match): "verbinding testen" says so instead of "not reachable".
    bool tlsFailure = false;
};

} // namespace kcc::sync
