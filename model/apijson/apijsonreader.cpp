// The reading half of ApiJson (apijson.h): JSON -> domain, with field errors and validation.
#include "model/apijson/apijson.h"
#include "model/validation/validation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace kcc {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ApiJson)
};

// For the QT_TRANSLATE_NOOP("kcc::ApiJson", ...) texts passed around as data.
QString apiJsonText(const char *text)
{
    return QCoreApplication::translate("kcc::ApiJson", text);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

enum class Need
{
    Optional,
    Required
};

// Reads the keys of one JSON object, collecting field errors under a path prefix.
class Fields
{
public:
    Fields(const QJsonObject &object, QString prefix, FieldErrors &errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {
    }

    QString path(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix % QLatin1Char('.') % key; }
    void error(const QString &key, const QString &message) const { m_errors.append({path(key), message}); }

    bool present(const QString &key) const { return m_object.contains(key); }
    bool isNullOrAbsent(const QString &key) const { return !present(key) || m_object.value(key).isNull(); }

    // A key that must be there (and not null when it is not nullable).
    bool check(const QString &key, Need need) const
    {
        if (present(key))
            return true;
        if (need == Need::Required)
            error(key, Messages::tr("This field is required."));
        return false;
    }

    void wrongType(const QString &key, const char *expected) const
    {
        error(key, Messages::tr("Expected %1, got %2.").arg(apiJsonText(expected), jsonTypeName(m_object.value(key))));
    }

    QString string(const QString &key, Need need = Need::Optional) const
    {
        if (!check(key, need))
            return {};
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "a string"));
            return {};
        }
        return value.toString();
    }

    // nummer / referentienummer: null, absent and "" all mean "no number" (Open Klant wrote ""
    // for blank numbers before 2.16).
    std::optional<QString> nummer(const QString &key) const
    {
        if (isNullOrAbsent(key))
            return std::nullopt;
        const QString text = string(key);
        if (text.isEmpty())
            return std::nullopt;
        return text;
    }

    bool boolean(const QString &key, bool defaultValue, Need need = Need::Optional) const
    {
        if (!check(key, need))
            return defaultValue;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "true or false"));
            return defaultValue;
        }
        return value.toBool();
    }

    std::optional<bool> nullableBoolean(const QString &key) const
    {
        if (isNullOrAbsent(key))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "true, false or null"));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<int> nullableInteger(const QString &key) const
    {
        if (isNullOrAbsent(key))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "a whole number or null"));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    QUuid uuidValue(const QString &key, const QJsonValue &value) const
    {
        if (!value.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "a UUID string"));
            return {};
        }
        const QString text = value.toString();
        const QUuid uuid = text.size() == 36 ? QUuid::fromString(text) : QUuid();
        if (uuid.isNull()) {
            error(key, Messages::tr("Not a valid UUID: \"%1\".").arg(text));
            return {};
        }
        return uuid;
    }

    QUuid uuid(const QString &key, Need need = Need::Required) const
    {
        if (!check(key, need))
            return {};
        return uuidValue(key, m_object.value(key));
    }

    // {"uuid": ..., "url": ...}; only the uuid counts, as on the server (§1.4).
    std::optional<QUuid> referenceValue(const QString &key, const QJsonValue &value) const
    {
        if (!value.isObject()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "an object {\"uuid\", \"url\"}"));
            return std::nullopt;
        }
        const Fields inner(value.toObject(), path(key), m_errors);
        const QUuid uuid = inner.uuid(QStringLiteral("uuid"));
        if (uuid.isNull())
            return std::nullopt;
        return uuid;
    }

    std::optional<QUuid> nullableReference(const QString &key) const
    {
        if (isNullOrAbsent(key))
            return std::nullopt;
        return referenceValue(key, m_object.value(key));
    }

    QUuid reference(const QString &key) const
    {
        if (!check(key, Need::Required))
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isNull()) {
            error(key, Messages::tr("This field may not be null."));
            return {};
        }
        return referenceValue(key, value).value_or(QUuid());
    }

    // An array of references; null counts as [] (as on the server). *isPresent tells whether
    // the key was there and not null.
    QList<QUuid> references(const QString &key, bool *isPresent = nullptr) const
    {
        if (isPresent)
            *isPresent = !isNullOrAbsent(key);
        if (isNullOrAbsent(key))
            return {};
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "an array of {\"uuid\", \"url\"} objects"));
            return {};
        }
        QList<QUuid> uuids;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemKey = key % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
            if (const std::optional<QUuid> uuid = referenceValue(itemKey, array.at(i)))
                uuids.append(*uuid);
        }
        return uuids;
    }

    std::optional<QDateTime> dateTime(const QString &key, Need need, bool nullable, int *micros = nullptr) const
    {
        if (!check(key, need))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (value.isNull() && nullable)
            return std::nullopt;
        if (!value.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "a date-time string"));
            return std::nullopt;
        }
        const std::optional<QDateTime> parsed = ApiJson::parseDateTime(value.toString(), micros);
        if (!parsed)
            error(key,
                  Messages::tr("Not a valid date-time (ISO 8601 with a time zone, e.g. 2024-03-01T10:15:22Z): \"%1\".")
                      .arg(value.toString()));
        return parsed;
    }

    std::optional<QDate> nullableDate(const QString &key) const
    {
        if (isNullOrAbsent(key))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "a date string or null"));
            return std::nullopt;
        }
        const std::optional<QDate> parsed = ApiJson::parseDate(value.toString());
        if (!parsed)
            error(key, Messages::tr("Not a valid date (YYYY-MM-DD): \"%1\".").arg(value.toString()));
        return parsed;
    }

    template<typename E>
    std::optional<E> code(const QString &key, Need need = Need::Required) const
    {
        if (!check(key, need))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "a code string"));
            return std::nullopt;
        }
        const std::optional<E> parsed = fromCode<E>(value.toString());
        if (!parsed)
            error(key, Messages::tr("Unknown code \"%1\"; allowed are: %2.")
                           .arg(value.toString(), allCodes<E>().join(QStringLiteral(", "))));
        return parsed;
    }

    // A nested object: nullopt when absent or null (or of the wrong type, with an error).
    std::optional<QJsonObject> object(const QString &key) const
    {
        if (isNullOrAbsent(key))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            wrongType(key, QT_TRANSLATE_NOOP("kcc::ApiJson", "an object or null"));
            return std::nullopt;
        }
        return value.toObject();
    }

    Fields child(const QJsonObject &object, const QString &key) const { return Fields(object, path(key), m_errors); }

    std::optional<Adres> adres(const QString &key) const
    {
        const std::optional<QJsonObject> json = object(key);
        if (!json)
            return std::nullopt;
        const Fields f = child(*json, key);
        Adres adres;
        adres.nummeraanduidingId = f.string(QStringLiteral("nummeraanduidingId"));
        adres.straatnaam = f.string(QStringLiteral("straatnaam"));
        adres.huisnummer = f.nullableInteger(QStringLiteral("huisnummer"));
        adres.huisnummertoevoeging = f.string(QStringLiteral("huisnummertoevoeging"));
        adres.postcode = f.string(QStringLiteral("postcode"));
        adres.stad = f.string(QStringLiteral("stad"));
        adres.adresregel1 = f.string(QStringLiteral("adresregel1"));
        adres.adresregel2 = f.string(QStringLiteral("adresregel2"));
        adres.adresregel3 = f.string(QStringLiteral("adresregel3"));
        adres.land = f.string(QStringLiteral("land"));
        return adres;
    }

    std::optional<Contactnaam> contactnaam(const QString &key) const
    {
        const std::optional<QJsonObject> json = object(key);
        if (!json)
            return std::nullopt;
        const Fields f = child(*json, key);
        Contactnaam naam;
        naam.voorletters = f.string(QStringLiteral("voorletters"));
        naam.voornaam = f.string(QStringLiteral("voornaam"));
        naam.voorvoegselAchternaam = f.string(QStringLiteral("voorvoegselAchternaam"));
        naam.achternaam = f.string(QStringLiteral("achternaam"));
        return naam;
    }

    std::optional<ObjectIdentificator> objectIdentificator(const QString &key) const
    {
        const std::optional<QJsonObject> json = object(key);
        if (!json)
            return std::nullopt;
        const Fields f = child(*json, key);
        ObjectIdentificator identificator;
        identificator.objectId = f.string(QStringLiteral("objectId"));
        identificator.codeObjecttype = f.string(QStringLiteral("codeObjecttype"));
        identificator.codeRegister = f.string(QStringLiteral("codeRegister"));
        identificator.codeSoortObjectId = f.string(QStringLiteral("codeSoortObjectId"));
        return identificator;
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    FieldErrors &m_errors;
};

bool isWithin(const QString &field, const QString &path)
{
    return field == path || field.startsWith(path + QLatin1Char('.')) || field.startsWith(path + QLatin1Char('['));
}

// Adds the validator's findings, except for fields that already have a parse error (a value
// that could not be read would otherwise be reported a second time as "required").
void addValidation(FieldErrors &errors, const FieldErrors &validation, const QString &prefix = QString())
{
    const FieldErrors parseErrors = errors;
    for (const FieldError &found : validation) {
        const QString field = prefix.isEmpty() ? found.field : prefix % QLatin1Char('.') % found.field;
        const bool shadowed = std::any_of(parseErrors.cbegin(), parseErrors.cend(), [&](const FieldError &e) {
            return isWithin(field, e.field) || isWithin(e.field, field);
        });
        if (!shadowed)
            errors.append({field, found.message});
    }
}

template<typename T>
Result<T> finish(T value, FieldErrors errors)
{
    addValidation(errors, validate(value, Strictness::Import));
    if (errors.isEmpty())
        return value;
    QStringList lines;
    for (const FieldError &e : std::as_const(errors))
        lines << e.field % QStringLiteral(": ") % e.message;
    return Error{lines.join(QLatin1Char('\n')), errors};
}

PartijIdentificator readPartijIdentificator(const Fields &f)
{
    PartijIdentificator identificator;
    identificator.uuid = f.uuid(QStringLiteral("uuid"));
    identificator.identificeerdePartij = f.nullableReference(QStringLiteral("identificeerdePartij"));
    identificator.anderePartijIdentificator = f.string(QStringLiteral("anderePartijIdentificator"));
    const QString groupKey = QStringLiteral("partijIdentificator");
    if (f.check(groupKey, Need::Required)) {
        if (const std::optional<QJsonObject> group = f.object(groupKey)) {
            const Fields g = f.child(*group, groupKey);
            identificator.codeObjecttype =
                g.code<CodeObjecttype>(QStringLiteral("codeObjecttype")).value_or(identificator.codeObjecttype);
            identificator.codeSoortObjectId = g.code<CodeSoortObjectId>(QStringLiteral("codeSoortObjectId"))
                                                  .value_or(identificator.codeSoortObjectId);
            identificator.objectId = g.string(QStringLiteral("objectId"), Need::Required);
            identificator.codeRegister =
                g.code<CodeRegister>(QStringLiteral("codeRegister")).value_or(identificator.codeRegister);
        } else {
            f.error(groupKey, Messages::tr("This field may not be null."));
        }
    }
    identificator.subIdentificatorVan = f.nullableReference(QStringLiteral("subIdentificatorVan"));
    return identificator;
}

} // namespace

Result<Partij> ApiJson::partijFromJson(const QJsonObject &json, PartijInvoer *invoer)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Partij partij;
    partij.uuid = f.uuid(QStringLiteral("uuid"));
    partij.nummer = f.nummer(QStringLiteral("nummer"));
    partij.interneNotitie = f.string(QStringLiteral("interneNotitie"));
    partij.voorkeursDigitaalAdres = f.nullableReference(QStringLiteral("voorkeursDigitaalAdres"));
    partij.voorkeursRekeningnummer = f.nullableReference(QStringLiteral("voorkeursRekeningnummer"));
    partij.soortPartij = f.code<SoortPartij>(QStringLiteral("soortPartij")).value_or(SoortPartij::Persoon);
    partij.indicatieGeheimhouding = f.nullableBoolean(QStringLiteral("indicatieGeheimhouding"));
    partij.voorkeurstaal = f.string(QStringLiteral("voorkeurstaal"));
    partij.indicatieActief = f.boolean(QStringLiteral("indicatieActief"), true, Need::Required);
    partij.bezoekadres = f.adres(QStringLiteral("bezoekadres"));
    partij.correspondentieadres = f.adres(QStringLiteral("correspondentieadres"));

    const QString identificatieKey = QStringLiteral("partijIdentificatie");
    const std::optional<QJsonObject> identificatie = f.object(identificatieKey);
    partij.heeftPartijIdentificatie = identificatie.has_value();
    if (identificatie) {
        const Fields g = f.child(*identificatie, identificatieKey);
        switch (partij.soortPartij) {
        case SoortPartij::Persoon:
            partij.contactnaam = g.contactnaam(QStringLiteral("contactnaam"));
            break;
        case SoortPartij::Organisatie:
            partij.organisatieNaam = g.string(QStringLiteral("naam"));
            break;
        case SoortPartij::Contactpersoon:
            if (!g.isNullOrAbsent(QStringLiteral("uuid")))
                partij.contactpersoonUuid = g.uuid(QStringLiteral("uuid"));
            partij.werkteVoorPartij = g.nullableReference(QStringLiteral("werkteVoorPartij"));
            partij.contactnaam = g.contactnaam(QStringLiteral("contactnaam"));
            break;
        }
    }

    PartijInvoer local;
    PartijInvoer &relaties = invoer ? *invoer : local;
    relaties = PartijInvoer();
    relaties.digitaleAdressen = f.references(QStringLiteral("digitaleAdressen"), &relaties.heeftDigitaleAdressen);
    relaties.rekeningnummers = f.references(QStringLiteral("rekeningnummers"), &relaties.heeftRekeningnummers);
    const QString identificatorenKey = QStringLiteral("partijIdentificatoren");
    if (!f.isNullOrAbsent(identificatorenKey)) {
        const QJsonValue value = json.value(identificatorenKey);
        if (!value.isArray()) {
            f.wrongType(identificatorenKey, QT_TRANSLATE_NOOP("kcc::ApiJson", "an array of objects"));
        } else {
            relaties.heeftPartijIdentificatoren = true;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString itemPath = identificatorenKey % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
                if (!array.at(i).isObject()) {
                    errors.append({itemPath, Messages::tr("Expected %1, got %2.")
                                                 .arg(Messages::tr("an object"), jsonTypeName(array.at(i)))});
                    continue;
                }
                const QJsonObject itemJson = array.at(i).toObject();
                PartijIdentificator item = readPartijIdentificator(Fields(itemJson, itemPath, errors));
                // The server sets identificeerdePartij of nested items itself.
                item.identificeerdePartij = partij.uuid;
                addValidation(errors, validate(item, Strictness::Import), itemPath);
                relaties.partijIdentificatoren.append(item);
            }
        }
    }
    return finish(partij, errors);
}

Result<PartijIdentificator> ApiJson::partijIdentificatorFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    PartijIdentificator identificator = readPartijIdentificator(Fields(json, QString(), errors));
    return finish(identificator, errors);
}

Result<DigitaalAdres> ApiJson::digitaalAdresFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    DigitaalAdres adres;
    adres.uuid = f.uuid(QStringLiteral("uuid"));
    adres.verstrektDoorBetrokkene = f.nullableReference(QStringLiteral("verstrektDoorBetrokkene"));
    adres.verstrektDoorPartij = f.nullableReference(QStringLiteral("verstrektDoorPartij"));
    adres.adres = f.string(QStringLiteral("adres"), Need::Required);
    adres.soortDigitaalAdres =
        f.code<SoortDigitaalAdres>(QStringLiteral("soortDigitaalAdres")).value_or(adres.soortDigitaalAdres);
    adres.isStandaardAdres = f.boolean(QStringLiteral("isStandaardAdres"), false);
    adres.omschrijving = f.string(QStringLiteral("omschrijving"));
    adres.referentie = f.string(QStringLiteral("referentie"));
    adres.verificatieDatum = f.nullableDate(QStringLiteral("verificatieDatum"));
    return finish(adres, errors);
}

Result<Rekeningnummer> ApiJson::rekeningnummerFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Rekeningnummer rekeningnummer;
    rekeningnummer.uuid = f.uuid(QStringLiteral("uuid"));
    rekeningnummer.partij = f.nullableReference(QStringLiteral("partij"));
    rekeningnummer.iban = f.string(QStringLiteral("iban"), Need::Required);
    rekeningnummer.bic = f.string(QStringLiteral("bic"));
    return finish(rekeningnummer, errors);
}

Result<Vertegenwoordiging> ApiJson::vertegenwoordigingFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Vertegenwoordiging vertegenwoordiging;
    vertegenwoordiging.uuid = f.uuid(QStringLiteral("uuid"));
    vertegenwoordiging.vertegenwoordigendePartij = f.reference(QStringLiteral("vertegenwoordigendePartij"));
    vertegenwoordiging.vertegenwoordigdePartij = f.reference(QStringLiteral("vertegenwoordigdePartij"));
    return finish(vertegenwoordiging, errors);
}

Result<Klantcontact> ApiJson::klantcontactFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Klantcontact klantcontact;
    klantcontact.uuid = f.uuid(QStringLiteral("uuid"));
    klantcontact.nummer = f.nummer(QStringLiteral("nummer"));
    klantcontact.referentienummer = f.nummer(QStringLiteral("referentienummer"));
    klantcontact.kanaal = f.string(QStringLiteral("kanaal"), Need::Required);
    klantcontact.onderwerp = f.string(QStringLiteral("onderwerp"), Need::Required);
    klantcontact.inhoud = f.string(QStringLiteral("inhoud"));
    klantcontact.reactie = f.string(QStringLiteral("reactie"));
    klantcontact.indicatieContactGelukt = f.nullableBoolean(QStringLiteral("indicatieContactGelukt"));
    klantcontact.hoofdOnderwerpType = f.string(QStringLiteral("hoofdOnderwerpType"));
    klantcontact.verdereActieOndernomen = f.boolean(QStringLiteral("verdereActieOndernomen"), false);
    klantcontact.taal = f.string(QStringLiteral("taal"), Need::Required);
    klantcontact.vertrouwelijk = f.boolean(QStringLiteral("vertrouwelijk"), false, Need::Required);
    // Not required by the schema (the server defaults it to now), but always in a response; an
    // import must not invent the moment of a contact.
    klantcontact.plaatsgevondenOp =
        f.dateTime(QStringLiteral("plaatsgevondenOp"), Need::Required, false, &klantcontact.plaatsgevondenOpMicros)
            .value_or(QDateTime());
    const QString metadataKey = QStringLiteral("metadata");
    if (!f.isNullOrAbsent(metadataKey)) {
        const QJsonValue value = json.value(metadataKey);
        if (!value.isObject()) {
            f.wrongType(metadataKey, QT_TRANSLATE_NOOP("kcc::ApiJson", "an object of strings"));
        } else {
            const QJsonObject metadata = value.toObject();
            const Fields m = f.child(metadata, metadataKey);
            for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
                if (!it.value().isString()) {
                    m.wrongType(it.key(), QT_TRANSLATE_NOOP("kcc::ApiJson", "a string"));
                    continue;
                }
                klantcontact.metadata.append({it.key(), it.value().toString()});
            }
        }
    }
    return finish(klantcontact, errors);
}

Result<Betrokkene> ApiJson::betrokkeneFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Betrokkene betrokkene;
    betrokkene.uuid = f.uuid(QStringLiteral("uuid"));
    betrokkene.wasPartij = f.nullableReference(QStringLiteral("wasPartij"));
    betrokkene.hadKlantcontact = f.reference(QStringLiteral("hadKlantcontact"));
    betrokkene.bezoekadres = f.adres(QStringLiteral("bezoekadres"));
    betrokkene.correspondentieadres = f.adres(QStringLiteral("correspondentieadres"));
    betrokkene.contactnaam = f.contactnaam(QStringLiteral("contactnaam"));
    betrokkene.rol = f.code<Rol>(QStringLiteral("rol")).value_or(betrokkene.rol);
    betrokkene.organisatienaam = f.string(QStringLiteral("organisatienaam"));
    betrokkene.initiator = f.boolean(QStringLiteral("initiator"), true, Need::Required);
    return finish(betrokkene, errors);
}

Result<Onderwerpobject> ApiJson::onderwerpobjectFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Onderwerpobject onderwerpobject;
    onderwerpobject.uuid = f.uuid(QStringLiteral("uuid"));
    onderwerpobject.klantcontact = f.nullableReference(QStringLiteral("klantcontact"));
    onderwerpobject.wasKlantcontact = f.nullableReference(QStringLiteral("wasKlantcontact"));
    onderwerpobject.onderwerpobjectidentificator =
        f.objectIdentificator(QStringLiteral("onderwerpobjectidentificator"));
    return finish(onderwerpobject, errors);
}

Result<Bijlage> ApiJson::bijlageFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Bijlage bijlage;
    bijlage.uuid = f.uuid(QStringLiteral("uuid"));
    bijlage.wasBijlageVanKlantcontact = f.nullableReference(QStringLiteral("wasBijlageVanKlantcontact"));
    bijlage.bijlageidentificator = f.objectIdentificator(QStringLiteral("bijlageidentificator"));
    return finish(bijlage, errors);
}

Result<Actor> ApiJson::actorFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    Actor actor;
    actor.uuid = f.uuid(QStringLiteral("uuid"));
    actor.naam = f.string(QStringLiteral("naam"), Need::Required);
    actor.soortActor = f.code<SoortActor>(QStringLiteral("soortActor")).value_or(actor.soortActor);
    actor.indicatieActief = f.boolean(QStringLiteral("indicatieActief"), true);
    actor.actoridentificator = f.objectIdentificator(QStringLiteral("actoridentificator"));
    const QString identificatieKey = QStringLiteral("actorIdentificatie");
    const std::optional<QJsonObject> identificatie = f.object(identificatieKey);
    actor.heeftActorIdentificatie = identificatie.has_value();
    if (identificatie) {
        const Fields g = f.child(*identificatie, identificatieKey);
        switch (actor.soortActor) {
        case SoortActor::Medewerker:
            actor.functie = g.string(QStringLiteral("functie"), Need::Required);
            actor.emailadres = g.string(QStringLiteral("emailadres"));
            actor.telefoonnummer = g.string(QStringLiteral("telefoonnummer"), Need::Required);
            break;
        case SoortActor::GeautomatiseerdeActor:
            actor.functie = g.string(QStringLiteral("functie"), Need::Required);
            actor.omschrijving = g.string(QStringLiteral("omschrijving"));
            break;
        case SoortActor::OrganisatorischeEenheid:
            actor.omschrijving = g.string(QStringLiteral("omschrijving"));
            actor.emailadres = g.string(QStringLiteral("emailadres"));
            actor.faxnummer = g.string(QStringLiteral("faxnummer"));
            actor.telefoonnummer = g.string(QStringLiteral("telefoonnummer"));
            break;
        }
    }
    return finish(actor, errors);
}

Result<ActorKlantcontact> ApiJson::actorKlantcontactFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    ActorKlantcontact link;
    link.uuid = f.uuid(QStringLiteral("uuid"));
    link.actor = f.reference(QStringLiteral("actor"));
    link.klantcontact = f.reference(QStringLiteral("klantcontact"));
    return finish(link, errors);
}

Result<InterneTaak> ApiJson::interneTaakFromJson(const QJsonObject &json)
{
    FieldErrors errors;
    const Fields f(json, QString(), errors);
    InterneTaak taak;
    taak.uuid = f.uuid(QStringLiteral("uuid"));
    taak.nummer = f.nummer(QStringLiteral("nummer"));
    taak.referentienummer = f.nummer(QStringLiteral("referentienummer"));
    taak.gevraagdeHandeling = f.string(QStringLiteral("gevraagdeHandeling"), Need::Required);
    taak.aanleidinggevendKlantcontact = f.reference(QStringLiteral("aanleidinggevendKlantcontact"));
    // toegewezenAanActoren is the current field; the deprecated single actor is only used when
    // the list is absent (an older server or a hand-written file).
    bool heeftActoren = false;
    taak.toegewezenAanActoren = f.references(QStringLiteral("toegewezenAanActoren"), &heeftActoren);
    if (!heeftActoren) {
        if (const std::optional<QUuid> actor = f.nullableReference(QStringLiteral("toegewezenAanActor")))
            taak.toegewezenAanActoren.append(*actor);
    }
    taak.toelichting = f.string(QStringLiteral("toelichting"));
    taak.status = f.code<TaakStatus>(QStringLiteral("status")).value_or(taak.status);
    taak.toegewezenOp = f.dateTime(QStringLiteral("toegewezenOp"), Need::Required, false, &taak.toegewezenOpMicros)
                            .value_or(QDateTime());
    taak.afgehandeldOp = f.dateTime(QStringLiteral("afgehandeldOp"), Need::Optional, true, &taak.afgehandeldOpMicros);
    return finish(taak, errors);
}

} // namespace kcc
