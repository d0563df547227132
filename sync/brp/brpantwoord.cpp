#include "sync/brp/brpantwoord.h"

#include <QJsonArray>

namespace kcc::sync {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

// An AbstractDatum: a full date when the BRP has one, and always its langFormaat for the eye.
void readDatum(const QJsonObject &datum, QDate *date, QString *tekst)
{
    if (date && text(datum, "type") == QLatin1String("Datum"))
        *date = QDate::fromString(text(datum, "datum"), Qt::ISODate);
    *tekst = text(datum, "langFormaat");
    if (tekst->isEmpty() && date)
        *tekst = date->toString(Qt::ISODate);
}

// The groups whose data the BRP has put in onderzoek: any "inOnderzoek" object in them.
QStringList inOnderzoek(const QJsonObject &json)
{
    QStringList groups;
    if (json.contains(QLatin1String("inOnderzoek")))
        groups.append(QStringLiteral("persoon"));
    const std::pair<const char *, const char *> parts[] = {{"naam", "naam"},
                                                           {"geboorte", "geboorte"},
                                                           {"adressering", "adres"},
                                                           {"verblijfplaats", "adres"},
                                                           {"overlijden", "overlijden"}};
    for (const auto &[key, group] : parts) {
        if (object(json, key).contains(QLatin1String("inOnderzoek")) && !groups.contains(QLatin1String(group)))
            groups.append(QLatin1String(group));
    }
    return groups;
}

} // namespace

BrpPersoon BrpAntwoord::persoon(const QJsonObject &json)
{
    BrpPersoon persoon;
    persoon.burgerservicenummer = text(json, "burgerservicenummer");
    const QJsonObject naam = object(json, "naam");
    persoon.voornamen = text(naam, "voornamen");
    persoon.voorvoegsel = text(naam, "voorvoegsel");
    persoon.geslachtsnaam = text(naam, "geslachtsnaam");
    persoon.voorletters = text(naam, "voorletters");
    readDatum(object(object(json, "geboorte"), "datum"), &persoon.geboortedatum, &persoon.geboortedatumTekst);
    persoon.geslacht = text(object(json, "geslacht"), "omschrijving");
    persoon.geheimhouding = json.value(QLatin1String("geheimhoudingPersoonsgegevens")).toBool();
    persoon.inOnderzoek = inOnderzoek(json);

    // Overlijden only comes with RaadpleegMetBurgerservicenummer; every type has the suspended
    // registration (opschortingBijhouding) with reden "O" (overlijden) or "E" (emigratie).
    const QString opschorting = text(object(object(json, "opschortingBijhouding"), "reden"), "code");
    const QJsonObject overlijden = object(json, "overlijden");
    persoon.overleden = !overlijden.isEmpty() || opschorting == QLatin1String("O");
    if (overlijden.contains(QLatin1String("datum")))
        readDatum(object(overlijden, "datum"), nullptr, &persoon.overlijdensdatumTekst);

    if (persoon.geheimhouding)
        return persoon; // no address of any kind, not even the country
    const QJsonObject adressering = object(json, "adressering");
    for (const char *regel : {"adresregel1", "adresregel2", "adresregel3"}) {
        if (const QString value = text(adressering, regel); !value.isEmpty())
            persoon.adresregels.append(value);
    }
    const QJsonObject land = object(adressering, "land");
    persoon.land = text(land, "omschrijving");
    // 6030 is Nederland in the BRP's table Landen; the RNI holds niet-ingezetenen.
    const QString landCode = text(land, "code");
    persoon.woontInBuitenland = (!landCode.isEmpty() && landCode != QLatin1String("6030")) ||
                                opschorting == QLatin1String("E") ||
                                !json.value(QLatin1String("rni")).toArray().isEmpty();
    return persoon;
}

Result<QList<BrpPersoon>> BrpAntwoord::personen(const QJsonObject &body)
{
    const QJsonValue personen = body.value(QLatin1String("personen"));
    if (!body.contains(QLatin1String("type")) || (!personen.isArray() && !personen.isUndefined()))
        return Error{tr("The BRP answered with something that is not a list of persons."), {}};
    QList<BrpPersoon> result;
    for (const QJsonValue &value : personen.toArray())
        result.append(persoon(value.toObject()));
    return result;
}

QString BrpAntwoord::foutmelding(int status, const QJsonObject &foutbericht)
{
    const QString code = text(foutbericht, "code");
    QString reden = text(foutbericht, "title");
    QStringList params;
    for (const QJsonValue &value : foutbericht.value(QLatin1String("invalidParams")).toArray()) {
        const QJsonObject param = value.toObject();
        params.append(text(param, "name") + QStringLiteral(": ") + text(param, "reason"));
    }
    if (!params.isEmpty())
        reden = params.join(QStringLiteral("; "));
    if (status == 400 && code == QLatin1String("tooManyResults"))
        return tr("The BRP found too many persons for this question. Add the voorvoegsel, or ask the caller for "
                  "the BSN.");
    switch (status) {
    case 400:
        //: %1: the BRP's own reason (in Dutch), per parameter where it gives them
        return tr("The BRP refused the question (HTTP 400): %1").arg(reden);
    case 401:
        return tr("The BRP gateway did not accept the API key (HTTP 401). Ask the beheerder to check the key file "
                  "under Beheer, BRP.");
    case 403:
        return tr("This workstation is not authorised for this BRP question (HTTP 403): %1 Ask the beheerder to "
                  "check the doelbinding headers under Beheer, BRP.")
            .arg(reden);
    case 429:
        return tr("The BRP gateway is busy (too many requests). Try again in a moment.");
    default:
        break;
    }
    if (status >= 500)
        return tr("The BRP is not available now (HTTP %1): %2 Try again later; the contact can be registered "
                  "without the BRP.")
            .arg(status)
            .arg(reden);
    return tr("The BRP answered HTTP %1: %2").arg(status).arg(reden);
}

QString BrpAntwoord::geenAntwoord(int timeoutSeconds)
{
    return tr("The BRP did not answer within %n second(s). Try again later.", nullptr, timeoutSeconds);
}

QString BrpAntwoord::nietBereikbaar(const QString &reden)
{
    return tr("The BRP gateway could not be reached: %1").arg(reden);
}

} // namespace kcc::sync
