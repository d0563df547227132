#include "model/privacy/gelogdklantbeeldservice.h"

namespace kcc {

GelogdKlantbeeldService::GelogdKlantbeeldService(KlantbeeldService &inner, VerwerkingenLog &log,
                                                 const HuidigeVerwerking &verwerking)
    : m_inner(inner)
    , m_verwerkingen(log, verwerking)
{
}

Result<Klantbeeld> GelogdKlantbeeldService::load(const QUuid &partij, const SignedInActor &viewer, int lastContacts)
{
    // Read first (a partij that does not exist is no look at anyone), log, and only then hand it out.
    Result<Klantbeeld> loaded = m_inner.load(partij, viewer, lastContacts);
    if (!loaded)
        return loaded;
    if (Result<> logged = m_verwerkingen.klantbeeldGetoond(partij, viewer); !logged)
        return logged.error();
    return loaded;
}

Result<Page<KlantbeeldContact>> GelogdKlantbeeldService::contacten(const QUuid &partij, const SignedInActor &viewer,
                                                                   const KlantbeeldContactFilter &filter,
                                                                   const PageCursor &cursor, int limit)
{
    return m_inner.contacten(partij, viewer, filter, cursor, limit);
}

Result<qint64> GelogdKlantbeeldService::aantalContacten(const QUuid &partij, const KlantbeeldContactFilter &filter)
{
    return m_inner.aantalContacten(partij, filter);
}

Result<QStringList> GelogdKlantbeeldService::kanalen(const QUuid &partij)
{
    return m_inner.kanalen(partij);
}

Result<> GelogdKlantbeeldService::bsnTonen(const QUuid &partij, const SignedInActor &viewer)
{
    if (Result<> inner = m_inner.bsnTonen(partij, viewer); !inner)
        return inner;
    return m_verwerkingen.bsnGetoond(partij, viewer);
}

} // namespace kcc
