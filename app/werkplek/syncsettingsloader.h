#pragma once

#include "sync/syncsettings.h"

namespace kcc::app {

// Where the desk finds its Open Klant settings: the environment (KCC_SYNC_BASE_URL and
// KCC_SYNC_TOKEN_FILE, a file holding the token) for scripts and tests, else the beheerder's
// settings store (sync/settings: QSettings, IT's system-wide file, the keyring or a 0600 file).
sync::SyncSettings loadSyncSettings();

} // namespace kcc::app
