#pragma once

#include "model/lists/pagedlistsource.h"

#include <QSqlQuery>

#include <optional>

namespace kcc::storage {

class Database;

// The klantcontacten list read from SQLite, newest first, keyset-paged on
// (plaatsgevonden_op, rowid) along idx_klantcontact_plaatsgevonden_op. Klantcontacten without a
// time come last. The count is cached until invalidate().
class SqlKlantcontactListSource final : public KlantcontactListSource
{
public:
    // The database must outlive the source.
    explicit SqlKlantcontactListSource(Database &database);
    ~SqlKlantcontactListSource() override;
    SqlKlantcontactListSource(const SqlKlantcontactListSource &) = delete;
    SqlKlantcontactListSource &operator=(const SqlKlantcontactListSource &) = delete;

    qint64 count() override;
    Result<Page<KlantcontactListRow>> fetch(const PageCursor &cursor, int limit) override;
    void invalidate() override;

private:
    Result<> prepare();
    // Appends up to `limit` rows of one phase (timed or untimed) to `page`; returns whether
    // more rows of that phase follow.
    Result<bool> readPhase(QSqlQuery &query, int limit, Page<KlantcontactListRow> &page, QString &lastTime,
                           qint64 &lastRowid);

    Database &m_database;
    QSqlQuery m_timedQuery;
    QSqlQuery m_untimedQuery;
    // The Database::generation() the statements were prepared on; a reconnect drops them.
    int m_preparedOn = -1;
    std::optional<qint64> m_count;
};

} // namespace kcc::storage
