#include "storage/partij/sqlpartijeditservice.h"

#include "storage/db/database.h"
#include "storage/db/retry.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/sqlverwerkingenlog.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/sync/syncoutbox.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "model/taken/taaktoegang.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace kcc::storage {

SqlPartijEditService::SqlPartijEditService(Database &database)
    : m_database(database)
{
}

void SqlPartijEditService::setActingActor(const SignedInActor &actor)
{
    m_actor = actor;
}

Result<> SqlPartijEditService::save(const PartijEdit &edit)
{
    return retryOnConflict([&]() -> Result<> {
        WriteTransaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.error();
        if (Result<> written = write(edit); !written)
            return written; // the transaction rolls back
        if (m_log && m_verwerking) {
            Verwerking verwerking = m_verwerking->current();
            if (!m_actor.actor.isNull())
                verwerking.gebruiker = m_actor.actor.toString(QUuid::WithoutBraces);
            if (Result<QUuid> logged =
                    m_log->logInTransactie(verwerking, PersoonsVerwerkingen::partijGewijzigd(edit.partij.uuid));
                !logged)
                return logged.error();
        }
        return transaction.commit();
    });
}

Result<> SqlPartijEditService::write(const PartijEdit &edit)
{
    Repository<Partij> partijen(m_database);
    const std::optional<Partij> stored = partijen.find(edit.partij.uuid);
    if (!stored)
        return Error{tr("This partij no longer exists."), {}};

    // Only what the editor offers changes; nummer, interne notitie, soort, actief and the
    // contactpersoon's organisatie stay as stored, whatever the caller sent.
    PartijEdit checked;
    Partij &partij = checked.partij;
    partij = *stored;
    if (partij.soortPartij == SoortPartij::Organisatie)
        partij.organisatieNaam = edit.partij.organisatieNaam;
    else
        partij.contactnaam = edit.partij.contactnaam;
    partij.voorkeurstaal = edit.partij.voorkeurstaal;
    partij.bezoekadres = edit.partij.bezoekadres;
    partij.correspondentieadres = edit.partij.correspondentieadres;
    partij.voorkeursDigitaalAdres = edit.partij.voorkeursDigitaalAdres;
    partij.indicatieGeheimhouding = edit.partij.indicatieGeheimhouding;

    // The screen disables the box for others; the service is where the rule holds.
    if (partij.indicatieGeheimhouding != stored->indicatieGeheimhouding && !TaakToegang::isBeheerder(m_actor)) {
        qWarning("Refused to change the geheimhouding of a partij: \"%s\" is no beheerder.", qPrintable(m_actor.naam));
        const QString message = tr("Only a beheerder may change the geheimhouding of a partij.");
        return Error{message, {{QStringLiteral("indicatieGeheimhouding"), message}}};
    }

    const QList<DigitaalAdres> before = digitaleAdressenVanPartij(m_database, partij.uuid);
    QHash<QUuid, DigitaalAdres> beforeByUuid;
    for (const DigitaalAdres &adres : before)
        beforeByUuid.insert(adres.uuid, adres);
    Repository<DigitaalAdres> adressen(m_database);
    for (const DigitaalAdres &given : edit.digitaleAdressen) {
        DigitaalAdres adres = given;
        adres.verstrektDoorPartij = partij.uuid;
        adres.verstrektDoorBetrokkene.reset();
        if (!beforeByUuid.contains(adres.uuid) && adressen.find(adres.uuid))
            return Error{tr("A digital address of this edit belongs to someone else."), {}};
        checked.digitaleAdressen.append(adres);
    }
    if (const FieldErrors errors = validatePartijEdit(checked); !errors.isEmpty())
        return Error{errors.first().message, errors};

    // New addresses first (the voorkeur may point at one), then the partij, then the removals
    // (the voorkeur no longer points at them).
    QSet<QUuid> kept;
    QList<QPair<QUuid, bool>> teVersturen; // address, new
    for (const DigitaalAdres &adres : std::as_const(checked.digitaleAdressen)) {
        kept.insert(adres.uuid);
        const auto old = beforeByUuid.constFind(adres.uuid);
        if (old == beforeByUuid.cend()) {
            if (Result<> inserted = adressen.insert(adres); !inserted)
                return inserted;
            teVersturen.append({adres.uuid, true});
        } else if (*old != adres) {
            if (Result<> updated = adressen.update(adres); !updated)
                return updated;
            teVersturen.append({adres.uuid, false});
        }
    }
    if (partij != *stored) {
        if (Result<> updated = partijen.update(partij); !updated)
            return updated;
        // To Open Klant in this transaction (issue 14, item 2): the partij before its addresses.
        if (Result<> queued = SyncOutbox::queueChange(m_database, ApiResource::Partijen, partij.uuid); !queued)
            return queued;
    }
    if (!teVersturen.isEmpty()) {
        // The addresses refer to the partij: it must be on the server (or on its way) first.
        if (Result<> queued = SyncOutbox::ensureQueued(m_database, ApiResource::Partijen, partij.uuid); !queued)
            return queued;
    }
    for (const auto &[uuid, nieuw] : std::as_const(teVersturen)) {
        if (Result<> queued = nieuw ? SyncOutbox::ensureQueued(m_database, ApiResource::DigitaleAdressen, uuid)
                                    : SyncOutbox::queueChange(m_database, ApiResource::DigitaleAdressen, uuid);
            !queued)
            return queued;
    }
    for (const DigitaalAdres &adres : before) {
        if (kept.contains(adres.uuid))
            continue;
        if (Result<> removed = adressen.remove(adres.uuid); !removed)
            return removed;
        // The removal reaches Open Klant too (issue 14, item 2), in this transaction.
        if (Result<> queued = SyncOutbox::queueRemoval(m_database, ApiResource::DigitaleAdressen, adres.uuid); !queued)
            return queued;
    }
    return {};
}

} // namespace kcc::storage
