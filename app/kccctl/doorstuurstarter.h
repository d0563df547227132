#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl verwerkingen-doorsturen: runs kcc-verwerkingen-doorsturen (next to kccctl) with the
// database and the options, and returns its exit code. The sending needs Qt Network, which
// kccctl itself does not load (app/doorsturen/main.cpp).
int runVerwerkingenDoorsturenProgram(const CommandContext &context);

} // namespace kcc::ctl
