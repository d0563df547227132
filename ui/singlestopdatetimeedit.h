#pragma once

#include <QDateTimeEdit>

namespace kcc::ui {

// A date-time field that is one Tab stop: QDateTimeEdit moves Tab from section to section, which
// traps the keyboard of someone tabbing through a form. Sections are still reached with the
// arrow keys, and typing digits fills them in order.
class SingleStopDateTimeEdit final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleStopDateTimeEdit)

public:
    using QDateTimeEdit::QDateTimeEdit;
    ~SingleStopDateTimeEdit() override = default;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace kcc::ui
