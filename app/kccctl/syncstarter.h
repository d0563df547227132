#pragma once

#include "app/kccctl/kccctlcommand.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace kcc::ctl {

// kccctl sync: runs kcc-sync (next to kccctl) with the database and the options, and returns its
// exit code. Talking to Open Klant needs Qt Network, which kccctl itself does not load.
int runSyncProgram(const CommandContext &context);

// True when a server look-up is set up for `kccctl search` ($KCC_SYNC_BASE_URL and
// $KCC_SYNC_TOKEN_FILE; the beheerder's own sync settings once they exist).
bool serverLookUpConfigured();
// Runs `kcc-sync DATABASE lookup KIND VALUE`: the local uuids of the partijen found on the server
// and stored; nullopt when the look-up failed (its reasons went to stderr).
std::optional<QList<QUuid>> lookUpOnServer(const CommandContext &context, const QString &kind, const QString &value);

} // namespace kcc::ctl
