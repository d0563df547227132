#pragma once

#include "model/callflow/registrationservice.h"

#include <functional>

namespace kcc::app {

// The registration service the window gets when sync is on: the same service, and after a
// registration (or a transfer's addition) has committed it nudges the sync runner, so that the
// outbox entries written in that transaction leave at once instead of at the next interval.
class NudgingRegistration final : public RegistrationService
{
public:
    NudgingRegistration(RegistrationService &inner, std::function<void()> nudge);

    Result<PlanContext> planContext(const ContactSession &session) override;
    Result<RegistrationReceipt> registerContact(const RegistrationPlan &plan) override;
    Result<std::optional<RegistrationReceipt>> alreadyRegistered(const QList<QUuid> &klantcontacten) override;
    Result<> appendTransfer(const QUuid &klantcontact, const QUuid &colleague, const QString &text) override;
    Result<std::optional<TransferTarget>> findForTransfer(const QString &referentienummer,
                                                          const SignedInActor &viewer) override;

private:
    RegistrationService &m_inner;
    std::function<void()> m_nudge;
};

} // namespace kcc::app
