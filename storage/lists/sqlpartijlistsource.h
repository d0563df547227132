#pragma once

#include "model/lists/pagedlistsource.h"

#include <QSqlQuery>

#include <optional>

namespace kcc::storage {

class Database;

// The partijen list read from SQLite in insertion (rowid) order, keyset-paged on rowid so that
// every page costs the same on a million rows. The count is cached until invalidate().
class SqlPartijListSource final : public PartijListSource
{
public:
    // The database must outlive the source.
    explicit SqlPartijListSource(Database &database);
    ~SqlPartijListSource() override;
    SqlPartijListSource(const SqlPartijListSource &) = delete;
    SqlPartijListSource &operator=(const SqlPartijListSource &) = delete;

    qint64 count() override;
    Result<Page<PartijListRow>> fetch(const PageCursor &cursor, int limit) override;
    void invalidate() override;

private:
    Database &m_database;
    QSqlQuery m_pageQuery;
    // The Database::generation() the statements were prepared on; a reconnect drops them.
    int m_preparedOn = -1;
    std::optional<qint64> m_count;
};

} // namespace kcc::storage
