#pragma once

#include "model/privacy/verwerkingsactie.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kcc {

// Verwerkingsacties as the Verwerkingenlogging API answers them: a VerwerkingsactieUitgebreid per
// entry, and the list response {count, next, previous, results}. `baseUrl` is the log API's root
// (".../api/v1"), from which each entry's and object's `url` is made. Empty optional values are
// left out, as the spec's formats (uri, the OIN pattern) do not allow "".
class VerwerkingsactieJson
{
public:
    static QJsonObject toJson(const Verwerkingsactie &actie, const QString &baseUrl);
    static QJsonObject lijst(const QList<Verwerkingsactie> &acties, const QString &baseUrl);
};

} // namespace kcc
