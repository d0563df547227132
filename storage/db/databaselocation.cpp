#include "storage/db/databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace kcc::storage {

namespace {
QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kcc-werkplek");
}
} // namespace

QString DatabaseLocation::defaultPath()
{
    return dataDirectory() + QStringLiteral("/kcc-werkplek.sqlite");
}

QString DatabaseLocation::demoPath()
{
    return dataDirectory() + QStringLiteral("/kcc-werkplek-demo.sqlite");
}

QString DatabaseLocation::resolve(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("KCC_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

} // namespace kcc::storage
