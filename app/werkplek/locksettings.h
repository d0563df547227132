#pragma once

#include <QVariant>

#include <chrono>

namespace kcc::app {

// Issue 15: how long a desk may stand without input before it locks itself. The beheerder sets it
// once for every seat in the system-wide settings (on Debian
// `/etc/xdg/KCC Werkplek/KCC Werkplek.conf`, section `[vergrendeling]`, key `minuten`); the
// medewerker's own settings are not read, so that nobody lengthens it for their own desk.
class LockSettings
{
public:
    static constexpr int defaultMinutes = 10;
    static constexpr int maximumMinutes = 60;

    // From the system-wide settings; the default when nothing (valid) is set there.
    static std::chrono::seconds lockAfter();
    // Whole minutes from 1 to maximumMinutes (more is cut to it); anything else, also 0, is the default:
    // the lock cannot be switched off.
    static std::chrono::seconds fromValue(const QVariant &minutes);
};

} // namespace kcc::app
