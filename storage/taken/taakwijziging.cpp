#include "storage/taken/taakwijziging.h"

#include "model/taken/taaktoegang.h"
#include "model/validation/referencerules.h"
#include "model/validation/validation.h"
#include "storage/resources/repository.h"
#include "storage/taken/taaklogwriter.h"
#include "storage/taken/taakoutbox.h"
#include "storage/taken/takenstore.h"

namespace kcc::storage {

using takensql::firstError;
using takensql::Text;

namespace {

// The toelichting of a task with `addition` as a new paragraph; checked against the 1000 limit.
Result<QString> aangevuld(const QString &toelichting, const QString &addition)
{
    const QString extra = addition.trimmed();
    if (extra.isEmpty())
        return toelichting;
    const QString result = toelichting.isEmpty() ? extra : toelichting + QLatin1String("\n\n") + extra;
    if (result.size() > 1000) {
        const QString message =
            Text::tr("The explanation does not fit: the explanation of a task may be at most 1000 characters in all.");
        return Error{message, {{QStringLiteral("toelichting"), message}}};
    }
    return result;
}

} // namespace

TaakWijziging::TaakWijziging(const TakenStore &store)
    : m_store(store)
{
}

Result<InterneTaak> TaakWijziging::voorbereid(const SignedInActor &viewer, const QUuid &uuid,
                                              const QString &toelichting, const Eisen &eisen) const
{
    Result<InterneTaak> taak = m_store.taakVoorWijziging(uuid);
    if (!taak)
        return taak;
    if (taak.value().status != eisen.status) {
        return Error{eisen.status == TaakStatus::TeVerwerken ? Text::tr("This task has already been closed.")
                                                             : Text::tr("This task is still open."),
                     {}};
    }
    if (eisen.behandelen) {
        if (Result<> allowed = magBehandelen(viewer, taak.value()); !allowed)
            return allowed.error();
    }
    if (!eisen.toelichtingVerplicht.isEmpty() && toelichting.trimmed().isEmpty())
        return Error{eisen.toelichtingVerplicht, {{QStringLiteral("toelichting"), eisen.toelichtingVerplicht}}};
    if (eisen.toelichtingBegrensd) {
        if (Result<> fits = checkToelichting(toelichting); !fits)
            return fits.error();
    }
    return taak;
}

Result<> TaakWijziging::checkToelichting(const QString &toelichting)
{
    if (toelichting.trimmed().size() > 1000) {
        const QString message = Text::tr("The explanation may be at most 1000 characters.");
        return Error{message, {{QStringLiteral("toelichting"), message}}};
    }
    return {};
}

Result<> TaakWijziging::magBehandelen(const SignedInActor &viewer, const InterneTaak &taak) const
{
    Result<QList<QUuid>> eigen = m_store.afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    return TaakToegang::behandelen(viewer, taak.toegewezenAanActoren, eigen.value());
}

Result<QList<QUuid>> TaakWijziging::afdelingenVanTaak(const InterneTaak &taak) const
{
    Result<QList<Actor>> actors = m_store.actoren(taak.toegewezenAanActoren);
    if (!actors)
        return actors.error();
    QList<QUuid> result;
    for (const Actor &actor : actors.value()) {
        if (actor.soortActor == SoortActor::OrganisatorischeEenheid)
            result << actor.uuid;
    }
    return result;
}

Result<QList<Actor>> TaakWijziging::nieuweToewijzing(const QList<QUuid> &naar) const
{
    QList<QUuid> unique;
    for (const QUuid &uuid : naar) {
        if (!uuid.isNull() && !unique.contains(uuid))
            unique << uuid;
    }
    if (unique.isEmpty())
        return Error{Text::tr("Choose at least one colleague or afdeling."), {}};
    Result<QList<Actor>> actors = m_store.actoren(unique);
    if (!actors)
        return actors;
    if (const FieldErrors inactive = checkActorsActiveForNewRecord(actors.value()); !inactive.isEmpty())
        return firstError(inactive);
    return actors;
}

TaakLogEntry TaakWijziging::entry(const SignedInActor &viewer, const QUuid &taak, TaakLogActie actie,
                                  const QString &toelichting, const QDateTime &moment) const
{
    TaakLogEntry log;
    log.taak = taak;
    log.tijdstip = moment;
    log.actor = viewer.actor;
    log.actorNaam = naamVan(viewer);
    log.actie = actie;
    log.toelichting = toelichting.trimmed();
    return log;
}

QStringList TaakWijziging::namen(const QList<Actor> &actors)
{
    QStringList result;
    for (const Actor &actor : actors)
        result << actor.naam;
    return result;
}

QString TaakWijziging::naamVan(const SignedInActor &viewer) const
{
    Repository<Actor> repository(m_store.database);
    if (std::optional<Actor> actor = repository.find(viewer.actor))
        return actor->naam;
    return viewer.naam;
}

Result<> TaakWijziging::update(InterneTaak &taak) const
{
    if (const FieldErrors errors = validate(taak); !errors.isEmpty())
        return firstError(errors);
    Repository<InterneTaak> taken(m_store.database);
    if (Result<> updated = taken.update(taak); !updated)
        return updated;
    // Every task action changes its task here: the change goes to Open Klant in the same transaction.
    return taakoutbox::gewijzigd(m_store.database, taak);
}

Result<> TaakWijziging::reassign(const SignedInActor &viewer, InterneTaak &taak, const QList<Actor> &naar,
                                 TaakLogActie actie, const QString &toelichting) const
{
    QList<QUuid> uuids;
    for (const Actor &actor : naar)
        uuids << actor.uuid;
    taak.toegewezenAanActoren = uuids;
    if (Result<> updated = update(taak); !updated)
        return updated;
    TaakLogEntry log = entry(viewer, taak.uuid, actie, toelichting, m_store.now());
    log.toegewezenAan = namen(naar);
    return writeTaakLog(m_store.database, log);
}

Result<> TaakWijziging::close(const SignedInActor &viewer, InterneTaak &taak, const QString &toelichting,
                              const QDateTime &moment, TaakLogActie actie,
                              const std::optional<QUuid> &gerelateerd) const
{
    Result<QString> uitleg = aangevuld(taak.toelichting, toelichting);
    if (!uitleg)
        return uitleg.error();
    taak.toelichting = uitleg.value();
    taak.status = TaakStatus::Verwerkt;
    taak.afgehandeldOp = moment;
    if (Result<> updated = update(taak); !updated)
        return updated;
    TaakLogEntry log = entry(viewer, taak.uuid, actie, toelichting, moment);
    log.gerelateerdeTaak = gerelateerd;
    return writeTaakLog(m_store.database, log);
}

} // namespace kcc::storage
