#pragma once

#include "model/core/clock.h"
#include "model/privacy/huidigeverwerking.h"
#include "storage/privacy/verwerkingenloginstellingen.h"

#include <QByteArray>

#include <memory>

namespace kcc::storage {

// What the search thread needs to log the hits it hands out on its own connection: the key,
// the log's settings, the seat's current verwerking (shared with the UI thread) and the clock.
struct ZoekLogging
{
    QByteArray sleutel;
    VerwerkingenLogInstellingen instellingen;
    std::shared_ptr<const HuidigeVerwerking> verwerking;
    Clock clock;
};

} // namespace kcc::storage
