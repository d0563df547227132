#pragma once

#include "model/privacy/verwerkingsactie.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace kcc {

// What the central log is sent for one entry (POST /verwerkingsacties, the standard's
// VerwerkingsactieUitgebreidBasis): the entry's fields without the ones the log makes itself (url,
// actieId, tijdstipRegistratie), and its verwerkte objecten by pseudonym only. The spec allows an
// objectId of 40 characters, so the keyed hash goes truncated to 160 bits, and its soortObjectId
// says that it is a pseudonym ("BSN-pseudoniem"): the central log holds no BSN either, and the
// privacy officer finds a person there with the same key.
class DoorstuurBody
{
public:
    // Verwerkte objecten per request: an entry about more persons (an export) goes in parts.
    static constexpr int objectenPerVerzoek = 500;
    static constexpr int objectIdLengte = 40;

    // `actie.verwerkteObjecten` hold the log's pseudonyms as objectId.
    static QJsonObject body(const Verwerkingsactie &actie);
    static QString soortObjectId(const QString &soort);

    // After a timeout or a dropped connection: the list query (by the first person and the day)
    // that finds the entry if the server stored it, and whether an answered entry is this one
    // (the same tijdstip, actieNaam, verwerkingId, gebruiker and persons: no two entries share all).
    static QUrlQuery zoekVraag(const QJsonObject &verzonden);
    static bool isZelfde(const QJsonObject &opServer, const QJsonObject &verzonden);
};

} // namespace kcc
