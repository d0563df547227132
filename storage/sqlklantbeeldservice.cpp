#include "sqlklantbeeldservice.h"

#include "database.h"
#include "queries.h"
#include "repository.h"
#include "storageerror.h"

#include <QSqlQuery>

#include <algorithm>

namespace kcc::storage {

SqlKlantbeeldService::SqlKlantbeeldService(Database &database)
    : m_database(database)
{
}

Result<Klantbeeld> SqlKlantbeeldService::load(const QUuid &partijUuid, const QUuid &viewer, int lastContacts)
{
    Repository<Partij> partijen(m_database);
    const std::optional<Partij> partij = partijen.find(partijUuid);
    if (!partij)
        return Error{tr("This partij no longer exists."), {}};

    Klantbeeld beeld;
    beeld.partij = *partij;
    beeld.digitaleAdressen = digitaleAdressenVanPartij(m_database, partijUuid);
    beeld.identificatoren = identificatorenVanPartij(m_database, partijUuid);

    const QString partijText = partijUuid.toString(QUuid::WithoutBraces);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT k.uuid, k.plaatsgevonden_op, k.rowid FROM klantcontact k"
                                 " JOIN betrokkene b ON b.had_klantcontact = k.uuid WHERE b.was_partij = ?"
                                 " ORDER BY k.plaatsgevonden_op DESC, k.rowid DESC LIMIT ?"));
    query.addBindValue(partijText);
    query.addBindValue(std::max(0, lastContacts));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the contact history"));
    QList<QUuid> contactUuids;
    while (query.next())
        contactUuids.append(QUuid::fromString(query.value(0).toString()));
    query.finish();

    Repository<Klantcontact> klantcontacten(m_database);
    for (const QUuid &uuid : contactUuids) {
        std::optional<Klantcontact> klantcontact = klantcontacten.find(uuid);
        if (!klantcontact)
            continue;
        KlantbeeldContact row;
        const QList<Actor> actoren = actorenVanKlantcontact(m_database, uuid);
        for (const Actor &actor : actoren)
            row.actoren.append(actor.naam);
        const bool viewerLinked =
            std::any_of(actoren.cbegin(), actoren.cend(), [&](const Actor &a) { return a.uuid == viewer; });
        if (klantcontact->vertrouwelijk && !viewerLinked) {
            // §4.8: the client must honour vertrouwelijk; only that the contact happened is shown.
            row.verborgen = true;
            klantcontact->onderwerp = tr("(confidential)");
            klantcontact->inhoud.clear();
            klantcontact->reactie.clear();
        }
        row.klantcontact = *klantcontact;
        beeld.klantcontacten.append(row);
    }

    QSqlQuery taken(m_database.connection());
    taken.prepare(QStringLiteral("SELECT DISTINCT t.uuid, t.rowid FROM interne_taak t"
                                 " JOIN betrokkene b ON b.had_klantcontact = t.aanleidinggevend_klantcontact"
                                 " WHERE b.was_partij = ? AND t.status = 'te_verwerken' ORDER BY t.rowid DESC"));
    taken.addBindValue(partijText);
    if (!taken.exec())
        return StorageError::fromSql(taken.lastError(), tr("reading the open tasks"));
    QList<QUuid> taakUuids;
    while (taken.next())
        taakUuids.append(QUuid::fromString(taken.value(0).toString()));
    taken.finish();
    Repository<InterneTaak> taakRepository(m_database);
    for (const QUuid &uuid : taakUuids) {
        if (std::optional<InterneTaak> taak = taakRepository.find(uuid))
            beeld.openTaken.append(*taak);
    }
    return beeld;
}

} // namespace kcc::storage
