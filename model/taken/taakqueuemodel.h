#pragma once

#include "model/core/clock.h"
#include "model/lists/pagedrows.h"
#include "model/lists/tablemodelroles.h"
#include "model/taken/werkvoorraadservice.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace kcc {

// WerkvoorraadService::queue as a PagedRows source: one viewer, one filter. The count is cached until
// invalidate(), like the other list sources.
class TaakQueueSource final
{
public:
    TaakQueueSource(WerkvoorraadService *service, SignedInActor viewer, TaakQueueFilter filter);

    qint64 count();
    Result<Page<TaakQueueRow>> fetch(const PageCursor &cursor, int limit);
    void invalidate() { m_count.reset(); }

    const TaakQueueFilter &filter() const { return m_filter; }
    void setFilter(const TaakQueueFilter &filter);
    const SignedInActor &viewer() const { return m_viewer; }

private:
    WerkvoorraadService *m_service;
    SignedInActor m_viewer;
    TaakQueueFilter m_filter;
    std::optional<qint64> m_count;
};

// A work queue (Mijn taken, Afdeling, Historie or the supervisor's selection), read lazily page
// by page. The age is computed from toegewezenOp against the injected clock; overdue rows carry
// RowStateFlag::TeLaat and hidden (vertrouwelijk) ones RowStateFlag::Vertrouwelijk.
class TaakQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaakQueueModel)

public:
    enum Column
    {
        LeeftijdColumn,
        HandelingColumn,
        OnderwerpColumn,
        KlantColumn,
        KanaalColumn,
        ToegewezenAanColumn,
        ReferentienummerColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int defaultPageSize = PagedRows<TaakQueueRow, TaakQueueSource>::defaultPageSize;

    // The service must outlive the model. The first page is read at once.
    TaakQueueModel(WerkvoorraadService *service, const SignedInActor &viewer, const TaakQueueFilter &filter, Clock now,
                   QObject *parent = nullptr);
    ~TaakQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const TaakQueueFilter &filter() const { return m_source.filter(); }
    // Replaces the filter and reads the first page again.
    void setFilter(const TaakQueueFilter &filter);
    void setPageSize(int rows);
    int pageSize() const { return m_pages.pageSize(); }
    void reload();
    qint64 totalCount();
    const TaakQueueRow *rowAt(int row) const;
    QString lastError() const { return m_pages.lastError(); }
    // Kanaal code -> label, so that the list shows "Telefoon" for "telefoon".
    void setKanaalLabels(const QHash<QString, QString> &labels);

    // "3 d 4 h", "5 h 20 min", "45 min" (translated); empty when either is invalid.
    static QString formatAge(const QDateTime &from, const QDateTime &to);

signals:
    void fetchFailed(const QString &message);

private:
    QList<TaakQueueRow> readPage();
    QDateTime ageEnd(const TaakQueueRow &row) const;
    QVariant displayValue(const TaakQueueRow &row, int column) const;
    QVariant rawValue(const TaakQueueRow &row, int column) const;
    QString toolTip(const TaakQueueRow &row, int column) const;

    TaakQueueSource m_source;
    PagedRows<TaakQueueRow, TaakQueueSource> m_pages;
    Clock m_now;
    QHash<QString, QString> m_kanaalLabels;
};

} // namespace kcc
