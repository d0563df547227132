#include "storage/taken/taakoutbox.h"

#include "storage/sync/syncoutbox.h"

#include <QList>
#include <QPair>

namespace kcc::storage::taakoutbox {

namespace {

Result<> actoren(Database &database, const InterneTaak &taak)
{
    for (const QUuid &actor : taak.toegewezenAanActoren) {
        if (Result<> queued = SyncOutbox::ensureQueued(database, ApiResource::Actoren, actor); !queued)
            return queued;
    }
    return {};
}

} // namespace

Result<> gewijzigd(Database &database, const InterneTaak &taak)
{
    if (Result<> queued = actoren(database, taak); !queued)
        return queued;
    return SyncOutbox::queueChange(database, ApiResource::InterneTaken, taak.uuid);
}

Result<> nieuw(Database &database, const InterneTaak &taak)
{
    if (Result<> queued = actoren(database, taak); !queued)
        return queued;
    return SyncOutbox::ensureQueued(database, ApiResource::InterneTaken, taak.uuid);
}

Result<> contactPoging(Database &database, const ContactPoging &poging)
{
    QList<QPair<ApiResource, QUuid>> records = {{ApiResource::Actoren, poging.actor}};
    if (poging.partij)
        records.append({ApiResource::Partijen, *poging.partij});
    records.append({ApiResource::Klantcontacten, poging.origineel});
    records.append({ApiResource::Klantcontacten, poging.klantcontact});
    records.append({ApiResource::Betrokkenen, poging.betrokkene});
    records.append({ApiResource::Onderwerpobjecten, poging.onderwerpobject});
    records.append({ApiResource::ActorKlantcontacten, poging.actorKlantcontact});
    for (const auto &[resource, uuid] : std::as_const(records)) {
        if (Result<> queued = SyncOutbox::ensureQueued(database, resource, uuid); !queued)
            return queued;
    }
    return {};
}

} // namespace kcc::storage::taakoutbox
