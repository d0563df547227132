#include "model/callflow/contactsession.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonValue>

namespace kcc {

namespace {

// Keys are spelled once here so that toJson and fromJson cannot drift apart.
QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QJsonValue optionalUuid(const std::optional<QUuid> &uuid)
{
    return uuid ? QJsonValue(uuidText(*uuid)) : QJsonValue(QJsonValue::Null);
}

std::optional<QUuid> readOptionalUuid(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return QUuid::fromString(value.toString());
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> readOptionalBool(const QJsonValue &value)
{
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QString dateTimeText(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readDateTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

template<typename E>
E readEnum(const QJsonValue &value, E fallback)
{
    return fromCode<E>(value.toString()).value_or(fallback);
}

QJsonObject toJson(const Contactnaam &naam)
{
    return {{QStringLiteral("voorletters"), naam.voorletters},
            {QStringLiteral("voornaam"), naam.voornaam},
            {QStringLiteral("voorvoegselAchternaam"), naam.voorvoegselAchternaam},
            {QStringLiteral("achternaam"), naam.achternaam}};
}

Contactnaam contactnaamFromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("voorletters")).toString(), json.value(QStringLiteral("voornaam")).toString(),
            json.value(QStringLiteral("voorvoegselAchternaam")).toString(),
            json.value(QStringLiteral("achternaam")).toString()};
}

// An address in a draft: every sub-field as typed; absent when none was given.
QJsonValue toJson(const std::optional<Adres> &adres)
{
    if (!adres)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("nummeraanduidingId"), adres->nummeraanduidingId},
        {QStringLiteral("straatnaam"), adres->straatnaam},
        {QStringLiteral("huisnummer"), adres->huisnummer ? QJsonValue(*adres->huisnummer) : QJsonValue()},
        {QStringLiteral("huisnummertoevoeging"), adres->huisnummertoevoeging},
        {QStringLiteral("postcode"), adres->postcode},
        {QStringLiteral("stad"), adres->stad},
        {QStringLiteral("adresregel1"), adres->adresregel1},
        {QStringLiteral("adresregel2"), adres->adresregel2},
        {QStringLiteral("adresregel3"), adres->adresregel3},
        {QStringLiteral("land"), adres->land}};
}

std::optional<Adres> adresFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    Adres adres;
    adres.nummeraanduidingId = json.value(QStringLiteral("nummeraanduidingId")).toString();
    adres.straatnaam = json.value(QStringLiteral("straatnaam")).toString();
    if (json.value(QStringLiteral("huisnummer")).isDouble())
        adres.huisnummer = json.value(QStringLiteral("huisnummer")).toInt();
    adres.huisnummertoevoeging = json.value(QStringLiteral("huisnummertoevoeging")).toString();
    adres.postcode = json.value(QStringLiteral("postcode")).toString();
    adres.stad = json.value(QStringLiteral("stad")).toString();
    adres.adresregel1 = json.value(QStringLiteral("adresregel1")).toString();
    adres.adresregel2 = json.value(QStringLiteral("adresregel2")).toString();
    adres.adresregel3 = json.value(QStringLiteral("adresregel3")).toString();
    adres.land = json.value(QStringLiteral("land")).toString();
    return adres;
}

QJsonObject toJson(const ObjectIdentificator &id)
{
    return {{QStringLiteral("objectId"), id.objectId},
            {QStringLiteral("codeObjecttype"), id.codeObjecttype},
            {QStringLiteral("codeRegister"), id.codeRegister},
            {QStringLiteral("codeSoortObjectId"), id.codeSoortObjectId}};
}

ObjectIdentificator identificatorFromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("objectId")).toString(), json.value(QStringLiteral("codeObjecttype")).toString(),
            json.value(QStringLiteral("codeRegister")).toString(),
            json.value(QStringLiteral("codeSoortObjectId")).toString()};
}

QJsonArray toJson(const QList<ContactDetail> &details)
{
    QJsonArray array;
    for (const ContactDetail &detail : details) {
        array.append(QJsonObject{{QStringLiteral("soort"), toCode(detail.soort)},
                                 {QStringLiteral("adres"), detail.adres},
                                 {QStringLiteral("omschrijving"), detail.omschrijving}});
    }
    return array;
}

QList<ContactDetail> detailsFromJson(const QJsonArray &array)
{
    QList<ContactDetail> details;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        details.append({readEnum(json.value(QStringLiteral("soort")), SoortDigitaalAdres::Telefoonnummer),
                        json.value(QStringLiteral("adres")).toString(),
                        json.value(QStringLiteral("omschrijving")).toString()});
    }
    return details;
}

QJsonArray uuidArray(const QList<QUuid> &uuids)
{
    QJsonArray array;
    for (const QUuid &uuid : uuids)
        array.append(uuidText(uuid));
    return array;
}

QList<QUuid> uuidsFromJson(const QJsonArray &array)
{
    QList<QUuid> uuids;
    for (const QJsonValue &value : array)
        uuids.append(QUuid::fromString(value.toString()));
    return uuids;
}

QJsonObject toJson(const SessionOnderwerp &o)
{
    QJsonArray objecten;
    for (const SessionOnderwerpobject &object : o.onderwerpobjecten) {
        objecten.append(QJsonObject{{QStringLiteral("wasKlantcontact"), optionalUuid(object.wasKlantcontact)},
                                    {QStringLiteral("identificator"), toJson(object.identificator)}});
    }
    QJsonArray bijlagen;
    for (const ObjectIdentificator &bijlage : o.bijlagen)
        bijlagen.append(toJson(bijlage));

    QJsonObject json{{QStringLiteral("onderwerp"), o.onderwerp},
                     {QStringLiteral("inhoud"), o.inhoud},
                     {QStringLiteral("reactie"), o.reactie},
                     {QStringLiteral("vertrouwelijk"), o.vertrouwelijk},
                     {QStringLiteral("taal"), o.taal},
                     {QStringLiteral("indicatieContactGelukt"), optionalBool(o.indicatieContactGelukt)},
                     {QStringLiteral("plaatsgevondenOp"), dateTimeText(o.plaatsgevondenOp)},
                     {QStringLiteral("onderwerpobjecten"), objecten},
                     {QStringLiteral("bijlagen"), bijlagen},
                     {QStringLiteral("afhandeling"), o.afhandeling},
                     {QStringLiteral("afhandelingGekozen"), o.afhandelingGekozen}};
    if (o.interneTaak) {
        json.insert(QStringLiteral("interneTaak"),
                    QJsonObject{{QStringLiteral("gevraagdeHandelingCode"), o.interneTaak->gevraagdeHandelingCode},
                                {QStringLiteral("gevraagdeHandeling"), o.interneTaak->gevraagdeHandeling},
                                {QStringLiteral("toegewezenAan"), uuidArray(o.interneTaak->toegewezenAan)},
                                {QStringLiteral("toelichting"), o.interneTaak->toelichting}});
    }
    if (o.doorverbinding) {
        json.insert(QStringLiteral("doorverbinding"),
                    QJsonObject{{QStringLiteral("collega"), uuidText(o.doorverbinding->collega)},
                                {QStringLiteral("tekst"), o.doorverbinding->tekst}});
    }
    return json;
}

SessionOnderwerp onderwerpFromJson(const QJsonObject &json)
{
    SessionOnderwerp o;
    o.onderwerp = json.value(QStringLiteral("onderwerp")).toString();
    o.inhoud = json.value(QStringLiteral("inhoud")).toString();
    o.reactie = json.value(QStringLiteral("reactie")).toString();
    o.vertrouwelijk = json.value(QStringLiteral("vertrouwelijk")).toBool();
    o.taal = json.value(QStringLiteral("taal")).toString(QStringLiteral("nld"));
    o.indicatieContactGelukt = readOptionalBool(json.value(QStringLiteral("indicatieContactGelukt")));
    o.plaatsgevondenOp = readDateTime(json.value(QStringLiteral("plaatsgevondenOp")));
    for (const QJsonValue &value : json.value(QStringLiteral("onderwerpobjecten")).toArray()) {
        const QJsonObject object = value.toObject();
        o.onderwerpobjecten.append({readOptionalUuid(object.value(QStringLiteral("wasKlantcontact"))),
                                    identificatorFromJson(object.value(QStringLiteral("identificator")).toObject())});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("bijlagen")).toArray())
        o.bijlagen.append(identificatorFromJson(value.toObject()));
    o.afhandeling = json.value(QStringLiteral("afhandeling")).toString();
    o.afhandelingGekozen = json.value(QStringLiteral("afhandelingGekozen")).toBool();
    if (const QJsonValue taak = json.value(QStringLiteral("interneTaak")); taak.isObject()) {
        const QJsonObject t = taak.toObject();
        o.interneTaak = SessionInterneTaak{t.value(QStringLiteral("gevraagdeHandelingCode")).toString(),
                                           t.value(QStringLiteral("gevraagdeHandeling")).toString(),
                                           uuidsFromJson(t.value(QStringLiteral("toegewezenAan")).toArray()),
                                           t.value(QStringLiteral("toelichting")).toString()};
    }
    if (const QJsonValue door = json.value(QStringLiteral("doorverbinding")); door.isObject()) {
        const QJsonObject d = door.toObject();
        o.doorverbinding = Doorverbinding{QUuid::fromString(d.value(QStringLiteral("collega")).toString()),
                                          d.value(QStringLiteral("tekst")).toString()};
    }
    return o;
}

QString partijKeuzeCode(ContactSession::PartijKeuze keuze)
{
    switch (keuze) {
    case ContactSession::PartijKeuze::Gevonden:
        return QStringLiteral("gevonden");
    case ContactSession::PartijKeuze::Nieuw:
        return QStringLiteral("nieuw");
    case ContactSession::PartijKeuze::Geen:
        break;
    }
    return QStringLiteral("geen");
}

ContactSession::PartijKeuze partijKeuzeFromCode(const QString &code)
{
    if (code == QLatin1String("gevonden"))
        return ContactSession::PartijKeuze::Gevonden;
    if (code == QLatin1String("nieuw"))
        return ContactSession::PartijKeuze::Nieuw;
    return ContactSession::PartijKeuze::Geen;
}

} // namespace

SessionOnderwerpobject SessionOnderwerpobject::zaak(const QString &zaakId)
{
    const QString id = zaakId.trimmed();
    const bool isUuid = !QUuid::fromString(id).isNull();
    return {std::nullopt,
            {id, QStringLiteral("zaak"), QStringLiteral("open-zaak"),
             isUuid ? QStringLiteral("uuid") : QStringLiteral("zaaknummer")}};
}

SessionOnderwerpobject SessionOnderwerpobject::eerderKlantcontact(const QUuid &klantcontact)
{
    return {klantcontact, {}};
}

QString SessionOnderwerp::effectiveAfhandeling() const
{
    if (afhandelingGekozen && !afhandeling.isEmpty())
        return afhandeling;
    if (interneTaak)
        return QStringLiteral("terugbelverzoek");
    if (doorverbinding)
        return QStringLiteral("doorverbonden");
    return QStringLiteral("zelfstandig_afgehandeld");
}

ContactSession ContactSession::start(const QUuid &medewerker, const QString &kanaal, const QDateTime &now)
{
    ContactSession session;
    session.uuid = QUuid::createUuid();
    session.kanaal = kanaal;
    session.startedAt = now.toUTC();
    session.medewerker = medewerker;
    session.addOnderwerp();
    return session;
}

int ContactSession::addOnderwerp()
{
    SessionOnderwerp onderwerp;
    onderwerp.plaatsgevondenOp = startedAt;
    onderwerpen.append(onderwerp);
    return int(onderwerpen.size()) - 1;
}

bool ContactSession::followUpNeeded() const
{
    return std::any_of(onderwerpen.cbegin(), onderwerpen.cend(),
                       [](const SessionOnderwerp &o) { return o.interneTaak.has_value(); });
}

QJsonObject ContactSession::toJson() const
{
    QJsonArray onderwerpenJson;
    for (const SessionOnderwerp &onderwerp : onderwerpen)
        onderwerpenJson.append(kcc::toJson(onderwerp));

    const QJsonObject nieuw{{QStringLiteral("soortPartij"), toCode(nieuwePartij.soortPartij)},
                            {QStringLiteral("contactnaam"), kcc::toJson(nieuwePartij.contactnaam)},
                            {QStringLiteral("organisatieNaam"), nieuwePartij.organisatieNaam},
                            {QStringLiteral("bsn"), nieuwePartij.bsn},
                            {QStringLiteral("voorkeurstaal"), nieuwePartij.voorkeurstaal},
                            {QStringLiteral("digitaleAdressen"), kcc::toJson(nieuwePartij.digitaleAdressen)},
                            {QStringLiteral("voorkeursAdres"), nieuwePartij.voorkeursAdres},
                            {QStringLiteral("bezoekadres"), kcc::toJson(nieuwePartij.bezoekadres)},
                            {QStringLiteral("indicatieGeheimhouding"), nieuwePartij.indicatieGeheimhouding}};
    const QJsonObject betrokkeneJson{
        {QStringLiteral("rol"), toCode(betrokkene.rol)},
        {QStringLiteral("initiator"), betrokkene.initiator},
        {QStringLiteral("contactnaam"), kcc::toJson(betrokkene.contactnaam)},
        {QStringLiteral("organisatienaam"), betrokkene.organisatienaam},
        {QStringLiteral("digitaleAdressen"), kcc::toJson(betrokkene.digitaleAdressen)},
        {QStringLiteral("correspondentieadres"), kcc::toJson(betrokkene.correspondentieadres)},
        {QStringLiteral("vertegenwoordigde"),
         betrokkene.vertegenwoordigde ? QJsonValue(betrokkene.vertegenwoordigde->toString(QUuid::WithoutBraces))
                                      : QJsonValue()},
        {QStringLiteral("vertegenwoordigdeNaam"), betrokkene.vertegenwoordigdeNaam}};

    return {{QStringLiteral("formaat"), 1},
            {QStringLiteral("uuid"), uuidText(uuid)},
            {QStringLiteral("kanaal"), kanaal},
            {QStringLiteral("startedAt"), dateTimeText(startedAt)},
            {QStringLiteral("gesprekSeconden"), gesprekSeconden},
            {QStringLiteral("nawerkSeconden"), nawerkSeconden},
            {QStringLiteral("medewerker"), uuidText(medewerker)},
            {QStringLiteral("inkomendNummer"), inkomendNummer},
            {QStringLiteral("notities"), notities},
            {QStringLiteral("partijKeuze"), partijKeuzeCode(partijKeuze)},
            {QStringLiteral("partij"), optionalUuid(partij)},
            {QStringLiteral("nieuwePartij"), nieuw},
            {QStringLiteral("geauthenticeerd"), geauthenticeerd},
            {QStringLiteral("authenticatiemethode"), authenticatiemethode},
            {QStringLiteral("toestemmingHergebruik"), toestemmingHergebruik},
            {QStringLiteral("toestemmingEerderGegeven"), toestemmingEerderGegeven},
            {QStringLiteral("betrokkene"), betrokkeneJson},
            {QStringLiteral("onderwerpen"), onderwerpenJson}};
}

ContactSession ContactSession::fromJson(const QJsonObject &json)
{
    ContactSession s;
    s.uuid = QUuid::fromString(json.value(QStringLiteral("uuid")).toString());
    s.kanaal = json.value(QStringLiteral("kanaal")).toString();
    s.startedAt = readDateTime(json.value(QStringLiteral("startedAt")));
    s.gesprekSeconden = json.value(QStringLiteral("gesprekSeconden")).toInt();
    s.nawerkSeconden = json.value(QStringLiteral("nawerkSeconden")).toInt();
    s.medewerker = QUuid::fromString(json.value(QStringLiteral("medewerker")).toString());
    s.inkomendNummer = json.value(QStringLiteral("inkomendNummer")).toString();
    s.notities = json.value(QStringLiteral("notities")).toString();
    s.partijKeuze = partijKeuzeFromCode(json.value(QStringLiteral("partijKeuze")).toString());
    s.partij = readOptionalUuid(json.value(QStringLiteral("partij")));

    const QJsonObject nieuw = json.value(QStringLiteral("nieuwePartij")).toObject();
    s.nieuwePartij.soortPartij = readEnum(nieuw.value(QStringLiteral("soortPartij")), SoortPartij::Persoon);
    s.nieuwePartij.contactnaam = contactnaamFromJson(nieuw.value(QStringLiteral("contactnaam")).toObject());
    s.nieuwePartij.organisatieNaam = nieuw.value(QStringLiteral("organisatieNaam")).toString();
    s.nieuwePartij.bsn = nieuw.value(QStringLiteral("bsn")).toString();
    s.nieuwePartij.voorkeurstaal = nieuw.value(QStringLiteral("voorkeurstaal")).toString(QStringLiteral("nld"));
    s.nieuwePartij.digitaleAdressen = detailsFromJson(nieuw.value(QStringLiteral("digitaleAdressen")).toArray());
    s.nieuwePartij.voorkeursAdres = nieuw.value(QStringLiteral("voorkeursAdres")).toInt(0);
    s.nieuwePartij.bezoekadres = adresFromJson(nieuw.value(QStringLiteral("bezoekadres")));
    s.nieuwePartij.indicatieGeheimhouding = nieuw.value(QStringLiteral("indicatieGeheimhouding")).toBool(false);

    s.geauthenticeerd = json.value(QStringLiteral("geauthenticeerd")).toBool();
    s.authenticatiemethode = json.value(QStringLiteral("authenticatiemethode")).toString();
    s.toestemmingHergebruik = json.value(QStringLiteral("toestemmingHergebruik")).toBool();
    s.toestemmingEerderGegeven = json.value(QStringLiteral("toestemmingEerderGegeven")).toBool();

    const QJsonObject b = json.value(QStringLiteral("betrokkene")).toObject();
    s.betrokkene.rol = readEnum(b.value(QStringLiteral("rol")), Rol::Klant);
    s.betrokkene.initiator = b.value(QStringLiteral("initiator")).toBool(true);
    s.betrokkene.contactnaam = contactnaamFromJson(b.value(QStringLiteral("contactnaam")).toObject());
    s.betrokkene.organisatienaam = b.value(QStringLiteral("organisatienaam")).toString();
    s.betrokkene.digitaleAdressen = detailsFromJson(b.value(QStringLiteral("digitaleAdressen")).toArray());
    s.betrokkene.correspondentieadres = adresFromJson(b.value(QStringLiteral("correspondentieadres")));
    if (const QUuid vertegenwoordigde = QUuid::fromString(b.value(QStringLiteral("vertegenwoordigde")).toString());
        !vertegenwoordigde.isNull())
        s.betrokkene.vertegenwoordigde = vertegenwoordigde;
    s.betrokkene.vertegenwoordigdeNaam = b.value(QStringLiteral("vertegenwoordigdeNaam")).toString();

    for (const QJsonValue &value : json.value(QStringLiteral("onderwerpen")).toArray())
        s.onderwerpen.append(onderwerpFromJson(value.toObject()));
    return s;
}

} // namespace kcc
