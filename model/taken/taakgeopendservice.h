#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace kcc {

// Another seat that has a task open: who, and since when (UTC).
struct TaakGeopend
{
    QUuid actor;
    QString naam;
    QDateTime sinds;
};

// "Who has this task open" (issue 13, item 5): a seat that shows a task says so, and a seat that
// opens the same task sees who else has it open. A mark lasts as long as the seat shows the task and
// no longer than the seat's connection: a program that crashes or loses its connection leaves no
// stale mark. One service per seat (it remembers the one task this seat shows). On one desk's
// SQLite file there is no other seat, so openBijAnderen is always empty there.
class TaakGeopendService
{
public:
    virtual ~TaakGeopendService() = default;

    // This seat shows `taak` now, and no other task any more.
    virtual Result<> markeerOpen(const SignedInActor &viewer, const QUuid &taak) = 0;
    // This seat shows no task any more.
    virtual Result<> markeerGesloten() = 0;
    // The other seats (also the viewer's own login elsewhere) that have `taak` open now, the
    // earliest first; only for a task the viewer may see.
    virtual Result<QList<TaakGeopend>> openBijAnderen(const SignedInActor &viewer, const QUuid &taak) = 0;
};

} // namespace kcc
