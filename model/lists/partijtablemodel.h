#pragma once

#include "model/lists/pagedlistsource.h"
#include "model/lists/pagedrows.h"
#include "model/lists/tablemodelroles.h"

#include <QAbstractTableModel>
#include <QList>

namespace kcc {

// The partijen list, read lazily page by page from a PartijListSource (never all rows at once).
// Read-only; sorting is left to the source's stable order because a lazy model cannot sort.
class PartijTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartijTableModel)

public:
    enum Column
    {
        NummerColumn,
        SoortColumn,
        NaamColumn,
        IdentificatorColumn,
        DigitaalAdresColumn,
        PlaatsColumn,
        ActiefColumn,
        GeheimhoudingColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int defaultPageSize = PagedRows<PartijListRow, PartijListSource>::defaultPageSize;

    // The source must outlive the model. The first page is read at once.
    explicit PartijTableModel(PartijListSource *source, QObject *parent = nullptr);
    ~PartijTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows);
    int pageSize() const { return m_pages.pageSize(); }
    // Drops the loaded rows and reads the first page again (after the data changed).
    void reload();
    // The total number of partijen in the source (not only the loaded rows).
    qint64 totalCount() const;
    const PartijListRow *rowAt(int row) const;
    // The message of the last failed read (also sent as fetchFailed), empty when all went well.
    QString lastError() const { return m_pages.lastError(); }

    // "*****8875": a BSN is never shown in a list; revealing it is a deliberate act elsewhere.
    static QString maskBsn(const QString &bsn);

signals:
    // A page could not be read; the model stops fetching until reload().
    void fetchFailed(const QString &message);

private:
    QList<PartijListRow> readPage();
    QVariant displayValue(const PartijListRow &row, int column) const;
    QVariant rawValue(const PartijListRow &row, int column) const;
    QString toolTip(const PartijListRow &row, int column) const;

    PagedRows<PartijListRow, PartijListSource> m_pages;
};

} // namespace kcc
