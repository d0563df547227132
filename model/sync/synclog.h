#pragma once

#include "model/core/result.h"
#include "model/sync/synclogregel.h"

namespace kcc {

// The sync log (issue 14, item 6): what the push and the pull did, line by line, for the beheerder
// to open and filter instead of popups for background failures. Implemented in storage/sync;
// written by the push worker, read by ui/sync.
class SyncLog
{
public:
    virtual ~SyncLog() = default;

    // Appends one line in its own short transaction; `regel.id` is ignored, a missing time is now.
    virtual Result<> append(const SyncLogRegel &regel) = 0;
    // One page of the lines that match, newest first, with the number of all that match.
    virtual Result<SyncLogPagina> read(const SyncLogFilter &filter) = 0;
};

} // namespace kcc
