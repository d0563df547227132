#include "sqldraftstore.h"

#include "database.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kcc::storage {

SqlDraftStore::SqlDraftStore(Database &database)
    : m_database(database)
{
}

Result<> SqlDraftStore::save(const ContactSession &session)
{
    if (session.uuid.isNull() || session.medewerker.isNull())
        return Error{tr("A draft needs a session and a signed-in colleague."), {}};
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    // Delete and insert rather than upsert: the new rowid then records the order of saving,
    // which a millisecond timestamp cannot when two saves fall in the same millisecond.
    if (Result<> removed = discardIn(m_database, session.uuid); !removed)
        return removed;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO concept_contact (sessie, actor, json, updated_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(session.uuid.toString(QUuid::WithoutBraces));
    query.addBindValue(session.medewerker.toString(QUuid::WithoutBraces));
    query.addBindValue(QString::fromUtf8(QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("saving the draft"));
    return transaction.commit();
}

Result<QList<ContactSession>> SqlDraftStore::load(const QUuid &actor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT json FROM concept_contact WHERE actor = ? ORDER BY rowid DESC"));
    query.addBindValue(actor.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the drafts"));
    QList<ContactSession> sessions;
    while (query.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
        if (document.isObject())
            sessions.append(ContactSession::fromJson(document.object()));
    }
    return sessions;
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
