#include "storage/taken/sqltakenservice.h"

#include "model/klantinteracties/contactnaam.h"
#include "model/taken/taakcijfers.h"
#include "model/taken/taaktoegang.h"
#include "model/taken/werkdagen.h"
#include "model/validation/referencerules.h"
#include "model/validation/validation.h"
#include "storage/db/database.h"
#include "storage/db/numbersequence.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/repositoryimpl.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/taaklogreader.h"
#include "storage/taken/takenschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <utility>

namespace kcc::storage {

namespace {

// SQL text with its positional values, composed in text order so that every ? meets its value.
struct Query
{
    QString sql;
    QVariantList binds;

    Query &add(const QString &text, const QVariantList &values = {})
    {
        sql += text;
        binds += values;
        return *this;
    }
    Query &add(const Query &other) { return add(other.sql, other.binds); }
};

const auto openStatus = QStringLiteral("te_verwerken");

QString text(const QUuid &uuid)
{
    return codec::uuidText(uuid);
}

QVariant nullableText(const std::optional<QUuid> &uuid)
{
    return uuid && !uuid->isNull() ? QVariant(text(*uuid)) : QVariant(QMetaType(QMetaType::QString));
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

Error firstError(const FieldErrors &errors)
{
    return Error{errors.first().message, errors};
}

// Runs `work` in one WriteTransaction; commits when it succeeded. The repositories `work` makes
// are gone before the commit.
template<typename Work>
auto inTransaction(Database &database, Work &&work) -> decltype(work())
{
    using R = decltype(work());
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return R(transaction.error());
    R result = work();
    if (!result)
        return result;
    if (Result<> committed = transaction.commit(); !committed)
        return R(committed.error());
    return result;
}

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
    "  JOIN actor a ON a.uuid = ta.actor WHERE ta.interne_taak = t.uuid ORDER BY ta.positie)),"
    // The latest assignment, from the end of the task's log (index taak_log_taak): once per row
    // of the page, never per scanned row. Tasks without a log line fall back to toegewezen_op.
    " coalesce((SELECT l.tijdstip FROM taak_log l WHERE l.taak = t.uuid"
    "  AND l.actie IN (SELECT value FROM json_each(?)) ORDER BY l.id DESC LIMIT 1), t.toegewezen_op)"
    " FROM (");
const auto rowJoins = QStringLiteral(
    ") pg JOIN interne_taak t ON t.uuid = pg.rid"
    " LEFT JOIN klantcontact k ON k.uuid = t.aanleidinggevend_klantcontact"
    " LEFT JOIN betrokkene b ON b.rowid = (SELECT b2.rowid FROM betrokkene b2 WHERE b2.had_klantcontact = k.uuid"
    "  ORDER BY b2.initiator DESC, b2.rowid LIMIT 1)"
    " LEFT JOIN partij p ON p.uuid = b.was_partij");

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

struct SqlTakenService::Private
{
    Private(Database &db, Clock c, const QTimeZone &z)
        : database(db)
        , clock(std::move(c))
        , zone(z)
    {
    }

    Database &database;
    Clock clock;
    QTimeZone zone;

    QDateTime now() const { return clock.now().toUTC(); }

    Error readError(const QSqlQuery &query) const
    {
        return StorageError::fromSql(query.lastError(), SqlTakenService::tr("reading the tasks"));
    }

    Result<> run(QSqlQuery &query, const Query &q) const
    {
        query.setForwardOnly(true);
        if (!query.prepare(q.sql))
            return readError(query);
        for (int i = 0; i < q.binds.size(); ++i)
            query.bindValue(i, q.binds.at(i));
        if (!query.exec())
            return readError(query);
        return {};
    }

    // A query that answers one row of (count, te laat).
    Result<std::pair<int, int>> countAndLate(const Query &q) const
    {
        QSqlQuery query(database.connection());
        if (Result<> ran = run(query, q); !ran)
            return ran.error();
        if (!query.next())
            return readError(query);
        return std::pair{query.value(0).toInt(), query.value(1).toInt()};
    }

    Result<QList<QUuid>> uuids(const Query &q) const
    {
        QSqlQuery query(database.connection());
        if (Result<> ran = run(query, q); !ran)
            return ran.error();
        QList<QUuid> result;
        while (query.next())
            result << QUuid::fromString(query.value(0).toString());
        return result;
    }

    Result<QList<QUuid>> afdelingenVan(const QUuid &medewerker) const
    {
        return uuids(Query{}.add(QStringLiteral("SELECT l.afdeling FROM afdeling_lid l JOIN actor a ON a.uuid = "
                                                "l.afdeling WHERE l.medewerker = ? ORDER BY a.naam, a.uuid"),
                                 {text(medewerker)}));
    }

    Result<QList<QUuid>> ledenVan(const QList<QUuid> &afdelingen) const
    {
        QStringList ids;
        for (const QUuid &afdeling : afdelingen)
            ids << text(afdeling);
        return uuids(Query{}.add(QStringLiteral("SELECT DISTINCT l.medewerker FROM afdeling_lid l JOIN actor a ON "
                                                "a.uuid = l.medewerker WHERE l.afdeling IN (SELECT value FROM "
                                                "json_each(?)) ORDER BY a.naam, a.uuid"),
                                 {jsonArray(ids)}));
    }

    // The cut-off per handeling: a task assigned before it is overdue now.
    struct Grenzen
    {
        QList<QPair<QString, QString>> perHandeling; // handeling -> UTC text
        QString standaard;
    };

    Result<QList<TaakNorm>> storedNorms() const
    {
        QSqlQuery query(database.connection());
        const Query q = Query{}.add(QStringLiteral("SELECT gevraagde_handeling, werkdagen FROM taak_norm ORDER BY 1"));
        if (Result<> ran = run(query, q); !ran)
            return ran.error();
        QList<TaakNorm> norms;
        while (query.next())
            norms.append({query.value(0).toString(), query.value(1).toInt()});
        return norms;
    }

    Result<Grenzen> grenzen() const
    {
        Result<QList<TaakNorm>> norms = storedNorms();
        if (!norms)
            return norms.error();
        const QDateTime moment = now();
        Grenzen result;
        result.standaard =
            codec::dateTimeText(Werkdagen::teLaatGrens(moment, TakenSchema::standaardNormWerkdagen, zone));
        for (const TaakNorm &norm : norms.value()) {
            result.perHandeling.append(
                {norm.gevraagdeHandeling, codec::dateTimeText(Werkdagen::teLaatGrens(moment, norm.werkdagen, zone))});
        }
        return result;
    }

    // Where a queue reads its tasks from, and how it names a task's status, time, handeling and
    // uuid. The queues of one actor read only interne_taak_actor (`ta`), whose copies of the
    // task's columns are covered by idx_interne_taak_actor_queue; the others read interne_taak.
    struct Bron
    {
        Query fromWhere; // " FROM ... WHERE ..."
        QString status;
        QString tijd; // never NULL, so that it can be a keyset key
        QString handeling;
        QString uuid;
        QString laatst; // Historie: when the viewer last handled it
    };

    static Bron viaActor(const QUuid &actor)
    {
        Bron bron{Query{}.add(QStringLiteral(" FROM interne_taak_actor ta WHERE ta.actor = ?"), {text(actor)}),
                  QStringLiteral("ta.taak_status"),
                  QStringLiteral("ta.taak_toegewezen_op"),
                  QStringLiteral("ta.taak_handeling"),
                  QStringLiteral("ta.interne_taak"),
                  {}};
        return bron;
    }

    static Bron viaTaak()
    {
        return Bron{Query{}.add(QStringLiteral(" FROM interne_taak t WHERE 1")),
                    QStringLiteral("t.status"),
                    QStringLiteral("coalesce(t.toegewezen_op, '')"),
                    QStringLiteral("t.gevraagde_handeling"),
                    QStringLiteral("t.uuid"),
                    {}};
    }

    // 1 when the task is open and older than its handeling's norm.
    static Query teLaat(const Grenzen &grenzen, const QString &status, const QString &tijd, const QString &handeling)
    {
        Query q;
        q.add(QStringLiteral("coalesce(") % status % QStringLiteral(" = 'te_verwerken' AND ") % tijd %
              QStringLiteral(" < CASE ") % handeling);
        for (const auto &[naam, grens] : grenzen.perHandeling)
            q.add(QStringLiteral(" WHEN ? THEN ?"), {naam, grens});
        q.add(QStringLiteral(" ELSE ? END, 0)"), {grenzen.standaard});
        return q;
    }
    static Query teLaat(const Grenzen &grenzen, const Bron &bron)
    {
        return teLaat(grenzen, bron.status, bron.tijd, bron.handeling);
    }

    static Bron bron(const SignedInActor &viewer, const TaakQueueFilter &filter, const Grenzen &grenzen)
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
                                               " WHERE 1"),
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
            q.add(QStringLiteral(" AND ")).add(teLaat(grenzen, b));
        return b;
    }

    struct Sleutels
    {
        QStringList keys; // the sort keys, the task's uuid last
        bool aflopend = false;
    };

    static Sleutels sleutels(const TaakQueueFilter &filter, const Bron &b)
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
    static Query page(const Bron &b, const Sleutels &s, const Grenzen &grenzen, const QVariantList &after, int limit)
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
    static QString orderBy(const Sleutels &s, const QString &prefix)
    {
        QStringList parts;
        for (qsizetype i = 0; i < s.keys.size(); ++i) {
            const QString key = prefix.isEmpty() ? s.keys.at(i) : prefix % QStringLiteral("k") % QString::number(i + 1);
            parts << (s.aflopend ? key % QStringLiteral(" DESC") : key);
        }
        return parts.join(QStringLiteral(", "));
    }

    // Reads the rows of a page whose derived table `inner` yields (rid, k1, k2, k3, te_laat).
    Result<QList<TaakQueueRow>> rows(const SignedInActor &viewer, const Query &inner, const Sleutels &s,
                                     QList<QVariantList> *keys = nullptr) const
    {
        Query q;
        q.add(rowColumns, {text(viewer.actor), text(viewer.actor), jsonArray(toewijzingCodes())});
        q.add(inner);
        q.add(rowJoins);
        q.add(QStringLiteral(" ORDER BY ") % orderBy(s, QStringLiteral("pg.")));
        QSqlQuery query(database.connection());
        if (Result<> ran = run(query, q); !ran)
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
            const bool zichtbaar = TaakToegang::vertrouwelijkZichtbaar(
                viewer, query.value(13).toBool(), query.value(14).toBool(), query.value(15).toBool());
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
            result.append(std::move(row));
        }
        query.finish();
        return result;
    }

    Result<QList<TaakQueueRow>> rowsFor(const SignedInActor &viewer, const QList<QUuid> &taken) const
    {
        if (taken.isEmpty())
            return QList<TaakQueueRow>{};
        Result<Grenzen> limits = grenzen();
        if (!limits)
            return limits.error();
        QStringList ids;
        for (const QUuid &uuid : taken)
            ids << text(uuid);
        Bron b = viaTaak();
        b.fromWhere.add(QStringLiteral(" AND t.uuid IN (SELECT value FROM json_each(?))"), {jsonArray(ids)});
        const Sleutels s{{b.tijd, b.uuid}, false};
        return rows(viewer, page(b, s, limits.value(), {}, int(taken.size())), s);
    }

    Result<InterneTaak> taakOf(const QUuid &uuid) const
    {
        Repository<InterneTaak> taken(database);
        std::optional<InterneTaak> taak = taken.find(uuid);
        if (!taak)
            return Error{SqlTakenService::tr("This task no longer exists."), {}};
        return *taak;
    }

    // The actors, in the given order; an error when one does not exist.
    Result<QList<Actor>> actoren(const QList<QUuid> &uuids) const
    {
        Repository<Actor> repository(database);
        QList<Actor> result;
        for (const QUuid &uuid : uuids) {
            std::optional<Actor> actor = repository.find(uuid);
            if (!actor)
                return Error{SqlTakenService::tr("A colleague or afdeling of this task no longer exists."), {}};
            result.append(*actor);
        }
        return result;
    }

    QStringList namen(const QList<Actor> &actors) const
    {
        QStringList result;
        for (const Actor &actor : actors)
            result << actor.naam;
        return result;
    }

    QString naamVan(const SignedInActor &viewer) const
    {
        Repository<Actor> repository(database);
        if (std::optional<Actor> actor = repository.find(viewer.actor))
            return actor->naam;
        return viewer.naam;
    }

    static Result<> insertLog(Database &db, const TaakLogEntry &entry)
    {
        QSqlQuery query(db.connection());
        if (!query.prepare(QStringLiteral(
                "INSERT INTO taak_log (taak, tijdstip, actor, actor_naam, actie, toegewezen_aan, toelichting,"
                " klantcontact, gelukt, gerelateerde_taak) VALUES (?, ?, ?, coalesce(?, ''), ?, ?, coalesce(?, ''), ?, "
                "?, ?)")))
            return StorageError::fromSql(query.lastError(), SqlTakenService::tr("writing the task log"));
        query.addBindValue(text(entry.taak));
        query.addBindValue(codec::dateTimeText(entry.tijdstip));
        query.addBindValue(entry.actor.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(text(entry.actor)));
        query.addBindValue(entry.actorNaam);
        query.addBindValue(toCode(entry.actie));
        query.addBindValue(jsonArray(entry.toegewezenAan));
        query.addBindValue(entry.toelichting);
        query.addBindValue(nullableText(entry.klantcontact));
        query.addBindValue(entry.gelukt ? QVariant(int(*entry.gelukt)) : QVariant(QMetaType(QMetaType::Int)));
        query.addBindValue(nullableText(entry.gerelateerdeTaak));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), SqlTakenService::tr("writing the task log"));
        return {};
    }

    TaakLogEntry entry(const SignedInActor &viewer, const QUuid &taak, TaakLogActie actie, const QString &toelichting,
                       const QDateTime &moment) const
    {
        TaakLogEntry log;
        log.taak = taak;
        log.tijdstip = moment;
        log.actor = viewer.actor;
        log.actorNaam = naamVan(viewer);
        log.actie = actie;
        log.toelichting = toelichting.trimmed();
        return log;
    }

    Result<QList<TaakLogEntry>> logVan(const QUuid &taak) const { return readTaakLog(database, taak); }

    // The toelichting of a task with `addition` as a new paragraph; checked against the 1000 limit.
    static Result<QString> aangevuld(const QString &toelichting, const QString &addition)
    {
        const QString extra = addition.trimmed();
        if (extra.isEmpty())
            return toelichting;
        const QString result = toelichting.isEmpty() ? extra : toelichting + QLatin1String("\n\n") + extra;
        if (result.size() > 1000) {
            const QString message = SqlTakenService::tr(
                "The explanation does not fit: the explanation of a task may be at most 1000 characters in all.");
            return Error{message, {{QStringLiteral("toelichting"), message}}};
        }
        return result;
    }

    static Result<> checkToelichting(const QString &toelichting)
    {
        if (toelichting.trimmed().size() > 1000) {
            const QString message = SqlTakenService::tr("The explanation may be at most 1000 characters.");
            return Error{message, {{QStringLiteral("toelichting"), message}}};
        }
        return {};
    }

    static Result<> checkOpen(const InterneTaak &taak)
    {
        if (taak.status != TaakStatus::TeVerwerken)
            return Error{SqlTakenService::tr("This task has already been closed."), {}};
        return {};
    }

    // New assignees: they exist, are active and are not listed twice.
    Result<QList<Actor>> nieuweToewijzing(const QList<QUuid> &naar) const
    {
        QList<QUuid> unique;
        for (const QUuid &uuid : naar) {
            if (!uuid.isNull() && !unique.contains(uuid))
                unique << uuid;
        }
        if (unique.isEmpty())
            return Error{SqlTakenService::tr("Choose at least one colleague or afdeling."), {}};
        Result<QList<Actor>> actors = actoren(unique);
        if (!actors)
            return actors;
        if (const FieldErrors inactive = checkActorsActiveForNewRecord(actors.value()); !inactive.isEmpty())
            return firstError(inactive);
        return actors;
    }

    Result<> update(InterneTaak &taak) const
    {
        if (const FieldErrors errors = validate(taak); !errors.isEmpty())
            return firstError(errors);
        Repository<InterneTaak> taken(database);
        return taken.update(taak);
    }

    Result<> reassign(const SignedInActor &viewer, InterneTaak &taak, const QList<Actor> &naar, TaakLogActie actie,
                      const QString &toelichting) const
    {
        QList<QUuid> uuids;
        for (const Actor &actor : naar)
            uuids << actor.uuid;
        taak.toegewezenAanActoren = uuids;
        if (Result<> updated = update(taak); !updated)
            return updated;
        TaakLogEntry log = entry(viewer, taak.uuid, actie, toelichting, now());
        log.toegewezenAan = namen(naar);
        return insertLog(database, log);
    }

    Result<> close(const SignedInActor &viewer, InterneTaak &taak, const QString &toelichting, const QDateTime &moment,
                   TaakLogActie actie, const std::optional<QUuid> &gerelateerd) const
    {
        Result<QString> uitleg = aangevuld(taak.toelichting, toelichting);
        if (!uitleg)
            return uitleg.error();
        taak.toelichting = uitleg.value();
        taak.status = TaakStatus::Verwerkt;
        taak.afgehandeldOp = moment;
        if (Result<> updated = update(taak); !updated)
            return updated;
        TaakLogEntry log = entry(viewer, taak.uuid, actie, toelichting, moment);
        log.gerelateerdeTaak = gerelateerd;
        return insertLog(database, log);
    }

    // Whether the viewer may see the contents of this (vertrouwelijk) klantcontact.
    Result<bool> inhoudZichtbaar(const SignedInActor &viewer, const Klantcontact &klantcontact) const
    {
        if (!klantcontact.vertrouwelijk || TaakToegang::isSupervisor(viewer))
            return true;
        QSqlQuery query(database.connection());
        if (Result<> ran =
                run(query, Query{}.add(QStringLiteral("SELECT EXISTS (SELECT 1 FROM actor_klantcontact WHERE "
                                                      "klantcontact = ? AND actor = ?), EXISTS (SELECT 1 FROM "
                                                      "interne_taak t JOIN interne_taak_actor ta ON ta.interne_taak"
                                                      " = t.uuid WHERE t.aanleidinggevend_klantcontact = ? AND "
                                                      "ta.actor = ?)"),
                                       {text(klantcontact.uuid), text(viewer.actor), text(klantcontact.uuid),
                                        text(viewer.actor)}));
            !ran)
            return ran.error();
        if (!query.next())
            return readError(query);
        return TaakToegang::vertrouwelijkZichtbaar(viewer, true, query.value(0).toBool(), query.value(1).toBool());
    }

    // The assignees of a task that are afdelingen.
    Result<QList<QUuid>> afdelingenVanTaak(const InterneTaak &taak) const
    {
        Result<QList<Actor>> actors = actoren(taak.toegewezenAanActoren);
        if (!actors)
            return actors.error();
        QList<QUuid> result;
        for (const Actor &actor : actors.value()) {
            if (actor.soortActor == SoortActor::OrganisatorischeEenheid)
                result << actor.uuid;
        }
        return result;
    }

    Result<> magBehandelen(const SignedInActor &viewer, const InterneTaak &taak) const
    {
        Result<QList<QUuid>> eigen = afdelingenVan(viewer.actor);
        if (!eigen)
            return eigen.error();
        return TaakToegang::behandelen(viewer, taak.toegewezenAanActoren, eigen.value());
    }
};

SqlTakenService::SqlTakenService(Database &database, Clock clock, const QTimeZone &zone)
    : d(std::make_unique<Private>(database, std::move(clock), zone))
{
}

SqlTakenService::~SqlTakenService() = default;

Result<Page<TaakQueueRow>> SqlTakenService::queue(const SignedInActor &viewer, const TaakQueueFilter &filter,
                                                  const PageCursor &cursor, int limit)
{
    Result<QList<QUuid>> eigen = d->afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    if (Result<> allowed = TaakToegang::queue(viewer, filter, eigen.value()); !allowed)
        return allowed.error();
    Result<Private::Grenzen> grenzen = d->grenzen();
    if (!grenzen)
        return grenzen.error();
    limit = std::clamp(limit, 1, 10'000);

    const Private::Bron bron = Private::bron(viewer, filter, grenzen.value());
    const Private::Sleutels sleutels = Private::sleutels(filter, bron);
    // One row more than asked tells whether another page follows without a count.
    const Query inner = Private::page(bron, sleutels, grenzen.value(), cursor.after, limit + 1);
    QList<QVariantList> keys;
    Result<QList<TaakQueueRow>> rows = d->rows(viewer, inner, sleutels, &keys);
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

Result<qint64> SqlTakenService::queueCount(const SignedInActor &viewer, const TaakQueueFilter &filter)
{
    Result<QList<QUuid>> eigen = d->afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    if (Result<> allowed = TaakToegang::queue(viewer, filter, eigen.value()); !allowed)
        return allowed.error();
    Result<Private::Grenzen> grenzen = d->grenzen();
    if (!grenzen)
        return grenzen.error();
    Query q;
    q.add(QStringLiteral("SELECT count(*)")).add(Private::bron(viewer, filter, grenzen.value()).fromWhere);
    QSqlQuery query(d->database.connection());
    if (Result<> ran = d->run(query, q); !ran)
        return ran.error();
    if (!query.next())
        return d->readError(query);
    return query.value(0).toLongLong();
}

Result<TaakCounts> SqlTakenService::counts(const SignedInActor &viewer)
{
    Result<Private::Grenzen> grenzen = d->grenzen();
    if (!grenzen)
        return grenzen.error();
    const Private::Bron ta = Private::viaActor(viewer.actor);
    TaakCounts counts;
    {
        Query q;
        q.add(QStringLiteral("SELECT count(*), coalesce(sum(")).add(Private::teLaat(grenzen.value(), ta));
        q.add(QStringLiteral("), 0)")).add(ta.fromWhere).add(QStringLiteral(" AND ta.taak_status = ?"), {openStatus});
        const Result<std::pair<int, int>> mijn = d->countAndLate(q);
        if (!mijn)
            return mijn.error();
        std::tie(counts.mijn, counts.mijnTeLaat) = mijn.value();
    }
    {
        // Open tasks of the viewer's afdelingen that are not (also) assigned to the viewer; a task
        // of two of their afdelingen counts once.
        Query q;
        q.add(QStringLiteral("SELECT count(*), coalesce(sum(te_laat), 0) FROM (SELECT ta.interne_taak, max("));
        q.add(Private::teLaat(grenzen.value(), ta));
        q.add(QStringLiteral(") AS te_laat FROM afdeling_lid l JOIN interne_taak_actor ta ON ta.actor = l.afdeling"
                             " AND ta.taak_status = ? WHERE l.medewerker = ? AND NOT EXISTS (SELECT 1 FROM"
                             " interne_taak_actor x WHERE x.interne_taak = ta.interne_taak AND x.actor = ?)"
                             " GROUP BY ta.interne_taak)"),
              {openStatus, text(viewer.actor), text(viewer.actor)});
        const Result<std::pair<int, int>> afdelingen = d->countAndLate(q);
        if (!afdelingen)
            return afdelingen.error();
        std::tie(counts.afdelingen, counts.afdelingenTeLaat) = afdelingen.value();
    }
    return counts;
}

Result<QList<Actor>> SqlTakenService::zichtbareAfdelingen(const SignedInActor &viewer)
{
    QList<Actor> afdelingen;
    if (TaakToegang::isSupervisor(viewer)) {
        afdelingen = selectWhere<Actor>(d->database, QStringLiteral("soort_actor = ? AND indicatie_actief = 1"),
                                        {toCode(SoortActor::OrganisatorischeEenheid)});
    } else {
        afdelingen = selectWhere<Actor>(
            d->database, QStringLiteral("uuid IN (SELECT afdeling FROM afdeling_lid WHERE medewerker = ?)"),
            {text(viewer.actor)});
    }
    std::sort(afdelingen.begin(), afdelingen.end(),
              [](const Actor &a, const Actor &b) { return QString::localeAwareCompare(a.naam, b.naam) < 0; });
    return afdelingen;
}

Result<TaakDetail> SqlTakenService::detail(const SignedInActor &viewer, const QUuid &taakUuid)
{
    Result<InterneTaak> taak = d->taakOf(taakUuid);
    if (!taak)
        return taak.error();
    Result<QList<QUuid>> eigen = d->afdelingenVan(viewer.actor);
    if (!eigen)
        return eigen.error();
    Result<QList<TaakLogEntry>> log = d->logVan(taakUuid);
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
        Repository<Actor> actors(d->database);
        for (const QUuid &uuid : detail.taak.toegewezenAanActoren) {
            const std::optional<Actor> actor = actors.find(uuid);
            detail.toegewezenAanNamen << (actor ? actor->naam : text(uuid));
        }
    }
    Repository<Klantcontact> klantcontacten(d->database);
    const std::optional<Klantcontact> klantcontact = klantcontacten.find(detail.taak.aanleidinggevendKlantcontact);
    if (!klantcontact)
        return Error{tr("The klantcontact of this task no longer exists."), {}};
    detail.klantcontact = *klantcontact;
    Result<bool> zichtbaar = d->inhoudZichtbaar(viewer, *klantcontact);
    if (!zichtbaar)
        return zichtbaar.error();
    detail.vertrouwelijkVerborgen = !zichtbaar.value();
    if (detail.vertrouwelijkVerborgen) {
        detail.klantcontact.onderwerp.clear();
        detail.klantcontact.inhoud.clear();
        detail.klantcontact.reactie.clear();
    }

    // The klant: a betrokkene with rol klant, the initiator first.
    QList<Betrokkene> betrokkenen = betrokkenenVanKlantcontact(d->database, klantcontact->uuid);
    std::stable_sort(betrokkenen.begin(), betrokkenen.end(), [](const Betrokkene &a, const Betrokkene &b) {
        const int rankA = (a.rol == Rol::Klant ? 0 : 2) + (a.initiator ? 0 : 1);
        const int rankB = (b.rol == Rol::Klant ? 0 : 2) + (b.initiator ? 0 : 1);
        return rankA < rankB;
    });
    if (!betrokkenen.isEmpty()) {
        detail.betrokkene = betrokkenen.first();
        for (const DigitaalAdres &adres : digitaleAdressenVanBetrokkene(d->database, detail.betrokkene->uuid))
            detail.contactgegevens.append({adres, TaakContactgegeven::Bron::Betrokkene});
        if (detail.betrokkene->wasPartij) {
            Repository<Partij> partijen(d->database);
            detail.partij = partijen.find(*detail.betrokkene->wasPartij);
        }
    }
    if (detail.partij) {
        detail.klantNaam = detail.partij->weergaveNaam();
        // An inactive partij's contact details may not be used (referencerules.h).
        if (detail.partij->indicatieActief) {
            const QList<DigitaalAdres> adressen = digitaleAdressenVanPartij(d->database, detail.partij->uuid);
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
    Result<QList<QUuid>> verwijzers = d->uuids(
        Query{}.add(QStringLiteral("SELECT DISTINCT taak FROM taak_log WHERE gerelateerde_taak = ? ORDER BY id"),
                    {text(taakUuid)}));
    if (!verwijzers)
        return verwijzers.error();
    for (const QUuid &uuid : verwijzers.value()) {
        if (!keten.contains(uuid) && uuid != taakUuid)
            keten << uuid;
    }
    Result<QList<TaakQueueRow>> ketenRows = d->rowsFor(viewer, keten);
    if (!ketenRows)
        return ketenRows.error();
    detail.keten = ketenRows.value();

    if (detail.taak.status == TaakStatus::TeVerwerken && detail.taak.toegewezenOp.isValid()) {
        int werkdagen = TakenSchema::standaardNormWerkdagen;
        Result<QList<TaakNorm>> norms = d->storedNorms();
        if (!norms)
            return norms.error();
        for (const TaakNorm &norm : norms.value()) {
            if (norm.gevraagdeHandeling == detail.taak.gevraagdeHandeling)
                werkdagen = norm.werkdagen;
        }
        detail.teLaat = detail.taak.toegewezenOp < Werkdagen::teLaatGrens(d->now(), werkdagen, d->zone);
    }
    return detail;
}

Result<> SqlTakenService::pakOp(const SignedInActor &viewer, const QUuid &taakUuid)
{
    return inTransaction(d->database, [&]() -> Result<> {
        Result<InterneTaak> taak = d->taakOf(taakUuid);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        if (Result<> open = Private::checkOpen(changed); !open)
            return open;
        if (changed.toegewezenAanActoren == QList<QUuid>{viewer.actor})
            return {};
        Result<QList<QUuid>> eigen = d->afdelingenVan(viewer.actor);
        if (!eigen)
            return eigen.error();
        Result<QList<QUuid>> afdelingen = d->afdelingenVanTaak(changed);
        if (!afdelingen)
            return afdelingen.error();
        if (Result<> allowed = TaakToegang::oppakken(viewer, afdelingen.value(), eigen.value()); !allowed)
            return allowed;
        Result<QList<Actor>> naar = d->nieuweToewijzing({viewer.actor});
        if (!naar)
            return naar.error();
        return d->reassign(viewer, changed, naar.value(), TaakLogActie::Opgepakt, QString());
    });
}

Result<ContactPogingReceipt> SqlTakenService::registreerContactPoging(const SignedInActor &viewer,
                                                                      const QUuid &taakUuid,
                                                                      const ContactPoging &poging)
{
    return inTransaction(d->database, [&]() -> Result<ContactPogingReceipt> {
        Result<InterneTaak> taak = d->taakOf(taakUuid);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        if (Result<> open = Private::checkOpen(changed); !open)
            return open.error();
        if (Result<> allowed = d->magBehandelen(viewer, changed); !allowed)
            return allowed.error();
        if (Result<> fits = Private::checkToelichting(poging.toelichting); !fits)
            return fits.error();

        Repository<Klantcontact> klantcontacten(d->database);
        const std::optional<Klantcontact> origineel = klantcontacten.find(changed.aanleidinggevendKlantcontact);
        if (!origineel)
            return Error{tr("The klantcontact of this task no longer exists."), {}};
        Result<QList<Actor>> medewerker = d->actoren({viewer.actor});
        if (!medewerker)
            return medewerker.error();
        if (const FieldErrors inactive = checkActorsActiveForNewRecord(medewerker.value()); !inactive.isEmpty())
            return firstError(inactive);

        const QDateTime moment = d->now();
        Klantcontact contact;
        contact.uuid = QUuid::createUuid();
        contact.kanaal = poging.kanaal.trimmed().isEmpty() ? origineel->kanaal : poging.kanaal.trimmed();
        contact.onderwerp = poging.onderwerp.trimmed().isEmpty() ? origineel->onderwerp : poging.onderwerp.trimmed();
        contact.inhoud = poging.inhoud.trimmed();
        contact.indicatieContactGelukt = poging.gelukt;
        contact.taal = origineel->taal;
        contact.vertrouwelijk = origineel->vertrouwelijk;
        contact.plaatsgevondenOp = poging.plaatsgevondenOp.isValid() ? poging.plaatsgevondenOp.toUTC() : moment;

        // The klant of the original, copied: the municipality takes the initiative now (C9708).
        QList<Betrokkene> betrokkenen = betrokkenenVanKlantcontact(d->database, origineel->uuid);
        std::stable_sort(betrokkenen.begin(), betrokkenen.end(),
                         [](const Betrokkene &a, const Betrokkene &b) { return a.initiator && !b.initiator; });
        if (betrokkenen.isEmpty())
            return Error{tr("The klantcontact of this task has no betrokkene to contact."), {}};
        Betrokkene betrokkene = betrokkenen.first();
        const QUuid origineleBetrokkene = betrokkene.uuid;
        betrokkene.uuid = QUuid::createUuid();
        betrokkene.hadKlantcontact = contact.uuid;
        betrokkene.initiator = false;
        if (betrokkene.wasPartij) {
            Repository<Partij> partijen(d->database);
            const std::optional<Partij> partij = partijen.find(*betrokkene.wasPartij);
            if (!partij)
                return Error{tr("The partij of this task's klantcontact no longer exists."), {}};
            if (const FieldErrors errors = checkPartijActiveForNewRecord(*partij); !errors.isEmpty())
                return firstError(errors);
        }
        QList<DigitaalAdres> adressen = digitaleAdressenVanBetrokkene(d->database, origineleBetrokkene);
        for (DigitaalAdres &adres : adressen) {
            adres.uuid = QUuid::createUuid();
            adres.verstrektDoorBetrokkene = betrokkene.uuid;
        }
        const Onderwerpobject onderwerp{QUuid::createUuid(), contact.uuid, origineel->uuid, std::nullopt};
        const ActorKlantcontact link{QUuid::createUuid(), viewer.actor, contact.uuid};

        FieldErrors errors = validate(contact);
        errors += validate(betrokkene);
        errors += validate(onderwerp);
        errors += validate(link);
        for (const DigitaalAdres &adres : std::as_const(adressen))
            errors += validate(adres);
        errors += checkKlantcontactParticipants(contact, {link}, {betrokkene});
        if (!errors.isEmpty())
            return firstError(errors);

        Result<QString> referentie =
            NumberSequence::next(d->database, NumberSequence::Kind::KlantcontactReferentienummer);
        if (!referentie)
            return referentie.error();
        contact.referentienummer = referentie.value();
        if (Result<> inserted = klantcontacten.insert(contact); !inserted)
            return inserted.error();
        {
            Repository<Betrokkene> repository(d->database);
            if (Result<> inserted = repository.insert(betrokkene); !inserted)
                return inserted.error();
        }
        {
            Repository<DigitaalAdres> repository(d->database);
            for (const DigitaalAdres &adres : std::as_const(adressen)) {
                if (Result<> inserted = repository.insert(adres); !inserted)
                    return inserted.error();
            }
        }
        {
            Repository<Onderwerpobject> repository(d->database);
            if (Result<> inserted = repository.insert(onderwerp); !inserted)
                return inserted.error();
        }
        {
            Repository<ActorKlantcontact> repository(d->database);
            if (Result<> inserted = repository.insert(link); !inserted)
                return inserted.error();
        }

        TaakLogEntry log = d->entry(viewer, changed.uuid, TaakLogActie::ContactPoging, QString(), moment);
        log.klantcontact = contact.uuid;
        log.gelukt = poging.gelukt;
        if (Result<> logged = Private::insertLog(d->database, log); !logged)
            return logged.error();

        ContactPogingReceipt receipt;
        receipt.klantcontact = contact.uuid;
        receipt.referentienummer = referentie.value();
        if (poging.gelukt && poging.taakAfhandelen) {
            if (Result<> closed =
                    d->close(viewer, changed, poging.toelichting, moment, TaakLogActie::Afgehandeld, std::nullopt);
                !closed)
                return closed.error();
            receipt.taakAfgehandeld = true;
        }
        return receipt;
    });
}

Result<> SqlTakenService::stuurDoor(const SignedInActor &viewer, const QUuid &taakUuid, const QList<QUuid> &naar,
                                    const QString &toelichting)
{
    return inTransaction(d->database, [&]() -> Result<> {
        Result<InterneTaak> taak = d->taakOf(taakUuid);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        if (Result<> open = Private::checkOpen(changed); !open)
            return open;
        if (Result<> fits = Private::checkToelichting(toelichting); !fits)
            return fits;
        Result<QList<QUuid>> eigen = d->afdelingenVan(viewer.actor);
        if (!eigen)
            return eigen.error();
        if (Result<> allowed = TaakToegang::behandelen(viewer, changed.toegewezenAanActoren, eigen.value()); !allowed)
            return allowed;
        Result<QList<QUuid>> leden = d->ledenVan(eigen.value());
        if (!leden)
            return leden.error();
        if (Result<> allowed = TaakToegang::doorsturenNaar(viewer, naar, eigen.value(), leden.value()); !allowed)
            return allowed;
        Result<QList<Actor>> actors = d->nieuweToewijzing(naar);
        if (!actors)
            return actors.error();
        return d->reassign(viewer, changed, actors.value(), TaakLogActie::Doorgestuurd, toelichting);
    });
}

Result<QUuid> SqlTakenService::routeerOpnieuw(const SignedInActor &viewer, const QUuid &taakUuid, const QUuid &kcc,
                                              const QString &toelichting)
{
    return inTransaction(d->database, [&]() -> Result<QUuid> {
        Result<InterneTaak> taak = d->taakOf(taakUuid);
        if (!taak)
            return taak.error();
        InterneTaak origineel = taak.value();
        if (Result<> open = Private::checkOpen(origineel); !open)
            return open.error();
        if (Result<> allowed = d->magBehandelen(viewer, origineel); !allowed)
            return allowed.error();
        if (toelichting.trimmed().isEmpty()) {
            const QString message = tr("Say why the task goes back to the KCC.");
            return Error{message, {{QStringLiteral("toelichting"), message}}};
        }
        if (Result<> fits = Private::checkToelichting(toelichting); !fits)
            return fits.error();
        Result<QList<Actor>> naar = d->nieuweToewijzing({kcc});
        if (!naar)
            return naar.error();
        if (naar.value().first().soortActor != SoortActor::OrganisatorischeEenheid)
            return Error{tr("A task for re-routing goes to an afdeling such as the KCC, not to a person."), {}};

        // The handeling as the beheerder named it in the code list.
        QString handeling = QStringLiteral("Opnieuw routeren");
        {
            QSqlQuery query(d->database.connection());
            if (d->run(query, Query{}.add(QStringLiteral("SELECT label FROM codelijst WHERE lijst = "
                                                         "'gevraagde_handeling' AND code = 'opnieuw_routeren'")))
                    .ok() &&
                query.next() && !query.value(0).toString().isEmpty())
                handeling = query.value(0).toString();
        }
        const QDateTime moment = d->now();
        InterneTaak nieuw;
        nieuw.uuid = QUuid::createUuid();
        nieuw.gevraagdeHandeling = handeling;
        nieuw.aanleidinggevendKlantcontact = origineel.aanleidinggevendKlantcontact;
        nieuw.toegewezenAanActoren = {kcc};
        nieuw.toelichting = toelichting.trimmed();
        nieuw.status = TaakStatus::TeVerwerken;
        nieuw.toegewezenOp = moment;
        if (const FieldErrors errors = validate(nieuw); !errors.isEmpty())
            return firstError(errors);
        Result<QString> nummer = NumberSequence::next(d->database, NumberSequence::Kind::InterneTaakReferentienummer);
        if (!nummer)
            return nummer.error();
        nieuw.referentienummer = nummer.value();
        {
            Repository<InterneTaak> taken(d->database);
            if (Result<> inserted = taken.insert(nieuw); !inserted)
                return inserted.error();
        }
        TaakLogEntry aangemaakt = d->entry(viewer, nieuw.uuid, TaakLogActie::Aangemaakt, toelichting, moment);
        aangemaakt.toegewezenAan = d->namen(naar.value());
        aangemaakt.gerelateerdeTaak = origineel.uuid;
        if (Result<> logged = Private::insertLog(d->database, aangemaakt); !logged)
            return logged.error();
        if (Result<> closed =
                d->close(viewer, origineel, toelichting, moment, TaakLogActie::OpnieuwGerouteerd, nieuw.uuid);
            !closed)
            return closed.error();
        return nieuw.uuid;
    });
}

Result<> SqlTakenService::handelAf(const SignedInActor &viewer, const QUuid &taakUuid, const QString &toelichting)
{
    return inTransaction(d->database, [&]() -> Result<> {
        Result<InterneTaak> taak = d->taakOf(taakUuid);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        if (Result<> open = Private::checkOpen(changed); !open)
            return open;
        if (Result<> allowed = d->magBehandelen(viewer, changed); !allowed)
            return allowed;
        return d->close(viewer, changed, toelichting, d->now(), TaakLogActie::Afgehandeld, std::nullopt);
    });
}

Result<> SqlTakenService::heropen(const SignedInActor &viewer, const QUuid &taakUuid, const QString &toelichting)
{
    if (Result<> allowed = TaakToegang::heropenen(viewer); !allowed)
        return allowed;
    return inTransaction(d->database, [&]() -> Result<> {
        Result<InterneTaak> taak = d->taakOf(taakUuid);
        if (!taak)
            return taak.error();
        InterneTaak changed = taak.value();
        if (changed.status != TaakStatus::Verwerkt)
            return Error{tr("This task is still open."), {}};
        if (Result<> fits = Private::checkToelichting(toelichting); !fits)
            return fits;
        changed.status = TaakStatus::TeVerwerken;
        changed.afgehandeldOp.reset();
        if (Result<> updated = d->update(changed); !updated)
            return updated;
        return Private::insertLog(d->database,
                                  d->entry(viewer, changed.uuid, TaakLogActie::Heropend, toelichting, d->now()));
    });
}

Result<> SqlTakenService::wijsToe(const SignedInActor &viewer, const QList<QUuid> &taken, const QList<QUuid> &naar,
                                  const QString &toelichting)
{
    if (Result<> allowed = TaakToegang::toewijzen(viewer); !allowed)
        return allowed;
    if (taken.isEmpty())
        return Error{tr("Choose at least one task."), {}};
    if (Result<> fits = Private::checkToelichting(toelichting); !fits)
        return fits;
    return inTransaction(d->database, [&]() -> Result<> {
        Result<QList<Actor>> actors = d->nieuweToewijzing(naar);
        if (!actors)
            return actors.error();
        QSet<QUuid> seen;
        for (const QUuid &uuid : taken) {
            if (seen.contains(uuid))
                continue;
            seen.insert(uuid);
            Result<InterneTaak> taak = d->taakOf(uuid);
            if (!taak)
                return taak.error();
            InterneTaak changed = taak.value();
            if (changed.status != TaakStatus::TeVerwerken) {
                return Error{tr("Task %1 has already been closed; reopen it first.")
                                 .arg(changed.referentienummer.value_or(text(uuid))),
                             {}};
            }
            if (Result<> done = d->reassign(viewer, changed, actors.value(), TaakLogActie::Toegewezen, toelichting);
                !done)
                return done;
        }
        return {};
    });
}

Result<QList<TaakBacklogRow>> SqlTakenService::backlog(const SignedInActor &viewer)
{
    if (Result<> allowed = TaakToegang::overzicht(viewer); !allowed)
        return allowed.error();
    Result<Private::Grenzen> grenzen = d->grenzen();
    if (!grenzen)
        return grenzen.error();
    Query q;
    q.add(QStringLiteral("SELECT a.uuid, a.naam, a.soort_actor, count(*), coalesce(sum("));
    q.add(Private::teLaat(grenzen.value(), QStringLiteral("ta.taak_status"), QStringLiteral("ta.taak_toegewezen_op"),
                          QStringLiteral("ta.taak_handeling")));
    q.add(QStringLiteral("), 0), min(ta.taak_toegewezen_op) FROM interne_taak_actor ta JOIN actor a ON a.uuid ="
                         " ta.actor WHERE ta.taak_status = ? GROUP BY a.uuid ORDER BY min(ta.taak_toegewezen_op),"
                         " a.naam"),
          {openStatus});
    QSqlQuery query(d->database.connection());
    if (Result<> ran = d->run(query, q); !ran)
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

Result<QList<DagCijfers>> SqlTakenService::cijfers(const SignedInActor &viewer, const QDate &van, const QDate &tot)
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
        QSqlQuery query(d->database.connection());
        if (Result<> ran =
                d->run(query, Query{}.add(QStringLiteral("SELECT substr(plaatsgevonden_op, 1, 13), kanaal, count(*)"
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
        QSqlQuery query(d->database.connection());
        if (Result<> ran = d->run(
                query,
                Query{}.add(
                    QStringLiteral(
                        "SELECT t.toegewezen_op, t.afgehandeld_op, (SELECT json_group_array(naam) FROM ("
                        " SELECT af.naam AS naam FROM interne_taak_actor ta JOIN actor af ON af.uuid = ta.actor"
                        "  WHERE ta.interne_taak = t.uuid AND af.soort_actor = 'organisatorische_eenheid'"
                        " UNION SELECT af.naam FROM interne_taak_actor ta JOIN afdeling_lid l ON l.medewerker ="
                        "  ta.actor JOIN actor af ON af.uuid = l.afdeling WHERE ta.interne_taak = t.uuid))"
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
    return TaakCijfers::perDag(van, tot, d->zone, contacten, taken);
}

Result<QList<TaakNorm>> SqlTakenService::normen()
{
    Result<QList<TaakNorm>> stored = d->storedNorms();
    if (!stored)
        return stored;
    QList<TaakNorm> norms = stored.value();
    // The handelingen of the code list without a norm of their own get the default.
    QSqlQuery query(d->database.connection());
    if (Result<> ran = d->run(query, Query{}.add(QStringLiteral(
                                         "SELECT label FROM codelijst WHERE lijst = 'gevraagde_handeling' AND actief"
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

Result<> SqlTakenService::setNorm(const SignedInActor &viewer, const TaakNorm &norm)
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
    return inTransaction(d->database, [&]() -> Result<> {
        QSqlQuery query(d->database.connection());
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

Result<QList<QUuid>> SqlTakenService::afdelingenVan(const QUuid &medewerker)
{
    return d->afdelingenVan(medewerker);
}

Result<QList<QUuid>> SqlTakenService::ledenVan(const QUuid &afdeling)
{
    return d->ledenVan({afdeling});
}

Result<> SqlTakenService::setAfdelingen(const SignedInActor &viewer, const QUuid &medewerker,
                                        const QList<QUuid> &afdelingen)
{
    if (Result<> allowed = TaakToegang::beheren(viewer); !allowed)
        return allowed;
    return inTransaction(d->database, [&]() -> Result<> {
        Result<QList<Actor>> wie = d->actoren({medewerker});
        if (!wie)
            return wie.error();
        if (wie.value().first().soortActor != SoortActor::Medewerker)
            return Error{tr("Only a medewerker can be a member of an afdeling."), {}};
        QList<QUuid> unique;
        for (const QUuid &uuid : afdelingen) {
            if (!uuid.isNull() && !unique.contains(uuid))
                unique << uuid;
        }
        Result<QList<Actor>> welke = d->actoren(unique);
        if (!welke)
            return welke.error();
        for (const Actor &afdeling : welke.value()) {
            if (afdeling.soortActor != SoortActor::OrganisatorischeEenheid)
                return Error{tr("%1 is not an afdeling.").arg(afdeling.naam), {}};
        }
        QSqlQuery query(d->database.connection());
        query.prepare(QStringLiteral("DELETE FROM afdeling_lid WHERE medewerker = ?"));
        query.addBindValue(text(medewerker));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("saving the afdelingen"));
        query.prepare(QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES (?, ?)"));
        for (const QUuid &afdeling : std::as_const(unique)) {
            query.bindValue(0, text(medewerker));
            query.bindValue(1, text(afdeling));
            if (!query.exec())
                return StorageError::fromSql(query.lastError(), tr("saving the afdelingen"));
        }
        return {};
    });
}

Result<Actor> SqlTakenService::actorByName(const QString &naam, std::optional<SoortActor> soort)
{
    QList<Actor> found = selectWhere<Actor>(d->database, QStringLiteral("naam = ? COLLATE NOCASE"), {naam.trimmed()});
    if (soort) {
        found.erase(std::remove_if(found.begin(), found.end(), [&](const Actor &a) { return a.soortActor != *soort; }),
                    found.end());
    }
    if (found.isEmpty())
        return Error{tr("There is no colleague or afdeling named '%1'.").arg(naam.trimmed()), {}};
    if (found.size() > 1)
        return Error{tr("There are %n actors named '%1'.", nullptr, int(found.size())).arg(naam.trimmed()), {}};
    return found.first();
}

Result<> SqlTakenService::writeLog(Database &database, const TaakLogEntry &entry)
{
    return Private::insertLog(database, entry);
}

Result<> SqlTakenService::logAangemaakt(Database &database, const InterneTaak &taak, const QUuid &door,
                                        const QDateTime &tijdstip)
{
    TaakLogEntry log;
    log.taak = taak.uuid;
    log.tijdstip = tijdstip;
    log.actor = door;
    log.actie = TaakLogActie::Aangemaakt;
    Repository<Actor> actors(database);
    if (!door.isNull()) {
        if (const std::optional<Actor> actor = actors.find(door))
            log.actorNaam = actor->naam;
    }
    for (const QUuid &uuid : taak.toegewezenAanActoren) {
        const std::optional<Actor> actor = actors.find(uuid);
        log.toegewezenAan << (actor ? actor->naam : text(uuid));
    }
    return Private::insertLog(database, log);
}

} // namespace kcc::storage
