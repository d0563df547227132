#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl taken [--actor NAME | --afdeling NAME] [--status te_verwerken|verwerkt] [--json]: the
// interne taken as the supervisor's work queue overview shows them (SqlWerkvoorraadService, oldest first).
int runTaken(const CommandContext &context);

} // namespace kcc::ctl
