#include "storage/callflow/sqldraftstore.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace kcc::storage {

namespace {

// The steps ticked as done travel in the draft's JSON beside the session's own keys (which
// ContactSession::fromJson ignores): no schema change, and a draft written before has none.
const auto visitedKey = QLatin1String("bezochteStappen");

QJsonObject draftJson(const OpenContact &contact)
{
    QJsonObject json = contact.session.toJson();
    QList<int> steps(contact.visited.cbegin(), contact.visited.cend());
    std::sort(steps.begin(), steps.end());
    QJsonArray visited;
    for (int step : std::as_const(steps))
        visited.append(step);
    json.insert(visitedKey, visited);
    return json;
}

QSet<int> visitedSteps(const QJsonObject &json)
{
    QSet<int> steps;
    for (const QJsonValue &value : json.value(visitedKey).toArray()) {
        if (value.isDouble() && value.toInt(-1) >= 0)
            steps.insert(value.toInt());
    }
    return steps;
}

} // namespace

SqlDraftStore::SqlDraftStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<> SqlDraftStore::save(const QList<OpenContact> &contacts)
{
    for (const OpenContact &contact : contacts) {
        if (contact.session.uuid.isNull() || contact.session.medewerker.isNull())
            return Error{tr("A draft needs a session and a signed-in colleague."), {}};
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at, stap, geparkeerd_op) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    for (const OpenContact &contact : contacts) {
        // Delete and insert rather than upsert: the new rowid then records the order of saving,
        // which a millisecond timestamp cannot when two saves fall in the same millisecond.
        if (Result<> removed = discardIn(m_database, contact.session.uuid); !removed)
            return removed;
        query.bindValue(0, contact.session.uuid.toString(QUuid::WithoutBraces));
        query.bindValue(1, contact.session.medewerker.toString(QUuid::WithoutBraces));
        query.bindValue(2, QString::fromUtf8(QJsonDocument(draftJson(contact)).toJson(QJsonDocument::Compact)));
        query.bindValue(3, now);
        query.bindValue(4, qMax(0, contact.step));
        query.bindValue(5, contact.parkedAt ? contact.parkedAt->toUTC().toString(Qt::ISODateWithMs)
                                            : QVariant(QMetaType::fromType<QString>()));
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), tr("saving the draft"));
    }
    return transaction.commit();
}

Result<QList<OpenContact>> SqlDraftStore::loadOpen(const QUuid &actor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT json, stap, geparkeerd_op FROM concept_contact WHERE actor = ? ORDER BY rowid DESC"));
    query.addBindValue(actor.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the drafts"));
    QList<OpenContact> contacts;
    while (query.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
        if (!document.isObject())
            continue;
        OpenContact contact{
            ContactSession::fromJson(document.object()), query.value(1).toInt(), {}, visitedSteps(document.object())};
        if (!query.value(2).isNull()) {
            QDateTime parkedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
            if (parkedAt.isValid())
                contact.parkedAt = parkedAt.toUTC();
        }
        contacts.append(contact);
    }
    return contacts;
}

Result<> SqlDraftStore::discard(const QUuid &session)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result<> removed = discardIn(m_database, session); !removed)
        return removed;
    return transaction.commit();
}

Result<> SqlDraftStore::discardIn(Database &database, const QUuid &session)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("DELETE FROM concept_contact WHERE sessie = ?"));
    query.addBindValue(session.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("removing the draft"));
    return {};
}

} // namespace kcc::storage
