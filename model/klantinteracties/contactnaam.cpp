#include "model/klantinteracties/contactnaam.h"

#include <QStringList>

namespace kcc {

bool Contactnaam::isEmpty() const
{
    return voorletters.isEmpty() && voornaam.isEmpty() && voorvoegselAchternaam.isEmpty() && achternaam.isEmpty();
}

QString Contactnaam::volledigeNaam() const
{
    QStringList parts;
    for (const QString &part : {voornaam, voorvoegselAchternaam, achternaam}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace kcc
