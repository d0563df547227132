#include "storage/taken/sqlsupervisieservice.h"

#include "model/taken/taakcijfers.h"
#include "model/taken/taaktoegang.h"
#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/taaklogreader.h"
#include "storage/taken/taakqueuequery.h"
#include "storage/taken/taakwijziging.h"
#include "storage/taken/takenschema.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace kcc::storage {

using takensql::Grenzen;
using takensql::inTransaction;
using takensql::openStatus;
using takensql::Query;
using takensql::text;

SqlSupervisieService::SqlSupervisieService(Database &database, Clock clock, const QTimeZone &zone)
    : m_store(database, std::move(clock), zone)
{
}

Result<> SqlSupervisieService::wijsToe(const SignedInActor &viewer, const QList<QUuid> &taken, const QList<QUuid> &naar,
                                       const QString &toelichting)
{
    if (Result<> allowed = TaakToegang::toewijzen(viewer); !allowed)
        return allowed;
    if (taken.isEmpty())
        return Error{tr("Choose at least one task."), {}};
    if (Result<> fits = TaakWijziging::checkToelichting(toelichting); !fits)
        return fits;
    return inTransaction(m_store.database, [&]() -> Result<> {
        const TaakWijziging wijziging(m_store);
        Result<QList<Actor>> actors = wijziging.nieuweToewijzing(naar);
        if (!actors)
            return actors.error();
        QSet<QUuid> seen;
        for (const QUuid &uuid : taken) {
            if (seen.contains(uuid))
                continue;
            seen.insert(uuid);
            Result<InterneTaak> taak = m_store.taakOf(uuid);
            if (!taak)
                return taak.error();
            InterneTaak changed = taak.value();
            if (changed.status != TaakStatus::TeVerwerken) {
                return Error{tr("Task %1 has already been closed; reopen it first.")
                                 .arg(changed.referentienummer.value_or(text(uuid))),
                             {}};
            }
            if (Result<> done =
                    wijziging.reassign(viewer, changed, actors.value(), TaakLogActie::Toegewezen, toelichting);
                !done)
                return done;
        }
        return {};
    });
}

Result<QList<TaakBacklogRow>> SqlSupervisieService::backlog(const SignedInActor &viewer)
{
    if (Result<> allowed = TaakToegang::overzicht(viewer); !allowed)
        return allowed.error();
    Result<Grenzen> grenzen = m_store.grenzen();
    if (!grenzen)
        return grenzen.error();
    Query q;
    q.add(QStringLiteral("SELECT a.uuid, a.naam, a.soort_actor, count(*), coalesce(sum("));
    q.add(taakqueuequery::teLaat(grenzen.value(), QStringLiteral("ta.taak_status"),
                                 QStringLiteral("ta.taak_toegewezen_op"), QStringLiteral("ta.taak_handeling")));
    q.add(QStringLiteral("), 0), min(ta.taak_toegewezen_op) FROM interne_taak_actor ta JOIN actor a ON a.uuid ="
                         " ta.actor WHERE ta.taak_status = ? GROUP BY a.uuid ORDER BY min(ta.taak_toegewezen_op),"
                         " a.naam"),
          {openStatus});
    QSqlQuery query(m_store.database.connection());
    if (Result<> ran = m_store.run(query, q); !ran)
        return ran.error();
    QList<TaakBacklogRow> rows;
    while (query.next()) {
        TaakBacklogRow row;
        row.actor = QUuid::fromString(query.value(0).toString());
        row.naam = query.value(1).toString();
        row.soortActor = fromCode<SoortActor>(query.value(2).toString()).value_or(SoortActor::Medewerker);
        row.open = query.value(3).toInt();
        row.teLaat = query.value(4).toInt();
        if (!query.value(5).toString().isEmpty())
            row.oudsteToegewezenOp = codec::dateTimeFromText(query.value(5).toString());
        rows.append(row);
    }
    return rows;
}

Result<QList<DagCijfers>> SqlSupervisieService::cijfers(const SignedInActor &viewer, const QDate &van, const QDate &tot)
{
    if (Result<> allowed = TaakToegang::overzicht(viewer); !allowed)
        return allowed.error();
    if (!van.isValid() || !tot.isValid() || tot < van || van.daysTo(tot) > 366)
        return Error{tr("Choose a period of at most a year, the first day before the last."), {}};
    // A margin of a day on both sides: the local days are cut out in TaakCijfers.
    const QString begin = codec::dateTimeText(QDateTime(van.addDays(-1), QTime(0, 0), Qt::UTC));
    const QString einde = codec::dateTimeText(QDateTime(tot.addDays(2), QTime(0, 0), Qt::UTC));

    QList<TaakCijfers::ContactenInUur> contacten;
    {
        QSqlQuery query(m_store.database.connection());
        if (Result<> ran = m_store.run(
                query, Query{}.add(QStringLiteral("SELECT substr(plaatsgevonden_op, 1, 13), kanaal, count(*)"
                                                  " FROM klantcontact WHERE plaatsgevonden_op >= ? AND"
                                                  " plaatsgevonden_op < ? GROUP BY 1, 2"),
                                   {begin, einde}));
            !ran)
            return ran.error();
        while (query.next()) {
            const QDateTime uur =
                QDateTime::fromString(query.value(0).toString() + QLatin1String(":00:00Z"), Qt::ISODate);
            contacten.append({uur.toUTC(), query.value(1).toString(), query.value(2).toInt()});
        }
    }
    QList<TaakCijfers::Taak> taken;
    {
        // Created or closed in the period; the afdelingen a task counts for are those it is
        // assigned to and those of the medewerkers it is assigned to.
        QSqlQuery query(m_store.database.connection());
        if (Result<> ran = m_store.run(
                query,
                Query{}.add(
                    QStringLiteral(
                        "SELECT t.toegewezen_op, t.afgehandeld_op, (SELECT json_group_array(naam) FROM ("
                        " SELECT af.naam AS naam FROM interne_taak_actor ta JOIN actor af ON af.uuid = ta.actor"
                        "  WHERE ta.interne_taak = t.uuid AND af.soort_actor = 'organisatorische_eenheid'"
                        " UNION SELECT af.naam FROM interne_taak_actor ta JOIN afdeling_lid l ON l.medewerker ="
                        "  ta.actor JOIN actor af ON af.uuid = l.afdeling WHERE ta.interne_taak = t.uuid) namen)"
                        " FROM interne_taak t WHERE t.rowid IN (SELECT rowid FROM interne_taak WHERE status IN"
                        " ('te_verwerken', 'verwerkt') AND toegewezen_op >= ? AND toegewezen_op < ?"
                        " UNION SELECT rowid FROM interne_taak WHERE afgehandeld_op >= ? AND afgehandeld_op < ?)"),
                    {begin, einde, begin, einde}));
            !ran)
            return ran.error();
        while (query.next()) {
            TaakCijfers::Taak taak;
            if (!query.isNull(0))
                taak.toegewezenOp = codec::dateTimeFromText(query.value(0).toString());
            if (!query.isNull(1))
                taak.afgehandeldOp = codec::dateTimeFromText(query.value(1).toString());
            taak.afdelingen = stringsFromJsonArray(query.value(2).toString());
            taken.append(taak);
        }
    }
    return TaakCijfers::perDag(van, tot, m_store.zone, contacten, taken);
}

Result<QList<TaakNorm>> SqlSupervisieService::normen()
{
    Result<QList<TaakNorm>> stored = m_store.storedNorms();
    if (!stored)
        return stored;
    QList<TaakNorm> norms = stored.value();
    // The handelingen of the code list without a norm of their own get the default.
    QSqlQuery query(m_store.database.connection());
    if (Result<> ran = m_store.run(
            query,
            Query{}.add(QStringLiteral("SELECT label FROM codelijst WHERE lijst = 'gevraagde_handeling' AND actief"
                                       " = 1 AND label NOT IN (SELECT gevraagde_handeling FROM taak_norm)"
                                       " ORDER BY volgorde, code")));
        !ran)
        return ran.error();
    while (query.next())
        norms.append({query.value(0).toString(), TakenSchema::standaardNormWerkdagen});
    std::sort(norms.begin(), norms.end(), [](const TaakNorm &a, const TaakNorm &b) {
        return QString::localeAwareCompare(a.gevraagdeHandeling, b.gevraagdeHandeling) < 0;
    });
    return norms;
}

Result<> SqlSupervisieService::setNorm(const SignedInActor &viewer, const TaakNorm &norm)
{
    if (Result<> allowed = TaakToegang::normWijzigen(viewer); !allowed)
        return allowed;
    const QString handeling = norm.gevraagdeHandeling.trimmed();
    if (handeling.isEmpty() || handeling.size() > 200) {
        const QString message = tr("Give the requested action (at most 200 characters).");
        return Error{message, {{QStringLiteral("gevraagdeHandeling"), message}}};
    }
    if (norm.werkdagen < 0 || norm.werkdagen > 250) {
        const QString message = tr("The norm is a number of working days from 0 to 250.");
        return Error{message, {{QStringLiteral("werkdagen"), message}}};
    }
    return inTransaction(m_store.database, [&]() -> Result<> {
        QSqlQuery query(m_store.database.connection());
        query.prepare(
            QStringLiteral("INSERT INTO taak_norm (gevraagde_handeling, werkdagen) VALUES (?, ?)"
                           " ON CONFLICT (gevraagde_handeling) DO UPDATE SET werkdagen = excluded.werkdagen"));
        query.addBindValue(handeling);
        query.addBindValue(norm.werkdagen);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("saving the norm"));
        return {};
    });
}

} // namespace kcc::storage
