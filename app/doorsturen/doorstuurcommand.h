#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl verwerkingen-doorsturen [--instellen URL --token-bestand FILE | --uit] [--wacht SECONDS]:
// turns forwarding of the verwerkingenlog to the municipality's central log on or off, or sends
// what waits in its outbox. Exits 0 only when nothing is left (nothing waiting, nothing refused).
int runVerwerkingenDoorsturen(const CommandContext &context);

} // namespace kcc::ctl
