#include "storage/taken/sqlafdelinglidmaatschap.h"

#include "model/taken/taaktoegang.h"
#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repositoryimpl.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kcc::storage {

using takensql::inTransaction;
using takensql::text;

SqlAfdelingLidmaatschap::SqlAfdelingLidmaatschap(Database &database)
    : m_store(database, {}, QTimeZone::systemTimeZone())
{
}

Result<QList<Actor>> SqlAfdelingLidmaatschap::zichtbareAfdelingen(const SignedInActor &viewer)
{
    QList<Actor> afdelingen;
    if (TaakToegang::isSupervisor(viewer)) {
        afdelingen = selectWhere<Actor>(m_store.database, QStringLiteral("soort_actor = ? AND indicatie_actief = 1"),
                                        {toCode(SoortActor::OrganisatorischeEenheid)});
    } else {
        afdelingen = selectWhere<Actor>(
            m_store.database, QStringLiteral("uuid IN (SELECT afdeling FROM afdeling_lid WHERE medewerker = ?)"),
            {text(viewer.actor)});
    }
    std::sort(afdelingen.begin(), afdelingen.end(),
              [](const Actor &a, const Actor &b) { return QString::localeAwareCompare(a.naam, b.naam) < 0; });
    return afdelingen;
}

Result<QList<QUuid>> SqlAfdelingLidmaatschap::afdelingenVan(const QUuid &medewerker)
{
    return m_store.afdelingenVan(medewerker);
}

Result<QList<QUuid>> SqlAfdelingLidmaatschap::ledenVan(const QUuid &afdeling)
{
    return m_store.ledenVan({afdeling});
}

Result<> SqlAfdelingLidmaatschap::setAfdelingen(const SignedInActor &viewer, const QUuid &medewerker,
                                                const QList<QUuid> &afdelingen)
{
    if (Result<> allowed = TaakToegang::beheren(viewer); !allowed)
        return allowed;
    return inTransaction(m_store.database, [&]() -> Result<> {
        Result<QList<Actor>> wie = m_store.actoren({medewerker});
        if (!wie)
            return wie.error();
        if (wie.value().first().soortActor != SoortActor::Medewerker)
            return Error{tr("Only a medewerker can be a member of an afdeling."), {}};
        QList<QUuid> unique;
        for (const QUuid &uuid : afdelingen) {
            if (!uuid.isNull() && !unique.contains(uuid))
                unique << uuid;
        }
        Result<QList<Actor>> welke = m_store.actoren(unique);
        if (!welke)
            return welke.error();
        for (const Actor &afdeling : welke.value()) {
            if (afdeling.soortActor != SoortActor::OrganisatorischeEenheid)
                return Error{tr("%1 is not an afdeling.").arg(afdeling.naam), {}};
        }
        QSqlQuery query(m_store.database.connection());
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

Result<Actor> SqlAfdelingLidmaatschap::actorByName(const QString &naam, std::optional<SoortActor> soort)
{
    QList<Actor> found =
        selectWhere<Actor>(m_store.database, QStringLiteral("naam = ? COLLATE NOCASE"), {naam.trimmed()});
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

} // namespace kcc::storage
