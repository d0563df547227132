#include "app/werkplek/syncsettingsloader.h"

#include "sync/settings/syncsettingsloader.h"

#include <QFile>
#include <QtGlobal>

namespace kcc::app {

sync::SyncSettings loadSyncSettings()
{
    sync::SyncSettings settings;
    const QString url = qEnvironmentVariable("KCC_SYNC_BASE_URL");
    const QString tokenPath = qEnvironmentVariable("KCC_SYNC_TOKEN_FILE");
    // The environment is for scripts and tests; otherwise the beheerder's settings (Beheer >
    // Open Klant, or IT's system-wide file), with the token from the keyring or a 0600 file.
    if (url.isEmpty() || tokenPath.isEmpty())
        return sync::loadSyncSettings();
    QFile tokenFile(tokenPath);
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        qWarning("Open Klant sync is off: the token file %s cannot be read (%s).", qPrintable(tokenPath),
                 qPrintable(tokenFile.errorString()));
        return settings;
    }
    settings.baseUrl = QUrl(url, QUrl::StrictMode);
    settings.token = QString::fromUtf8(tokenFile.readAll()).trimmed();
    return settings;
}

} // namespace kcc::app
