#pragma once

#include "model/callflow/draftstore.h"
#include "model/callflow/registrationspool.h"

#include <QObject>
#include <QString>

namespace kcc {

class RegistrationService;
struct RegistrationReceipt;

// Sends the registrations that wait on the desk (RegistrationSpool) once the KCC database is back
// (issue 13, item 6), oldest first, each exactly once: a registration whose last write broke off
// with an unknown outcome is first looked for by its klantcontact uuids and only marked done when
// it was written; otherwise the plan is built now (with the server's actors and partijen, and the
// afronding's moment as its time), its uuids are recorded in the spool, and then it is written.
// A registration the server refuses now (a colleague deactivated meanwhile, ...) is not dropped:
// it goes back to the medewerker as an open contact (a draft) with the reason.
class SpoolSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolSender)

public:
    // Not owned; they must outlive the sender.
    SpoolSender(RegistrationSpool &spool, RegistrationService &registration, DraftStore &drafts,
                QObject *parent = nullptr);

    // Sends what waits until the database is away again (the rest waits for the next call).
    // Returns how many were sent or handed back.
    int sendPending();

signals:
    // Sent, with the referentienummers for the medewerker ("… klantcontact KC-… sent").
    void sent(const QString &message);
    // Refused now: back on the desk as an open contact.
    void returned(const kcc::OpenContact &contact, const QString &message);

private:
    enum class Outcome
    {
        Done,
        Waiting
    };
    Outcome send(SpooledRegistration registration);
    Outcome finish(const SpooledRegistration &registration, const RegistrationReceipt &receipt, bool empty);
    Outcome handBack(const SpooledRegistration &registration, const QString &reason);

    RegistrationSpool &m_spool;
    RegistrationService &m_registration;
    DraftStore &m_drafts;
    bool m_sending = false;
};

} // namespace kcc
