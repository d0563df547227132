#pragma once

// A clock a test sets and advances: hand clock() to a service, a model or a CallFlowContext, then
// move time with set() or advance() - every copy of clock() follows. Header-only, QtCore only.

#include "model/core/clock.h"

#include <QDateTime>

#include <memory>

namespace kcc::test {

class FixedClock
{
public:
    explicit FixedClock(const QDateTime &start)
        : m_now(std::make_shared<QDateTime>(start))
    {
    }

    Clock clock() const
    {
        return [now = m_now] { return *now; };
    }
    QDateTime now() const { return *m_now; }
    void set(const QDateTime &now) { *m_now = now; }
    void advance(qint64 seconds) { *m_now = m_now->addSecs(seconds); }

private:
    std::shared_ptr<QDateTime> m_now; // shared with the clocks handed out
};

} // namespace kcc::test
