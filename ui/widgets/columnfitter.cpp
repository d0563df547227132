#include "ui/widgets/columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <numeric>

namespace kcc::ui {

ColumnFitter::ColumnFitter(QTableView *view, const QList<int> &preferred)
    : QObject(view)
    , m_view(view)
    , m_preferred(preferred)
{
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->viewport()->installEventFilter(this);
    fit();
}

ColumnFitter::~ColumnFitter() = default;

void ColumnFitter::fit()
{
    const int total = std::accumulate(m_preferred.cbegin(), m_preferred.cend(), 0);
    const int available = m_view->viewport()->width();
    if (total <= 0 || available <= 0)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    // The last one too: a stretched last section never gets narrower than the size it was given,
    // and stretchLastSection widens it to whatever the others leave.
    for (qsizetype column = 0; column < m_preferred.size(); ++column) {
        const int preferred = m_preferred.at(column);
        const int width = available >= total ? preferred : int(qint64(preferred) * available / total);
        header->resizeSection(int(column), qMax(header->minimumSectionSize(), width));
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace kcc::ui
