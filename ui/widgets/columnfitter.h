#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace kcc::ui {

// Keeps a table's columns within its width: with room enough they have their preferred widths (the
// last one stretches); narrower, every column shrinks in proportion and the cells elide, so that no
// horizontal scroll bar appears (a 1366 px screen with the contact panel beside the search).
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    // `preferred`: the width of each column, in column order; the view's last section stretches.
    ColumnFitter(QTableView *view, const QList<int> &preferred);
    ~ColumnFitter() override;

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QList<int> m_preferred;
};

} // namespace kcc::ui
