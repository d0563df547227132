#pragma once

#include "model/core/clock.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;

namespace kcc::ui {

// Notices when nobody has touched the application for a while (issue 15: the desk locks itself).
// Every key, mouse button, wheel and touch event of the whole application resets it; the time
// is read from the project's Clock, so that a test moves a fake clock instead of waiting. A poll
// timer compares; `check()` does the same at once.
class InactivityWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityWatch)

public:
    explicit InactivityWatch(Clock clock, QObject *parent = nullptr);
    ~InactivityWatch() override;

    // Zero (the default) watches nothing.
    void setTimeout(std::chrono::seconds timeout);
    std::chrono::seconds timeout() const { return m_timeout; }
    // How often the clock is compared (one second by default; tests make it short).
    void setPollInterval(std::chrono::milliseconds interval);
    // While paused (the desk is locked) nothing is reported; resuming counts from now.
    void setPaused(bool paused);
    // Counts from now, as if the medewerker had pressed a key.
    void reset();
    // Emits idle() when the timeout has passed since the last input.
    void check();

signals:
    // Once per idle period: the next report needs new input first.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTimer();

    Clock m_clock;
    QTimer *m_poll;
    std::chrono::seconds m_timeout{0};
    QDateTime m_lastInput;
    bool m_paused = false;
    bool m_reported = false;
};

} // namespace kcc::ui
