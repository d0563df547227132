#pragma once

#include "model/search/partijfinder.h"

#include <QCoreApplication>

#include <memory>

namespace kcc::storage {

class Database;
class PartijSearch;
struct SearchHit;

// PartijFinder: a thin adapter over the instant search engine (PartijSearch) for the call flow.
class SqlPartijFinder final : public PartijFinder
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlPartijFinder)

public:
    explicit SqlPartijFinder(Database &database);
    ~SqlPartijFinder() override;

    Result<QList<PartijFinderRow>> search(const QString &text, int limit = 50) override;
    Result<Page<PartijFinderRow>> searchPage(const QString &text, const PageCursor &cursor, int limit) override;
    Result<std::optional<Partij>> findByBsn(const QString &bsn) override;

private:
    static PartijFinderRow toRow(const SearchHit &hit);

    Database &m_database;
    std::unique_ptr<PartijSearch> m_search;
};

} // namespace kcc::storage
