#include "storage/sync/sqlopenklantherkomst.h"

#include "storage/sync/pulledrecords.h"

namespace kcc::storage {

Result<QSet<QUuid>> SqlOpenKlantHerkomst::uitOpenKlant(ApiResource resource, const QList<QUuid> &lokaal)
{
    return PulledRecords::fromServer(m_database, resource, lokaal);
}

} // namespace kcc::storage
