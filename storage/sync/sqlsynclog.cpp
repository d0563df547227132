#include "storage/sync/sqlsynclog.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/rowcodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

const auto columns = QStringLiteral("id, tijd, richting, resource, lokaal_uuid, server_uuid, uitkomst, bericht");

// A null QString binds as NULL; the columns hold '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString uuidOrEmpty(const QUuid &uuid)
{
    return uuid.isNull() ? QStringLiteral("") : codec::uuidText(uuid);
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("!%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause and its values, in the order of the placeholders.
QString whereClause(const SyncLogFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (filter.uitkomst) {
        conditions << QStringLiteral("uitkomst = ?");
        values << SyncLogRegel::code(*filter.uitkomst);
    }
    if (!filter.resource.isEmpty()) {
        conditions << QStringLiteral("resource = ?");
        values << filter.resource;
    }
    if (!filter.tekst.trimmed().isEmpty()) {
        conditions << QStringLiteral("(lower(bericht) LIKE ? ESCAPE '!' OR lokaal_uuid LIKE ? ESCAPE '!'"
                                     " OR server_uuid LIKE ? ESCAPE '!')");
        const QString pattern = likePattern(filter.tekst.trimmed());
        values << pattern << pattern << pattern;
    }
    if (filter.van.isValid()) {
        conditions << QStringLiteral("tijd >= ?");
        values << codec::dateTimeText(filter.van);
    }
    if (filter.tot.isValid()) {
        conditions << QStringLiteral("tijd < ?");
        values << codec::dateTimeText(filter.tot);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

SyncLogRegel regelUit(const QSqlQuery &query)
{
    SyncLogRegel regel;
    regel.id = query.value(0).toLongLong();
    regel.tijd = codec::dateTimeFromText(query.value(1).toString());
    regel.richting = query.value(2).toString() == QLatin1String("pull") ? SyncRichting::Pull : SyncRichting::Push;
    regel.resource = query.value(3).toString();
    regel.lokaal = QUuid::fromString(query.value(4).toString());
    regel.server = QUuid::fromString(query.value(5).toString());
    regel.uitkomst = SyncLogRegel::uitkomstVanCode(query.value(6).toString()).value_or(SyncUitkomst::Opnieuw);
    regel.bericht = query.value(7).toString();
    return regel;
}

} // namespace

SqlSyncLog::SqlSyncLog(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<> SqlSyncLog::append(const SyncLogRegel &regel)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_log (tijd, richting, resource, lokaal_uuid, server_uuid, uitkomst,"
                                 " bericht) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(codec::dateTimeText(regel.tijd.isValid() ? regel.tijd : m_clock.now()));
    query.addBindValue(SyncLogRegel::code(regel.richting));
    query.addBindValue(notNull(regel.resource));
    query.addBindValue(uuidOrEmpty(regel.lokaal));
    query.addBindValue(uuidOrEmpty(regel.server));
    query.addBindValue(SyncLogRegel::code(regel.uitkomst));
    query.addBindValue(notNull(regel.bericht));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("writing the sync log"));
    return transaction.commit();
}

Result<SyncLogPagina> SqlSyncLog::read(const SyncLogFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM sync_log") + where);
    for (const QVariant &value : values)
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return StorageError::fromSql(count.lastError(), tr("reading the sync log"));
    SyncLogPagina pagina;
    pagina.totaal = count.value(0).toInt();
    count.finish();

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM sync_log") + where +
                  QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(std::max(filter.limit, 1));
    query.addBindValue(std::max(filter.offset, 0));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the sync log"));
    while (query.next())
        pagina.regels.append(regelUit(query));
    return pagina;
}

} // namespace kcc::storage
