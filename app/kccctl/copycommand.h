#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl --db FILE copy --to URI: a desk's SQLite database into an empty PostgreSQL database.
int runCopy(const CommandContext &context);

} // namespace kcc::ctl
