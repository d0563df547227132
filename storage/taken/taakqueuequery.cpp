#include "storage/taken/taakqueuequery.h"

namespace kcc::storage::taakqueuequery {

using takensql::Grenzen;
using takensql::openStatus;
using takensql::Query;
using takensql::text;

namespace {

// The sort key of the Klant sort for the task with uuid `taak`: the klant's surname (or
// organisation name), lowercase.
QString klantSleutel(const QString &taak)
{
    return QStringLiteral("coalesce((SELECT lower(coalesce(nullif(p.organisatie_naam, ''),"
                          " nullif(p.contactnaam_achternaam, ''), nullif(b.contactnaam_achternaam, ''),"
                          " b.organisatienaam, '')) FROM interne_taak tk"
                          " JOIN betrokkene b ON b.had_klantcontact = tk.aanleidinggevend_klantcontact"
                          " LEFT JOIN partij p ON p.uuid = b.was_partij WHERE tk.uuid = ") %
           taak % QStringLiteral(" ORDER BY b.initiator DESC, b.rowid LIMIT 1), '')");
}

// What counts as "handled by the viewer" for the Historie queue.
const auto historieActies =
    QStringLiteral("('afgehandeld', 'doorgestuurd', 'opnieuw_gerouteerd', 'contact_poging', 'toegewezen')");

} // namespace

Bron viaActor(const QUuid &actor)
{
    Bron bron{Query{}.add(QStringLiteral(" FROM interne_taak_actor ta WHERE ta.actor = ?"), {text(actor)}),
              QStringLiteral("ta.taak_status"),
              QStringLiteral("ta.taak_toegewezen_op"),
              QStringLiteral("ta.taak_handeling"),
              QStringLiteral("ta.interne_taak"),
              {}};
    return bron;
}

Bron viaTaak()
{
    return Bron{Query{}.add(QStringLiteral(" FROM interne_taak t WHERE 1 = 1")),
                QStringLiteral("t.status"),
                QStringLiteral("coalesce(t.toegewezen_op, '')"),
                QStringLiteral("t.gevraagde_handeling"),
                QStringLiteral("t.uuid"),
                {}};
}

// 1 when the task is open and older than its handeling's norm.
Query teLaat(const Grenzen &grenzen, const QString &status, const QString &tijd, const QString &handeling)
{
    Query q;
    q.add(QStringLiteral("CASE WHEN ") % status % QStringLiteral(" = 'te_verwerken' AND ") % tijd %
          QStringLiteral(" < CASE ") % handeling);
    for (const auto &[naam, grens] : grenzen.perHandeling)
        q.add(QStringLiteral(" WHEN ? THEN ?"), {naam, grens});
    q.add(QStringLiteral(" ELSE ? END THEN 1 ELSE 0 END"), {grenzen.standaard});
    return q;
}
Query teLaat(const Grenzen &grenzen, const Bron &bron)
{
    return teLaat(grenzen, bron.status, bron.tijd, bron.handeling);
}

Bron bron(const SignedInActor &viewer, const TaakQueueFilter &filter, const Grenzen &grenzen)
{
    Bron b;
    switch (filter.queue) {
    case TaakQueue::Mijn:
        b = viaActor(viewer.actor);
        break;
    case TaakQueue::Afdeling:
        b = viaActor(filter.afdeling);
        break;
    case TaakQueue::Historie:
        b = viaTaak();
        b.fromWhere =
            Query{}.add(QStringLiteral(" FROM (SELECT l.taak AS taak, max(l.tijdstip) AS laatst FROM taak_log l"
                                       " WHERE l.actor = ? AND l.actie IN ") %
                            historieActies %
                            QStringLiteral(" GROUP BY l.taak) h JOIN interne_taak t ON t.uuid = h.taak"
                                           " WHERE 1 = 1"),
                        {text(viewer.actor)});
        b.laatst = QStringLiteral("h.laatst");
        break;
    case TaakQueue::Alle:
        if (!filter.medewerker.isNull()) {
            b = viaActor(filter.medewerker);
            if (!filter.afdeling.isNull()) {
                b.fromWhere.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM interne_taak_actor x"
                                               " WHERE x.interne_taak = ta.interne_taak AND x.actor = ?)"),
                                {text(filter.afdeling)});
            }
        } else if (!filter.afdeling.isNull()) {
            b = viaActor(filter.afdeling);
        } else {
            b = viaTaak();
        }
        break;
    }
    Query &q = b.fromWhere;
    if (filter.queue == TaakQueue::Mijn || filter.queue == TaakQueue::Afdeling)
        q.add(QStringLiteral(" AND ") % b.status % QStringLiteral(" = ?"), {openStatus});
    else if (filter.status)
        q.add(QStringLiteral(" AND ") % b.status % QStringLiteral(" = ?"), {toCode(*filter.status)});
    if (!filter.gevraagdeHandeling.isEmpty())
        q.add(QStringLiteral(" AND ") % b.handeling % QStringLiteral(" = ?"), {filter.gevraagdeHandeling});
    if (!filter.kanaal.isEmpty()) {
        q.add(QStringLiteral(" AND (SELECT k.kanaal FROM interne_taak tk JOIN klantcontact k"
                             " ON k.uuid = tk.aanleidinggevend_klantcontact WHERE tk.uuid = ") %
                  b.uuid % QStringLiteral(") = ?"),
              {filter.kanaal});
    }
    if (filter.alleenTeLaat)
        q.add(QStringLiteral(" AND ")).add(teLaat(grenzen, b)).add(QStringLiteral(" = 1"));
    return b;
}

Sleutels sleutels(const TaakQueueFilter &filter, const Bron &b)
{
    if (filter.queue == TaakQueue::Historie)
        return {{b.laatst, b.uuid}, true};
    switch (filter.sort) {
    case TaakSort::OudsteEerst:
        return {{b.tijd, b.uuid}, false};
    case TaakSort::NieuwsteEerst:
        return {{b.tijd, b.uuid}, true};
    case TaakSort::Handeling:
        return {{b.handeling, b.tijd, b.uuid}, false};
    case TaakSort::Klant:
        return {{klantSleutel(b.uuid), b.tijd, b.uuid}, false};
    }
    Q_UNREACHABLE();
}

// The page's derived table: (rid, k1, k2, k3, te_laat), at most `limit` rows after `after`.
Query page(const Bron &b, const Sleutels &s, const Grenzen &grenzen, const QVariantList &after, int limit)
{
    Query q;
    q.add(QStringLiteral("SELECT ") % b.uuid % QStringLiteral(" AS rid"));
    for (int i = 0; i < 3; ++i) {
        q.add(QStringLiteral(", ") % (i < s.keys.size() ? s.keys.at(i) : QStringLiteral("''")) %
              QStringLiteral(" AS k") % QString::number(i + 1));
    }
    q.add(QStringLiteral(", ")).add(teLaat(grenzen, b)).add(QStringLiteral(" AS te_laat"));
    q.add(b.fromWhere);
    if (after.size() == s.keys.size()) {
        QStringList marks;
        for (qsizetype i = 0; i < after.size(); ++i)
            marks << QStringLiteral("?");
        q.add(QStringLiteral(" AND (") % s.keys.join(QStringLiteral(", ")) % QStringLiteral(") ") %
                  (s.aflopend ? QLatin1Char('<') : QLatin1Char('>')) % QStringLiteral(" (") %
                  marks.join(QStringLiteral(", ")) % QStringLiteral(")"),
              after);
    }
    q.add(QStringLiteral(" ORDER BY ") % orderBy(s, QString()) % QStringLiteral(" LIMIT ?"), {limit});
    return q;
}

// "k1, k2" (with the direction) over the key expressions, or over pg.k1.. when `prefix` is set.
QString orderBy(const Sleutels &s, const QString &prefix)
{
    QStringList parts;
    for (qsizetype i = 0; i < s.keys.size(); ++i) {
        const QString key = prefix.isEmpty() ? s.keys.at(i) : prefix % QStringLiteral("k") % QString::number(i + 1);
        parts << (s.aflopend ? key % QStringLiteral(" DESC") : key);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace kcc::storage::taakqueuequery
