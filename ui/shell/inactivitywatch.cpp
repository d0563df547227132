#include "ui/shell/inactivitywatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace kcc::ui {

namespace {

// What a person at the desk does; not what the system does by itself (paint, timers, focus,
// a window that moves under the pointer), which must not keep an abandoned desk open.
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

InactivityWatch::InactivityWatch(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_poll(new QTimer(this))
    , m_lastInput(m_clock.now())
{
    m_poll->setInterval(std::chrono::seconds(1));
    connect(m_poll, &QTimer::timeout, this, &InactivityWatch::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

InactivityWatch::~InactivityWatch() = default;

void InactivityWatch::setTimeout(std::chrono::seconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::seconds(0));
    reset();
    updateTimer();
}

void InactivityWatch::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll->setInterval(interval);
}

void InactivityWatch::setPaused(bool paused)
{
    m_paused = paused;
    reset();
    updateTimer();
}

void InactivityWatch::reset()
{
    m_lastInput = m_clock.now();
    m_reported = false;
}

void InactivityWatch::check()
{
    if (m_paused || m_reported || m_timeout.count() <= 0)
        return;
    if (m_lastInput.secsTo(m_clock.now()) < m_timeout.count())
        return;
    m_reported = true;
    emit idle();
}

bool InactivityWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        reset();
    return QObject::eventFilter(watched, event);
}

void InactivityWatch::updateTimer()
{
    if (m_paused || m_timeout.count() <= 0)
        m_poll->stop();
    else
        m_poll->start();
}

} // namespace kcc::ui
