#include "storage/privacy/verwerkingenopschoning.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/privacyschema.h"

#include <QSqlQuery>

namespace kcc::storage {

namespace {

// Entries expired before the bound value, by their latest bewaartermijn.
const QLatin1String verlopenSql(
    "SELECT a.rij FROM verwerkingsactie a WHERE COALESCE((SELECT c.bewaren_tot FROM verwerkingsactie_correctie c"
    " WHERE c.actie = a.rij AND c.bewaren_tot IS NOT NULL ORDER BY c.rij DESC LIMIT 1), a.bewaren_tot) < ?");

} // namespace

VerwerkingenOpschoning::VerwerkingenOpschoning(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<qint64> VerwerkingenOpschoning::schoonOp(const QString &gebruiker)
{
    const QString nu = PrivacySchema::instantText(m_clock.now());
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    // The entries go while their corrections still tell their expiry (to the triggers too); the
    // corrections follow (the foreign keys are deferred to the commit).
    query.prepare(QStringLiteral("DELETE FROM verwerkt_object WHERE actie IN (%1)").arg(verlopenSql));
    query.addBindValue(nu);
    if (!query.exec())
        return Sql::error(tr("remove the expired verwerkte objecten"), query.lastError());
    query.prepare(QStringLiteral("DELETE FROM verwerkingsactie WHERE rij IN (%1)").arg(verlopenSql));
    query.addBindValue(nu);
    if (!query.exec())
        return Sql::error(tr("remove the expired verwerkingsacties"), query.lastError());
    const qint64 aantal = query.numRowsAffected();
    if (!query.exec(QStringLiteral("DELETE FROM verwerkingsactie_correctie"
                                   " WHERE actie NOT IN (SELECT rij FROM verwerkingsactie)")))
        return Sql::error(tr("remove the corrections of expired verwerkingsacties"), query.lastError());
    query.prepare(QStringLiteral("INSERT INTO verwerkingenlog_opschoning"
                                 " (tijdstip_registratie, gebruiker, verlopen_voor, aantal) VALUES (?, ?, ?, ?)"));
    query.addBindValue(nu);
    query.addBindValue(PrivacySchema::text(gebruiker));
    query.addBindValue(nu);
    query.addBindValue(aantal);
    if (!query.exec())
        return Sql::error(tr("record the purge of the verwerkingenlog"), query.lastError());
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return aantal;
}

} // namespace kcc::storage
