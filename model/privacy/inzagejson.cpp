#include "model/privacy/inzagejson.h"

#include "model/privacy/verwerkingsactiejson.h"

#include <QJsonArray>

namespace kcc {

namespace {

template<typename T>
QJsonArray array(const QList<T> &items, const ApiJson &api)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(api.toJson(item));
    return result;
}

} // namespace

QJsonObject InzageJson::toJson(const InzageDossier &dossier, const ApiJson &api, const QString &logBaseUrl)
{
    QJsonArray klantcontacten;
    for (const InzageDossier::Contact &contact : dossier.klantcontacten)
        klantcontacten.append(api.toJson(contact.klantcontact, contact.relaties));
    QJsonArray betrokkenen;
    for (const InzageDossier::Betrokkenheid &betrokkenheid : dossier.betrokkenen)
        betrokkenen.append(api.toJson(betrokkenheid.betrokkene, betrokkenheid.relaties));
    QJsonObject json;
    json.insert(QStringLiteral("opgesteldOp"), ApiJson::formatDateTime(dossier.opgesteldOp));
    json.insert(QStringLiteral("bsn"), dossier.bsn.isEmpty() ? QJsonValue() : QJsonValue(dossier.bsn));
    json.insert(QStringLiteral("partij"),
                dossier.partij ? QJsonValue(api.toJson(*dossier.partij, dossier.partijRelaties)) : QJsonValue());
    json.insert(QStringLiteral("partijIdentificatoren"), array(dossier.partijRelaties.partijIdentificatoren, api));
    json.insert(QStringLiteral("digitaleAdressen"), array(dossier.digitaleAdressen, api));
    json.insert(QStringLiteral("rekeningnummers"), array(dossier.rekeningnummers, api));
    json.insert(QStringLiteral("vertegenwoordigingen"), array(dossier.vertegenwoordigingen, api));
    json.insert(QStringLiteral("klantcontacten"), klantcontacten);
    json.insert(QStringLiteral("betrokkenen"), betrokkenen);
    json.insert(QStringLiteral("onderwerpobjecten"), array(dossier.onderwerpobjecten, api));
    json.insert(QStringLiteral("bijlagen"), array(dossier.bijlagen, api));
    json.insert(QStringLiteral("interneTaken"), array(dossier.interneTaken, api));
    json.insert(QStringLiteral("verwerkingsacties"), VerwerkingsactieJson::lijst(dossier.verwerkingen, logBaseUrl));
    return json;
}

} // namespace kcc
