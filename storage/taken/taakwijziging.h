#pragma once

// Internal to storage/taken/: changing one task inside the caller's WriteTransaction — the
// preconditions every action checks first, reassigning and closing, each with its log row.
// Shared by SqlTaakActiesService and SqlSupervisieService.

#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/internetaak.h"
#include "model/taken/takentypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc::storage {

struct TakenStore;

class TaakWijziging
{
public:
    explicit TaakWijziging(const TakenStore &store);

    // What an action asks of a task before it changes it.
    struct Eisen
    {
        TaakStatus status = TaakStatus::TeVerwerken; // the status the task must have now
        bool behandelen = true;                      // the viewer may handle it (TaakToegang::behandelen)
        QString toelichtingVerplicht;                // not empty: the message when no toelichting is given
        bool toelichtingBegrensd = true;             // the toelichting on its own is at most 1000
    };
    // The one precondition check of the task actions, in this order: the task exists, has the
    // status asked for, the viewer may handle it, the toelichting is given and fits.
    Result<InterneTaak> voorbereid(const SignedInActor &viewer, const QUuid &taak, const QString &toelichting,
                                   const Eisen &eisen) const;

    static Result<> checkToelichting(const QString &toelichting);
    Result<> magBehandelen(const SignedInActor &viewer, const InterneTaak &taak) const;
    // The assignees of a task that are afdelingen.
    Result<QList<QUuid>> afdelingenVanTaak(const InterneTaak &taak) const;
    // New assignees: they exist, are active and are not listed twice.
    Result<QList<Actor>> nieuweToewijzing(const QList<QUuid> &naar) const;

    // A log row by the viewer (with the viewer's current name).
    TaakLogEntry entry(const SignedInActor &viewer, const QUuid &taak, TaakLogActie actie, const QString &toelichting,
                       const QDateTime &moment) const;
    static QStringList namen(const QList<Actor> &actors);

    Result<> update(InterneTaak &taak) const;
    Result<> reassign(const SignedInActor &viewer, InterneTaak &taak, const QList<Actor> &naar, TaakLogActie actie,
                      const QString &toelichting) const;
    // Status verwerkt at `moment`, the toelichting appended to the task's, and the log row.
    Result<> close(const SignedInActor &viewer, InterneTaak &taak, const QString &toelichting, const QDateTime &moment,
                   TaakLogActie actie, const std::optional<QUuid> &gerelateerd) const;

private:
    QString naamVan(const SignedInActor &viewer) const;

    const TakenStore &m_store;
};

} // namespace kcc::storage
