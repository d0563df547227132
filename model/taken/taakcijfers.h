#pragma once

#include "model/taken/takentypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kcc {

// The supervisor's figures per day (DagCijfers), computed from facts that storage reads: pure, so
// that grouping by local day and the median are tested on a fixed fixture.
class TaakCijfers
{
public:
    // Klantcontacten of one kanaal that took place in one UTC hour (storage groups them so; every
    // whole hour falls on exactly one local date in a zone with whole-hour offsets).
    struct ContactenInUur
    {
        QDateTime uur; // UTC, the start of the hour
        QString kanaal;
        int aantal = 0;
    };
    // One task that was created or closed in the period.
    struct Taak
    {
        QDateTime toegewezenOp; // UTC
        std::optional<QDateTime> afgehandeldOp;
        QStringList afdelingen; // names of the afdelingen it counts for (assigned to it or to a member)
    };

    // One DagCijfers per local date in [van, tot] (also days without anything), oldest first.
    // A task counts as created on the local date of toegewezenOp and as closed on the local date
    // of afgehandeldOp; the median lead time of a day is over the tasks closed that day.
    static QList<DagCijfers> perDag(const QDate &van, const QDate &tot, const QTimeZone &zone,
                                    const QList<ContactenInUur> &contacten, const QList<Taak> &taken);

    // The median of the values (the mean of the middle two for an even count); nullopt when empty.
    static std::optional<double> mediaan(QList<double> values);

    // The figures as CSV (one line per day and afdeling/kanaal, with a header), for the export.
    static QString csv(const QList<DagCijfers> &dagen);
};

} // namespace kcc
