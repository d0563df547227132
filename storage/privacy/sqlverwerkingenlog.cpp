#include "storage/privacy/sqlverwerkingenlog.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
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
        query.prepare(QStringLiteral("SELECT p.uuid, ifnull(p.indicatie_geheimhouding, 0),"
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
        return Error{tr("The key for the pseudonyms in the verwerkingenlog is missing or too short."), {}};
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    const Result<QList<Object>> objecten = this->objecten(actie.personen);
    if (!objecten)
        return objecten.error();
    const Result<Activiteit> activiteit = this->activiteit(verwerking);
    if (!activiteit)
        return activiteit.error();
    bool vertrouwelijk = actie.vertrouwelijk;
    for (const Object &object : objecten.value())
        vertrouwelijk = vertrouwelijk || object.geheim;

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
    if (Result<> inserted = insertObjecten(rij, actie, objecten.value()); !inserted)
        return inserted.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return actieId;
}

} // namespace kcc::storage
