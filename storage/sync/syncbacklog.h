#pragma once

#include "model/core/result.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// `kccctl sync push --all` (issue 14, item 7): a desk connecting for the first time, or after an
// import, queues every local record the server does not have yet.
class SyncBacklog
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SyncBacklog)

public:
    // Queues (SyncOutbox::ensureQueued) every record that is neither mapped to the server nor
    // waiting, in dependency order: partijen, their identificatoren, actoren, klantcontacten,
    // betrokkenen, digitale adressen (they may belong to a betrokkene), onderwerpobjecten,
    // bijlagen, actorklantcontacten, interne taken. One transaction. Returns how many were queued.
    // Rekeningnummers and vertegenwoordigingen are not pushed yet.
    static Result<int> queueEverything(Database &database);
};

} // namespace kcc::storage
