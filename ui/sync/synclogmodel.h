#pragma once

#include "model/sync/synclogregel.h"

#include <QAbstractTableModel>

namespace kcc::ui {

// One page of the sync log as a table, newest first. The raw value (a QDateTime, an outcome code)
// is under RawRole for sorting and tests.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogModel)

public:
    enum Column
    {
        TijdColumn,
        RichtingColumn,
        ResourceColumn,
        UitkomstColumn,
        BerichtColumn,
        LokaalColumn,
        ServerColumn,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1
    };

    explicit SyncLogModel(QObject *parent = nullptr);
    ~SyncLogModel() override;

    void setRegels(const QList<SyncLogRegel> &regels);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncLogRegel> m_regels;
};

} // namespace kcc::ui
