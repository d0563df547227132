#include "storage/db/checkconstraints.h"

#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <utility>

namespace kcc::storage {

QStringList CheckConstraints::expressions(const QString &createTable)
{
    QStringList expressions;
    const auto isWordChar = [](QChar ch) { return ch.isLetterOrNumber() || ch == QLatin1Char('_'); };
    const qsizetype size = createTable.size();
    QChar quote;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = createTable.at(i);
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            continue;
        }
        if (ch == QLatin1Char('\'') || ch == QLatin1Char('"') || ch == QLatin1Char('`')) {
            quote = ch;
            continue;
        }
        if (ch == QLatin1Char('[')) {
            quote = QLatin1Char(']');
            continue;
        }
        if (createTable.mid(i, 5).compare(QLatin1String("CHECK"), Qt::CaseInsensitive) != 0 ||
            (i > 0 && isWordChar(createTable.at(i - 1))) || (i + 5 < size && isWordChar(createTable.at(i + 5))))
            continue;
        qsizetype open = i + 5;
        while (open < size && createTable.at(open).isSpace())
            ++open;
        if (open >= size || createTable.at(open) != QLatin1Char('('))
            continue;
        int depth = 0;
        QChar inner;
        qsizetype close = open;
        for (; close < size; ++close) {
            const QChar c = createTable.at(close);
            if (!inner.isNull()) {
                if (c == inner)
                    inner = QChar();
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
                inner = c;
            } else if (c == QLatin1Char('[')) {
                inner = QLatin1Char(']');
            } else if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')') && --depth == 0) {
                break;
            }
        }
        if (close >= size)
            break;
        expressions << createTable.mid(open + 1, close - open - 1);
        i = close;
    }
    return expressions;
}

Result<> CheckConstraints::verify(const QSqlDatabase &connection)
{
    QSqlQuery tables(connection);
    Sql::streamRows(tables);
    if (!tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                    "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite%' ORDER BY name")))
        return StorageError::fromSql(tables.lastError(), tr("checking the rules of the database"));
    QList<std::pair<QString, QStringList>> checks;
    while (tables.next()) {
        const QStringList found = expressions(tables.value(1).toString());
        if (!found.isEmpty())
            checks.append({tables.value(0).toString(), found});
    }
    tables.finish();
    for (const auto &[table, found] : std::as_const(checks)) {
        QStringList failing;
        for (const QString &expression : found)
            failing << QLatin1Char('(') % expression % QLatin1String(") IS FALSE");
        QSqlQuery query(connection);
        // Table names and expressions come from SQLite's own schema, not from input.
        if (!query.exec(QLatin1String("SELECT count(*) FROM \"") %
                        QString(table).replace(QLatin1String("\""), QLatin1String("\"\"")) %
                        QLatin1String("\" WHERE ") % failing.join(QLatin1String(" OR "))) ||
            !query.next())
            return StorageError::fromSql(query.lastError(), tr("checking the rules of the database"));
        if (const qint64 rows = query.value(0).toLongLong(); rows > 0)
            return Error{tr("%n record(s) in %1 break a rule of the database.", nullptr, int(rows)).arg(table), {}};
    }
    return {};
}

} // namespace kcc::storage
