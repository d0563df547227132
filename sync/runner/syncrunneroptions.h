#pragma once

#include <chrono>

namespace kcc::sync {

// How patient the background sync is. The application keeps the defaults; tests and the benchmark
// shorten them so that a server that goes away is noticed in a second, not in minutes.
struct SyncRunnerOptions
{
    // How often the runner looks at the outbox (and pulls) without being nudged.
    std::chrono::milliseconds interval{60000};
    std::chrono::milliseconds requestTimeout{10000};
    // The push worker's backoff after a timeout, a dropped connection or a 5xx.
    std::chrono::milliseconds backoffBase{2000};
    std::chrono::milliseconds backoffMax{60000};
    // The longest a 408 or 429's Retry-After is honoured (PushWorker::setRetryAfterMax).
    std::chrono::milliseconds retryAfterMax{900000};
    // A drained push pulls (issue 14, item 3) at most this often by the runner's clock, so that a
    // busy desk does not pull after every registration; the interval brings the one it skipped.
    std::chrono::milliseconds pullInterval{60000};
    // Status changes are reported at most this often (a push sends hundreds of entries a second).
    std::chrono::milliseconds statusDelay{200};
};

} // namespace kcc::sync
