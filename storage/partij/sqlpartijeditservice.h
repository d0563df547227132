#pragma once

#include "model/partij/partijeditservice.h"
#include "model/privacy/huidigeverwerking.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;
class SqlVerwerkingenLog;

// PartijEditService over the partij and digitaal_adres tables: one edit, one transaction.
class SqlPartijEditService final : public PartijEditService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlPartijEditService)

public:
    explicit SqlPartijEditService(Database &database);
    // The verwerkingenlog (issue 15): with it, each saved edit gets its "Wijzigen partij" entry in
    // the edit's own transaction, in the seat's current verwerking. SqlServices sets it.
    void setVerwerkingenLog(SqlVerwerkingenLog *log, const HuidigeVerwerking *verwerking)
    {
        m_log = log;
        m_verwerking = verwerking;
    }

    void setActingActor(const SignedInActor &actor) override;
    Result<> save(const PartijEdit &edit) override;

private:
    Result<> write(const PartijEdit &edit);

    Database &m_database;
    SignedInActor m_actor;
    SqlVerwerkingenLog *m_log = nullptr;
    const HuidigeVerwerking *m_verwerking = nullptr;
};

} // namespace kcc::storage
