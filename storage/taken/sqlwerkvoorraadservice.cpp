#include "storage/taken/sqlwerkvoorraadservice.h"

#include "model/klantinteracties/contactnaam.h"
#include "model/taken/taaktoegang.h"
#include "model/taken/werkdagen.h"
#include "storage/db/database.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/taaklogreader.h"
#include "storage/taken/taakqueuequery.h"
#include "storage/taken/takenschema.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <utility>

namespace kcc::storage {

using takensql::Grenzen;
using takensql::jsonArray;
using takensql::openStatus;
using takensql::Query;
using takensql::text;
namespace qq = taakqueuequery;

namespace {

QString naamUit(const QSqlQuery &query, int first)
{
    Contactnaam naam;
    naam.voornaam = query.value(first).toString();
    naam.voorvoegselAchternaam = query.value(first + 1).toString();
    naam.achternaam = query.value(first + 2).toString();
    return naam.volledigeNaam();
}

// The columns of a queue row, read for the rows of one page only. `pg` is the page's derived
// table (rid = the task's uuid, te_laat, k1..k3 = the sort keys). The klant is the initiator
// betrokkene (else the first); its partij's name wins over the contactnaam given for this contact.
const auto rowColumns = QStringLiteral(
    "SELECT pg.rid, pg.k1, pg.k2, pg.k3, pg.te_laat, t.uuid, t.referentienummer, t.gevraagde_handeling,"
    " t.toegewezen_op, t.afgehandeld_op, t.status, k.onderwerp, k.kanaal, k.vertrouwelijk,"
    " EXISTS (SELECT 1 FROM actor_klantcontact ak WHERE ak.klantcontact = k.uuid AND ak.actor = ?),"
    " EXISTS (SELECT 1 FROM interne_taak t2 JOIN interne_taak_actor ta2 ON ta2.interne_taak = t2.uuid"
    "  WHERE t2.aanleidinggevend_klantcontact = k.uuid AND ta2.actor = ?),"
    " b.contactnaam_voornaam, b.contactnaam_voorvoegsel_achternaam, b.contactnaam_achternaam, b.organisatienaam,"
    " p.soort_partij, p.contactnaam_voornaam, p.contactnaam_voorvoegsel_achternaam, p.contactnaam_achternaam,"
    " p.organisatie_naam,"
    " (SELECT json_group_array(naam) FROM (SELECT a.naam AS naam FROM interne_taak_actor ta"
    "  JOIN actor a ON a.uuid = ta.actor WHERE ta.interne_taak = t.uuid ORDER BY ta.positie) namen),"
    // The latest assignment, from the end of the task's log (index taak_log_taak): once per row
    // of the page, never per scanned row. Tasks without a log line fall back to toegewezen_op.
    " coalesce((SELECT l.tijdstip FROM taak_log l WHERE l.taak = t.uuid"
    "  AND l.actie IN (SELECT value FROM json_each(?)) ORDER BY l.id DESC LIMIT 1), t.toegewezen_op),"
    " p.uuid" // the klant's partij, for the verwerkingenlog
    " FROM (");
const auto rowJoins = QStringLiteral(
    ") pg JOIN interne_taak t ON t.uuid = pg.rid"
    " LEFT JOIN klantcontact k ON k.uuid = t.aanleidinggevend_klantcontact"
    " LEFT JOIN betrokkene b ON b.rowid = (SELECT b2.rowid FROM betrokkene b2 WHERE b2.had_klantcontact = k.uuid"
    "  ORDER BY b2.initiator DESC, b2.rowid LIMIT 1)"
    " LEFT JOIN partij p ON p.uuid = b.was_partij");

// Reads the rows of a page whose derived table `inner` yields (rid, k1, k2, k3, te_laat).
Result<QList<TaakQueueRow>> readRows(const TakenStore &store, const SignedInActor &viewer, const Query &inner,
                                     const qq::Sleutels &s, QList<QVariantList> *keys = nullptr)
{
    Query q;
    q.add(rowColumns, {text(viewer.actor), text(viewer.actor), jsonArray(toewijzingCodes())});
    q.add(inner);
    q.add(rowJoins);
    q.add(QStringLiteral(" ORDER BY ") % qq::orderBy(s, QStringLiteral("pg.")));
    QSqlQuery query(store.database.connection());
    if (Result<> ran = store.run(query, q); !ran)
        return ran.error();
    QList<TaakQueueRow> result;
    while (query.next()) {
        if (keys) {
            QVariantList values;
            for (qsizetype i = 0; i < s.keys.size(); ++i)
                values << query.value(int(1 + i)).toString();
            keys->append(values);
        }
        TaakQueueRow row;
        row.teLaat = query.value(4).toBool();
        row.uuid = QUuid::fromString(query.value(5).toString());
        row.referentienummer = query.value(6).toString();
        row.gevraagdeHandeling = query.value(7).toString();
        if (!query.isNull(8))
            row.toegewezenOp = codec::dateTimeFromText(query.value(8).toString());
        if (!query.isNull(9))
            row.afgehandeldOp = codec::dateTimeFromText(query.value(9).toString());
        row.status = fromCode<TaakStatus>(query.value(10).toString()).value_or(TaakStatus::TeVerwerken);
        row.kanaal = query.value(12).toString();
        const bool zichtbaar = TaakToegang::vertrouwelijkZichtbaar(viewer, query.value(13).toBool(),
                                                                   query.value(14).toBool(), query.value(15).toBool());
        row.vertrouwelijkVerborgen = !zichtbaar;
        if (zichtbaar)
            row.onderwerp = query.value(11).toString();
        if (!query.isNull(20)) {
            const bool organisatie = query.value(20).toString() == toCode(SoortPartij::Organisatie);
            row.klantNaam = organisatie ? query.value(24).toString() : naamUit(query, 21);
        }
        if (row.klantNaam.isEmpty())
            row.klantNaam = naamUit(query, 16);
        if (row.klantNaam.isEmpty())
            row.klantNaam = query.value(19).toString();
        row.toegewezenAan = stringsFromJsonArray(query.value(25).toString());
        if (!query.isNull(26))
            row.laatstToegewezenOp = codec::dateTimeFromText(query.value(26).toString());
        if (!query.isNull(27))
            row.partij = QUuid::fromString(query.value(27).toString());
        result.append(std::move(row));
    }
    query.finish();
    return result;
}

} // namespace

SqlWerkvoorraadService::SqlWerkvoorraadService(Database &database, Clock clock, const QTimeZone &zone)
    : m_store(database, std::move(clock), zone)
{
}

Result<QList<TaakQueueRow>> SqlWerkvoorraadService::rowsFor(const SignedInActor &viewer,
                                                            const QList<QUuid> &taken) const
{
    if (taken.isEmpty())
        return QList<TaakQueueRow>{};
    Result<Grenzen> limits = m_store.grenzen();
    if (!limits)
        return limits.error();
    QStringList ids;
    for (const QUuid &uuid : taken)
        ids << text(uuid);
    qq::Bron b = qq::viaTaak();
    b.fromWhere.add(QStringLiteral(" AND t.uuid IN (SELECT value FROM json_each(?))"), {jsonArray(ids)});
    const qq::Sleutels s{{b.tijd, b.uuid}, false};
    return readRows(m_store, viewer, qq::page(b, s, limits.value(), {}, int(taken.size())), s);
}

Result<bool> SqlWerkvoorraadService::inhoudZichtbaar(const SignedInActor &viewer,
                                                     const Klantcontact &klantcontact) const
{
    if (!klantcontact.vertrouwelijk || TaakToegang::isSupervisor(viewer))
        return true;
    QSqlQuery query(m_store.database.connection());
    if (Result<> ran = m_store.run(
            query,
            Query{}.add(QStringLiteral("SELECT EXISTS (SELECT 1 FROM actor_klantcontact WHERE "
                                       "klantcontact = ? AND actor = ?), EXISTS (SELECT 1 FROM "
                                       "interne_taak t JOIN interne_taak_actor ta ON ta.interne_taak"
                                       " = t.uuid WHERE t.aanleidinggevend_klantcontact = ? AND "
                                       "ta.actor = ?)"),
                        {text(klantcontact.uuid), text(viewer.actor), text(klantcontact.uuid), text(viewer.actor)}));
        !ran)
        return ran.error();
    if (!query.next())
        return m_store.readError(query);
    return TaakToegang::vertrouwelijkZichtbaar(viewer, true, query.value(0).toBool(), query.value(1).toBool());
}

Result<Page<TaakQueueRow>> SqlWerkvoorraadService::queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                                         const PageCursor &cursor, int limit)
{
    Result<QList<QUuid>> eigen = m_store.afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    if (Result<> allowed = TaakToegang::queue(viewer, filter, eigen.value()); !allowed)
        return allowed.error();
    Result<Grenzen> grenzen = m_store.grenzen();
    if (!grenzen)
        return grenzen.error();
    limit = std::clamp(limit, 1, 10'000);

    const qq::Bron bron = qq::bron(viewer, filter, grenzen.value());
    const qq::Sleutels sleutels = qq::sleutels(filter, bron);
    // One row more than asked tells whether another page follows without a count.
    const Query inner = qq::page(bron, sleutels, grenzen.value(), cursor.after, limit + 1);
    QList<QVariantList> keys;
    Result<QList<TaakQueueRow>> rows = readRows(m_store, viewer, inner, sleutels, &keys);
    if (!rows)
        return rows.error();
    Page<TaakQueueRow> page;
    page.rows = rows.value();
    page.atEnd = page.rows.size() <= limit;
    if (!page.atEnd)
        page.rows.removeLast();
    if (!page.rows.isEmpty())
        page.next.after = keys.at(page.rows.size() - 1);
    else
        page.next = cursor;
    return page;
}

Result<qint64> SqlWerkvoorraadService::queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter)
{
    Result<QList<QUuid>> eigen = m_store.afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    if (Result<> allowed = TaakToegang::queue(viewer, filter, eigen.value()); !allowed)
        return allowed.error();
    Result<Grenzen> grenzen = m_store.grenzen();
    if (!grenzen)
        return grenzen.error();
    Query q;
    q.add(QStringLiteral("SELECT count(*)")).add(qq::bron(viewer, filter, grenzen.value()).fromWhere);
    QSqlQuery query(m_store.database.connection());
    if (Result<> ran = m_store.run(query, q); !ran)
        return ran.error();
    if (!query.next())
        return m_store.readError(query);
    return query.value(0).toLongLong();
}

Result<TaakCounts> SqlWerkvoorraadService::counts(const SignedInActor &viewer)
{
    Result<Grenzen> grenzen = m_store.grenzen();
    if (!grenzen)
        return grenzen.error();
    const qq::Bron ta = qq::viaActor(viewer.actor);
    TaakCounts counts;
    {
        Query q;
        q.add(QStringLiteral("SELECT count(*), coalesce(sum(")).add(qq::teLaat(grenzen.value(), ta));
        q.add(QStringLiteral("), 0)")).add(ta.fromWhere).add(QStringLiteral(" AND ta.taak_status = ?"), {openStatus});
        const Result<std::pair<int, int>> mijn = m_store.countAndLate(q);
        if (!mijn)
            return mijn.error();
        std::tie(counts.mijn, counts.mijnTeLaat) = mijn.value();
    }
    {
        // Open tasks of the viewer's afdelingen that are not (also) assigned to the viewer; a task
        // of two of their afdelingen counts once.
        Query q;
        q.add(QStringLiteral("SELECT count(*), coalesce(sum(te_laat), 0) FROM (SELECT ta.interne_taak, max("));
        q.add(qq::teLaat(grenzen.value(), ta));
        q.add(QStringLiteral(") AS te_laat FROM afdeling_lid l JOIN interne_taak_actor ta ON ta.actor = l.afdeling"
                             " AND ta.taak_status = ? WHERE l.medewerker = ? AND NOT EXISTS (SELECT 1 FROM"
                             " interne_taak_actor x WHERE x.interne_taak = ta.interne_taak AND x.actor = ?)"
                             " GROUP BY ta.interne_taak) per_taak"),
              {openStatus, text(viewer.actor), text(viewer.actor)});
        const Result<std::pair<int, int>> afdelingen = m_store.countAndLate(q);
        if (!afdelingen)
            return afdelingen.error();
        std::tie(counts.afdelingen, counts.afdelingenTeLaat) = afdelingen.value();
    }
    return counts;
}

Result<TaakDetail> SqlWerkvoorraadService::detail(const SignedInActor &viewer, const QUuid &taakUuid)
{
    Result<InterneTaak> taak = m_store.taakOf(taakUuid);
    if (!taak)
        return taak.error();
    Result<QList<QUuid>> eigen = m_store.afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    Result<QList<TaakLogEntry>> log = readTaakLog(m_store.database, taakUuid);
    if (!log)
        return log.error();
    const bool inLog = std::any_of(log.value().cbegin(), log.value().cend(),
                                   [&](const TaakLogEntry &entry) { return entry.actor == viewer.actor; });
    if (Result<> allowed = TaakToegang::zien(viewer, taak.value().toegewezenAanActoren, eigen.value(), inLog); !allowed)
        return allowed.error();

    TaakDetail detail;
    detail.taak = taak.value();
    detail.log = log.value();
    detail.laatstToegewezenOp = detail.taak.toegewezenOp;
    for (const TaakLogEntry &entry : detail.log) {
        if (isToewijzing(entry.actie))
            detail.laatstToegewezenOp = entry.tijdstip;
    }
    {
        Repository<Actor> actors(m_store.database);
        for (const QUuid &uuid : detail.taak.toegewezenAanActoren) {
            const std::optional<Actor> actor = actors.find(uuid);
            detail.toegewezenAanNamen << (actor ? actor->naam : text(uuid));
        }
    }
    Repository<Klantcontact> klantcontacten(m_store.database);
    const std::optional<Klantcontact> klantcontact = klantcontacten.find(detail.taak.aanleidinggevendKlantcontact);
    if (!klantcontact)
        return Error{tr("The klantcontact of this task no longer exists."), {}};
    detail.klantcontact = *klantcontact;
    Result<bool> zichtbaar = inhoudZichtbaar(viewer, *klantcontact);
    if (!zichtbaar)
        return zichtbaar.error();
    detail.vertrouwelijkVerborgen = !zichtbaar.value();
    if (detail.vertrouwelijkVerborgen) {
        detail.klantcontact.onderwerp.clear();
        detail.klantcontact.inhoud.clear();
        detail.klantcontact.reactie.clear();
    }

    // The klant: a betrokkene with rol klant, the initiator first.
    QList<Betrokkene> betrokkenen = betrokkenenVanKlantcontact(m_store.database, klantcontact->uuid);
    std::stable_sort(betrokkenen.begin(), betrokkenen.end(), [](const Betrokkene &a, const Betrokkene &b) {
        const int rankA = (a.rol == Rol::Klant ? 0 : 2) + (a.initiator ? 0 : 1);
        const int rankB = (b.rol == Rol::Klant ? 0 : 2) + (b.initiator ? 0 : 1);
        return rankA < rankB;
    });
    if (!betrokkenen.isEmpty()) {
        detail.betrokkene = betrokkenen.first();
        for (const DigitaalAdres &adres : digitaleAdressenVanBetrokkene(m_store.database, detail.betrokkene->uuid))
            detail.contactgegevens.append({adres, TaakContactgegeven::Bron::Betrokkene});
        if (detail.betrokkene->wasPartij) {
            Repository<Partij> partijen(m_store.database);
            detail.partij = partijen.find(*detail.betrokkene->wasPartij);
        }
    }
    if (detail.partij) {
        detail.klantNaam = detail.partij->weergaveNaam();
        // An inactive partij's contact details may not be used (referencerules.h).
        if (detail.partij->indicatieActief) {
            const QList<DigitaalAdres> adressen = digitaleAdressenVanPartij(m_store.database, detail.partij->uuid);
            for (const DigitaalAdres &adres : adressen) {
                if (detail.partij->voorkeursDigitaalAdres == adres.uuid)
                    detail.contactgegevens.append({adres, TaakContactgegeven::Bron::PartijVoorkeur});
            }
            for (const DigitaalAdres &adres : adressen) {
                if (detail.partij->voorkeursDigitaalAdres != adres.uuid)
                    detail.contactgegevens.append({adres, TaakContactgegeven::Bron::Partij});
            }
        }
    }
    if (detail.klantNaam.isEmpty() && detail.betrokkene) {
        if (detail.betrokkene->contactnaam)
            detail.klantNaam = detail.betrokkene->contactnaam->volledigeNaam();
        if (detail.klantNaam.isEmpty())
            detail.klantNaam = detail.betrokkene->organisatienaam;
    }

    // The chain: the tasks this one came from or led to, both directions of gerelateerdeTaak.
    QList<QUuid> keten;
    for (const TaakLogEntry &entry : detail.log) {
        if (entry.gerelateerdeTaak && !keten.contains(*entry.gerelateerdeTaak))
            keten << *entry.gerelateerdeTaak;
        if (entry.actie == TaakLogActie::ContactPoging && entry.klantcontact) {
            if (std::optional<Klantcontact> poging = klantcontacten.find(*entry.klantcontact)) {
                if (detail.vertrouwelijkVerborgen) {
                    poging->onderwerp.clear();
                    poging->inhoud.clear();
                    poging->reactie.clear();
                }
                detail.pogingen.append(*poging);
            }
        }
    }
    Result<QList<QUuid>> verwijzers = m_store.uuids(Query{}.add(
        QStringLiteral("SELECT taak FROM taak_log WHERE gerelateerde_taak = ? GROUP BY taak ORDER BY min(id)"),
        {text(taakUuid)}));
    if (!verwijzers)
        return verwijzers.error();
    for (const QUuid &uuid : verwijzers.value()) {
        if (!keten.contains(uuid) && uuid != taakUuid)
            keten << uuid;
    }
    Result<QList<TaakQueueRow>> ketenRows = rowsFor(viewer, keten);
    if (!ketenRows)
        return ketenRows.error();
    detail.keten = ketenRows.value();

    if (detail.taak.status == TaakStatus::TeVerwerken && detail.taak.toegewezenOp.isValid()) {
        int werkdagen = TakenSchema::standaardNormWerkdagen;
        Result<QList<TaakNorm>> norms = m_store.storedNorms();
        if (!norms)
            return norms.error();
        for (const TaakNorm &norm : norms.value()) {
            if (norm.gevraagdeHandeling == detail.taak.gevraagdeHandeling)
                werkdagen = norm.werkdagen;
        }
        detail.teLaat = detail.taak.toegewezenOp < Werkdagen::teLaatGrens(m_store.now(), werkdagen, m_store.zone);
    }
    return detail;
}

} // namespace kcc::storage
