#pragma once

#include "sync/syncsettings.h"

namespace kcc::app {

// Where the desk finds its Open Klant settings. For now the environment: KCC_SYNC_BASE_URL and
// KCC_SYNC_TOKEN_FILE (a file holding the token). The beheerder's settings store with the
// keyring replaces this one function; nothing else reads the settings at start-up.
sync::SyncSettings loadSyncSettings();

} // namespace kcc::app
