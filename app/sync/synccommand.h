#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl sync push [--all] | pull | status | lookup bsn|kvk|telefoon|email VALUE
//   [--base-url URL] [--token-file FILE]: the sync with Open Klant from the command line (issue 14,
// item 7), run by kcc-sync (app/sync/main.cpp). `lookup` is what `kccctl search` runs for a
// BSN, KvK-nummer, phone number or e-mail address it does not find locally: it prints the local
// uuids of the partijen it stored, one per line.
int runSync(const CommandContext &context);

} // namespace kcc::ctl
