#include "sync/brp/brpverzoek.h"

#include <QJsonArray>

namespace kcc::sync {

QStringList BrpVerzoek::fields(BrpZoekvraag::Soort soort)
{
    QStringList fields{QStringLiteral("burgerservicenummer"),
                       QStringLiteral("naam.voornamen"),
                       QStringLiteral("naam.voorvoegsel"),
                       QStringLiteral("naam.geslachtsnaam"),
                       QStringLiteral("naam.voorletters"),
                       QStringLiteral("geboorte.datum"),
                       QStringLiteral("geslacht"),
                       QStringLiteral("adressering.adresregel1"),
                       QStringLiteral("adressering.adresregel2"),
                       QStringLiteral("adressering.adresregel3"),
                       QStringLiteral("adressering.land")};
    if (soort == BrpZoekvraag::Soort::Bsn)
        fields.append(QStringLiteral("overlijden.datum"));
    return fields;
}

QJsonObject BrpVerzoek::body(const BrpZoekvraag &vraag)
{
    QJsonObject body;
    body.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields(vraag.soort)));
    if (vraag.soort == BrpZoekvraag::Soort::Bsn) {
        body.insert(QStringLiteral("type"), raadpleegMetBsn());
        body.insert(QStringLiteral("burgerservicenummer"), QJsonArray{vraag.bsn});
        return body;
    }
    body.insert(QStringLiteral("type"), zoekMetNaamEnGeboortedatum());
    body.insert(QStringLiteral("geslachtsnaam"), vraag.geslachtsnaam);
    body.insert(QStringLiteral("geboortedatum"), vraag.geboortedatum.toString(Qt::ISODate));
    if (!vraag.voorvoegsel.isEmpty())
        body.insert(QStringLiteral("voorvoegsel"), vraag.voorvoegsel);
    // A deceased caller is unlikely, but a wrongly registered death is exactly what the desk
    // must see: the person is shown, marked as deceased.
    body.insert(QStringLiteral("inclusiefOverledenPersonen"), true);
    return body;
}

} // namespace kcc::sync
