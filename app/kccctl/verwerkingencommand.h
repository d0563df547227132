#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl verwerkingen --bsn BSN|--partij UUID --gebruiker NAME [--van DATE] [--tot DATE] [--json]:
// the verwerkingenlog about one person, for a privacy officer (the account signs in with the
// password on the first line of stdin); the reading is itself logged first.
int runVerwerkingen(const CommandContext &context);
// kccctl verwerkingen-opschonen: removes the entries past their bewaartermijn, and records that.
int runVerwerkingenOpschonen(const CommandContext &context);

} // namespace kcc::ctl
