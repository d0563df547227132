#pragma once

#include "app/kccctl/kccctlcommand.h"

namespace kcc::ctl {

// kccctl vergeet --bsn BSN|--partij UUID --gebruiker NAME: erases one person's data (AVG art. 17)
// in one transaction, keeping the klantcontacten and taken anonymised, for a privacy officer
// (password on the first line of stdin); logged first. kccctl vergeet --opruimen only wipes the
// freed space and the WAL (after an erasure that found the database in use).
int runVergeet(const CommandContext &context);

} // namespace kcc::ctl
