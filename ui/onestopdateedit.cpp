#include "ui/onestopdateedit.h"

namespace kcc::ui {

OneStopDateEdit::OneStopDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
}

OneStopDateEdit::~OneStopDateEdit() = default;

bool OneStopDateEdit::focusNextPrevChild(bool next)
{
    // QWidget::event asks this before keyPressEvent sees the Tab; QDateTimeEdit's own version moves
    // to the next section instead, and its keyPressEvent never runs once this returns true.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace kcc::ui
