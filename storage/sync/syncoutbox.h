#pragma once

#include "model/apijson/apijson.h"
#include "model/callflow/registrationplan.h"
#include "model/callflow/registrationservice.h"
#include "model/core/result.h"

#include <QDateTime>
#include <QUuid>

namespace kcc::storage {

class Database;

// Fills the sync outbox inside the caller's transaction (issue 14, item 2: a registration and its
// outbox entries commit together or not at all). Entries are numbered in the order they are
// queued, which is the order the push worker sends them in, so callers queue a record after the
// records it refers to.
class SyncOutbox
{
public:
    // Queues one record unless it is already on the server or already waiting.
    static Result<> ensureQueued(Database &database, ApiResource resource, const QUuid &lokaal);
    // Everything a registration wrote, in dependency order: the partij (new, or known only
    // locally) with its identificatoren and digitale adressen, the actors not yet on the server,
    // then per contact the klantcontact, its betrokkenen, the betrokkene's one-off digitale
    // adressen, onderwerpobjecten, bijlagen, actor links and interne taak.
    static Result<> queueRegistration(Database &database, const RegistrationPlan &plan,
                                      const RegistrationReceipt &receipt);
    // A change of a record (a task picked up, handed over or closed; a partij edited): a 'wijzigen'
    // entry (PATCH) at the end of the queue, or a create when the server has never seen the record.
    static Result<> queueChange(Database &database, ApiResource resource, const QUuid &lokaal);
    // A record removed at the desk (a partij's digitaal adres): a 'verwijderen' entry (DELETE) at
    // the end of the queue when the server has it or an entry of it waits; nothing for a record
    // that was never queued. The server identity stays until the DELETE succeeds, so the entry can
    // be sent after the local row is gone. Entries waiting before it are settled by the worker's
    // store (SqlSyncStore::nextDue): a record the server never had is then sent neither created
    // nor removed. Only an INSERT here: the writer's role may not change the outbox.
    static Result<> queueRemoval(Database &database, ApiResource resource, const QUuid &lokaal);
};

} // namespace kcc::storage
