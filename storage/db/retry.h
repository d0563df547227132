#pragma once

#include "model/core/result.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace kcc::storage {

// Runs one unit of work (a function that opens, fills and commits its own WriteTransaction) again
// when it failed with Error::Cause::Conflict: PostgreSQL aborted it for a deadlock or a
// serialization failure with another seat, and nothing of it was saved. The user never sees such a
// conflict unless it happens `attempts` times in a row; then the Error says so in plain words. The
// waits grow (5, 10, 20, ... ms) with jitter, so that two seats that collided do not collide again.
// SQLite never reports a conflict (one writer at a time), so there it runs once.
template<typename Work>
auto retryOnConflict(Work &&work, int attempts = 5) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        auto result = work();
        if (result || result.error().cause != Error::Cause::Conflict || attempt >= attempts)
            return result;
        const int wait = 5 << std::min(attempt - 1, 6);
        QThread::msleep(ulong(wait + QRandomGenerator::global()->bounded(wait)));
    }
}

} // namespace kcc::storage
