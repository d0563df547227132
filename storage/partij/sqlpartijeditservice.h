#pragma once

#include "model/partij/partijeditservice.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// PartijEditService over the partij and digitaal_adres tables: one edit, one transaction.
class SqlPartijEditService final : public PartijEditService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlPartijEditService)

public:
    explicit SqlPartijEditService(Database &database);

    void setActingActor(const SignedInActor &actor) override;
    Result<> save(const PartijEdit &edit) override;

private:
    Result<> write(const PartijEdit &edit);

    Database &m_database;
    SignedInActor m_actor;
};

} // namespace kcc::storage
