#pragma once

#include "model/lists/pagedlistsource.h"

#include <QList>
#include <QString>

#include <optional>

namespace kcc {

// The keyset-paging state that every lazy list model needs: the rows read so far, where the next
// page starts, whether the source is exhausted and why the last read failed. The Qt models own
// one of these and only add their columns and signals.
template<typename Row, typename Source>
class PagedRows
{
public:
    static constexpr int defaultPageSize = 200;

    explicit PagedRows(Source *source)
        : m_source(source)
    {
        Q_ASSERT(m_source);
    }

    const QList<Row> &rows() const { return m_rows; }
    void append(const QList<Row> &page) { m_rows.append(page); }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    bool atEnd() const { return m_atEnd; }
    const QString &lastError() const { return m_lastError; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    qint64 totalCount() const { return m_source->count(); }

    // Reads the next page. On failure the paging stops (until restart()) and the message is
    // returned, so the model can report it.
    std::optional<QString> readPage(QList<Row> &page)
    {
        Result<Page<Row>> result = m_source->fetch(m_cursor, m_pageSize);
        if (!result) {
            m_atEnd = true;
            m_lastError = result.error().message;
            page.clear();
            return m_lastError;
        }
        Page<Row> read = std::move(result).value();
        m_cursor = read.next;
        m_atEnd = read.atEnd;
        page = std::move(read.rows);
        return std::nullopt;
    }

    // Forgets everything read (and the source's cached count) to start from the first page.
    void restart()
    {
        m_source->invalidate();
        m_rows.clear();
        m_cursor = {};
        m_atEnd = false;
        m_lastError.clear();
    }

private:
    Source *m_source;
    QList<Row> m_rows;
    PageCursor m_cursor;
    bool m_atEnd = false;
    QString m_lastError;
    int m_pageSize = defaultPageSize;
};

} // namespace kcc
