#include "model/privacy/doorstuurbody.h"
#include "model/privacy/jsonfields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace kcc {

namespace {

QSet<QString> objectIds(const QJsonObject &actie)
{
    QSet<QString> result;
    for (const QJsonValue &object : actie.value(QStringLiteral("verwerkteObjecten")).toArray())
        result.insert(object.toObject().value(QStringLiteral("objectId")).toString());
    return result;
}

} // namespace

QString DoorstuurBody::soortObjectId(const QString &soort)
{
    return soort + QStringLiteral("-pseudoniem");
}

QJsonObject DoorstuurBody::body(const Verwerkingsactie &actie)
{
    QJsonObject json;
    insertIfSet(json, QStringLiteral("actieNaam"), actie.actieNaam);
    insertIfSet(json, QStringLiteral("handelingNaam"), actie.handelingNaam);
    insertIfSet(json, QStringLiteral("verwerkingNaam"), actie.verwerkingNaam);
    if (!actie.verwerkingId.isNull())
        json.insert(QStringLiteral("verwerkingId"), actie.verwerkingId.toString(QUuid::WithoutBraces));
    if (!actie.verwerkingsactiviteitId.isNull())
        json.insert(QStringLiteral("verwerkingsactiviteitId"),
                    actie.verwerkingsactiviteitId.toString(QUuid::WithoutBraces));
    insertIfSet(json, QStringLiteral("verwerkingsactiviteitUrl"), actie.verwerkingsactiviteitUrl);
    json.insert(QStringLiteral("vertrouwelijkheid"), vertrouwelijkheidCode(actie.vertrouwelijkheid));
    insertIfSet(json, QStringLiteral("bewaartermijn"), actie.bewaartermijn);
    static const QRegularExpression oin(QStringLiteral("^[0-9]{20}$"));
    if (oin.match(actie.uitvoerder).hasMatch())
        json.insert(QStringLiteral("uitvoerder"), actie.uitvoerder);
    insertIfSet(json, QStringLiteral("systeem"), actie.systeem);
    insertIfSet(json, QStringLiteral("gebruiker"), actie.gebruiker.left(40));
    insertIfSet(json, QStringLiteral("gegevensbron"), actie.gegevensbron);
    json.insert(QStringLiteral("tijdstip"), actie.tijdstip.toString(Qt::ISODateWithMs));
    QJsonArray objecten;
    for (const VerwerktObject &object : actie.verwerkteObjecten) {
        QJsonObject o{{QStringLiteral("objecttype"), object.objecttype},
                      {QStringLiteral("soortObjectId"), soortObjectId(object.soortObjectId)},
                      {QStringLiteral("objectId"), object.objectId.left(objectIdLengte)}};
        insertIfSet(o, QStringLiteral("betrokkenheid"), object.betrokkenheid);
        QJsonArray soorten;
        for (const QString &soort : object.verwerkteSoortenGegevens)
            soorten.append(QJsonObject{{QStringLiteral("soortGegeven"), soort}});
        o.insert(QStringLiteral("verwerkteSoortenGegevens"), soorten);
        objecten.append(o);
    }
    json.insert(QStringLiteral("verwerkteObjecten"), objecten);
    return json;
}

QUrlQuery DoorstuurBody::zoekVraag(const QJsonObject &verzonden)
{
    const QJsonObject eerste = verzonden.value(QStringLiteral("verwerkteObjecten")).toArray().first().toObject();
    const QDate dag =
        QDateTime::fromString(verzonden.value(QStringLiteral("tijdstip")).toString(), Qt::ISODateWithMs).toUTC().date();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("objecttype"), QStringLiteral("persoon"));
    query.addQueryItem(QStringLiteral("soortObjectId"), eerste.value(QStringLiteral("soortObjectId")).toString());
    query.addQueryItem(QStringLiteral("objectId"), eerste.value(QStringLiteral("objectId")).toString());
    // A day either side: the server may file the instant under its own zone's date.
    query.addQueryItem(QStringLiteral("beginDatum"), dag.addDays(-1).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("eindDatum"), dag.addDays(1).toString(Qt::ISODate));
    return query;
}

bool DoorstuurBody::isZelfde(const QJsonObject &opServer, const QJsonObject &verzonden)
{
    const auto tijdstip = [](const QJsonObject &o) {
        return QDateTime::fromString(o.value(QStringLiteral("tijdstip")).toString(), Qt::ISODateWithMs).toUTC();
    };
    for (const char *veld : {"actieNaam", "verwerkingId", "gebruiker"}) {
        if (opServer.value(QLatin1String(veld)) != verzonden.value(QLatin1String(veld)))
            return false;
    }
    return tijdstip(opServer) == tijdstip(verzonden) && objectIds(opServer) == objectIds(verzonden);
}

} // namespace kcc
