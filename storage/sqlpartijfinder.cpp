#include "sqlpartijfinder.h"

#include "database.h"
#include "partijsearch.h"
#include "queries.h"

#include "model/searchquery.h"

#include <algorithm>

namespace kcc::storage {

SqlPartijFinder::SqlPartijFinder(Database &database)
    : m_database(database)
    , m_search(std::make_unique<PartijSearch>(database))
{
}

SqlPartijFinder::~SqlPartijFinder() = default;

Result<QList<PartijFinderRow>> SqlPartijFinder::search(const QString &text, int limit)
{
    const SearchQuery query = SearchQuery::classify(text);
    if (query.isEmpty())
        return QList<PartijFinderRow>();
    Result<QList<SearchHit>> hits = m_search->search(query, std::clamp(limit, 1, 1000));
    if (!hits)
        return hits.error();
    QList<PartijFinderRow> rows;
    for (const SearchHit &hit : hits.value())
        rows.append({hit.uuid, hit.naam, hit.soortPartij, hit.matched, hit.actief, hit.geheimhouding});
    return rows;
}

Result<std::optional<Partij>> SqlPartijFinder::findByBsn(const QString &bsn)
{
    return findPartijByIdentificator(m_database, CodeSoortObjectId::Bsn, bsn.trimmed());
}

} // namespace kcc::storage
