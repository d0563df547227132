#pragma once

#include "model/core/clock.h"
#include "model/privacy/verwerkingenuitbox.h"
#include "sync/apireply.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace kcc::sync {

// Sends the verwerkingenlog's outbox to the municipality's central log (the Verwerkingenlogging
// API's POST /verwerkingsacties), one request at a time, oldest first.
//
// Nothing lost, nothing doubled: an item is marked onzeker before its POST goes out. A 201 marks
// it verzonden with the server's url. A timeout, a dropped connection or a 5xx leaves it onzeker
// and schedules a retry with exponential backoff (and jitter); the retry first lists the entries
// about the item's first person around its day and takes a stored one that is the same
// (DoorstuurBody::isZelfde) instead of posting again. The log makes the actieId itself, so the
// entry's own fields are what identify it. A 4xx is a refusal, kept with the server's reason and
// never sent again; 401/403 stops the run and leaves the item queued.
class VerwerkingenZender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerwerkingenZender)

public:
    VerwerkingenZender(VerwerkingenUitbox &uitbox, QUrl baseUrl, QString token, Clock clock = {},
                       QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // First retry after `base`, doubling up to `max`, each with up to +-25 % jitter.
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds max);
    std::chrono::milliseconds backoffFor(int pogingen) const;

    // Sends until nothing waits, or until what waits is due only after `deadline` (from now);
    // then emits klaar().
    void start(std::chrono::milliseconds deadline);

    int postsSent() const { return m_posts; }
    int lookupsSent() const { return m_lookups; }

signals:
    void klaar();
    void gestopt(const QString &message);

private:
    using Handler = std::function<void(const ApiReply &)>;
    void step();
    void post(const UitboxItem &item);
    void lookUp(const UitboxItem &item);
    void mislukt(const UitboxItem &item, const ApiReply &reply);
    void stop(const QString &message);
    QNetworkRequest request(const QUrl &url) const;
    void send(QNetworkReply *reply, Handler handler);

    VerwerkingenUitbox &m_uitbox;
    QUrl m_baseUrl;
    QString m_token;
    Clock m_clock;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{10000};
    std::chrono::milliseconds m_base{1000};
    std::chrono::milliseconds m_max{300000};
    QDateTime m_deadline;
    int m_posts = 0;
    int m_lookups = 0;
};

} // namespace kcc::sync
