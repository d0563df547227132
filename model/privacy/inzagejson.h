#pragma once

#include "model/apijson/apijson.h"
#include "model/privacy/inzagedossier.h"

#include <QJsonObject>
#include <QString>

namespace kcc {

// An inzage as one JSON document: each record as the Klantinteracties API's response writes it
// (ApiJson, the same objects as an export), grouped by resource under the API's own names
// ("partij", "partijIdentificatoren", "digitaleAdressen", ..., "interneTaken"), and the
// verwerkingenlog about the person as the Verwerkingenlogging API's list response
// ("verwerkingsacties", see VerwerkingsactieJson). `logBaseUrl` is that API's root.
class InzageJson
{
public:
    static QJsonObject toJson(const InzageDossier &dossier, const ApiJson &api, const QString &logBaseUrl);
};

} // namespace kcc
