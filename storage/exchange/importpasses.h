#pragma once

// The pieces of Importer's two passes over a dump (storage/importer.cpp): where an element came
// from, the problems found, the streaming of one file, what the first pass keeps of each record
// (Kept<T>, Records<T>), the look-ups of stored values and the second pass. Private to the importer.

#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/exchange/dumpfile.h"
#include "storage/exchange/importer.h"
#include "storage/exchange/jsonarraystream.h"
#include "storage/resources/repository.h"
#include "storage/resources/resourcetraits.h"

#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>
#include <new>
#include <optional>

namespace kcc::storage::importing {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)
};

// Where an element came from: "partijen.json[3]" or "partijen.json[3].partijIdentificatoren[0]".
// Kept as numbers and spelled out only for a problem, because there is one per imported record.
struct Location
{
    const QString *file = nullptr;
    qsizetype index = 0;
    qsizetype nested = -1; // the index in partijIdentificatoren, for a nested identificator

    QString text() const
    {
        QString where = *file % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
        if (nested >= 0)
            where += QStringLiteral(".partijIdentificatoren[") % QString::number(nested) % QLatin1Char(']');
        return where;
    }
    operator QString() const { return text(); }
};

template<typename T>
struct Item
{
    T value;
    Location where;
};

// Keeps the first problems in full and counts the rest, so that a dump with a problem in every
// element does not need memory for all of them.
class Problems
{
public:
    void add(const QString &where, const QString &field, const QString &message)
    {
        ++m_count;
        if (m_errors.size() < maxKept)
            m_errors.append({field.isEmpty() ? where : where % QLatin1Char('.') % field, message});
    }
    bool isEmpty() const { return m_count == 0; }
    qsizetype count() const { return m_count; }
    const FieldErrors &errors() const { return m_errors; }
    bool mentions(const QString &where, const QString &message) const
    {
        return std::any_of(m_errors.cbegin(), m_errors.cend(),
                           [&](const FieldError &error) { return error.field == where && error.message == message; });
    }

    static constexpr qsizetype maxKept = 10000;

private:
    FieldErrors m_errors;
    qsizetype m_count = 0;
};

// The table of each resource, from the storage contract itself.
template<typename T>
QString tableOf()
{
    return QLatin1String(ResourceTraits<T>::table());
}

inline QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// One file of the import, read one element at a time: absent, refused (not a regular file, too
// large, not valid Unicode text, not JSON), or an array of objects, each parsed by `parse` and
// handed to `visit` as an Item. Returns false when the file could not be read to its end.
// `name` must outlive the items (their Location points to it).
template<typename T, typename Parse, typename Visit>
bool forEachRecord(const QDir &dir, const QString &name, Problems &problems, Parse parse, Visit visit)
{
    DumpFile file(dir.filePath(name), Importer::maxFileBytes);
    if (file.state() == DumpFile::State::Refused)
        problems.add(name, QString(), file.problem());
    if (file.state() != DumpFile::State::Open)
        return file.state() == DumpFile::State::Missing;
    JsonArrayStream stream(file, name, Importer::maxReportedProblems);
    JsonArrayElement element;
    while (stream.next(element)) {
        if (!element.problems.isEmpty()) {
            for (const FieldError &error : std::as_const(element.problems))
                problems.add(error.field, QString(), error.message);
            continue;
        }
        Result<T> parsed = parse(element.object);
        if (!parsed) {
            for (const FieldError &error : parsed.error().fieldErrors)
                problems.add(element.where, error.field, error.message);
            if (parsed.error().fieldErrors.isEmpty())
                problems.add(element.where, QString(), parsed.error().message);
            continue;
        }
        visit(Item<T>{std::move(parsed).value(), Location{&name, element.index}});
    }
    if (file.outOfMemory())
        throw std::bad_alloc(); // one clear message from importFrom rather than one per file
    if (stream.fileProblem().isEmpty())
        return true;
    if (!problems.mentions(name, stream.fileProblem()))
        problems.add(name, QString(), stream.fileProblem());
    return false;
}

// What the cross-record rules need of a record of this import. The first pass keeps this much of
// every record and the second pass looks it up; the default keeps only that the record exists.
template<typename T>
struct Kept
{
    struct Type
    {
    };
    static Type keep(const T &) { return {}; }
    static T restore(const QUuid &uuid, const Type &)
    {
        T value;
        value.uuid = uuid;
        return value;
    }
};

template<>
struct Kept<Partij>
{
    struct Type // for werkteVoorPartij: the soort, and a name for the message
    {
        SoortPartij soortPartij;
        std::optional<QString> nummer;
    };
    static Type keep(const Partij &partij) { return {partij.soortPartij, partij.nummer}; }
    static Partij restore(const QUuid &uuid, const Type &kept)
    {
        Partij partij;
        partij.uuid = uuid;
        partij.soortPartij = kept.soortPartij;
        partij.nummer = kept.nummer;
        return partij;
    }
};

template<>
struct Kept<DigitaalAdres>
{
    using Type = std::optional<QUuid>; // verstrektDoorPartij, for voorkeursDigitaalAdres
    static Type keep(const DigitaalAdres &adres) { return adres.verstrektDoorPartij; }
    static DigitaalAdres restore(const QUuid &uuid, const Type &partij)
    {
        DigitaalAdres adres;
        adres.uuid = uuid;
        adres.verstrektDoorPartij = partij;
        return adres;
    }
};

template<>
struct Kept<Rekeningnummer>
{
    using Type = std::optional<QUuid>; // partij, for voorkeursRekeningnummer
    static Type keep(const Rekeningnummer &rekening) { return rekening.partij; }
    static Rekeningnummer restore(const QUuid &uuid, const Type &partij)
    {
        Rekeningnummer rekening;
        rekening.uuid = uuid;
        rekening.partij = partij;
        return rekening;
    }
};

template<>
struct Kept<PartijIdentificator>
{
    using Type = CodeSoortObjectId; // for subIdentificatorVan: it must be a kvk_nummer
    static Type keep(const PartijIdentificator &id) { return id.codeSoortObjectId; }
    static PartijIdentificator restore(const QUuid &uuid, const Type &soort)
    {
        PartijIdentificator id;
        id.uuid = uuid;
        id.codeSoortObjectId = soort;
        return id;
    }
};

// Records of one resource: those in the import (by uuid, with what Kept<T> keeps of them) and,
// through the repository, those already in the database.
template<typename T>
class Records
{
public:
    using Value = T;

    explicit Records(Database &database)
        : m_repository(database)
    {
    }

    // First pass: remembers a record of the import; an id used twice or already stored is a problem.
    void add(const Item<T> &item, Problems &problems)
    {
        const QUuid uuid = item.value.uuid;
        if (const auto existing = m_index.constFind(uuid); existing != m_index.constEnd()) {
            problems.add(item.where, QStringLiteral("uuid"),
                         Messages::tr("The id %1 is used more than once (also at %2).")
                             .arg(uuidText(uuid), existing->where.text()));
            return;
        }
        m_index.insert(uuid, Entry{item.where, Kept<T>::keep(item.value)});
        if (m_repository.find(uuid)) {
            problems.add(item.where, QStringLiteral("uuid"),
                         Messages::tr("A record with id %1 already exists in %2 in the database.")
                             .arg(uuidText(uuid), tableOf<T>()));
        }
    }

    // nullopt when neither the import nor the database has it.
    std::optional<T> get(const QUuid &uuid)
    {
        if (const auto it = m_index.constFind(uuid); it != m_index.constEnd())
            return Kept<T>::restore(uuid, it->kept);
        if (const auto it = m_database.constFind(uuid); it != m_database.constEnd())
            return *it;
        std::optional<T> found = m_repository.find(uuid);
        m_database.insert(uuid, found);
        return found;
    }
    bool inImport(const QUuid &uuid) const { return m_index.contains(uuid); }
    // True when `item` is the record the first pass kept under its id (not a second use of the id).
    bool isKept(const Item<T> &item) const
    {
        const auto it = m_index.constFind(item.value.uuid);
        return it != m_index.constEnd() && it->where.file == item.where.file && it->where.index == item.where.index &&
               it->where.nested == item.where.nested;
    }
    qsizetype size() const { return m_index.size(); }

private:
    struct Entry
    {
        Location where;
        typename Kept<T>::Type kept;
    };
    Repository<T> m_repository;
    QHash<QUuid, Entry> m_index;
    QHash<QUuid, std::optional<T>> m_database;
};

// Prepared look-ups for the uniqueness rules against the rows already stored.
class StoredValues
{
public:
    StoredValues(Database &database, Problems &problems)
        : m_connection(database.connection())
        , m_problems(problems)
    {
    }

    // The first column of the first row of `sql`, or nullopt when there is none.
    std::optional<QString> first(const QString &sql, const QVariantList &values)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto query = std::make_unique<QSqlQuery>(m_connection);
            Sql::streamRows(*query);
            if (!query->prepare(sql)) {
                fail(query->lastError());
                return std::nullopt;
            }
            it = m_statements.emplace(sql, std::move(query)).first;
        }
        QSqlQuery &query = *it->second;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            fail(query.lastError());
            return std::nullopt;
        }
        std::optional<QString> result;
        if (query.next())
            result = query.value(0).toString();
        query.finish();
        return result;
    }

private:
    void fail(const QSqlError &error)
    {
        if (!m_failed)
            m_problems.add(QString(), QString(), StorageError::fromSql(error).message);
        m_failed = true;
    }

    QSqlDatabase m_connection;
    Problems &m_problems;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    bool m_failed = false;
};

// The second pass over the files: every record of the import again, for the rules that need the
// other records (what the first pass kept of them), and — as long as no problem has been found —
// written in the transaction that is open around this pass.
class SecondPass
{
public:
    SecondPass(Database &database, const QDir &dir, Problems &problems)
        : m_database(database)
        , m_dir(dir)
        , m_problems(problems)
        , m_firstPassClean(problems.isEmpty())
    {
    }

    // Every record of file `name`, checked by `check(item)` and then written.
    template<typename T, typename Parse, typename Check>
    void run(const QString &name, Parse parse, const Records<T> &records, Check check)
    {
        Repository<T> repository(m_database);
        qsizetype kept = 0;
        const bool complete = forEachRecord<T>(m_dir, name, elementProblems(), parse, [&](const Item<T> &item) {
            kept += records.isKept(item) ? 1 : 0;
            checkAndWrite(repository, records, item, check);
        });
        if (complete)
            expectAll(name, kept, records.size());
    }

    // One record: `check(item)`, then written while the import is clean.
    template<typename T, typename Check>
    void checkAndWrite(Repository<T> &repository, const Records<T> &records, const Item<T> &item, Check check)
    {
        // After a clean first pass every record must be the one kept then: anything else means the
        // file was changed in between.
        if (m_firstPassClean && !records.isKept(item))
            return changed(item.where);
        check(item);
        if (!m_problems.isEmpty() || m_writeError)
            return;
        if (Result<> inserted = repository.insert(item.value); !inserted)
            m_writeError = Error{Messages::tr("%1: %2").arg(item.where.text(), inserted.error().message), {}};
    }

    // After a clean first pass, a file must hold as many records as then.
    void expectAll(const QString &name, qsizetype seen, qsizetype kept)
    {
        if (m_firstPassClean && seen != kept)
            changed(name);
    }

    // Problems of single elements were reported by the first pass; after a clean one they mean a
    // changed file and are reported again.
    Problems &elementProblems() { return m_firstPassClean ? m_problems : m_repeated; }
    // The first write that failed (a database error, or a rule another writer broke meanwhile).
    const std::optional<Error> &writeError() const { return m_writeError; }

private:
    void changed(const QString &where)
    {
        m_problems.add(where, QString(),
                       Messages::tr("The file changed while it was being imported; import a dump that is not being "
                                    "written to."));
    }

    Database &m_database;
    const QDir &m_dir;
    Problems &m_problems;
    Problems m_repeated;
    bool m_firstPassClean;
    std::optional<Error> m_writeError;
};

} // namespace kcc::storage::importing
