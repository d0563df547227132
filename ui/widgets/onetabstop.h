#pragma once

#include <QWidget>

namespace kcc::ui {

// A date or date-time field that is one Tab stop: OneTabStop<QDateEdit>, OneTabStop<QDateTimeEdit>.
// QDateTimeEdit walks its day, month, year (and time) sections with Tab, and swallows Tab while it
// shows its special value ("alle"): a keyboard trap in any form. The sections stay reachable with
// Left/Right, Up/Down change the one under the cursor, and typed digits fill them in order.
// No Q_OBJECT: it adds no signals, and a template cannot carry one.
template<typename DateTimeEdit>
class OneTabStop final : public DateTimeEdit
{
public:
    using DateTimeEdit::DateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        // QWidget::event asks this before keyPressEvent sees the Tab; QDateTimeEdit's own version
        // moves to the next section instead.
        return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
    }
};

} // namespace kcc::ui
