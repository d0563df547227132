#pragma once

#include "model/lists/pagedlistsource.h"
#include "model/lists/pagedrows.h"
#include "model/lists/tablemodelroles.h"

#include <QAbstractTableModel>
#include <QList>

namespace kcc {

// The klantcontacten list, newest first, read lazily page by page from a KlantcontactListSource.
// The onderwerp of a vertrouwelijk klantcontact is never shown in the list.
class KlantcontactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantcontactTableModel)

public:
    enum Column
    {
        ReferentienummerColumn,
        PlaatsgevondenOpColumn,
        KanaalColumn,
        OnderwerpColumn,
        BetrokkeneColumn,
        GeluktColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int defaultPageSize = PagedRows<KlantcontactListRow, KlantcontactListSource>::defaultPageSize;

    // The source must outlive the model. The first page is read at once.
    explicit KlantcontactTableModel(KlantcontactListSource *source, QObject *parent = nullptr);
    ~KlantcontactTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows);
    int pageSize() const { return m_pages.pageSize(); }
    void reload();
    qint64 totalCount() const;
    const KlantcontactListRow *rowAt(int row) const;
    QString lastError() const { return m_pages.lastError(); }

signals:
    void fetchFailed(const QString &message);

private:
    QList<KlantcontactListRow> readPage();
    QVariant displayValue(const KlantcontactListRow &row, int column) const;
    QVariant rawValue(const KlantcontactListRow &row, int column) const;
    QString toolTip(const KlantcontactListRow &row, int column) const;

    PagedRows<KlantcontactListRow, KlantcontactListSource> m_pages;
};

} // namespace kcc
