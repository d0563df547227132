#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace kcc::ui {

// Turns the models' RowStateRole into visual cues: inactive partijen grey and italic, a warning
// marker for geheimhouding and a padlock for vertrouwelijke klantcontacten in the marker column,
// overdue interne taken on a warm background.
// The models stay QtCore only; the look is decided here.
class RowStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowStateDelegate)

public:
    explicit RowStateDelegate(int markerColumn, QObject *parent = nullptr);
    ~RowStateDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_markerColumn;
    QIcon m_geheimhoudingIcon;
    QIcon m_vertrouwelijkIcon;
};

} // namespace kcc::ui
