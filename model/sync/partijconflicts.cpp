#include "model/sync/partijconflicts.h"

namespace kcc {

QStringList PartijConflicts::syncVelden()
{
    return {QStringLiteral("nummer"),
            QStringLiteral("interneNotitie"),
            QStringLiteral("soortPartij"),
            QStringLiteral("indicatieGeheimhouding"),
            QStringLiteral("voorkeurstaal"),
            QStringLiteral("indicatieActief"),
            QStringLiteral("bezoekadres"),
            QStringLiteral("correspondentieadres"),
            QStringLiteral("partijIdentificatie")};
}

} // namespace kcc
