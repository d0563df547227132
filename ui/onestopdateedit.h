#pragma once

#include <QDateEdit>

namespace kcc::ui {

// A date field that is one Tab stop: Tab and Shift+Tab always move to the next or previous
// widget. A plain QDateEdit walks its day, month and year sections with Tab and swallows Tab
// altogether while it shows its special value ("any"), a keyboard trap in a filter row. The
// sections stay reachable with Left/Right, and Up/Down change the one under the cursor.
class OneStopDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneStopDateEdit)

public:
    explicit OneStopDateEdit(QWidget *parent = nullptr);
    ~OneStopDateEdit() override;

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace kcc::ui
