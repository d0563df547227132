#include "storage/beheer/sqlcodelistservice.h"

#include "storage/db/database.h"
#include "storage/db/storageerror.h"
#include "storage/db/writetransaction.h"

#include "model/taken/taaktoegang.h"
#include "model/validation/valuevalidators.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kcc::storage {

SqlCodeListService::SqlCodeListService(Database &database)
    : m_database(database)
{
}

std::optional<Error> SqlCodeListService::checkEntry(const CodeListEntry &entry) const
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_-]{1,50}$"));
    if (!codePattern.match(entry.code).hasMatch()) {
        const QString message = tr("A code consists of 1 to 50 lowercase letters, digits, '-' or '_'.");
        return Error{message, {{QStringLiteral("code"), message}}};
    }
    if (entry.label.trimmed().isEmpty()) {
        const QString message = tr("Enter the text to show for this code.");
        return Error{message, {{QStringLiteral("label"), message}}};
    }
    if (const auto problem = checkMaxLength(entry.label, 200, tr("The label")))
        return Error{*problem, {{QStringLiteral("label"), *problem}}};
    return std::nullopt;
}

Result<> SqlCodeListService::write(const QString &statement, const QVariantList &values, bool mustChangeOneRow)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (StorageError::isUniqueViolation(query.lastError()))
            return Error{tr("This code already exists in the list."),
                         {{QStringLiteral("code"), tr("This code already exists in the list.")}}};
        return StorageError::fromSql(query.lastError(), tr("changing the code list"));
    }
    if (mustChangeOneRow && query.numRowsAffected() != 1)
        return Error{tr("This code does not exist in the list."), {}};
    return transaction.commit();
}

Result<QList<CodeListEntry>> SqlCodeListService::entries(CodeList list, bool includeInactive)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT code, label, actief, volgorde FROM codelijst WHERE lijst = ? AND actief >= ?"
                                 " ORDER BY volgorde, code"));
    query.addBindValue(codeListName(list));
    query.addBindValue(includeInactive ? 0 : 1);
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), tr("reading the code list"));
    QList<CodeListEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() == 1,
                        query.value(3).toInt()});
    }
    return entries;
}

void SqlCodeListService::setActingActor(const SignedInActor &actor)
{
    m_actor = actor;
}

Result<> SqlCodeListService::mayEdit(const char *action) const
{
    Result<> allowed = TaakToegang::beheren(m_actor);
    if (!allowed)
        qWarning("Refused to %s a code list entry: \"%s\" is no beheerder.", action, qPrintable(m_actor.naam));
    return allowed;
}

Result<> SqlCodeListService::add(CodeList list, const CodeListEntry &entry)
{
    if (Result<> allowed = mayEdit("add"); !allowed)
        return allowed;
    if (const auto error = checkEntry(entry))
        return *error;
    return write(QStringLiteral("INSERT INTO codelijst (lijst, code, label, actief, volgorde) VALUES (?, ?, ?, ?, ?)"),
                 {codeListName(list), entry.code, entry.label.trimmed(), entry.actief ? 1 : 0, entry.volgorde}, false);
}

Result<> SqlCodeListService::update(CodeList list, const CodeListEntry &entry)
{
    if (Result<> allowed = mayEdit("change"); !allowed)
        return allowed;
    if (const auto error = checkEntry(entry))
        return *error;
    return write(
        QStringLiteral("UPDATE codelijst SET label = ?, actief = ?, volgorde = ? WHERE lijst = ? AND code = ?"),
        {entry.label.trimmed(), entry.actief ? 1 : 0, entry.volgorde, codeListName(list), entry.code}, true);
}

Result<> SqlCodeListService::deactivate(CodeList list, const QString &code)
{
    if (Result<> allowed = mayEdit("deactivate"); !allowed)
        return allowed;
    return write(QStringLiteral("UPDATE codelijst SET actief = 0 WHERE lijst = ? AND code = ?"),
                 {codeListName(list), code}, true);
}

Result<QString> SqlCodeListService::lastKanaal(const QUuid &actor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kanaal FROM laatste_kanaal WHERE actor = ?"));
    query.addBindValue(actor.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

Result<> SqlCodeListService::setLastKanaal(const QUuid &actor, const QString &code)
{
    return write(QStringLiteral("INSERT INTO laatste_kanaal (actor, kanaal) VALUES (?, ?)"
                                " ON CONFLICT (actor) DO UPDATE SET kanaal = excluded.kanaal"),
                 {actor.toString(QUuid::WithoutBraces), code}, false);
}

} // namespace kcc::storage
