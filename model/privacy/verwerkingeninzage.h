#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/privacy/verwerkingsactie.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace kcc {

// Whom an inzage is about: a BSN or a partij. Entries logged under either identifier of the
// same person are found (a partij's uuid and its BSN).
struct InzageVraag
{
    QString bsn;
    QUuid partij;
    QDate van; // inclusive; invalid: from the start
    QDate tot; // exclusive; invalid: until now
};

// The verwerkingenlog about one person, for the privacy officer only (AccountRole::privacy()).
// The reading is itself logged first; when that fails nothing is returned.
class VerwerkingenInzage
{
public:
    virtual ~VerwerkingenInzage() = default;

    // Oldest first, invalidated entries left out, corrections applied. Each entry holds only the
    // verwerkte objecten about this person, with objectId the identifier asked for.
    virtual Result<QList<Verwerkingsactie>> verwerkingen(const InzageVraag &vraag, const SignedInActor &lezer) = 0;
};

} // namespace kcc
