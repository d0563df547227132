#pragma once

// Internal to storage/taken/: the SQL of a work queue, assembled from its filter — where the
// tasks are read from, the filters, "te laat" against the norms, the sort keys and one keyset page.

#include "model/taken/takentypes.h"
#include "storage/taken/takenstore.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kcc::storage::taakqueuequery {

// Where a queue reads its tasks from, and how it names a task's status, time, handeling and
// uuid. The queues of one actor read only interne_taak_actor (`ta`), whose copies of the
// task's columns are covered by idx_interne_taak_actor_queue; the others read interne_taak.
struct Bron
{
    takensql::Query fromWhere; // " FROM ... WHERE ..."
    QString status;
    QString tijd; // never NULL, so that it can be a keyset key
    QString handeling;
    QString uuid;
    QString laatst; // Historie: when the viewer last handled it
};

Bron viaActor(const QUuid &actor);
Bron viaTaak();

// 1 when the task is open and older than its handeling's norm.
takensql::Query teLaat(const takensql::Grenzen &grenzen, const QString &status, const QString &tijd,
                       const QString &handeling);
takensql::Query teLaat(const takensql::Grenzen &grenzen, const Bron &bron);

// The source of the queue with every filter of `filter` applied.
Bron bron(const SignedInActor &viewer, const TaakQueueFilter &filter, const takensql::Grenzen &grenzen);

struct Sleutels
{
    QStringList keys; // the sort keys, the task's uuid last
    bool aflopend = false;
};

Sleutels sleutels(const TaakQueueFilter &filter, const Bron &b);

// The page's derived table: (rid, k1, k2, k3, te_laat), at most `limit` rows after `after`.
takensql::Query page(const Bron &b, const Sleutels &s, const takensql::Grenzen &grenzen, const QVariantList &after,
                     int limit);

// "k1, k2" (with the direction) over the key expressions, or over pg.k1.. when `prefix` is set.
QString orderBy(const Sleutels &s, const QString &prefix);

} // namespace kcc::storage::taakqueuequery
