#include "storage/privacy/sqlverwerkingenlog.h"

#include "model/privacy/doorstuurbody.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/doorstuuruitbox.h"
#include "storage/privacy/privacyschema.h"

#include <algorithm>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace kcc::storage {

struct SqlVerwerkingenLog::Object
{
    QString soort;
    QString pseudoniem;
    bool geheim = false;
};

struct SqlVerwerkingenLog::Entry
{
    qint64 rij = 0;
    QUuid actieId;
    Verwerkingsactie kop; // what was written, for the central log's outbox
};

struct SqlVerwerkingenLog::Activiteit
{
    QString id;
    QString url;
    QString bewaartermijn;
};

QString VerwerkingenLogInstellingen::standaardSysteem()
{
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("KCC Werkplek %1").arg(version.isEmpty() ? QStringLiteral("0.1.0") : version);
}

SqlVerwerkingenLog::SqlVerwerkingenLog(Database &database, Pseudoniemen pseudoniemen,
                                       VerwerkingenLogInstellingen instellingen, Clock clock)
    : m_database(database)
    , m_pseudoniemen(std::move(pseudoniemen))
    , m_instellingen(std::move(instellingen))
    , m_clock(std::move(clock))
{
    if (m_instellingen.systeem.isEmpty())
        m_instellingen.systeem = VerwerkingenLogInstellingen::standaardSysteem();
}

Result<QList<SqlVerwerkingenLog::Object>> SqlVerwerkingenLog::objecten(const QList<VerwerktePersoon> &personen)
{
    QStringList partijen;
    for (const VerwerktePersoon &persoon : personen) {
        if (!persoon.partij.isNull())
            partijen << persoon.partij.toString(QUuid::WithoutBraces);
    }
    // One query for the whole page: each partij's BSN (if any) and geheimhouding.
    QHash<QString, std::pair<QString, bool>> gevonden;
    if (!partijen.isEmpty()) {
        QStringList marks(partijen.size(), QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT p.uuid, COALESCE(p.indicatie_geheimhouding, 0),"
                                     " (SELECT i.object_id FROM partij_identificator i"
                                     "  WHERE i.identificeerde_partij = p.uuid AND i.code_soort_object_id = 'bsn')"
                                     " FROM partij p WHERE p.uuid IN (%1)")
                          .arg(marks.join(QLatin1Char(','))));
        for (const QString &partij : std::as_const(partijen))
            query.addBindValue(partij);
        if (!query.exec())
            return Sql::error(tr("look up the persons for the verwerkingenlog"), query.lastError());
        while (query.next())
            gevonden.insert(query.value(0).toString(), {query.value(2).toString(), query.value(1).toInt() != 0});
    }
    QList<Object> result;
    result.reserve(personen.size());
    for (const VerwerktePersoon &persoon : personen) {
        const auto found = gevonden.constFind(persoon.partij.toString(QUuid::WithoutBraces));
        const QString bsn = !persoon.bsn.isEmpty() ? persoon.bsn : found != gevonden.cend() ? found->first : QString();
        const bool geheim = found != gevonden.cend() && found->second;
        if (!bsn.isEmpty())
            result.append({SoortObjectId::bsn(), m_pseudoniemen.bsn(bsn), geheim});
        else if (!persoon.partij.isNull())
            result.append({SoortObjectId::partijUuid(), m_pseudoniemen.partij(persoon.partij), geheim});
    }
    return result;
}

Result<SqlVerwerkingenLog::Activiteit> SqlVerwerkingenLog::activiteit(const Verwerking &verwerking)
{
    // The most specific choice for this kanaal and onderwerp, else the default activity.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.id, a.url, a.bewaartermijn FROM verwerkingsactiviteit a"
                                 " LEFT JOIN verwerkingsactiviteit_keuze k ON k.activiteit = a.id"
                                 "  AND k.kanaal IN ('', ?) AND k.onderwerp IN ('', ?)"
                                 " WHERE k.activiteit IS NOT NULL OR a.standaard = 1"
                                 " ORDER BY k.activiteit IS NULL, k.onderwerp = '', k.kanaal = '' LIMIT 1"));
    query.addBindValue(verwerking.kanaal);
    query.addBindValue(verwerking.onderwerp);
    if (!query.exec())
        return Sql::error(tr("choose the verwerkingsactiviteit"), query.lastError());
    if (!query.next())
        return Error{tr("The register of verwerkingsactiviteiten has no default activity; the beheerder must set one."),
                     {}};
    return Activiteit{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

Result<> SqlVerwerkingenLog::insertObjecten(qint64 rij, const LogActie &actie, const QList<Object> &objecten)
{
    const QString soorten = actie.soortenGegevens.join(QLatin1Char(','));
    QSqlQuery query(m_database.connection());
    for (qsizetype start = 0; start < objecten.size(); start += objectenPerInsert) {
        const qsizetype count = std::min<qsizetype>(objectenPerInsert, objecten.size() - start);
        QStringList rows(count, QStringLiteral("(?, ?, ?, 'persoon', ?, ?, ?)"));
        query.prepare(QStringLiteral("INSERT INTO verwerkt_object (actie, verwerkt_object_id, soort_object_id,"
                                     " objecttype, pseudoniem, betrokkenheid, soorten_gegevens) VALUES %1")
                          .arg(rows.join(QLatin1Char(','))));
        // Column order of the VALUES above: actie, id, soort, (objecttype), pseudoniem, betrokkenheid, soorten.
        for (qsizetype i = start; i < start + count; ++i) {
            query.addBindValue(rij);
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(objecten.at(i).soort);
            query.addBindValue(objecten.at(i).pseudoniem);
            query.addBindValue(PrivacySchema::text(actie.betrokkenheid));
            query.addBindValue(PrivacySchema::text(soorten));
        }
        if (!query.exec())
            return Sql::error(tr("write the verwerkte objecten"), query.lastError());
    }
    return {};
}

Result<QUuid> SqlVerwerkingenLog::log(const Verwerking &verwerking, const LogActie &actie)
{
    if (!m_pseudoniemen.isValid())
        return sleutelOntbreekt();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const Result<QUuid> logged = logInTransactie(verwerking, actie);
    if (!logged)
        return logged;
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return logged;
}

Error SqlVerwerkingenLog::sleutelOntbreekt()
{
    return Error{tr("The key for the pseudonyms in the verwerkingenlog is missing or too short."), {}};
}

Result<QUuid> SqlVerwerkingenLog::logInTransactie(const Verwerking &verwerking, const LogActie &actie)
{
    if (!m_pseudoniemen.isValid())
        return sleutelOntbreekt();
    const Result<QList<Object>> objecten = this->objecten(actie.personen);
    if (!objecten)
        return objecten.error();
    bool vertrouwelijk = actie.vertrouwelijk;
    for (const Object &object : objecten.value())
        vertrouwelijk = vertrouwelijk || object.geheim;
    const Result<Entry> entry = insertActie(verwerking, actie, vertrouwelijk);
    if (!entry)
        return entry.error();
    if (Result<> inserted = insertObjecten(entry.value().rij, actie, objecten.value()); !inserted)
        return inserted.error();
    if (Result<> queued = doorsturen(entry.value(), actie, objecten.value(), 0); !queued)
        return queued.error();
    return entry.value().actieId;
}

Result<> SqlVerwerkingenLog::doorsturen(const Entry &entry, const LogActie &actie, const QList<Object> &objecten,
                                        int deel)
{
    // Forwarding is the municipality's choice: nothing queues while it is off.
    const Result<bool> aan = DoorstuurUitbox::staatAan(m_database);
    if (!aan)
        return aan.error();
    if (!aan.value() || objecten.isEmpty())
        return {};
    QList<VerwerktObject> verwerkt;
    verwerkt.reserve(objecten.size());
    for (const Object &object : objecten)
        verwerkt.append({{},
                         QStringLiteral("persoon"),
                         object.soort,
                         object.pseudoniem,
                         actie.betrokkenheid,
                         actie.soortenGegevens});
    return DoorstuurUitbox::zetKlaar(m_database, entry.kop, verwerkt, deel, entry.kop.tijdstipRegistratie);
}

Result<SqlVerwerkingenLog::Entry> SqlVerwerkingenLog::insertActie(const Verwerking &verwerking, const LogActie &actie,
                                                                  bool vertrouwelijk)
{
    const Result<Activiteit> activiteit = this->activiteit(verwerking);
    if (!activiteit)
        return activiteit.error();

    const QDateTime nu = m_clock.now().toUTC();
    const QDateTime lokaal = nu.toTimeZone(QTimeZone::systemTimeZone());
    const QString bewarenTot = PrivacySchema::instantText(Bewaartermijn::einde(nu, activiteit.value().bewaartermijn));
    if (bewarenTot.isEmpty())
        return Error{
            tr("The verwerkingsactiviteit has no valid bewaartermijn (%1).").arg(activiteit.value().bewaartermijn), {}};
    const QUuid actieId = QUuid::createUuid();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO verwerkingsactie (actie_id, actie_naam, handeling_naam, verwerking_naam, verwerking_id,"
        " verwerkingsactiviteit_id, verwerkingsactiviteit_url, vertrouwelijkheid, bewaartermijn, bewaren_tot,"
        " uitvoerder, systeem, gebruiker, gegevensbron, tijdstip, tijdstip_utc, tijdstip_registratie)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rij"));
    const QVariantList values{
        actieId.toString(QUuid::WithoutBraces),
        actie.actieNaam,
        actie.handelingNaam,
        verwerking.verwerkingNaam,
        verwerking.verwerkingId.toString(QUuid::WithoutBraces),
        activiteit.value().id,
        activiteit.value().url,
        vertrouwelijkheidCode(vertrouwelijk ? Vertrouwelijkheid::Vertrouwelijk : Vertrouwelijkheid::Normaal),
        activiteit.value().bewaartermijn,
        bewarenTot,
        m_instellingen.uitvoerder,
        m_instellingen.systeem,
        verwerking.gebruiker,
        m_instellingen.gegevensbron,
        lokaal.toOffsetFromUtc(lokaal.offsetFromUtc()).toString(Qt::ISODateWithMs),
        PrivacySchema::instantText(nu),
        PrivacySchema::instantText(nu),
    };
    for (const QVariant &value : values)
        query.addBindValue(PrivacySchema::text(value.toString()));
    // RETURNING, not lastInsertId(): PostgreSQL's driver has no last insert id for an identity.
    if (!query.exec() || !query.next())
        return Sql::error(tr("write the verwerkingsactie"), query.lastError());
    const qint64 rij = query.value(0).toLongLong();
    query.finish();
    Entry entry{rij, actieId, {}};
    Verwerkingsactie &kop = entry.kop;
    kop.actieId = actieId;
    kop.actieNaam = actie.actieNaam;
    kop.handelingNaam = actie.handelingNaam;
    kop.verwerkingNaam = verwerking.verwerkingNaam;
    kop.verwerkingId = verwerking.verwerkingId;
    kop.verwerkingsactiviteitId = QUuid::fromString(activiteit.value().id);
    kop.verwerkingsactiviteitUrl = activiteit.value().url;
    kop.vertrouwelijkheid = vertrouwelijk ? Vertrouwelijkheid::Vertrouwelijk : Vertrouwelijkheid::Normaal;
    kop.bewaartermijn = activiteit.value().bewaartermijn;
    kop.uitvoerder = m_instellingen.uitvoerder;
    kop.systeem = m_instellingen.systeem;
    kop.gebruiker = verwerking.gebruiker;
    kop.gegevensbron = m_instellingen.gegevensbron;
    kop.tijdstip = lokaal.toOffsetFromUtc(lokaal.offsetFromUtc());
    kop.tijdstipRegistratie = nu;
    return entry;
}

Result<QUuid> SqlVerwerkingenLog::logAllePartijen(const Verwerking &verwerking, const LogActie &actie)
{
    if (!m_pseudoniemen.isValid())
        return sleutelOntbreekt();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*), COALESCE(sum(CASE WHEN COALESCE(indicatie_geheimhouding, 0) <> 0"
                                   " THEN 1 ELSE 0 END), 0) FROM partij")) ||
        !query.next())
        return Sql::error(tr("look up the persons for the verwerkingenlog"), query.lastError());
    const qint64 aantal = query.value(0).toLongLong();
    const bool geheim = query.value(1).toLongLong() > 0;
    query.finish();
    if (aantal == 0)
        return QUuid(); // nobody's data: no entry
    const Result<Entry> entry = insertActie(verwerking, actie, actie.vertrouwelijk || geheim);
    if (!entry)
        return entry.error();
    // Page by page (keyset on the uuid), so that a million partijen never sit in memory at once;
    // each page is one part of the request to the central log (objectenPerInsert is its size).
    static_assert(objectenPerInsert <= DoorstuurBody::objectenPerVerzoek);
    QString na;
    int deel = 0;
    for (;;) {
        query.prepare(QStringLiteral("SELECT p.uuid, (SELECT i.object_id FROM partij_identificator i"
                                     "  WHERE i.identificeerde_partij = p.uuid AND i.code_soort_object_id = 'bsn')"
                                     " FROM partij p WHERE p.uuid > ? ORDER BY p.uuid LIMIT %1")
                          .arg(objectenPerInsert));
        query.addBindValue(PrivacySchema::text(na)); // not NULL: "uuid > NULL" is never true
        if (!query.exec())
            return Sql::error(tr("look up the persons for the verwerkingenlog"), query.lastError());
        QList<Object> objecten;
        while (query.next()) {
            na = query.value(0).toString();
            const QString bsn = query.value(1).toString();
            objecten.append(
                bsn.isEmpty() ? Object{SoortObjectId::partijUuid(), m_pseudoniemen.partij(QUuid::fromString(na)), false}
                              : Object{SoortObjectId::bsn(), m_pseudoniemen.bsn(bsn), false});
        }
        query.finish();
        if (objecten.isEmpty())
            break;
        if (Result<> inserted = insertObjecten(entry.value().rij, actie, objecten); !inserted)
            return inserted.error();
        if (Result<> queued = doorsturen(entry.value(), actie, objecten, deel++); !queued)
            return queued.error();
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return entry.value().actieId;
}

} // namespace kcc::storage
