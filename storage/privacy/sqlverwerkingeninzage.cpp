#include "storage/privacy/sqlverwerkingeninzage.h"

#include "model/privacy/persoonsverwerkingen.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/privacy/privacyschema.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace kcc::storage {

namespace {

enum Column
{
    Rij,
    ActieId,
    ActieNaam,
    HandelingNaam,
    VerwerkingNaam,
    VerwerkingId,
    ActiviteitId,
    ActiviteitUrl,
    VertrouwelijkheidKolom,
    BewaartermijnKolom,
    Uitvoerder,
    Systeem,
    Gebruiker,
    Gegevensbron,
    Tijdstip,
    TijdstipRegistratie,
    ObjectId,
    Soort,
    PseudoniemKolom,
    Betrokkenheid,
    Soorten,
};

// Corrections appended later win: the latest vertrouwelijkheid and bewaartermijn of each entry.
const QLatin1String
    selectSql("SELECT a.rij, a.actie_id, a.actie_naam, a.handeling_naam, a.verwerking_naam, a.verwerking_id,"
              " a.verwerkingsactiviteit_id, a.verwerkingsactiviteit_url,"
              " COALESCE((SELECT c.vertrouwelijkheid FROM verwerkingsactie_correctie c WHERE c.actie = a.rij"
              "  AND c.vertrouwelijkheid IS NOT NULL ORDER BY c.rij DESC LIMIT 1), a.vertrouwelijkheid),"
              " COALESCE((SELECT c.bewaartermijn FROM verwerkingsactie_correctie c WHERE c.actie = a.rij"
              "  AND c.bewaartermijn IS NOT NULL ORDER BY c.rij DESC LIMIT 1), a.bewaartermijn),"
              " a.uitvoerder, a.systeem, a.gebruiker, a.gegevensbron, a.tijdstip, a.tijdstip_registratie,"
              " o.verwerkt_object_id, o.soort_object_id, o.pseudoniem, o.betrokkenheid, o.soorten_gegevens"
              " FROM verwerkt_object o JOIN verwerkingsactie a ON a.rij = o.actie"
              " WHERE o.pseudoniem IN (%1)"
              " AND (? = '' OR a.tijdstip_utc >= ?) AND (? = '' OR a.tijdstip_utc < ?)"
              " AND NOT EXISTS (SELECT 1 FROM verwerkingsactie_correctie c WHERE c.actie = a.rij AND c.vervallen = 1)"
              " ORDER BY a.tijdstip_utc, a.rij, o.rij");

QString dagBegin(const QDate &date)
{
    return date.isValid() ? PrivacySchema::instantText(QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()))
                          : QString();
}

} // namespace

SqlVerwerkingenInzage::SqlVerwerkingenInzage(Database &database, Pseudoniemen pseudoniemen, VerwerkingenLog &log,
                                             const HuidigeVerwerking &verwerking)
    : m_database(database)
    , m_pseudoniemen(std::move(pseudoniemen))
    , m_log(log)
    , m_verwerking(verwerking)
{
}

Result<SqlVerwerkingenInzage::Identiteiten> SqlVerwerkingenInzage::identiteiten(const InzageVraag &vraag)
{
    Identiteiten result;
    QSqlQuery query(m_database.connection());
    if (!vraag.bsn.isEmpty()) {
        result.insert(m_pseudoniemen.bsn(vraag.bsn), {SoortObjectId::bsn(), vraag.bsn});
        query.prepare(QStringLiteral("SELECT identificeerde_partij FROM partij_identificator"
                                     " WHERE code_soort_object_id = 'bsn' AND object_id = ?"
                                     " AND identificeerde_partij IS NOT NULL"));
        query.addBindValue(vraag.bsn);
        if (!query.exec())
            return Sql::error(tr("look up the partij of the BSN"), query.lastError());
        while (query.next()) {
            const QUuid partij = QUuid::fromString(query.value(0).toString());
            result.insert(m_pseudoniemen.partij(partij),
                          {SoortObjectId::partijUuid(), partij.toString(QUuid::WithoutBraces)});
        }
        return result;
    }
    const QString partij = vraag.partij.toString(QUuid::WithoutBraces);
    result.insert(m_pseudoniemen.partij(vraag.partij), {SoortObjectId::partijUuid(), partij});
    query.prepare(QStringLiteral("SELECT object_id FROM partij_identificator"
                                 " WHERE identificeerde_partij = ? AND code_soort_object_id = 'bsn'"));
    query.addBindValue(partij);
    if (!query.exec())
        return Sql::error(tr("look up the BSN of the partij"), query.lastError());
    while (query.next())
        result.insert(m_pseudoniemen.bsn(query.value(0).toString()), {SoortObjectId::bsn(), query.value(0).toString()});
    return result;
}

Result<QList<Verwerkingsactie>> SqlVerwerkingenInzage::lees(const InzageVraag &vraag, const Identiteiten &identiteiten)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QStringList marks(identiteiten.size(), QStringLiteral("?"));
    query.prepare(QString(selectSql).arg(marks.join(QLatin1Char(','))));
    for (auto it = identiteiten.cbegin(); it != identiteiten.cend(); ++it)
        query.addBindValue(it.key());
    for (const QString &grens : {dagBegin(vraag.van), dagBegin(vraag.tot)}) {
        query.addBindValue(PrivacySchema::text(grens));
        query.addBindValue(PrivacySchema::text(grens));
    }
    if (!query.exec())
        return Sql::error(tr("read the verwerkingenlog"), query.lastError());
    QList<Verwerkingsactie> result;
    qint64 vorige = -1;
    auto uuid = [&query](int column) { return QUuid::fromString(query.value(column).toString()); };
    auto text = [&query](int column) { return query.value(column).toString(); };
    while (query.next()) {
        if (query.value(Rij).toLongLong() != vorige) {
            vorige = query.value(Rij).toLongLong();
            result.append(Verwerkingsactie{
                uuid(ActieId),
                text(ActieNaam),
                text(HandelingNaam),
                text(VerwerkingNaam),
                uuid(VerwerkingId),
                uuid(ActiviteitId),
                text(ActiviteitUrl),
                vertrouwelijkheidFromCode(text(VertrouwelijkheidKolom)).value_or(Vertrouwelijkheid::Normaal),
                text(BewaartermijnKolom),
                text(Uitvoerder),
                text(Systeem),
                text(Gebruiker),
                text(Gegevensbron),
                QDateTime::fromString(text(Tijdstip), Qt::ISODateWithMs),
                QDateTime::fromString(text(TijdstipRegistratie), Qt::ISODateWithMs),
                {}});
        }
        const auto &identiteit = identiteiten.value(text(PseudoniemKolom));
        result.last().verwerkteObjecten.append(
            VerwerktObject{uuid(ObjectId), QStringLiteral("persoon"), identiteit.first, identiteit.second,
                           text(Betrokkenheid), text(Soorten).split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return result;
}

Result<QList<Verwerkingsactie>> SqlVerwerkingenInzage::verwerkingen(const InzageVraag &vraag,
                                                                    const SignedInActor &lezer)
{
    if (!lezer.hasRole(AccountRole::privacy()))
        return Error{tr("Only a privacy officer may read the verwerkingenlog."), {}};
    if (vraag.bsn.isEmpty() == vraag.partij.isNull())
        return Error{tr("Give either a BSN or a partij."), {}};
    if (!m_pseudoniemen.isValid())
        return Error{tr("The key for the pseudonyms in the verwerkingenlog is missing or too short."), {}};
    const Result<Identiteiten> identiteiten = this->identiteiten(vraag);
    if (!identiteiten)
        return identiteiten.error();
    // Log first: the officer's reading is itself a look at the person.
    PersoonsVerwerkingen verwerkingen(m_log, m_verwerking);
    if (Result<> logged = verwerkingen.verwerkingenIngezien({vraag.partij, vraag.bsn}, lezer); !logged)
        return logged.error();
    return lees(vraag, identiteiten.value());
}

} // namespace kcc::storage
