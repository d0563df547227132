#include "model/privacy/gelogdepartijfinder.h"

namespace kcc {

GelogdePartijFinder::GelogdePartijFinder(PartijFinder &inner, VerwerkingenLog &log, const HuidigeVerwerking &verwerking)
    : m_inner(inner)
    , m_verwerkingen(log, verwerking)
{
}

Result<> GelogdePartijFinder::logShown(const QList<PartijFinderRow> &rows)
{
    QList<QUuid> shown;
    shown.reserve(rows.size());
    for (const PartijFinderRow &row : rows)
        shown.append(row.uuid);
    return m_verwerkingen.zoekresultaatGetoond(shown);
}

Result<QList<PartijFinderRow>> GelogdePartijFinder::search(const QString &text, int limit)
{
    Result<QList<PartijFinderRow>> found = m_inner.search(text, limit);
    if (!found)
        return found;
    if (Result<> logged = logShown(found.value()); !logged)
        return logged.error();
    return found;
}

Result<Page<PartijFinderRow>> GelogdePartijFinder::searchPage(const QString &text, const PageCursor &cursor, int limit)
{
    Result<Page<PartijFinderRow>> page = m_inner.searchPage(text, cursor, limit);
    if (!page)
        return page;
    if (Result<> logged = logShown(page.value().rows); !logged)
        return logged.error();
    return page;
}

Result<std::optional<Partij>> GelogdePartijFinder::findByBsn(const QString &bsn)
{
    return m_inner.findByBsn(bsn);
}

} // namespace kcc
