#include "model/klantinteracties/adres.h"

#include <QStringList>

namespace kcc {

bool Adres::isEmpty() const
{
    return nummeraanduidingId.isEmpty() && straatnaam.isEmpty() && !huisnummer && huisnummertoevoeging.isEmpty() &&
           postcode.isEmpty() && stad.isEmpty() && adresregel1.isEmpty() && adresregel2.isEmpty() &&
           adresregel3.isEmpty() && land.isEmpty();
}

QString Adres::oneLine() const
{
    QStringList parts;
    QString street = straatnaam;
    if (huisnummer)
        street += (street.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(*huisnummer);
    street += huisnummertoevoeging;
    if (!street.isEmpty())
        parts << street;
    const QString place = QStringList{postcode, stad}.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        parts << place;
    for (const QString &regel : {adresregel1, adresregel2, adresregel3}) {
        if (!regel.isEmpty())
            parts << regel;
    }
    if (!land.isEmpty() && land != QLatin1String("NL"))
        parts << land;
    return parts.join(QStringLiteral(", "));
}

} // namespace kcc
