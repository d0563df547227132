#include "app/werkplek/databasesetting.h"

#include <QSettings>

namespace kcc::app {

QString DatabaseSetting::configured()
{
    // QSettings' user scope falls back to the system scope for keys the user file lacks.
    return QSettings().value(key()).toString().trimmed();
}

QString DatabaseSetting::requested(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty() || !qEnvironmentVariableIsEmpty("KCC_DB"))
        return commandLinePath;
    return configured();
}

} // namespace kcc::app
