#pragma once

#include <QString>
#include <QUrl>
#include <QUuid>

namespace kcc::sync {

// Where the municipality's Open Klant lives and how to authenticate (klantinteracties-model.md §1.2).
// The client itself arrives with the sync issue; the settings are fixed now so app/ can load them.
struct SyncSettings
{
    QUrl baseUrl;  // e.g. https://openklant.example.nl/klantinteracties/api/v1
    QString token; // 40 hex characters, sent as "Authorization: Token <token>"

    bool isConfigured() const;

    // Issue 14, settings (sync/settings: loadSyncSettings): the actor the desk's registrations are
    // sent as, where the token came from (in words, for status lines), and why there is none.
    QUuid actor{};
    QString actorNaam{};
    QString tokenHerkomst{};
    QString tokenFout{};
};

} // namespace kcc::sync
