#include "storage/search/sqlpartijfinder.h"

#include "storage/db/database.h"
#include "storage/resources/queries.h"
#include "storage/search/partijsearch.h"

#include "model/search/searchquery.h"

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
        rows.append(toRow(hit));
    return rows;
}

Result<Page<PartijFinderRow>> SqlPartijFinder::searchPage(const QString &text, const PageCursor &cursor, int limit)
{
    Page<PartijFinderRow> page;
    const SearchQuery query = SearchQuery::classify(text);
    if (query.isEmpty()) {
        page.atEnd = true;
        return page;
    }
    std::optional<SearchCursor> after;
    if (!cursor.isStart()) {
        if (cursor.after.size() != 3)
            return Error{tr("The search could not be continued: the position is not valid."), {}};
        after =
            SearchCursor{cursor.after.at(0).toInt(), cursor.after.at(1).toString(), cursor.after.at(2).toLongLong()};
    }
    const int pageSize = std::clamp(limit, 1, 1000);
    // One more than asked tells whether another page follows without a second query.
    Result<QList<SearchHit>> hits = m_search->search(query, std::min(pageSize + 1, 1000), after);
    if (!hits)
        return hits.error();
    QList<SearchHit> found = std::move(hits).value();
    page.atEnd = found.size() <= pageSize;
    if (!page.atEnd)
        found.resize(pageSize);
    for (const SearchHit &hit : std::as_const(found))
        page.rows.append(toRow(hit));
    if (!found.isEmpty()) {
        const SearchCursor &last = found.constLast().cursor;
        page.next.after = {last.source, last.key, last.rowid};
    } else {
        page.next = cursor;
    }
    return page;
}

PartijFinderRow SqlPartijFinder::toRow(const SearchHit &hit)
{
    PartijFinderRow row;
    row.uuid = hit.uuid;
    row.naam = hit.naam;
    row.soortPartij = hit.soortPartij;
    row.matched = hit.matched;
    row.actief = hit.actief;
    row.geheimhouding = hit.geheimhouding;
    row.nummer = hit.nummer.value_or(QString());
    row.viaBetrokkene = hit.viaBetrokkene;
    return row;
}

Result<std::optional<Partij>> SqlPartijFinder::findByBsn(const QString &bsn)
{
    return findPartijByIdentificator(m_database, CodeSoortObjectId::Bsn, bsn.trimmed());
}

} // namespace kcc::storage
