#pragma once

#include "model/privacy/verwerkingenlog.h"

#include <QMutex>
#include <QUuid>

namespace kcc {

// The verwerking of this seat now: who is signed in and which contact is open. Read by every
// logging service, also on the search thread, so guarded by a mutex. Without an open contact the
// actions belong to the sign-in session (its own verwerkingId), so that what one medewerker
// looked up between calls stays together.
class HuidigeVerwerking
{
public:
    HuidigeVerwerking();

    void setGebruiker(const QString &gebruiker);
    // A contact (or task) is open: its uuid is the verwerkingId.
    void beginContact(const QUuid &contact, const QString &kanaal);
    void setOnderwerp(const QString &onderwerp);
    void eindeContact();

    Verwerking current() const;

private:
    mutable QMutex m_mutex;
    QUuid m_sessie;
    Verwerking m_verwerking;
};

} // namespace kcc
