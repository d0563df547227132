#pragma once

#include "model/sync/openklantherkomst.h"

namespace kcc::storage {

class Database;

// OpenKlantHerkomst over sync_identiteit (herkomst 'server'), see PulledRecords::fromServer.
class SqlOpenKlantHerkomst final : public OpenKlantHerkomst
{
public:
    // `database` must outlive this.
    explicit SqlOpenKlantHerkomst(Database &database)
        : m_database(database)
    {
    }

    Result<QSet<QUuid>> uitOpenKlant(ApiResource resource, const QList<QUuid> &lokaal) override;

private:
    Database &m_database;
};

} // namespace kcc::storage
