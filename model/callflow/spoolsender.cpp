#include "model/callflow/spoolsender.h"

#include "model/callflow/contactcontroller.h"
#include "model/callflow/registrationplan.h"
#include "model/callflow/registrationservice.h"

#include <utility>

namespace kcc {

SpoolSender::SpoolSender(RegistrationSpool &spool, RegistrationService &registration, DraftStore &drafts,
                         QObject *parent)
    : QObject(parent)
    , m_spool(spool)
    , m_registration(registration)
    , m_drafts(drafts)
{
}

int SpoolSender::sendPending()
{
    // A message box or event loop inside a handler must not start a second round meanwhile.
    if (m_sending)
        return 0;
    m_sending = true;
    int done = 0;
    for (const SpooledRegistration &registration : m_spool.pending()) {
        if (send(registration) == Outcome::Waiting)
            break;
        ++done;
    }
    m_sending = false;
    return done;
}

SpoolSender::Outcome SpoolSender::send(SpooledRegistration registration)
{
    if (!registration.klantcontacten.isEmpty()) {
        // The last write may have committed before its connection broke.
        const Result<std::optional<RegistrationReceipt>> written =
            m_registration.alreadyRegistered(registration.klantcontacten);
        if (!written)
            return Outcome::Waiting;
        if (written.value())
            return finish(registration, *written.value(), false);
    }
    Result<PlanContext> context = m_registration.planContext(registration.session);
    if (!context) {
        if (context.error().cause == Error::Cause::Unreachable)
            return Outcome::Waiting;
        return handBack(registration, context.error().message);
    }
    PlanContext facts = std::move(context).value();
    if (registration.afgerondOp.isValid())
        facts.now = registration.afgerondOp; // a task's toegewezenOp: when it was asked for
    const Result<RegistrationPlan> plan = RegistrationPlan::build(registration.session, facts);
    if (!plan)
        return handBack(registration, plan.error().message);
    registration.klantcontacten.clear();
    for (const RegistrationPlan::Contact &contact : plan.value().contacten)
        registration.klantcontacten.append(contact.klantcontact.uuid);
    // Recorded before the write, or a broken COMMIT could not be told from a lost one.
    if (!m_spool.put(registration))
        return Outcome::Waiting;
    const Result<RegistrationReceipt> receipt = m_registration.registerContact(plan.value());
    if (receipt)
        return finish(registration, receipt.value(), plan.value().isEmpty());
    if (receipt.error().cause == Error::Cause::Unreachable || receipt.error().cause == Error::Cause::Conflict)
        return Outcome::Waiting;
    return handBack(registration, receipt.error().message);
}

SpoolSender::Outcome SpoolSender::finish(const SpooledRegistration &registration, const RegistrationReceipt &receipt,
                                         bool empty)
{
    if (!m_spool.remove(registration.session.uuid))
        return Outcome::Waiting;
    if (empty) {
        emit sent(tr("The contact with %1 was closed without registration.").arg(registration.caller));
        return Outcome::Done;
    }
    QString message = tr("The registration of the contact with %1 was sent: klantcontact %2.")
                          .arg(registration.caller, receipt.klantcontactReferentienummers.join(QStringLiteral(", ")));
    if (!receipt.taakReferentienummers.isEmpty())
        message +=
            QLatin1Char(' ') + tr("Interne taak %1.").arg(receipt.taakReferentienummers.join(QStringLiteral(", ")));
    if (receipt.partijNummer)
        message += QLatin1Char(' ') + tr("New partij %1.").arg(*receipt.partijNummer);
    emit sent(message);
    return Outcome::Done;
}

SpoolSender::Outcome SpoolSender::handBack(const SpooledRegistration &registration, const QString &reason)
{
    // Back among the medewerker's open contacts, on the afronding step, as a draft in the
    // database: only then does it leave the spool.
    const OpenContact contact{registration.session, ContactController::AfrondingStep, registration.afgerondOp, {}};
    if (!m_drafts.save(QList<OpenContact>{contact}))
        return Outcome::Waiting;
    if (!m_spool.remove(registration.session.uuid))
        return Outcome::Waiting;
    emit returned(contact, tr("The registration of the contact with %1 could not be sent: %2 It is back among your "
                              "open contacts.")
                               .arg(registration.caller, reason));
    return Outcome::Done;
}

} // namespace kcc
