#pragma once

#include "model/beheer/accountservice.h"
#include "model/callflow/registrationservice.h"
#include "model/core/clock.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;
class SqlVerwerkingenLog;

// RegistrationService: writes a RegistrationPlan in ONE WriteTransaction (partij, identificator,
// adressen, klantcontacten, betrokkenen, actor links, onderwerpobjecten, bijlagen, interne taken,
// and the removal of the draft). Re-checks inside the transaction what another seat may have
// changed since the plan was built: actors still active, the partij still active, the BSN still
// free. For rule 3 a BSN registered meanwhile is reused (the betrokkenen are linked to that
// partij); for variant C it is an error. On any failure nothing is written.
class RegistrationWriter final : public RegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::RegistrationWriter)

public:
    // `clock` stamps the plan's context (PlanContext::now) and a new task's log.
    explicit RegistrationWriter(Database &database, Clock clock = {});
    // The verwerkingenlog (issue 15): with it, every klantcontact, interne taak and new partij
    // about a known person gets its entry in the registration's own transaction (both or
    // neither), under the klantcontact's uuid as verwerkingId. SqlServices sets it.
    void setVerwerkingenLog(SqlVerwerkingenLog *log) { m_log = log; }

    Result<PlanContext> planContext(const ContactSession &session) override;
    Result<RegistrationReceipt> registerContact(const RegistrationPlan &plan) override;
    Result<std::optional<RegistrationReceipt>> alreadyRegistered(const QList<QUuid> &klantcontacten) override;
    Result<> appendTransfer(const QUuid &klantcontact, const QUuid &colleague, const QString &text) override;
    Result<std::optional<TransferTarget>> findForTransfer(const QString &referentienummer,
                                                          const SignedInActor &viewer) override;

private:
    Result<RegistrationReceipt> write(const RegistrationPlan &plan);
    Result<> logRegistratie(const RegistrationPlan &plan, const RegistrationReceipt &receipt);

    Database &m_database;
    Clock m_clock;
    SqlVerwerkingenLog *m_log = nullptr;
};

} // namespace kcc::storage
