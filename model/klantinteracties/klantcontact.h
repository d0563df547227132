#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// Klantcontact (§4.8): one contact about one onderwerp. Reverse relations (betrokkenen,
// onderwerpobjecten, bijlagen, interne taken, actoren) are their own resources.
struct Klantcontact
{
    QUuid uuid;
    std::optional<QString> nummer;           // deprecated; integer string <= 10, unique
    std::optional<QString> referentienummer; // integer string <= 10, unique; generated locally
    QString kanaal;                          // <= 50, required
    QString onderwerp;                       // <= 200, required
    QString inhoud;                          // <= 1000
    QString reactie;                         // <= 4000
    std::optional<bool> indicatieContactGelukt;
    QString hoofdOnderwerpType; // URI <= 200 or empty
    bool verdereActieOndernomen = false;
    QString taal = QStringLiteral("nld"); // <= 3, required
    bool vertrouwelijk = false;
    QDateTime plaatsgevondenOp; // UTC
    // The microseconds below the millisecond (0..999) of a time a server sent (Open Klant writes
    // microseconds; QDateTime holds milliseconds), so that import -> export keeps the time exactly.
    int plaatsgevondenOpMicros = 0;
    // metadata: string -> string (values <= 255). Kept as an ordered list of pairs so that an
    // export writes the keys in the order they were read.
    QList<QPair<QString, QString>> metadata;

    friend bool operator==(const Klantcontact &, const Klantcontact &) = default;
};

} // namespace kcc
