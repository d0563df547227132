#include "model/apijson/apijson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace kcc {
namespace {

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject objectIdentificatorJson(const ObjectIdentificator &identificator)
{
    return QJsonObject{
        {QStringLiteral("objectId"), identificator.objectId},
        {QStringLiteral("codeObjecttype"), identificator.codeObjecttype},
        {QStringLiteral("codeRegister"), identificator.codeRegister},
        {QStringLiteral("codeSoortObjectId"), identificator.codeSoortObjectId},
    };
}

QJsonValue objectIdentificatorJson(const std::optional<ObjectIdentificator> &identificator)
{
    return identificator ? QJsonValue(objectIdentificatorJson(*identificator)) : QJsonValue(QJsonValue::Null);
}

QJsonValue contactnaamJson(const std::optional<Contactnaam> &naam)
{
    if (!naam)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("voorletters"), naam->voorletters},
        {QStringLiteral("voornaam"), naam->voornaam},
        {QStringLiteral("voorvoegselAchternaam"), naam->voorvoegselAchternaam},
        {QStringLiteral("achternaam"), naam->achternaam},
    };
}

QString volledigeNaam(const std::optional<Contactnaam> &naam)
{
    return naam ? naam->volledigeNaam() : QString();
}

} // namespace

QString resourcePath(ApiResource resource)
{
    switch (resource) {
    case ApiResource::Partijen:
        return QStringLiteral("partijen");
    case ApiResource::PartijIdentificatoren:
        return QStringLiteral("partij-identificatoren");
    case ApiResource::DigitaleAdressen:
        return QStringLiteral("digitaleadressen");
    case ApiResource::Rekeningnummers:
        return QStringLiteral("rekeningnummers");
    case ApiResource::Vertegenwoordigingen:
        return QStringLiteral("vertegenwoordigingen");
    case ApiResource::Klantcontacten:
        return QStringLiteral("klantcontacten");
    case ApiResource::Betrokkenen:
        return QStringLiteral("betrokkenen");
    case ApiResource::Onderwerpobjecten:
        return QStringLiteral("onderwerpobjecten");
    case ApiResource::Bijlagen:
        return QStringLiteral("bijlagen");
    case ApiResource::Actoren:
        return QStringLiteral("actoren");
    case ApiResource::ActorKlantcontacten:
        return QStringLiteral("actorklantcontacten");
    case ApiResource::InterneTaken:
        return QStringLiteral("internetaken");
    }
    Q_UNREACHABLE();
    return {};
}

QUrl ApiJson::defaultBaseUrl()
{
    return QUrl(QStringLiteral("http://localhost:8000/klantinteracties/api/v1"));
}

ApiJson::ApiJson(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
    , m_base(m_baseUrl.toString())
{
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
}

QString ApiJson::url(ApiResource resource, const QUuid &uuid) const
{
    return m_base % QLatin1Char('/') % resourcePath(resource) % QLatin1Char('/') % uuid.toString(QUuid::WithoutBraces);
}

QJsonObject ApiJson::reference(ApiResource resource, const QUuid &uuid) const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("url"), url(resource, uuid)},
    };
}

// --- writers -------------------------------------------------------------------------------

namespace {

// Small helpers that need the base URL and the blank-field policy.
class Writer
{
public:
    explicit Writer(const ApiJson &api)
        : m_api(api)
    {
    }

    QJsonValue ref(ApiResource resource, const std::optional<QUuid> &uuid) const
    {
        return uuid ? QJsonValue(m_api.reference(resource, *uuid)) : QJsonValue(QJsonValue::Null);
    }

    QJsonArray refs(ApiResource resource, const QList<QUuid> &uuids) const
    {
        QJsonArray array;
        for (const QUuid &uuid : uuids)
            array.append(m_api.reference(resource, uuid));
        return array;
    }

    // A blank optional string whose schema pattern/format/minLength rejects "" (see apijson.h).
    void patterned(QJsonObject &object, const QString &key, const QString &value) const
    {
        if (!value.isEmpty() || m_api.writeBlankPatternFields())
            object.insert(key, value);
    }

    QJsonValue adres(const std::optional<Adres> &adres) const
    {
        if (!adres)
            return QJsonValue(QJsonValue::Null);
        QJsonObject object{
            {QStringLiteral("straatnaam"), adres->straatnaam},
            {QStringLiteral("huisnummer"),
             adres->huisnummer ? QJsonValue(*adres->huisnummer) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("huisnummertoevoeging"), adres->huisnummertoevoeging},
            {QStringLiteral("stad"), adres->stad},
            {QStringLiteral("adresregel1"), adres->adresregel1},
            {QStringLiteral("adresregel2"), adres->adresregel2},
            {QStringLiteral("adresregel3"), adres->adresregel3},
        };
        patterned(object, QStringLiteral("nummeraanduidingId"), adres->nummeraanduidingId);
        patterned(object, QStringLiteral("postcode"), adres->postcode);
        patterned(object, QStringLiteral("land"), adres->land);
        return object;
    }

    QJsonObject start(ApiResource resource, const QUuid &uuid) const
    {
        return QJsonObject{
            {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("url"), m_api.url(resource, uuid)},
        };
    }

private:
    const ApiJson &m_api;
};

} // namespace

QJsonObject ApiJson::toJson(const Partij &partij, const PartijRelaties &relaties) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Partijen, partij.uuid);
    object.insert(QStringLiteral("nummer"), nullable(partij.nummer));
    object.insert(QStringLiteral("interneNotitie"), partij.interneNotitie);
    object.insert(QStringLiteral("betrokkenen"), w.refs(ApiResource::Betrokkenen, relaties.betrokkenen));
    // We do not model categorieën (EXPERIMENTAL in the API), so there are never any relations.
    object.insert(QStringLiteral("categorieRelaties"), QJsonArray());
    object.insert(QStringLiteral("digitaleAdressen"), w.refs(ApiResource::DigitaleAdressen, relaties.digitaleAdressen));
    object.insert(QStringLiteral("voorkeursDigitaalAdres"),
                  w.ref(ApiResource::DigitaleAdressen, partij.voorkeursDigitaalAdres));
    object.insert(QStringLiteral("vertegenwoordigden"), w.refs(ApiResource::Partijen, relaties.vertegenwoordigden));
    object.insert(QStringLiteral("rekeningnummers"), w.refs(ApiResource::Rekeningnummers, relaties.rekeningnummers));
    object.insert(QStringLiteral("voorkeursRekeningnummer"),
                  w.ref(ApiResource::Rekeningnummers, partij.voorkeursRekeningnummer));
    QJsonArray identificatoren;
    for (const PartijIdentificator &identificator : relaties.partijIdentificatoren)
        identificatoren.append(toJson(identificator));
    object.insert(QStringLiteral("partijIdentificatoren"), identificatoren);
    object.insert(QStringLiteral("soortPartij"), toCode(partij.soortPartij));
    object.insert(QStringLiteral("indicatieGeheimhouding"), nullable(partij.indicatieGeheimhouding));
    object.insert(QStringLiteral("voorkeurstaal"), partij.voorkeurstaal);
    object.insert(QStringLiteral("indicatieActief"), partij.indicatieActief);
    object.insert(QStringLiteral("bezoekadres"), w.adres(partij.bezoekadres));
    object.insert(QStringLiteral("correspondentieadres"), w.adres(partij.correspondentieadres));

    if (partij.heeftPartijIdentificatie) {
        QJsonObject identificatie;
        switch (partij.soortPartij) {
        case SoortPartij::Persoon:
            identificatie.insert(QStringLiteral("contactnaam"), contactnaamJson(partij.contactnaam));
            identificatie.insert(QStringLiteral("volledigeNaam"), volledigeNaam(partij.contactnaam));
            break;
        case SoortPartij::Organisatie:
            identificatie.insert(QStringLiteral("naam"), partij.organisatieNaam);
            break;
        case SoortPartij::Contactpersoon:
            if (partij.contactpersoonUuid)
                identificatie.insert(QStringLiteral("uuid"), partij.contactpersoonUuid->toString(QUuid::WithoutBraces));
            identificatie.insert(QStringLiteral("werkteVoorPartij"),
                                 w.ref(ApiResource::Partijen, partij.werkteVoorPartij));
            identificatie.insert(QStringLiteral("contactnaam"), contactnaamJson(partij.contactnaam));
            identificatie.insert(QStringLiteral("volledigeNaam"), volledigeNaam(partij.contactnaam));
            break;
        }
        object.insert(QStringLiteral("partijIdentificatie"), identificatie);
    }
    return object;
}

QJsonObject ApiJson::toJson(const PartijIdentificator &identificator) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::PartijIdentificatoren, identificator.uuid);
    object.insert(QStringLiteral("identificeerdePartij"),
                  w.ref(ApiResource::Partijen, identificator.identificeerdePartij));
    object.insert(QStringLiteral("anderePartijIdentificator"), identificator.anderePartijIdentificator);
    object.insert(QStringLiteral("partijIdentificator"),
                  QJsonObject{
                      {QStringLiteral("codeObjecttype"), toCode(identificator.codeObjecttype)},
                      {QStringLiteral("codeSoortObjectId"), toCode(identificator.codeSoortObjectId)},
                      {QStringLiteral("objectId"), identificator.objectId},
                      {QStringLiteral("codeRegister"), toCode(identificator.codeRegister)},
                  });
    object.insert(QStringLiteral("subIdentificatorVan"),
                  w.ref(ApiResource::PartijIdentificatoren, identificator.subIdentificatorVan));
    return object;
}

QJsonObject ApiJson::toJson(const DigitaalAdres &adres) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::DigitaleAdressen, adres.uuid);
    object.insert(QStringLiteral("verstrektDoorBetrokkene"),
                  w.ref(ApiResource::Betrokkenen, adres.verstrektDoorBetrokkene));
    object.insert(QStringLiteral("verstrektDoorPartij"), w.ref(ApiResource::Partijen, adres.verstrektDoorPartij));
    object.insert(QStringLiteral("adres"), adres.adres);
    object.insert(QStringLiteral("soortDigitaalAdres"), toCode(adres.soortDigitaalAdres));
    object.insert(QStringLiteral("isStandaardAdres"), adres.isStandaardAdres);
    object.insert(QStringLiteral("omschrijving"), adres.omschrijving);
    w.patterned(object, QStringLiteral("referentie"), adres.referentie);
    object.insert(QStringLiteral("verificatieDatum"), adres.verificatieDatum
                                                          ? QJsonValue(formatDate(*adres.verificatieDatum))
                                                          : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject ApiJson::toJson(const Rekeningnummer &rekeningnummer) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Rekeningnummers, rekeningnummer.uuid);
    object.insert(QStringLiteral("partij"), w.ref(ApiResource::Partijen, rekeningnummer.partij));
    object.insert(QStringLiteral("iban"), rekeningnummer.iban);
    w.patterned(object, QStringLiteral("bic"), rekeningnummer.bic);
    return object;
}

QJsonObject ApiJson::toJson(const Vertegenwoordiging &vertegenwoordiging) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Vertegenwoordigingen, vertegenwoordiging.uuid);
    object.insert(QStringLiteral("vertegenwoordigendePartij"),
                  reference(ApiResource::Partijen, vertegenwoordiging.vertegenwoordigendePartij));
    object.insert(QStringLiteral("vertegenwoordigdePartij"),
                  reference(ApiResource::Partijen, vertegenwoordiging.vertegenwoordigdePartij));
    return object;
}

QJsonObject ApiJson::toJson(const Klantcontact &klantcontact, const KlantcontactRelaties &relaties) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Klantcontacten, klantcontact.uuid);
    object.insert(QStringLiteral("gingOverOnderwerpobjecten"),
                  w.refs(ApiResource::Onderwerpobjecten, relaties.gingOverOnderwerpobjecten));
    QJsonArray actoren;
    for (const Actor &actor : relaties.hadBetrokkenActoren)
        actoren.append(toJson(actor));
    object.insert(QStringLiteral("hadBetrokkenActoren"), actoren);
    object.insert(QStringLiteral("omvatteBijlagen"), w.refs(ApiResource::Bijlagen, relaties.omvatteBijlagen));
    object.insert(QStringLiteral("hadBetrokkenen"), w.refs(ApiResource::Betrokkenen, relaties.hadBetrokkenen));
    object.insert(QStringLiteral("leiddeTotInterneTaken"),
                  w.refs(ApiResource::InterneTaken, relaties.leiddeTotInterneTaken));
    object.insert(QStringLiteral("nummer"), nullable(klantcontact.nummer));
    object.insert(QStringLiteral("referentienummer"), nullable(klantcontact.referentienummer));
    object.insert(QStringLiteral("kanaal"), klantcontact.kanaal);
    object.insert(QStringLiteral("onderwerp"), klantcontact.onderwerp);
    object.insert(QStringLiteral("inhoud"), klantcontact.inhoud);
    object.insert(QStringLiteral("reactie"), klantcontact.reactie);
    object.insert(QStringLiteral("indicatieContactGelukt"), nullable(klantcontact.indicatieContactGelukt));
    w.patterned(object, QStringLiteral("hoofdOnderwerpType"), klantcontact.hoofdOnderwerpType);
    object.insert(QStringLiteral("verdereActieOndernomen"), klantcontact.verdereActieOndernomen);
    object.insert(QStringLiteral("taal"), klantcontact.taal);
    object.insert(QStringLiteral("vertrouwelijk"), klantcontact.vertrouwelijk);
    object.insert(QStringLiteral("plaatsgevondenOp"),
                  formatDateTime(klantcontact.plaatsgevondenOp, klantcontact.plaatsgevondenOpMicros));
    QJsonObject metadata;
    for (const auto &[key, value] : klantcontact.metadata)
        metadata.insert(key, value);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonObject ApiJson::toJson(const Betrokkene &betrokkene, const BetrokkeneRelaties &relaties) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Betrokkenen, betrokkene.uuid);
    object.insert(QStringLiteral("wasPartij"), w.ref(ApiResource::Partijen, betrokkene.wasPartij));
    object.insert(QStringLiteral("hadKlantcontact"),
                  reference(ApiResource::Klantcontacten, betrokkene.hadKlantcontact));
    object.insert(QStringLiteral("digitaleAdressen"), w.refs(ApiResource::DigitaleAdressen, relaties.digitaleAdressen));
    object.insert(QStringLiteral("bezoekadres"), w.adres(betrokkene.bezoekadres));
    object.insert(QStringLiteral("correspondentieadres"), w.adres(betrokkene.correspondentieadres));
    object.insert(QStringLiteral("contactnaam"), contactnaamJson(betrokkene.contactnaam));
    object.insert(QStringLiteral("volledigeNaam"), volledigeNaam(betrokkene.contactnaam));
    object.insert(QStringLiteral("rol"), toCode(betrokkene.rol));
    object.insert(QStringLiteral("organisatienaam"), betrokkene.organisatienaam);
    object.insert(QStringLiteral("initiator"), betrokkene.initiator);
    return object;
}

QJsonObject ApiJson::toJson(const Onderwerpobject &onderwerpobject) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Onderwerpobjecten, onderwerpobject.uuid);
    object.insert(QStringLiteral("klantcontact"), w.ref(ApiResource::Klantcontacten, onderwerpobject.klantcontact));
    object.insert(QStringLiteral("wasKlantcontact"),
                  w.ref(ApiResource::Klantcontacten, onderwerpobject.wasKlantcontact));
    object.insert(QStringLiteral("onderwerpobjectidentificator"),
                  objectIdentificatorJson(onderwerpobject.onderwerpobjectidentificator));
    return object;
}

QJsonObject ApiJson::toJson(const Bijlage &bijlage) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Bijlagen, bijlage.uuid);
    object.insert(QStringLiteral("wasBijlageVanKlantcontact"),
                  w.ref(ApiResource::Klantcontacten, bijlage.wasBijlageVanKlantcontact));
    object.insert(QStringLiteral("bijlageidentificator"), objectIdentificatorJson(bijlage.bijlageidentificator));
    return object;
}

QJsonObject ApiJson::toJson(const Actor &actor) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::Actoren, actor.uuid);
    object.insert(QStringLiteral("naam"), actor.naam);
    object.insert(QStringLiteral("soortActor"), toCode(actor.soortActor));
    object.insert(QStringLiteral("indicatieActief"), actor.indicatieActief);
    object.insert(QStringLiteral("actoridentificator"), objectIdentificatorJson(actor.actoridentificator));
    if (actor.heeftActorIdentificatie) {
        QJsonObject identificatie;
        switch (actor.soortActor) {
        case SoortActor::Medewerker:
            identificatie.insert(QStringLiteral("functie"), actor.functie);
            w.patterned(identificatie, QStringLiteral("emailadres"), actor.emailadres);
            // Required by the schema, so written even when blank (which then fails validation).
            identificatie.insert(QStringLiteral("telefoonnummer"), actor.telefoonnummer);
            break;
        case SoortActor::GeautomatiseerdeActor:
            identificatie.insert(QStringLiteral("functie"), actor.functie);
            identificatie.insert(QStringLiteral("omschrijving"), actor.omschrijving);
            break;
        case SoortActor::OrganisatorischeEenheid:
            identificatie.insert(QStringLiteral("omschrijving"), actor.omschrijving);
            w.patterned(identificatie, QStringLiteral("emailadres"), actor.emailadres);
            identificatie.insert(QStringLiteral("faxnummer"), actor.faxnummer);
            w.patterned(identificatie, QStringLiteral("telefoonnummer"), actor.telefoonnummer);
            break;
        }
        object.insert(QStringLiteral("actorIdentificatie"), identificatie);
    }
    return object;
}

QJsonObject ApiJson::toJson(const ActorKlantcontact &link) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::ActorKlantcontacten, link.uuid);
    object.insert(QStringLiteral("actor"), reference(ApiResource::Actoren, link.actor));
    object.insert(QStringLiteral("klantcontact"), reference(ApiResource::Klantcontacten, link.klantcontact));
    return object;
}

QJsonObject ApiJson::toJson(const InterneTaak &taak) const
{
    const Writer w(*this);
    QJsonObject object = w.start(ApiResource::InterneTaken, taak.uuid);
    object.insert(QStringLiteral("nummer"), nullable(taak.nummer));
    object.insert(QStringLiteral("referentienummer"), nullable(taak.referentienummer));
    object.insert(QStringLiteral("gevraagdeHandeling"), taak.gevraagdeHandeling);
    object.insert(QStringLiteral("aanleidinggevendKlantcontact"),
                  reference(ApiResource::Klantcontacten, taak.aanleidinggevendKlantcontact));
    object.insert(QStringLiteral("toegewezenAanActoren"), w.refs(ApiResource::Actoren, taak.toegewezenAanActoren));
    // Deprecated, but Open Klant still writes it: the first actor in assignment order. The schema
    // does not allow null, so it is left out for a task without actors.
    if (!taak.toegewezenAanActoren.isEmpty())
        object.insert(QStringLiteral("toegewezenAanActor"),
                      reference(ApiResource::Actoren, taak.toegewezenAanActoren.constFirst()));
    object.insert(QStringLiteral("toelichting"), taak.toelichting);
    object.insert(QStringLiteral("status"), toCode(taak.status));
    object.insert(QStringLiteral("toegewezenOp"), formatDateTime(taak.toegewezenOp, taak.toegewezenOpMicros));
    object.insert(QStringLiteral("afgehandeldOp"),
                  taak.afgehandeldOp ? QJsonValue(formatDateTime(*taak.afgehandeldOp, taak.afgehandeldOpMicros))
                                     : QJsonValue(QJsonValue::Null));
    return object;
}

// --- dates ---------------------------------------------------------------------------------

QString ApiJson::formatDateTime(const QDateTime &dateTime, int micros)
{
    const QDateTime utc = dateTime.toUTC();
    if (micros > 0 && micros < 1000)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) %
               QStringLiteral("%1Z").arg(micros, 3, 10, QLatin1Char('0'));
    if (utc.time().msec() == 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

std::optional<QDateTime> ApiJson::parseDateTime(const QString &text, int *micros)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?"
                                                           ":\\.(\\d{1,9}))?(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    // Milliseconds go into the QDateTime, the next three digits into `micros`; the rest is dropped.
    const QString fraction = match.captured(7).leftJustified(6, QLatin1Char('0'), true);
    const int msec = fraction.left(3).toInt();
    if (micros)
        *micros = fraction.mid(3, 3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (match.captured(8).isEmpty()) {
        const int hours = match.captured(10).toInt();
        const int minutes = match.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (match.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString ApiJson::formatDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<QDate> ApiJson::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace kcc
