#pragma once

#include "model/beheer/actordirectory.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// ActorDirectory on the actor table: whom a task can be assigned to or a call transferred to.
class SqlActorDirectory final : public ActorDirectory
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlActorDirectory)

public:
    explicit SqlActorDirectory(Database &database);

    Result<QList<Actor>> activeActors(SoortActor soort) override;
    Result<std::optional<Actor>> find(const QUuid &actor) override;

private:
    Database &m_database;
};

} // namespace kcc::storage
