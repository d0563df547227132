#include "model/brp/gelogdebrppersonen.h"

namespace kcc {

GelogdeBrpPersonen::GelogdeBrpPersonen(BrpPersonen &inner, VerwerkingenLog &log, const HuidigeVerwerking &verwerking)
    : m_inner(inner)
    , m_verwerkingen(log, verwerking)
{
}

void GelogdeBrpPersonen::zoek(const BrpZoekvraag &vraag, Handler handler)
{
    m_inner.zoek(vraag, [this, handler = std::move(handler)](const Result<QList<BrpPersoon>> &found) {
        if (!found) {
            handler(found);
            return;
        }
        QStringList bsns;
        bool geheimhouding = false;
        for (const BrpPersoon &persoon : found.value()) {
            if (!persoon.burgerservicenummer.isEmpty())
                bsns.append(persoon.burgerservicenummer);
            geheimhouding = geheimhouding || persoon.geheimhouding;
        }
        // A person without a BSN cannot be logged by it, and is therefore not shown either.
        QList<BrpPersoon> shown;
        for (const BrpPersoon &persoon : found.value()) {
            if (!persoon.burgerservicenummer.isEmpty())
                shown.append(persoon);
        }
        if (const Result<> logged = m_verwerkingen.brpGeraadpleegd(bsns, geheimhouding); !logged) {
            handler(logged.error());
            return;
        }
        handler(shown);
    });
}

} // namespace kcc
