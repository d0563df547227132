#pragma once

#include "model/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace kcc {

// Where the municipality's central Verwerkingenlogging API is (optional per municipality).
struct DoorstuurInstelling
{
    QUrl baseUrl;         // e.g. https://log.gemeente.nl/api/v1
    QString tokenBestand; // the file holding the bearer token (JWT), never the token itself
};

// One queued request to the central log.
struct UitboxItem
{
    qint64 rij = 0;
    QJsonObject inhoud;   // the POST /verwerkingsacties body
    bool onzeker = false; // sent before without an answer: ask the server first
    int pogingen = 0;
};

// The outbox of the verwerkingenlog's forwarding (filled by the log in the entry's own
// transaction, storage/privacy/doorstuuruitbox.h), as the sender (sync/verwerkingen/) sees it.
class VerwerkingenUitbox
{
public:
    virtual ~VerwerkingenUitbox() = default;

    virtual Result<std::optional<DoorstuurInstelling>> instelling() = 0;
    // The oldest item due at `nu` (wachtend or onzeker), if any.
    virtual Result<std::optional<UitboxItem>> volgende(const QDateTime &nu) = 0;
    // When the next item falls due (invalid when nothing waits).
    virtual Result<QDateTime> eerstvolgende() = 0;
    // Items not yet sent nor refused.
    virtual Result<qint64> wachtend() = 0;
    virtual Result<qint64> geweigerd() = 0;

    // Marked before the request goes out: an answer lost after this leaves it onzeker.
    virtual Result<> markeerOnzeker(qint64 rij) = 0;
    virtual Result<> markeerVerzonden(qint64 rij, const QString &serverUrl) = 0;
    virtual Result<> markeerGeweigerd(qint64 rij, const QString &reden) = 0;
    // Try again at `volgende` (status unchanged), with the reason of this failure.
    virtual Result<> stelUit(qint64 rij, int pogingen, const QDateTime &volgende, const QString &reden) = 0;
};

} // namespace kcc
