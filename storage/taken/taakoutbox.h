#pragma once

// Internal to storage/taken/: what a task action queues for Open Klant, inside the action's own
// transaction (issue 14, item 2), so that the change and its outbox entries commit together.

#include "model/core/result.h"
#include "model/klantinteracties/internetaak.h"

#include <QUuid>

#include <optional>

namespace kcc::storage {

class Database;

namespace taakoutbox {

// A changed task (picked up, handed over, assigned, closed, reopened): its new assignees first
// (the PATCH refers to them by their server uuid), then the change.
Result<> gewijzigd(Database &database, const InterneTaak &taak);
// A new task (re-routed): its assignees, then the task.
Result<> nieuw(Database &database, const InterneTaak &taak);

// The records a callback attempt wrote (SqlTaakActiesService::registreerContactPoging), in
// dependency order.
struct ContactPoging
{
    QUuid actor;
    std::optional<QUuid> partij;
    QUuid origineel; // the klantcontact the new one is about
    QUuid klantcontact;
    QUuid betrokkene;
    QUuid onderwerpobject;
    QUuid actorKlantcontact;
};
Result<> contactPoging(Database &database, const ContactPoging &poging);

} // namespace taakoutbox

} // namespace kcc::storage
