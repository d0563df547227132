#pragma once

#include <QDateTime>

#include <concepts>
#include <functional>
#include <type_traits>
#include <utility>

namespace kcc {

// The current instant (in UTC) for everything that stamps or compares times: services, models and
// the call flow take a Clock instead of asking the system, so that a test can fix or advance time
// (tests/support/fixedclock.h). Default-constructed it is the system clock.
class Clock
{
public:
    Clock() = default;

    // Any callable that returns a QDateTime (a test's lambda, another std::function). Implicit, so
    // that `[&] { return now; }` can be passed where a Clock is asked; an empty std::function is
    // the system clock.
    template<typename Source>
    requires(!std::same_as<std::remove_cvref_t<Source>, Clock> &&
             std::is_invocable_r_v<QDateTime, std::remove_cvref_t<Source> &>)
        Clock(Source &&source) // NOLINT(google-explicit-constructor)
        : m_source(std::forward<Source>(source))
    {
    }

    static Clock system() { return {}; }

    QDateTime now() const { return m_source ? m_source() : QDateTime::currentDateTimeUtc(); }
    QDateTime operator()() const { return now(); }

private:
    std::function<QDateTime()> m_source; // empty: the system clock
};

} // namespace kcc
