#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace kcc {

// One processing activity of the municipality's register (AVG art. 30): the doelbinding of an
// entry in the verwerkingenlog, and how long such entries are kept.
struct Verwerkingsactiviteit
{
    QUuid id; // the activity's id in the municipality's register
    QString naam;
    QString url;           // its address in that register; may be empty
    QString bewaartermijn; // ISO 8601 duration, e.g. P2Y
    bool standaard = false;

    friend bool operator==(const Verwerkingsactiviteit &, const Verwerkingsactiviteit &) = default;
};

// Which activity a kanaal and onderwerp fall under; an empty kanaal or onderwerp matches any.
// The most specific choice wins, else the default activity.
struct ActiviteitKeuze
{
    QString kanaal;
    QString onderwerp;
    QUuid activiteit;

    friend bool operator==(const ActiviteitKeuze &, const ActiviteitKeuze &) = default;
};

// The register as the beheerder keeps it. Changes apply to entries logged afterwards; an entry
// keeps the activity and bewaartermijn it was logged with (a correction changes those).
class VerwerkingsactiviteitenRegister
{
public:
    virtual ~VerwerkingsactiviteitenRegister() = default;

    virtual Result<QList<Verwerkingsactiviteit>> activiteiten() = 0;
    virtual Result<QList<ActiviteitKeuze>> keuzes() = 0;
    // Adds the activity or changes the one with its id; `standaard` makes it the default (the
    // former default stops being it). Only a beheerder.
    virtual Result<> bewaar(const Verwerkingsactiviteit &activiteit, const SignedInActor &door) = 0;
    // Sets (or replaces) the choice for its kanaal and onderwerp. Only a beheerder.
    virtual Result<> koppel(const ActiviteitKeuze &keuze, const SignedInActor &door) = 0;
};

} // namespace kcc
