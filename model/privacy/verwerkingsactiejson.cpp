#include "model/privacy/verwerkingsactiejson.h"
#include "model/privacy/jsonfields.h"

#include <QRegularExpression>

namespace kcc {

namespace {

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonObject objectJson(const VerwerktObject &object, const QString &baseUrl)
{
    QJsonObject json;
    json.insert(QStringLiteral("url"),
                QString(baseUrl + QStringLiteral("/verwerkte-objecten/") + id(object.verwerktObjectId)));
    json.insert(QStringLiteral("verwerktObjectId"), id(object.verwerktObjectId));
    json.insert(QStringLiteral("objecttype"), object.objecttype);
    json.insert(QStringLiteral("soortObjectId"), object.soortObjectId);
    json.insert(QStringLiteral("objectId"), object.objectId);
    insertIfSet(json, QStringLiteral("betrokkenheid"), object.betrokkenheid);
    QJsonArray soorten;
    for (const QString &soort : object.verwerkteSoortenGegevens)
        soorten.append(QJsonObject{{QStringLiteral("soortGegeven"), soort}});
    json.insert(QStringLiteral("verwerkteSoortenGegevens"), soorten);
    return json;
}

} // namespace

QJsonObject VerwerkingsactieJson::toJson(const Verwerkingsactie &actie, const QString &baseUrl)
{
    QJsonObject json;
    json.insert(QStringLiteral("url"), QString(baseUrl + QStringLiteral("/verwerkingsacties/") + id(actie.actieId)));
    json.insert(QStringLiteral("actieId"), id(actie.actieId));
    insertIfSet(json, QStringLiteral("actieNaam"), actie.actieNaam);
    insertIfSet(json, QStringLiteral("handelingNaam"), actie.handelingNaam);
    insertIfSet(json, QStringLiteral("verwerkingNaam"), actie.verwerkingNaam);
    if (!actie.verwerkingId.isNull())
        json.insert(QStringLiteral("verwerkingId"), id(actie.verwerkingId));
    if (!actie.verwerkingsactiviteitId.isNull())
        json.insert(QStringLiteral("verwerkingsactiviteitId"), id(actie.verwerkingsactiviteitId));
    insertIfSet(json, QStringLiteral("verwerkingsactiviteitUrl"), actie.verwerkingsactiviteitUrl);
    json.insert(QStringLiteral("vertrouwelijkheid"), vertrouwelijkheidCode(actie.vertrouwelijkheid));
    insertIfSet(json, QStringLiteral("bewaartermijn"), actie.bewaartermijn);
    static const QRegularExpression oin(QStringLiteral("^[0-9]{20}$"));
    if (oin.match(actie.uitvoerder).hasMatch())
        json.insert(QStringLiteral("uitvoerder"), actie.uitvoerder);
    insertIfSet(json, QStringLiteral("systeem"), actie.systeem);
    insertIfSet(json, QStringLiteral("gebruiker"), actie.gebruiker);
    insertIfSet(json, QStringLiteral("gegevensbron"), actie.gegevensbron);
    json.insert(QStringLiteral("tijdstip"), actie.tijdstip.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("tijdstipRegistratie"), actie.tijdstipRegistratie.toString(Qt::ISODateWithMs));
    QJsonArray objecten;
    for (const VerwerktObject &object : actie.verwerkteObjecten)
        objecten.append(objectJson(object, baseUrl));
    json.insert(QStringLiteral("verwerkteObjecten"), objecten);
    return json;
}

QJsonObject VerwerkingsactieJson::lijst(const QList<Verwerkingsactie> &acties, const QString &baseUrl)
{
    QJsonArray results;
    for (const Verwerkingsactie &actie : acties)
        results.append(toJson(actie, baseUrl));
    return {{QStringLiteral("count"), int(acties.size())},
            {QStringLiteral("next"), QJsonValue::Null},
            {QStringLiteral("previous"), QJsonValue::Null},
            {QStringLiteral("results"), results}};
}

} // namespace kcc
