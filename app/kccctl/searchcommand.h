#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl search QUERY [--limit N] [--json] [--rebuild-index]: the instant partij search of the
// werkplek (storage/partijsearch.h) on the command line.
int runSearch(const CommandContext &context);

} // namespace kcc::ctl
