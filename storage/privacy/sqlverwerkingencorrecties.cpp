#include "storage/privacy/sqlverwerkingencorrecties.h"

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/privacyschema.h"

#include <QSqlQuery>

namespace kcc::storage {

namespace {

QVariant orNull(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

SqlVerwerkingenCorrecties::SqlVerwerkingenCorrecties(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<qint64> SqlVerwerkingenCorrecties::corrigeerVerwerking(const QUuid &verwerkingId,
                                                              const std::optional<QString> &bewaartermijn,
                                                              std::optional<Vertrouwelijkheid> vertrouwelijkheid,
                                                              const QString &gebruiker)
{
    if (bewaartermijn && !Bewaartermijn::isValid(*bewaartermijn))
        return Error{tr("'%1' is not a bewaartermijn (an ISO 8601 duration such as P10Y).").arg(*bewaartermijn), {}};
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery select(m_database.connection());
    select.prepare(QStringLiteral("SELECT rij, tijdstip_utc FROM verwerkingsactie WHERE verwerking_id = ?"));
    select.addBindValue(verwerkingId.toString(QUuid::WithoutBraces));
    if (!select.exec())
        return Sql::error(tr("read the verwerking"), select.lastError());
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO verwerkingsactie_correctie (actie, vertrouwelijkheid, bewaartermijn,"
                                  " bewaren_tot, gebruiker, tijdstip_registratie) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString nu = PrivacySchema::instantText(m_clock.now());
    qint64 aantal = 0;
    while (select.next()) {
        // The new bewaartermijn counts from the entry's own moment, as the original did.
        const QDateTime tijdstip = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        insert.addBindValue(select.value(0));
        insert.addBindValue(
            orNull(vertrouwelijkheid ? std::optional(vertrouwelijkheidCode(*vertrouwelijkheid)) : std::nullopt));
        insert.addBindValue(orNull(bewaartermijn));
        insert.addBindValue(orNull(
            bewaartermijn ? std::optional(PrivacySchema::instantText(Bewaartermijn::einde(tijdstip, *bewaartermijn)))
                          : std::nullopt));
        insert.addBindValue(PrivacySchema::text(gebruiker));
        insert.addBindValue(nu);
        if (!insert.exec())
            return Sql::error(tr("append the correction"), insert.lastError());
        ++aantal;
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return aantal;
}

Result<> SqlVerwerkingenCorrecties::laatVervallen(const QUuid &actieId, const QString &gebruiker)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO verwerkingsactie_correctie (actie, vervallen, gebruiker,"
                       " tijdstip_registratie) SELECT rij, 1, ?, ? FROM verwerkingsactie WHERE actie_id = ?"));
    query.addBindValue(PrivacySchema::text(gebruiker));
    query.addBindValue(PrivacySchema::instantText(m_clock.now()));
    query.addBindValue(actieId.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return Sql::error(tr("mark the verwerkingsactie vervallen"), query.lastError());
    if (query.numRowsAffected() != 1)
        return Error{tr("There is no verwerkingsactie %1.").arg(actieId.toString(QUuid::WithoutBraces)), {}};
    return {};
}

} // namespace kcc::storage
