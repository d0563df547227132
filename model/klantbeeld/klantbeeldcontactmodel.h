#pragma once

#include "model/beheer/accountservice.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/lists/tablemodelroles.h"
#include "model/sync/openklantherkomst.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace kcc {

// The contact history of one partij in the klantbeeld, newest first, read lazily from the
// KlantbeeldService: a first page when the partij (or the filter) is set, more on fetchMore.
// Each page is one indexed query over that partij's klantcontacten, a millisecond even for a
// partij with thousands, so it runs on the UI thread. Vertrouwelijke klantcontacten the viewer
// may not see keep their row (that a contact happened is not secret) with the onderwerp hidden.
class KlantbeeldContactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantbeeldContactModel)

public:
    enum Column
    {
        DatumColumn,
        KanaalColumn,
        OnderwerpColumn,
        MedewerkerColumn,
        ReferentienummerColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // bool: the klantcontact came from the municipality's Open Klant (issue 14).
        UitOpenKlantRole = Qt::UserRole + 100,
    };

    static constexpr int firstPageSize = 25;
    static constexpr int pageSize = 100;

    // `service` must outlive the model.
    explicit KlantbeeldContactModel(KlantbeeldService *service, QObject *parent = nullptr);
    ~KlantbeeldContactModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows this partij's history as `viewer` may see it, unfiltered; reads the first page.
    // `total`: the number of its klantcontacten when known (Klantbeeld::aantalKlantcontacten),
    // which saves counting them again; -1 counts.
    void setPartij(const QUuid &partij, const SignedInActor &viewer, qint64 total = -1);
    void setFilter(const KlantbeeldContactFilter &filter);
    // Reads the history again from the first page, with the filter kept (new contacts came in).
    void reload();
    // Marks the klantcontacten that came from Open Klant (contacts registered elsewhere, e.g. a
    // web form) in "Handled by" and the tooltip; `herkomst` must outlive the model.
    void setHerkomst(OpenKlantHerkomst *herkomst) { m_herkomst = herkomst; }
    // No partij: empty.
    void clear();

    const QUuid &partij() const { return m_partij; }
    const KlantbeeldContactFilter &filter() const { return m_filter; }
    // The number of klantcontacten that pass the filter (not only the loaded rows).
    qint64 totalCount() const { return m_total; }
    bool atEnd() const { return m_atEnd; }
    const KlantbeeldContact *rowAt(int row) const;
    QString lastError() const { return m_lastError; }

signals:
    void fetchFailed(const QString &message);

private:
    void restart(qint64 knownTotal = -1);
    QList<KlantbeeldContact> readPage(int limit);
    QVariant displayValue(const KlantbeeldContact &row, int column) const;

    KlantbeeldService *m_service;
    QUuid m_partij;
    SignedInActor m_viewer;
    KlantbeeldContactFilter m_filter;
    QList<KlantbeeldContact> m_rows;
    OpenKlantHerkomst *m_herkomst = nullptr;
    QSet<QUuid> m_uitOpenKlant;
    PageCursor m_cursor;
    bool m_atEnd = true;
    bool m_resetting = false;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace kcc
