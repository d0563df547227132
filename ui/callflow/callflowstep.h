#pragma once

#include "model/core/fielderror.h"

#include <QWidget>

namespace kcc {
struct ContactSession;
}

namespace kcc::ui {

// One step of the guided call registration. The ContactPanel owns the session; a step edits it
// in place as the medewerker types and says so with edited(), so that the draft is always current.
class CallFlowStep : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallFlowStep)

public:
    explicit CallFlowStep(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }
    ~CallFlowStep() override = default;

    void setSession(ContactSession *session)
    {
        m_session = session;
        refresh();
    }
    // Shows the session's current state (after another step changed it).
    virtual void refresh() = 0;
    // A new contact (or another draft) begins: forget what the last one left in the widgets that
    // the session does not hold (search text, hits, messages), so that no caller lingers.
    virtual void startOver() { clearErrors(); }
    // Shows the errors whose form path belongs to this step at their fields; returns how many.
    virtual int showErrors(const FieldErrors &errors) = 0;
    virtual void clearErrors() = 0;

signals:
    void edited();

protected:
    ContactSession *m_session = nullptr;
    // True while refresh() fills the widgets, so that their change signals do not write back.
    bool m_loading = false;
};

} // namespace kcc::ui
