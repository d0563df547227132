#pragma once

// Private to storage/: inserts many rows through SQLite's own API on the connection's handle, for
// bulk loads (DemoLoader). Binding through QSqlQuery costs ~2,000 instructions per value in
// Qt 6.4 (QSqlResult::bindValue formats a placeholder name for every call) and SQLite then copies
// every UTF-16 text into UTF-8; for a million partijen that was a quarter of the whole load. The
// rows are exactly the ones Repository<T>::insert writes: codec::BulkWriter walks the same field
// list (ResourceTraits<T>::fields) as codec::ValueWriter and maps every value the same way.

#include "model/core/result.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repositoryimpl.h"
#include "storage/resources/resourcetraits.h"
#include "storage/resources/rowcodec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kcc::storage {

// The sqlite3 handle behind a QSQLITE connection; an error for any other driver.
Result<sqlite3 *> sqliteHandle(const QSqlDatabase &connection);

// One prepared statement: add the values of a row in column order, then execute().
class BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::BulkStatement)

public:
    BulkStatement() = default;
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Result<> prepare(sqlite3 *database, const QString &sql);

    void addNull() { m_values.push_back({Value::Null, 0, 0, 0}); }
    void addInt(qint64 number) { m_values.push_back({Value::Int, number, 0, 0}); }
    // Bound as UTF-8 text; a null QString is bound as '' (like codec::ValueWriter), never as NULL.
    void addText(QStringView text);
    // The 36-character lowercase form of codec::uuidText().
    void addUuid(const QUuid &uuid);

    // Binds the added values, runs the statement and clears the values for the next row. False
    // on failure; then lastError() holds SQLite's message.
    bool execute();
    QSqlError lastError() const { return m_error; }

private:
    struct Value
    {
        enum Kind : quint8
        {
            Null,
            Int,
            Text
        } kind;
        qint64 number;
        size_t offset; // Text: into m_text
        size_t length;
    };

    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<Value> m_values;
    // The UTF-8 of all texts of the row, bound in place (no copy by SQLite).
    std::string m_text;
    QSqlError m_error;
};

namespace codec {

// Adds the values of one row to a BulkStatement in field order: ValueWriter's mapping without
// QVariant.
class BulkWriter
{
public:
    explicit BulkWriter(BulkStatement &statement)
        : m_statement(statement)
    {
    }

    void operator()(const char *, const QUuid &value)
    {
        if (value.isNull())
            m_statement.addNull();
        else
            m_statement.addUuid(value);
    }
    void operator()(const char *, const std::optional<QUuid> &value)
    {
        if (value && !value->isNull())
            m_statement.addUuid(*value);
        else
            m_statement.addNull();
    }
    void operator()(const char *, const QString &value) { m_statement.addText(value); }
    void operator()(const char *, const std::optional<QString> &value)
    {
        if (value)
            m_statement.addText(*value);
        else
            m_statement.addNull();
    }
    void operator()(const char *, bool value) { m_statement.addInt(value ? 1 : 0); }
    void operator()(const char *, const std::optional<bool> &value)
    {
        if (value)
            m_statement.addInt(*value ? 1 : 0);
        else
            m_statement.addNull();
    }
    void operator()(const char *, const std::optional<int> &value)
    {
        if (value)
            m_statement.addInt(*value);
        else
            m_statement.addNull();
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *, E value) { m_statement.addText(toCode(value)); }
    void operator()(const char *, const QDateTime &value)
    {
        if (value.isValid())
            m_statement.addText(dateTimeText(value));
        else
            m_statement.addNull();
    }
    void operator()(const char *name, const std::optional<QDateTime> &value)
    {
        if (value)
            (*this)(name, *value);
        else
            m_statement.addNull();
    }
    template<typename D, typename M>
    void operator()(const char *, const PreciseTime<D, M> &value)
    {
        if (const QDateTime *time = validTime(value.time))
            m_statement.addText(dateTimeText(*time, value.micros));
        else
            m_statement.addNull();
    }
    void operator()(const char *, const std::optional<QDate> &value)
    {
        if (value && value->isValid())
            m_statement.addText(value->toString(dateFormat));
        else
            m_statement.addNull();
    }
    void operator()(const char *, const Metadata &value) { m_statement.addText(metadataToJson(value)); }
    template<ValueGroup G>
    void operator()(const char *, const std::optional<G> &value)
    {
        m_statement.addInt(value ? 1 : 0);
        if (value) {
            groupFields(*this, *value);
        } else {
            const G empty{};
            groupFields(*this, empty);
        }
    }

private:
    BulkStatement &m_statement;
};

} // namespace codec

// INSERT of whole T rows, the same columns and values as Repository<T>::insert. The
// toegewezenAanActoren of an InterneTaak (table interne_taak_actor) are written too.
template<typename T>
class BulkInserter
{
public:
    Result<> prepare(sqlite3 *database)
    {
        const QStringList &columns = columnNames<T>();
        const QString sql = QLatin1String("INSERT INTO ") % QLatin1String(ResourceTraits<T>::table()) %
                            QLatin1String(" (") % columns.join(QLatin1String(", ")) % QLatin1String(") VALUES (?") %
                            QString(QStringLiteral(", ?")).repeated(columns.size() - 1) % QLatin1Char(')');
        if (Result<> prepared = m_insert.prepare(database, sql); !prepared)
            return prepared;
        if constexpr (std::is_same_v<T, InterneTaak>) {
            return m_links.prepare(
                database,
                QStringLiteral("INSERT INTO interne_taak_actor (interne_taak, actor, positie) VALUES (?, ?, ?)"));
        }
        return {};
    }

    Result<> insert(const T &item)
    {
        // Built only when something fails: translating per row is measurable in a bulk load.
        const auto action = [] { return RepositoryMessages::tr("saving %1").arg(ResourceTraits<T>::noun()); };
        codec::BulkWriter writer(m_insert);
        ResourceTraits<T>::fields(writer, item);
        if (!m_insert.execute())
            return StorageError::fromSql(m_insert.lastError(), action());
        if constexpr (std::is_same_v<T, InterneTaak>) {
            for (qsizetype position = 0; position < item.toegewezenAanActoren.size(); ++position) {
                m_links.addUuid(item.uuid);
                m_links.addUuid(item.toegewezenAanActoren.at(position));
                m_links.addInt(position);
                if (!m_links.execute())
                    return StorageError::fromSql(m_links.lastError(), action());
            }
        }
        return {};
    }

private:
    BulkStatement m_insert;
    BulkStatement m_links; // InterneTaak only
};

} // namespace kcc::storage
