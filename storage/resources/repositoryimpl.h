#pragma once

#include <concepts>

// Private to storage/: the one implementation of Repository<T>, instantiated per resource in
// <resource>repository.cpp next to that resource's ResourceTraits messages.

#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repository.h"
#include "storage/resources/resourcetraits.h"
#include "storage/resources/rowcodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <type_traits>

namespace kcc::storage {

class RepositoryMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Repository)
};

template<typename T>
const QStringList &columnNames()
{
    static const QStringList names = [] {
        codec::ColumnNames namer;
        const T item{};
        ResourceTraits<T>::fields(namer, item);
        return namer.names;
    }();
    return names;
}

template<typename T>
QString selectSql()
{
    return QLatin1String("SELECT ") % columnNames<T>().join(QLatin1String(", ")) % QLatin1String(" FROM ") %
           QLatin1String(ResourceTraits<T>::table());
}

// Reads the row the query stands on; nullopt when a stored value could not be decoded.
template<typename T>
std::optional<T> readRow(const QSqlQuery &query)
{
    T item{};
    codec::ValueReader reader(query, 0);
    ResourceTraits<T>::fields(reader, item);
    if (!reader.ok()) {
        qWarning("kcc::storage: undecodable row in %s", ResourceTraits<T>::table());
        return std::nullopt;
    }
    return item;
}

// SELECT <all columns> FROM <table> WHERE <where> ORDER BY rowid, for the lookups in queries.cpp.
// `where` is our own text with ? placeholders; the values are bound.
template<typename T>
QList<T> selectWhere(Database &database, const QString &where, const QVariantList &values)
{
    QList<T> items;
    QSqlQuery query(database.connection());
    Sql::streamRows(query);
    if (!query.prepare(selectSql<T>() % QLatin1String(" WHERE ") % where % QLatin1String(" ORDER BY rowid"))) {
        qWarning("kcc::storage: %s", qPrintable(query.lastError().text()));
        return items;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qWarning("kcc::storage: %s", qPrintable(query.lastError().text()));
        return items;
    }
    while (query.next()) {
        if (std::optional<T> item = readRow<T>(query))
            items.append(std::move(*item));
    }
    return items;
}

// A statement prepared on first use and kept for the repository's lifetime.
class CachedStatement
{
public:
    explicit CachedStatement(const QSqlDatabase &connection)
        : m_query(connection)
    {
    }
    // Null when preparing failed; then error() says why.
    QSqlQuery *get(const QString &sql)
    {
        if (!m_prepared) {
            m_prepared = m_query.prepare(sql);
            if (!m_prepared)
                return nullptr;
        }
        return &m_query;
    }
    // The same, building the SQL only on first use: on a hot path (a bulk insert of a million
    // rows) composing the statement text for every call cost ~8% of the time.
    template<typename MakeSql>
    requires std::invocable<MakeSql> QSqlQuery *get(MakeSql &&makeSql)
    {
        if (!m_prepared) {
            m_prepared = m_query.prepare(makeSql());
            if (!m_prepared)
                return nullptr;
        }
        return &m_query;
    }
    QSqlError error() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

template<typename T>
struct Repository<T>::Private
{
    explicit Private(Database &db)
        : database(db)
        , insert(db.connection())
        , update(db.connection())
        , remove(db.connection())
        , find(db.connection())
        , linksInsert(db.connection())
        , linksDelete(db.connection())
        , linksSelect(db.connection())
        , childCount(db.connection())
    {
    }

    using Traits = ResourceTraits<T>;

    static QString table() { return QLatin1String(Traits::table()); }

    Error failure(const QSqlError &error, const T &item, const QString &action) const
    {
        const QString detail = StorageError::constraintDetail(error);
        if (StorageError::isUniqueViolation(error) && detail == table() % QLatin1String(".uuid")) {
            return Error{RepositoryMessages::tr("There is already a record with id %1 in %2.")
                             .arg(codec::uuidText(item.uuid), table()),
                         {}};
        }
        if (const QString message = Traits::constraintMessage(error, item); !message.isEmpty())
            return Error{message, {}};
        return StorageError::fromSql(error, action);
    }

    Result<> exec(const char *command)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QLatin1String(command)))
            return StorageError::fromSql(query.lastError());
        return {};
    }

    // Runs a write of several statements atomically inside the caller's transaction.
    Result<> atomically(const std::function<Result<>()> &write)
    {
        if (Result<> begun = exec("SAVEPOINT repository_write"); !begun)
            return begun;
        Result<> written = write();
        if (!written) {
            (void)exec("ROLLBACK TO repository_write");
            (void)exec("RELEASE repository_write");
            return written;
        }
        return exec("RELEASE repository_write");
    }

    // interne_taak_actor rows of one task, in assignment order.
    Result<> writeLinks(const InterneTaak &task, bool replace)
    {
        const QVariant taskId(codec::uuidText(task.uuid));
        if (replace) {
            QSqlQuery *query = linksDelete.get(QStringLiteral("DELETE FROM interne_taak_actor WHERE interne_taak = ?"));
            if (!query)
                return StorageError::fromSql(linksDelete.error());
            query->bindValue(0, taskId);
            if (!query->exec())
                return StorageError::fromSql(query->lastError());
        }
        QSqlQuery *query = linksInsert.get(
            QStringLiteral("INSERT INTO interne_taak_actor (interne_taak, actor, positie) VALUES (?, ?, ?)"));
        if (!query)
            return StorageError::fromSql(linksInsert.error());
        for (qsizetype position = 0; position < task.toegewezenAanActoren.size(); ++position) {
            query->bindValue(0, taskId);
            query->bindValue(1, codec::uuidText(task.toegewezenAanActoren.at(position)));
            query->bindValue(2, int(position));
            if (!query->exec()) {
                if (StorageError::isUniqueViolation(query->lastError())) {
                    return Error{RepositoryMessages::tr("An actor is assigned to this interne taak more than once."),
                                 {}};
                }
                return StorageError::fromSql(query->lastError());
            }
        }
        return {};
    }

    QList<QUuid> readLinks(const QUuid &taskUuid)
    {
        QList<QUuid> actors;
        QSqlQuery *query = linksSelect.get(
            QStringLiteral("SELECT actor FROM interne_taak_actor WHERE interne_taak = ? ORDER BY positie"));
        if (!query)
            return actors;
        query->bindValue(0, codec::uuidText(taskUuid));
        if (query->exec()) {
            while (query->next())
                actors.append(QUuid::fromString(query->value(0).toString()));
        }
        query->finish();
        return actors;
    }

    Database &database;
    CachedStatement insert;
    CachedStatement update;
    CachedStatement remove;
    CachedStatement find;
    CachedStatement linksInsert;
    CachedStatement linksDelete;
    CachedStatement linksSelect;
    CachedStatement childCount;
    QVariantList values;
};

template<typename T>
Repository<T>::Repository(Database &database)
    : d(std::make_unique<Private>(database))
{
}

template<typename T>
Repository<T>::~Repository() = default;

template<typename T>
Result<> Repository<T>::insert(const T &item)
{
    // Built only when something fails: translating per row is measurable in a bulk load.
    const auto action = [] { return RepositoryMessages::tr("saving %1").arg(ResourceTraits<T>::noun()); };
    if (item.uuid.isNull())
        return Error{RepositoryMessages::tr("Cannot save %1 without an id.").arg(ResourceTraits<T>::noun()), {}};
    const QStringList &columns = columnNames<T>();
    QSqlQuery *query = d->insert.get([&columns]() -> QString {
        return QLatin1String("INSERT INTO ") % Private::table() % QLatin1String(" (") %
               columns.join(QLatin1String(", ")) % QLatin1String(") VALUES (?") %
               QString(QStringLiteral(", ?")).repeated(columns.size() - 1) % QLatin1Char(')');
    });
    if (!query)
        return StorageError::fromSql(d->insert.error(), action());

    d->values.clear();
    codec::ValueWriter writer(d->values);
    ResourceTraits<T>::fields(writer, item);
    for (int i = 0; i < d->values.size(); ++i)
        query->bindValue(i, d->values.at(i));

    if constexpr (std::is_same_v<T, InterneTaak>) {
        return d->atomically([&]() -> Result<> {
            if (!query->exec())
                return d->failure(query->lastError(), item, action());
            return d->writeLinks(item, false);
        });
    } else {
        if (!query->exec())
            return d->failure(query->lastError(), item, action());
        return {};
    }
}

template<typename T>
Result<> Repository<T>::update(const T &item)
{
    const QString action = RepositoryMessages::tr("saving %1").arg(ResourceTraits<T>::noun());
    const QStringList &columns = columnNames<T>();
    QSqlQuery *query = d->update.get([&] {
        QString sql = QLatin1String("UPDATE ") % Private::table() % QLatin1String(" SET ");
        for (qsizetype i = 1; i < columns.size(); ++i)
            sql += (i > 1 ? QLatin1String(", ") : QLatin1String("")) % columns.at(i) % QLatin1String(" = ?");
        return QString(sql % QLatin1String(" WHERE uuid = ?"));
    }());
    if (!query)
        return StorageError::fromSql(d->update.error(), action);

    d->values.clear();
    codec::ValueWriter writer(d->values);
    ResourceTraits<T>::fields(writer, item);
    for (int i = 1; i < d->values.size(); ++i)
        query->bindValue(i - 1, d->values.at(i));
    query->bindValue(int(d->values.size()) - 1, d->values.at(0));

    auto run = [&]() -> Result<> {
        if (!query->exec())
            return d->failure(query->lastError(), item, action);
        if (query->numRowsAffected() == 0) {
            return Error{RepositoryMessages::tr("Cannot save %1: it no longer exists (id %2).")
                             .arg(ResourceTraits<T>::noun(), codec::uuidText(item.uuid)),
                         {}};
        }
        if constexpr (std::is_same_v<T, InterneTaak>)
            return d->writeLinks(item, true);
        return {};
    };
    if constexpr (std::is_same_v<T, InterneTaak>)
        return d->atomically(run);
    else
        return run();
}

template<typename T>
Result<> Repository<T>::remove(const QUuid &uuid)
{
    const QString action = RepositoryMessages::tr("deleting %1").arg(ResourceTraits<T>::noun());
    const QString id = codec::uuidText(uuid);
    if constexpr (std::is_same_v<T, PartijIdentificator>) {
        // PROTECT in Open Klant: refuse now with a clear message rather than fail at commit.
        QSqlQuery *children = d->childCount.get(
            QStringLiteral("SELECT count(*) FROM partij_identificator WHERE sub_identificator_van = ?"));
        if (!children)
            return StorageError::fromSql(d->childCount.error(), action);
        children->bindValue(0, id);
        if (!children->exec() || !children->next())
            return StorageError::fromSql(children->lastError(), action);
        const int count = children->value(0).toInt();
        children->finish();
        if (count > 0) {
            return Error{RepositoryMessages::tr(
                             "This identificator cannot be deleted: %n branch number(s) belong to it.", nullptr, count),
                         {}};
        }
    }
    QSqlQuery *query =
        d->remove.get(QLatin1String("DELETE FROM ") % Private::table() % QLatin1String(" WHERE uuid = ?"));
    if (!query)
        return StorageError::fromSql(d->remove.error(), action);
    query->bindValue(0, id);
    if (!query->exec())
        return StorageError::fromSql(query->lastError(), action);
    if (query->numRowsAffected() == 0) {
        return Error{
            RepositoryMessages::tr("Cannot delete %1: it does not exist (id %2).").arg(ResourceTraits<T>::noun(), id),
            {}};
    }
    return {};
}

template<typename T>
std::optional<T> Repository<T>::find(const QUuid &uuid) const
{
    QSqlQuery *query = d->find.get(selectSql<T>() % QLatin1String(" WHERE uuid = ?"));
    if (!query) {
        qWarning("kcc::storage: %s", qPrintable(d->find.error().text()));
        return std::nullopt;
    }
    query->bindValue(0, codec::uuidText(uuid));
    std::optional<T> item;
    if (query->exec() && query->next())
        item = readRow<T>(*query);
    else if (query->lastError().isValid())
        qWarning("kcc::storage: %s", qPrintable(query->lastError().text()));
    // Releases the statement so that a later COMMIT or ROLLBACK does not see it as pending.
    query->finish();
    if constexpr (std::is_same_v<T, InterneTaak>) {
        if (item)
            item->toegewezenAanActoren = d->readLinks(item->uuid);
    }
    return item;
}

template<typename T>
qint64 Repository<T>::count() const
{
    QSqlQuery query(d->database.connection());
    if (!query.exec(QLatin1String("SELECT count(*) FROM ") % Private::table()) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

template<typename T>
Result<> Repository<T>::forEach(const std::function<void(const T &)> &visit) const
{
    const QString action = RepositoryMessages::tr("reading %1").arg(ResourceTraits<T>::noun());
    // A query of its own: visit() may use this repository (find, update) while we iterate.
    QSqlQuery query(d->database.connection());
    Sql::streamRows(query);
    if (!query.exec(selectSql<T>() % QLatin1String(" ORDER BY rowid")))
        return StorageError::fromSql(query.lastError(), action);
    while (query.next()) {
        std::optional<T> item = readRow<T>(query);
        if (!item)
            return Error{RepositoryMessages::tr("A stored record in %1 could not be read.").arg(Private::table()), {}};
        if constexpr (std::is_same_v<T, InterneTaak>)
            item->toegewezenAanActoren = d->readLinks(item->uuid);
        visit(*item);
    }
    if (query.lastError().isValid())
        return StorageError::fromSql(query.lastError(), action);
    return {};
}

} // namespace kcc::storage
