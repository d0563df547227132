#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl verwerkingsactiviteiten [--gebruiker NAME (--id UUID --naam NAME --bewaartermijn P2Y
// [--url URL] [--standaard] | --koppel KANAAL[:ONDERWERP] --id UUID)]: lists the register of
// processing activities, or (a beheerder, password on the first line of stdin) changes it.
int runVerwerkingsactiviteiten(const CommandContext &context);

} // namespace kcc::ctl
