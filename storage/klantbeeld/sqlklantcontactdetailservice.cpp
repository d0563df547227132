#include "storage/klantbeeld/sqlklantcontactdetailservice.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/klantbeeld/vertrouwelijkzichtbaar.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/resources/repositoryimpl.h"
#include "storage/resources/rowcodec.h"
#include "storage/taken/taaklogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

QVariantList idParameter(const QUuid &uuid)
{
    return {QVariant(codec::uuidText(uuid))};
}

} // namespace

SqlKlantcontactDetailService::SqlKlantcontactDetailService(Database &database)
    : m_database(database)
{
}

Result<KlantcontactDetail> SqlKlantcontactDetailService::detail(const QUuid &klantcontact, const SignedInActor &viewer)
{
    const Result<bool> readable = mayRead(klantcontact, viewer);
    if (!readable)
        return readable.error();
    KlantcontactDetail detail;
    detail.klantcontact.uuid = klantcontact;
    if (!readable.value()) {
        detail.verborgen = true;
        return detail;
    }
    Repository<Klantcontact> klantcontacten(m_database);
    std::optional<Klantcontact> found = klantcontacten.find(klantcontact);
    if (!found)
        return Error{tr("This klantcontact no longer exists."), {}};
    detail.klantcontact = std::move(*found);

    Repository<Partij> partijen(m_database);
    for (const Betrokkene &betrokkene : betrokkenenVanKlantcontact(m_database, klantcontact)) {
        KlantcontactDetailBetrokkene row;
        row.betrokkene = betrokkene;
        if (betrokkene.wasPartij) {
            if (const std::optional<Partij> partij = partijen.find(*betrokkene.wasPartij))
                row.partijNaam = partij->weergaveNaam();
        }
        row.digitaleAdressen = digitaleAdressenVanBetrokkene(m_database, betrokkene.uuid);
        detail.betrokkenen.append(row);
    }

    for (const Onderwerpobject &object :
         selectWhere<Onderwerpobject>(m_database, QStringLiteral("klantcontact = ?"), idParameter(klantcontact))) {
        KlantcontactDetailOnderwerpobject row;
        row.onderwerpobject = object;
        if (object.wasKlantcontact) {
            if (const std::optional<Klantcontact> earlier = klantcontacten.find(*object.wasKlantcontact))
                row.wasKlantcontactReferentienummer = earlier->referentienummer.value_or(QString());
        }
        detail.onderwerpobjecten.append(row);
    }
    detail.bijlagen =
        selectWhere<Bijlage>(m_database, QStringLiteral("was_bijlage_van_klantcontact = ?"), idParameter(klantcontact));
    detail.actoren = actorenVanKlantcontact(m_database, klantcontact);

    Result<QList<KlantcontactDetailTaak>> taken = this->taken(klantcontact);
    if (!taken)
        return taken.error();
    detail.taken = std::move(taken).value();
    return detail;
}

Result<bool> SqlKlantcontactDetailService::mayRead(const QUuid &klantcontact, const SignedInActor &viewer)
{
    QSqlQuery query(m_database.connection());
    Sql::streamRows(query);
    query.prepare(QStringLiteral("SELECT ") + VertrouwelijkZichtbaar::expression() +
                  QStringLiteral(" FROM klantcontact k WHERE k.uuid = ?"));
    const QString viewerText = viewer.actor.isNull() ? QString() : codec::uuidText(viewer.actor);
    VertrouwelijkZichtbaar::bind(query, viewer, viewerText);
    query.addBindValue(codec::uuidText(klantcontact));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the klantcontact"));
    if (!query.next())
        return Error{tr("This klantcontact no longer exists."), {}};
    return query.value(0).toInt() != 0;
}

Result<QList<KlantcontactDetailTaak>> SqlKlantcontactDetailService::taken(const QUuid &klantcontact)
{
    QSqlQuery query(m_database.connection());
    Sql::streamRows(query);
    query.prepare(
        QStringLiteral("SELECT uuid FROM interne_taak WHERE aanleidinggevend_klantcontact = ? ORDER BY rowid"));
    query.addBindValue(codec::uuidText(klantcontact));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the interne taken"));
    QList<QUuid> uuids;
    while (query.next())
        uuids.append(QUuid::fromString(query.value(0).toString()));
    query.finish();

    Repository<InterneTaak> repository(m_database);
    QList<KlantcontactDetailTaak> result;
    for (const QUuid &uuid : uuids) {
        std::optional<InterneTaak> taak = repository.find(uuid);
        if (!taak)
            continue;
        KlantcontactDetailTaak row;
        row.taak = std::move(*taak);
        Result<QStringList> namen = toegewezenAan(uuid);
        if (!namen)
            return namen.error();
        row.toegewezenAan = namen.value();
        Result<QList<TaakLogEntry>> entries = log(uuid);
        if (!entries)
            return entries.error();
        row.log = entries.value();
        result.append(std::move(row));
    }
    return result;
}

Result<QStringList> SqlKlantcontactDetailService::toegewezenAan(const QUuid &taak)
{
    QSqlQuery query(m_database.connection());
    Sql::streamRows(query);
    query.prepare(QStringLiteral("SELECT a.naam FROM interne_taak_actor ta JOIN actor a ON a.uuid = ta.actor"
                                 " WHERE ta.interne_taak = ? ORDER BY ta.positie"));
    query.addBindValue(codec::uuidText(taak));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the interne taken"));
    QStringList namen;
    while (query.next())
        namen.append(query.value(0).toString());
    return namen;
}

Result<QList<TaakLogEntry>> SqlKlantcontactDetailService::log(const QUuid &taak)
{
    return readTaakLog(m_database, taak);
}

} // namespace kcc::storage
