#include "app/werkplek/locksettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace kcc::app {

std::chrono::seconds LockSettings::lockAfter()
{
    const QSettings system(QSettings::SystemScope, QCoreApplication::organizationName(),
                           QCoreApplication::applicationName());
    const QVariant minutes = system.value(QStringLiteral("vergrendeling/minuten"));
    if (minutes.isValid() && fromValue(minutes) == std::chrono::minutes(defaultMinutes) &&
        minutes.toString().trimmed() != QString::number(defaultMinutes)) {
        qWarning("vergrendeling/minuten=%s in %s is not a number of minutes from 1 to %d; the desk locks after %d.",
                 qPrintable(minutes.toString()), qPrintable(system.fileName()), maximumMinutes, defaultMinutes);
    }
    return fromValue(minutes);
}

std::chrono::seconds LockSettings::fromValue(const QVariant &minutes)
{
    bool ok = false;
    const int value = minutes.toString().trimmed().toInt(&ok);
    if (!ok || value < 1)
        return std::chrono::minutes(defaultMinutes);
    return std::chrono::minutes(std::min(value, maximumMinutes));
}

} // namespace kcc::app
