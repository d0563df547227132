#pragma once

#include "model/core/result.h"
#include "model/privacy/verwerkingsactie.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc {

// A person an action is about: a partij (the log looks up its BSN, else uses its uuid) or a bare
// BSN that no partij holds.
struct VerwerktePersoon
{
    QUuid partij;
    QString bsn;
};

// The verwerking the actions belong to: who does them, for which contact or task (verwerkingId),
// and the kanaal and onderwerp that choose the verwerkingsactiviteit (doelbinding).
struct Verwerking
{
    QString gebruiker; // the medewerker actor's uuid (a meaningless key), or the OS account
    QUuid verwerkingId;
    QString verwerkingNaam;
    QString kanaal;
    QString onderwerp;
};

// One action on persons' data, as the caller knows it; the log adds ids, times, the activity,
// the bewaartermijn, the systeem and the pseudonyms.
struct LogActie
{
    QString actieNaam;
    QString handelingNaam;
    QString betrokkenheid;
    QStringList soortenGegevens;
    // Vertrouwelijke klantcontacten; the log also makes it vertrouwelijk when a partij has
    // indicatieGeheimhouding.
    bool vertrouwelijk = false;
    QList<VerwerktePersoon> personen;
};

// The append-only verwerkingenlog (AVG art. 5(2), 30). Writing comes before showing: a caller
// shows nothing whose entry could not be written.
class VerwerkingenLog
{
public:
    virtual ~VerwerkingenLog() = default;

    // Writes one Verwerkingsactie with one VerwerktObject per person (one statement for all of
    // them); returns its actieId. Fails when the key is missing or the database refuses.
    virtual Result<QUuid> log(const Verwerking &verwerking, const LogActie &actie) = 0;
};

} // namespace kcc
