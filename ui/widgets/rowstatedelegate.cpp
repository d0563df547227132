#include "ui/widgets/rowstatedelegate.h"

#include "model/lists/tablemodelroles.h"
#include "ui/widgets/markericons.h"
#include "ui/widgets/palette.h"

namespace kcc::ui {

RowStateDelegate::RowStateDelegate(int markerColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_markerColumn(markerColumn)
    , m_geheimhoudingIcon(geheimhoudingIcon())
    , m_vertrouwelijkIcon(vertrouwelijkIcon())
{
}

RowStateDelegate::~RowStateDelegate() = default;

void RowStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const RowState state = RowState::fromInt(index.data(RowStateRole).toInt());
    if (state.testFlag(RowStateFlag::Inactive)) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (state.testFlag(RowStateFlag::TeLaat)) {
        // Overdue interne taken: a warm background on the whole row, readable when selected too.
        option->backgroundBrush = Palette::overdueRowBackground();
        option->palette.setColor(QPalette::Text, Palette::overdueRowText());
        option->font.setBold(true);
    }
    if (index.column() != m_markerColumn)
        return;
    QIcon marker;
    if (state.testFlag(RowStateFlag::Geheimhouding))
        marker = m_geheimhoudingIcon;
    else if (state.testFlag(RowStateFlag::Vertrouwelijk))
        marker = m_vertrouwelijkIcon;
    if (!marker.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = marker;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace kcc::ui
