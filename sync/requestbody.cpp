#include "sync/requestbody.h"

#include "model/sync/partijconflicts.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace kcc::sync {

namespace {

struct Reference
{
    const char *key;
    ApiResource target;
};

struct Shape
{
    QStringList writable;
    QList<Reference> references;
};

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

// The writable keys per resource, from the spec's schemas (properties without readOnly).
const Shape &shape(ApiResource resource)
{
    using R = ApiResource;
    static const QHash<ApiResource, Shape> shapes = {
        // The same list decides what a conflict compares and what KeepServer takes over.
        {R::Partijen, {PartijConflicts::syncVelden(), {}}},
        {R::PartijIdentificatoren,
         {keys({"identificeerdePartij", "anderePartijIdentificator", "partijIdentificator", "subIdentificatorVan"}),
          {{"identificeerdePartij", R::Partijen}, {"subIdentificatorVan", R::PartijIdentificatoren}}}},
        {R::Klantcontacten,
         {keys({"nummer", "referentienummer", "kanaal", "onderwerp", "inhoud", "reactie", "indicatieContactGelukt",
                "hoofdOnderwerpType", "verdereActieOndernomen", "taal", "vertrouwelijk", "plaatsgevondenOp",
                "metadata"}),
          {}}},
        {R::Betrokkenen,
         {keys({"wasPartij", "hadKlantcontact", "bezoekadres", "correspondentieadres", "contactnaam", "rol",
                "organisatienaam", "initiator"}),
          {{"wasPartij", R::Partijen}, {"hadKlantcontact", R::Klantcontacten}}}},
        {R::Onderwerpobjecten,
         {keys({"klantcontact", "wasKlantcontact", "onderwerpobjectidentificator"}),
          {{"klantcontact", R::Klantcontacten}, {"wasKlantcontact", R::Klantcontacten}}}},
        {R::Bijlagen,
         {keys({"wasBijlageVanKlantcontact", "bijlageidentificator"}),
          {{"wasBijlageVanKlantcontact", R::Klantcontacten}}}},
        // The addresses a partij edit adds or changes (issue 14, item 2).
        {R::DigitaleAdressen,
         {keys({"verstrektDoorBetrokkene", "verstrektDoorPartij", "adres", "soortDigitaalAdres", "isStandaardAdres",
                "omschrijving", "referentie", "verificatieDatum"}),
          {{"verstrektDoorBetrokkene", R::Betrokkenen}, {"verstrektDoorPartij", R::Partijen}}}},
        {R::Actoren, {keys({"naam", "soortActor", "indicatieActief", "actoridentificator", "actorIdentificatie"}), {}}},
        {R::ActorKlantcontacten,
         {keys({"actor", "klantcontact"}), {{"actor", R::Actoren}, {"klantcontact", R::Klantcontacten}}}},
        {R::InterneTaken,
         {keys({"nummer", "referentienummer", "gevraagdeHandeling", "aanleidinggevendKlantcontact",
                "toegewezenAanActoren", "toelichting", "status", "afgehandeldOp"}),
          {{"aanleidinggevendKlantcontact", R::Klantcontacten}, {"toegewezenAanActoren", R::Actoren}}}},
    };
    static const Shape none;
    const auto it = shapes.constFind(resource);
    return it == shapes.cend() ? none : *it;
}

bool sameValue(const QJsonValue &mine, const QJsonValue &theirs)
{
    if (mine.isObject()) {
        if (!theirs.isObject())
            return mine.toObject().isEmpty() && theirs.isNull();
        return RequestBody::matches(mine.toObject(), theirs.toObject());
    }
    if (mine.isArray()) {
        const QJsonArray a = mine.toArray();
        const QJsonArray b = theirs.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameValue(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (mine.isString()) {
        // A blank string and an absent or null value are the same to Open Klant; times are
        // compared as times (the server may write another number of fraction digits).
        if (mine.toString().isEmpty())
            return theirs.toString().isEmpty();
        int myMicros = 0;
        int theirMicros = 0;
        const std::optional<QDateTime> myTime = ApiJson::parseDateTime(mine.toString(), &myMicros);
        const std::optional<QDateTime> theirTime = ApiJson::parseDateTime(theirs.toString(), &theirMicros);
        if (myTime && theirTime)
            return *myTime == *theirTime && myMicros == theirMicros;
        return mine.toString() == theirs.toString();
    }
    return mine == theirs;
}

bool blank(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString())
        return value.toString().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(), [](const QJsonValue &item) { return blank(item); });
    }
    return false;
}

bool equivalent(const QJsonValue &a, const QJsonValue &b)
{
    if (blank(a) && blank(b))
        return true;
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        for (const QString &key : x.keys() + y.keys()) {
            if (!equivalent(x.value(key), y.value(key)))
                return false;
        }
        return true;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!equivalent(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isString() && b.isString())
        return sameValue(a, b);
    return a == b;
}

QString uuidOf(const QJsonValue &reference)
{
    return reference.toObject().value(QStringLiteral("uuid")).toString();
}

} // namespace

Result<QJsonObject> RequestBody::build(ApiResource resource, const QJsonObject &document, const ServerUuid &serverUuid)
{
    const Shape &s = shape(resource);
    QJsonObject body;
    for (const QString &key : s.writable) {
        if (document.contains(key))
            body.insert(key, document.value(key));
    }
    for (const Reference &reference : s.references) {
        const QString key = QString::fromLatin1(reference.key);
        const QJsonValue value = body.value(key);
        const auto map = [&](const QJsonValue &item) -> std::optional<QJsonValue> {
            const QUuid local = QUuid::fromString(uuidOf(item));
            const std::optional<QUuid> server = serverUuid(reference.target, local);
            if (!server)
                return std::nullopt;
            return QJsonObject{{QStringLiteral("uuid"), server->toString(QUuid::WithoutBraces)}};
        };
        const Error missing{tr("%1 refers to a %2 record that is not on the server (%3).")
                                .arg(key, resourcePath(reference.target), uuidOf(value)),
                            {{key, tr("Not on the server yet.")}}};
        if (value.isObject()) {
            const std::optional<QJsonValue> mapped = map(value);
            if (!mapped)
                return missing;
            body.insert(key, *mapped);
        } else if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray()) {
                const std::optional<QJsonValue> mapped = map(item);
                if (!mapped)
                    return missing;
                array.append(*mapped);
            }
            body.insert(key, array);
        }
    }
    return body;
}

std::optional<QUrlQuery> RequestBody::lookupQuery(ApiResource resource, const QJsonObject &body)
{
    QUrlQuery query;
    const auto add = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(name), value);
    };
    const auto text = [&](const char *key) { return body.value(QString::fromLatin1(key)).toString(); };
    const auto reference = [&](const char *key) { return uuidOf(body.value(QString::fromLatin1(key))); };
    switch (resource) {
    case ApiResource::Klantcontacten:
    case ApiResource::InterneTaken:
        // The desk sends its own referentienummer, which the spec lets a client filter on.
        add("referentienummer", text("referentienummer"));
        break;
    case ApiResource::Partijen:
        add("nummer", text("nummer"));
        break;
    case ApiResource::PartijIdentificatoren: {
        const QJsonObject group = body.value(QStringLiteral("partijIdentificator")).toObject();
        add("partijIdentificatorObjectId", group.value(QStringLiteral("objectId")).toString());
        add("partijIdentificatorCodeSoortObjectId", group.value(QStringLiteral("codeSoortObjectId")).toString());
        break;
    }
    case ApiResource::Betrokkenen:
        add("hadKlantcontact__uuid", reference("hadKlantcontact"));
        break;
    case ApiResource::Onderwerpobjecten:
        add("klantcontact__uuid", reference("klantcontact"));
        break;
    case ApiResource::Bijlagen:
        add("klantcontact__uuid", reference("wasBijlageVanKlantcontact"));
        break;
    case ApiResource::ActorKlantcontacten:
        add("actor__uuid", reference("actor"));
        add("klantcontact__uuid", reference("klantcontact"));
        break;
    case ApiResource::Actoren:
        add("naam", text("naam"));
        break;
    case ApiResource::DigitaleAdressen:
        // By whom it was given (a partij or, one-off, a betrokkene) and its kind; matches() then
        // compares the address itself. Not by `adres`: a phone number's '+' would need encoding
        // the query does not give it.
        add("verstrektDoorPartij__uuid", reference("verstrektDoorPartij"));
        add("verstrektDoorBetrokkene__uuid", reference("verstrektDoorBetrokkene"));
        if (!query.isEmpty())
            add("soortDigitaalAdres", text("soortDigitaalAdres"));
        break;
    case ApiResource::Rekeningnummers:
    case ApiResource::Vertegenwoordigingen:
        break;
    }
    if (query.isEmpty())
        return std::nullopt;
    return query;
}

bool RequestBody::matches(const QJsonObject &body, const QJsonObject &candidate)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!sameValue(it.value(), candidate.value(it.key())))
            return false;
    }
    return true;
}

bool RequestBody::sameVersion(ApiResource resource, const QJsonObject &a, const QJsonObject &b)
{
    const QStringList &keys = shape(resource).writable;
    return std::all_of(keys.begin(), keys.end(),
                       [&](const QString &key) { return equivalent(a.value(key), b.value(key)); });
}

} // namespace kcc::sync
