#include "ui/widgets/listtableview.h"

#include <QHeaderView>

namespace kcc::ui {

ListTableView::ListTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false); // Tab leaves the table, as a keyboard user expects
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

ListTableView::~ListTableView() = default;

void ListTableView::fitColumnsToContents(int maximumWidth)
{
    if (!model())
        return;
    const QFontMetrics metrics(font());
    // Cell margins plus room for a marker icon, which any column may carry.
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12 + 20;
    const int rows = model()->rowCount();
    for (int column = 0; column < model()->columnCount(); ++column) {
        // A header is never truncated, whatever the limit.
        const int header = horizontalHeader()->sectionSizeHint(column);
        int content = 0;
        for (int row = 0; row < rows; ++row)
            content = qMax(content, metrics.horizontalAdvance(model()->index(row, column).data().toString()));
        setColumnWidth(column, qMax(header, qMin(content + padding, maximumWidth)));
    }
}

} // namespace kcc::ui
