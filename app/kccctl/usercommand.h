#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl user add NAME --role ROLE[,ROLE...] [--afdeling NAME...] --password-file FILE --telefoon NR
int runUser(const CommandContext &context);

} // namespace kcc::ctl
