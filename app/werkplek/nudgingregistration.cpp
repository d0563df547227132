#include "app/werkplek/nudgingregistration.h"

namespace kcc::app {

NudgingRegistration::NudgingRegistration(RegistrationService &inner, std::function<void()> nudge)
    : m_inner(inner)
    , m_nudge(std::move(nudge))
{
}

Result<PlanContext> NudgingRegistration::planContext(const ContactSession &session)
{
    return m_inner.planContext(session);
}

Result<RegistrationReceipt> NudgingRegistration::registerContact(const RegistrationPlan &plan)
{
    Result<RegistrationReceipt> receipt = m_inner.registerContact(plan);
    if (receipt)
        m_nudge();
    return receipt;
}

Result<std::optional<RegistrationReceipt>> NudgingRegistration::alreadyRegistered(const QList<QUuid> &klantcontacten)
{
    return m_inner.alreadyRegistered(klantcontacten);
}

Result<> NudgingRegistration::appendTransfer(const QUuid &klantcontact, const QUuid &colleague, const QString &text)
{
    Result<> appended = m_inner.appendTransfer(klantcontact, colleague, text);
    if (appended)
        m_nudge();
    return appended;
}

Result<std::optional<TransferTarget>> NudgingRegistration::findForTransfer(const QString &referentienummer,
                                                                           const SignedInActor &viewer)
{
    return m_inner.findForTransfer(referentienummer, viewer);
}

} // namespace kcc::app
