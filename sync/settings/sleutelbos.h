#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kcc::sync {

// The operating system's keyring through QtKeychain, one entry of this application, used
// synchronously: each call waits (in a local event loop, at most a few seconds) for the job.
class Sleutelbos
{
    Q_DECLARE_TR_FUNCTIONS(kcc::sync::Sleutelbos)

public:
    static Result<> schrijf(const QString &sleutel, const QString &waarde);
    // nullopt when the keyring has no such entry.
    static Result<std::optional<QString>> lees(const QString &sleutel);
    static Result<> verwijder(const QString &sleutel);
};

} // namespace kcc::sync
