#include "storage/klantbeeld/sqlklantbeeldservice.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/klantbeeld/vertrouwelijkzichtbaar.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/rowcodec.h"

#include <QSqlQuery>

#include <algorithm>

namespace kcc::storage {

namespace {

// Between the actor names of one contact in a single column: a control character no name has.
constexpr QChar actorNameSeparator(31);

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// The klantcontacten of a partij (through its betrokkenen) that pass the filter. Bound values, in
// order: partij, kanaal, kanaal, van, van, tot, tot.
const QLatin1String
    contactFilterSql(" FROM klantcontact k"
                     " WHERE k.uuid IN (SELECT b.had_klantcontact FROM betrokkene b WHERE b.was_partij = ?)"
                     " AND (ifnull(?, '') = '' OR k.kanaal = ?)"
                     " AND (CAST(? AS TEXT) IS NULL OR k.plaatsgevonden_op >= ?)"
                     " AND (CAST(? AS TEXT) IS NULL OR k.plaatsgevonden_op < ?)");

void bindFilter(QSqlQuery &query, const QString &partij, const KlantbeeldContactFilter &filter)
{
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant van = filter.van.isValid() ? QVariant(codec::dateTimeText(filter.van)) : nullText;
    const QVariant tot = filter.tot.isValid() ? QVariant(codec::dateTimeText(filter.tot)) : nullText;
    query.addBindValue(partij);
    query.addBindValue(filter.kanaal);
    query.addBindValue(filter.kanaal);
    query.addBindValue(van);
    query.addBindValue(van);
    query.addBindValue(tot);
    query.addBindValue(tot);
}

enum ContactColumn
{
    Uuid,
    Nummer,
    Referentienummer,
    Kanaal,
    Onderwerp,
    Inhoud,
    Reactie,
    Gelukt,
    VerdereActie,
    Taal,
    Vertrouwelijk,
    PlaatsgevondenOp,
    SortKey,
    Rowid,
    Actoren,
    Zichtbaar,
};

QList<QUuid> uuidsOf(QSqlQuery &query)
{
    QList<QUuid> uuids;
    while (query.next())
        uuids.append(QUuid::fromString(query.value(0).toString()));
    query.finish();
    return uuids;
}

} // namespace

SqlKlantbeeldService::SqlKlantbeeldService(Database &database)
    : m_database(database)
{
}

Result<Klantbeeld> SqlKlantbeeldService::load(const QUuid &partijUuid, const SignedInActor &viewer, int lastContacts)
{
    Repository<Partij> partijen(m_database);
    const std::optional<Partij> partij = partijen.find(partijUuid);
    if (!partij)
        return Error{tr("This partij no longer exists."), {}};

    Klantbeeld beeld;
    beeld.partij = *partij;
    beeld.digitaleAdressen = digitaleAdressenVanPartij(m_database, partijUuid);
    beeld.identificatoren = identificatorenVanPartij(m_database, partijUuid);
    const QString partijText = uuidText(partijUuid);

    if (lastContacts > 0) {
        Result<Page<KlantbeeldContact>> recent = contacten(partijUuid, viewer, {}, {}, lastContacts);
        if (!recent)
            return recent.error();
        beeld.klantcontacten = std::move(recent).value().rows;
    }
    // The count and the kanalen in one pass over the partij's klantcontacten.
    QSqlQuery perKanaal(m_database.connection());
    Sql::streamRows(perKanaal);
    perKanaal.prepare(QStringLiteral("SELECT k.kanaal, count(*) FROM klantcontact k WHERE k.uuid IN"
                                     " (SELECT b.had_klantcontact FROM betrokkene b WHERE b.was_partij = ?)"
                                     " GROUP BY k.kanaal ORDER BY k.kanaal"));
    perKanaal.addBindValue(partijText);
    if (!perKanaal.exec())
        return StorageError::fromSql(perKanaal.lastError(), tr("counting the contact history"));
    while (perKanaal.next()) {
        beeld.kanalen.append(perKanaal.value(0).toString());
        beeld.aantalKlantcontacten += perKanaal.value(1).toLongLong();
    }
    perKanaal.finish();

    // Relations: few per partij, except the contactpersonen of a large organisation (bounded).
    const QLatin1String relatieColumns("SELECT p.uuid");
    Result<QList<KlantbeeldRelatie>> vertegenwoordigt =
        relaties(relatieColumns + QLatin1String(" FROM vertegenwoordiging v JOIN partij p ON p.uuid = "
                                                "v.vertegenwoordigde_partij WHERE v.vertegenwoordigende_partij = ?"
                                                " ORDER BY v.rowid LIMIT ?"),
                 partijText, 200);
    if (!vertegenwoordigt)
        return vertegenwoordigt.error();
    beeld.vertegenwoordigt = vertegenwoordigt.value();
    Result<QList<KlantbeeldRelatie>> vertegenwoordigers =
        relaties(relatieColumns + QLatin1String(" FROM vertegenwoordiging v JOIN partij p ON p.uuid = "
                                                "v.vertegenwoordigende_partij WHERE v.vertegenwoordigde_partij = ?"
                                                " ORDER BY v.rowid LIMIT ?"),
                 partijText, 200);
    if (!vertegenwoordigers)
        return vertegenwoordigers.error();
    beeld.vertegenwoordigdDoor = vertegenwoordigers.value();

    if (partij->soortPartij == SoortPartij::Organisatie) {
        Result<QList<KlantbeeldRelatie>> personen =
            relaties(relatieColumns + QLatin1String(" FROM partij p WHERE p.werkte_voor_partij = ?"
                                                    " ORDER BY p.rowid LIMIT ?"),
                     partijText, Klantbeeld::maxContactpersonen);
        if (!personen)
            return personen.error();
        beeld.contactpersonen = personen.value();
        QSqlQuery count(m_database.connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM partij WHERE werkte_voor_partij = ?"));
        count.addBindValue(partijText);
        if (!count.exec() || !count.next())
            return StorageError::fromSql(count.lastError(), tr("reading the contactpersonen"));
        beeld.aantalContactpersonen = count.value(0).toLongLong();
        std::sort(beeld.contactpersonen.begin(), beeld.contactpersonen.end(),
                  [](const KlantbeeldRelatie &a, const KlantbeeldRelatie &b) {
                      return QString::localeAwareCompare(a.naam, b.naam) < 0;
                  });
    }
    if (partij->werkteVoorPartij) {
        if (const std::optional<Partij> organisatie = partijen.find(*partij->werkteVoorPartij)) {
            beeld.werktVoor = KlantbeeldRelatie{organisatie->uuid, organisatie->weergaveNaam(),
                                                organisatie->soortPartij, organisatie->indicatieActief};
        }
    }

    QSqlQuery taken(m_database.connection());
    // From the partij's betrokkenen to their tasks (CROSS JOIN keeps that order): not through all
    // open tasks of the municipality.
    taken.prepare(QStringLiteral("SELECT DISTINCT t.uuid, t.rowid FROM betrokkene b CROSS JOIN interne_taak t"
                                 " WHERE t.aanleidinggevend_klantcontact = b.had_klantcontact"
                                 " AND b.was_partij = ? AND t.status = 'te_verwerken' ORDER BY t.rowid DESC"));
    taken.addBindValue(partijText);
    if (!taken.exec())
        return StorageError::fromSql(taken.lastError(), tr("reading the open tasks"));
    const QList<QUuid> taakUuids = uuidsOf(taken);
    Repository<InterneTaak> taakRepository(m_database);
    for (const QUuid &uuid : taakUuids) {
        if (std::optional<InterneTaak> taak = taakRepository.find(uuid))
            beeld.openTaken.append(*taak);
    }
    return beeld;
}

Result<QList<KlantbeeldRelatie>> SqlKlantbeeldService::relaties(const QString &sql, const QString &partij, int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.addBindValue(partij);
    query.addBindValue(limit);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the related partijen"));
    const QList<QUuid> uuids = uuidsOf(query);
    Repository<Partij> partijen(m_database);
    QList<KlantbeeldRelatie> result;
    for (const QUuid &uuid : uuids) {
        if (const std::optional<Partij> p = partijen.find(uuid))
            result.append({p->uuid, p->weergaveNaam(), p->soortPartij, p->indicatieActief});
    }
    return result;
}

Result<Page<KlantbeeldContact>> SqlKlantbeeldService::contacten(const QUuid &partij, const SignedInActor &viewer,
                                                                const KlantbeeldContactFilter &filter,
                                                                const PageCursor &cursor, int limit)
{
    const int pageSize = std::clamp(limit, 1, 1000);
    // Newest first; a contact without a time sorts last. The key and the rowid are the cursor.
    // The page's rowids first (sorting only keys), then the details and the actor subqueries for
    // those rows only: a partij with thousands of contacts costs one pass over keys, not thousands
    // of subqueries.
    QString pageSql = QStringLiteral("SELECT k.rowid AS rid, ifnull(k.plaatsgevonden_op, '') AS sort_key");
    pageSql += contactFilterSql;
    const bool continued = !cursor.isStart();
    if (continued) {
        if (cursor.after.size() != 2)
            return Error{tr("The contact history could not be continued: the position is not valid."), {}};
        pageSql += QLatin1String(" AND (ifnull(k.plaatsgevonden_op, '') < ?"
                                 " OR (ifnull(k.plaatsgevonden_op, '') = ? AND k.rowid < ?))");
    }
    pageSql += QLatin1String(" ORDER BY sort_key DESC, rid DESC LIMIT ?");
    const QString sql =
        QStringLiteral(
            "SELECT k.uuid, k.nummer, k.referentienummer, k.kanaal, k.onderwerp, k.inhoud, k.reactie,"
            " k.indicatie_contact_gelukt, k.verdere_actie_ondernomen, k.taal, k.vertrouwelijk, k.plaatsgevonden_op,"
            " p.sort_key, p.rid,"
            " (SELECT group_concat(a.naam, ?) FROM actor_klantcontact ak JOIN actor a ON a.uuid = ak.actor"
            "  WHERE ak.klantcontact = k.uuid), ") +
        VertrouwelijkZichtbaar::expression() + QLatin1String(" FROM (") + pageSql +
        QLatin1String(") p CROSS JOIN klantcontact k WHERE k.rowid = p.rid ORDER BY p.sort_key DESC, p.rid DESC");

    QSqlQuery query(m_database.connection());
    Sql::streamRows(query);
    if (!query.prepare(sql))
        return StorageError::fromSql(query.lastError(), tr("reading the contact history"));
    const QString viewerText = viewer.actor.isNull() ? QString() : uuidText(viewer.actor);
    query.addBindValue(QString(actorNameSeparator));
    VertrouwelijkZichtbaar::bind(query, viewer, viewerText);
    bindFilter(query, uuidText(partij), filter);
    if (continued) {
        query.addBindValue(cursor.after.at(0).toString());
        query.addBindValue(cursor.after.at(0).toString());
        query.addBindValue(cursor.after.at(1).toLongLong());
    }
    query.addBindValue(pageSize + 1);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the contact history"));

    Page<KlantbeeldContact> page;
    page.atEnd = true;
    while (query.next()) {
        if (page.rows.size() == pageSize) {
            page.atEnd = false;
            break;
        }
        KlantbeeldContact row;
        Klantcontact &k = row.klantcontact;
        k.uuid = QUuid::fromString(query.value(Uuid).toString());
        if (!query.value(Nummer).isNull())
            k.nummer = query.value(Nummer).toString();
        if (!query.value(Referentienummer).isNull())
            k.referentienummer = query.value(Referentienummer).toString();
        k.kanaal = query.value(Kanaal).toString();
        k.onderwerp = query.value(Onderwerp).toString();
        k.inhoud = query.value(Inhoud).toString();
        k.reactie = query.value(Reactie).toString();
        if (!query.value(Gelukt).isNull())
            k.indicatieContactGelukt = query.value(Gelukt).toInt() != 0;
        k.verdereActieOndernomen = query.value(VerdereActie).toInt() != 0;
        k.taal = query.value(Taal).toString();
        k.vertrouwelijk = query.value(Vertrouwelijk).toInt() != 0;
        if (!query.value(PlaatsgevondenOp).isNull())
            k.plaatsgevondenOp = codec::dateTimeFromText(query.value(PlaatsgevondenOp).toString());
        const QString actoren = query.value(Actoren).toString();
        if (!actoren.isEmpty())
            row.actoren = actoren.split(actorNameSeparator);
        if (k.vertrouwelijk && query.value(Zichtbaar).toInt() == 0) {
            // §4.8: the client must honour vertrouwelijk; only that the contact happened is shown.
            row.verborgen = true;
            k.onderwerp = tr("(confidential)");
            k.inhoud.clear();
            k.reactie.clear();
        }
        page.next.after = {query.value(SortKey).toString(), query.value(Rowid).toLongLong()};
        page.rows.append(row);
    }
    query.finish();
    if (page.rows.isEmpty())
        page.next = cursor;
    return page;
}

Result<qint64> SqlKlantbeeldService::aantalContacten(const QUuid &partij, const KlantbeeldContactFilter &filter)
{
    QSqlQuery query(m_database.connection());
    Sql::streamRows(query);
    query.prepare(QLatin1String("SELECT count(*)") + contactFilterSql);
    bindFilter(query, uuidText(partij), filter);
    if (!query.exec() || !query.next())
        return StorageError::fromSql(query.lastError(), tr("counting the contact history"));
    return query.value(0).toLongLong();
}

Result<QStringList> SqlKlantbeeldService::kanalen(const QUuid &partij)
{
    QSqlQuery query(m_database.connection());
    Sql::streamRows(query);
    query.prepare(QStringLiteral("SELECT DISTINCT k.kanaal FROM klantcontact k WHERE k.uuid IN"
                                 " (SELECT b.had_klantcontact FROM betrokkene b WHERE b.was_partij = ?)"
                                 " ORDER BY k.kanaal"));
    query.addBindValue(uuidText(partij));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the kanalen"));
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace kcc::storage
