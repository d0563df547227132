#pragma once

#include "model/core/result.h"
#include "sync/settings/tokenopslag.h"
#include "sync/syncsettings.h"

#include <QCoreApplication>

class QSettings;

namespace kcc::sync {

// Where the Open Klant settings are read and written (issue 14, item 1). The base URL and the actor
// are in the application's settings (QSettings, group [openklant]); IT can fix them for every desk
// in the system-wide file (on Debian `/etc/xdg/KCC Werkplek/KCC Werkplek.conf`), which then wins,
// and can give one token file for all desks there (`tokenBestand=`, 0600, owned by the user who
// runs the desk). Otherwise the token is in the keyring or the user's own 0600 file (TokenOpslag).
class SyncSettingsLoader
{
    Q_DECLARE_TR_FUNCTIONS(kcc::sync::SyncSettingsLoader)

public:
    SyncSettingsLoader(QSettings &user, const QSettings &system, TokenOpslag tokens = TokenOpslag());

    SyncSettings load();

    // The desk's own names, also in kccctl and kcc-sync (whose application names differ): one
    // settings file for every program of the desk.
    static QString organisatie() { return QStringLiteral("KCC Werkplek"); }
    static QString applicatie() { return QStringLiteral("KCC Werkplek"); }

    // Which keys IT has fixed in the system-wide file (the beheerder's form shows them read-only).
    bool baseUrlVastgezet() const;
    bool actorVastgezet() const;
    QString tokenBestandVanIT() const;

    // Saves what the beheerder set; an empty token keeps the stored one. Refused when IT fixed the
    // value. Says where the token is.
    Result<QString> save(const QUrl &baseUrl, const QString &token, const QUuid &actor, const QString &actorNaam);
    // Where the token is now, in words ("Stored in the keyring.", ...), or empty when none is set.
    QString tokenPlek();

private:
    QVariant value(const QString &key) const;

    QSettings &m_user;
    const QSettings &m_system;
    TokenOpslag m_tokens;
};

// The settings of this desk from the application's own and the system-wide QSettings: what the app,
// the runner and kcc-sync call before they talk to Open Klant.
SyncSettings loadSyncSettings();

} // namespace kcc::sync
