#include "storage/privacy/sqlverwerkingsactiviteitenregister.h"

#include "model/privacy/verwerkingsactie.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/privacyschema.h"

#include <QSqlQuery>
#include <QUrl>

namespace kcc::storage {

namespace {

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

SqlVerwerkingsactiviteitenRegister::SqlVerwerkingsactiviteitenRegister(Database &database)
    : m_database(database)
{
}

Result<QList<Verwerkingsactiviteit>> SqlVerwerkingsactiviteitenRegister::activiteiten()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, naam, url, bewaartermijn, standaard FROM verwerkingsactiviteit"
                                   " ORDER BY standaard DESC, naam")))
        return Sql::error(tr("read the verwerkingsactiviteiten"), query.lastError());
    QList<Verwerkingsactiviteit> result;
    while (query.next()) {
        result.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(), query.value(4).toInt() == 1});
    }
    return result;
}

Result<QList<ActiviteitKeuze>> SqlVerwerkingsactiviteitenRegister::keuzes()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT kanaal, onderwerp, activiteit FROM verwerkingsactiviteit_keuze"
                                   " ORDER BY kanaal, onderwerp")))
        return Sql::error(tr("read the choices of verwerkingsactiviteit"), query.lastError());
    QList<ActiviteitKeuze> result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), QUuid::fromString(query.value(2).toString())});
    return result;
}

Result<> SqlVerwerkingsactiviteitenRegister::bewaar(const Verwerkingsactiviteit &activiteit, const SignedInActor &door)
{
    if (!door.hasRole(AccountRole::beheerder()))
        return Error{tr("Only a beheerder may change the register of verwerkingsactiviteiten."), {}};
    if (activiteit.id.isNull() || activiteit.naam.trimmed().isEmpty())
        return Error{tr("A verwerkingsactiviteit needs an id and a name."), {}};
    if (!Bewaartermijn::isValid(activiteit.bewaartermijn))
        return Error{
            tr("'%1' is not a bewaartermijn (an ISO 8601 duration such as P10Y).").arg(activiteit.bewaartermijn), {}};
    const QUrl url(activiteit.url, QUrl::StrictMode);
    if (!activiteit.url.isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))))
        return Error{tr("'%1' is not an http(s) address.").arg(activiteit.url), {}};
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    if (activiteit.standaard) {
        query.prepare(QStringLiteral("UPDATE verwerkingsactiviteit SET standaard = 0 WHERE standaard = 1 AND id <> ?"));
        query.addBindValue(id(activiteit.id));
        if (!query.exec())
            return Sql::error(tr("change the default verwerkingsactiviteit"), query.lastError());
    }
    query.prepare(QStringLiteral(
        "INSERT INTO verwerkingsactiviteit (id, naam, url, bewaartermijn, standaard) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET naam = excluded.naam, url = excluded.url,"
        " bewaartermijn = excluded.bewaartermijn, standaard = excluded.standaard"));
    query.addBindValue(id(activiteit.id));
    query.addBindValue(activiteit.naam.trimmed());
    query.addBindValue(PrivacySchema::text(activiteit.url));
    query.addBindValue(activiteit.bewaartermijn);
    query.addBindValue(activiteit.standaard ? 1 : 0);
    if (!query.exec())
        return Sql::error(tr("save the verwerkingsactiviteit"), query.lastError());
    return transaction.commit();
}

Result<> SqlVerwerkingsactiviteitenRegister::koppel(const ActiviteitKeuze &keuze, const SignedInActor &door)
{
    if (!door.hasRole(AccountRole::beheerder()))
        return Error{tr("Only a beheerder may change the register of verwerkingsactiviteiten."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM verwerkingsactiviteit WHERE id = ?"));
    query.addBindValue(id(keuze.activiteit));
    if (!query.exec() || !query.next())
        return Sql::error(tr("look up the verwerkingsactiviteit"), query.lastError());
    if (query.value(0).toInt() == 0)
        return Error{tr("There is no verwerkingsactiviteit %1.").arg(id(keuze.activiteit)), {}};
    query.prepare(
        QStringLiteral("INSERT INTO verwerkingsactiviteit_keuze (kanaal, onderwerp, activiteit) VALUES (?, ?, ?)"
                       " ON CONFLICT (kanaal, onderwerp) DO UPDATE SET activiteit = excluded.activiteit"));
    query.addBindValue(PrivacySchema::text(keuze.kanaal.trimmed()));
    query.addBindValue(PrivacySchema::text(keuze.onderwerp.trimmed()));
    query.addBindValue(id(keuze.activiteit));
    if (!query.exec())
        return Sql::error(tr("save the choice of verwerkingsactiviteit"), query.lastError());
    return {};
}

} // namespace kcc::storage
