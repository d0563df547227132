#pragma once

#include <QTableView>

namespace kcc::ui {

// A read-only table for the lazy list models: whole-row selection, alternating rows, uniform row
// heights (cheap to lay out however many rows are loaded) and no sorting, because a lazily
// loaded model only knows its first pages.
class ListTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTableView)

public:
    explicit ListTableView(QWidget *parent = nullptr);
    ~ListTableView() override;

    // Sizes the columns to the loaded rows and the headers, within limits, so that a long
    // onderwerp does not push the other columns out of sight.
    void fitColumnsToContents(int maximumWidth = 340);
};

} // namespace kcc::ui
