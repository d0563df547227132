#include "storage/exchange/exporter.h"

#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/db/privatefiles.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"
#include "storage/resources/repository.h"
#include "storage/resources/resourcetraits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace kcc::storage {
namespace {

// The table of each resource, from the storage contract itself.
template<typename T>
QString tableOf()
{
    return QLatin1String(ResourceTraits<T>::table());
}

// The children of every parent row, sorted by the parent's rowid and then the child's rowid:
// consumed in step with Repository<Parent>::forEach (which visits parents in rowid order), so one
// query per relation replaces one query per parent. take() only hands out rows whose parent is
// the one asked for, and exhausted() after the loop proves that every row found its parent.
class ChildCursor
{
public:
    // SELECT c.<parentColumn>, c.<childColumn> FROM <childTable> c JOIN <parentTable> p ...
    ChildCursor(const QSqlDatabase &connection, const QString &childTable, const QString &parentColumn,
                const QString &parentTable, const QString &childColumn = QStringLiteral("uuid"))
        : m_query(connection)
    {
        Sql::streamRows(m_query);
        const QString sql = QLatin1String("SELECT c.") % parentColumn % QLatin1String(", c.") % childColumn %
                            QLatin1String(" FROM ") % childTable % QLatin1String(" c JOIN ") % parentTable %
                            QLatin1String(" p ON p.uuid = c.") % parentColumn %
                            QLatin1String(" ORDER BY p.rowid, c.rowid");
        if (!m_query.exec(sql)) {
            m_failed = true;
            return;
        }
        advance();
    }

    QList<QUuid> take(const QUuid &parent)
    {
        QList<QUuid> children;
        const QString key = parent.toString(QUuid::WithoutBraces);
        while (m_valid && m_parent == key) {
            children.append(QUuid::fromString(m_child));
            advance();
        }
        return children;
    }

    bool failed() const { return m_failed; }
    bool exhausted() const { return !m_valid; }
    QSqlError error() const { return m_query.lastError(); }

private:
    void advance()
    {
        m_valid = m_query.next();
        if (m_valid) {
            m_parent = m_query.value(0).toString();
            m_child = m_query.value(1).toString();
        } else if (m_query.lastError().isValid()) {
            m_failed = true;
        }
    }

    QSqlQuery m_query;
    bool m_valid = false;
    bool m_failed = false;
    QString m_parent;
    QString m_child;
};

// One export file: "[", one compact object per line, "]". Deterministic: QJsonObject writes its
// keys sorted.
class JsonArrayFile
{
public:
    explicit JsonArrayFile(const QString &path)
        : m_file(path)
    {
    }

    // Owner-only whatever the umask: for a new file QSaveFile would use 0666 minus the umask, for an
    // existing one that file's mode.
    bool open()
    {
        return m_file.open(QIODevice::WriteOnly) &&
               m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void append(const QJsonObject &object)
    {
        m_file.write(m_count == 0 ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n"));
        m_file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        ++m_count;
    }

    void finish() { m_file.write(m_count == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n")); }

    qint64 count() const { return m_count; }
    QSaveFile &file() { return m_file; }

private:
    QSaveFile m_file;
    qint64 m_count = 0;
};

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Exporter)
};

Error cursorError(const ChildCursor &cursor, const QString &what)
{
    if (cursor.failed())
        return StorageError::fromSql(cursor.error(), Messages::tr("reading %1").arg(what));
    // Cannot happen while forEach visits in rowid order; refuse rather than write wrong lists.
    return Error{Messages::tr("The export of %1 was stopped: the related records could not be matched to their "
                              "owners. Nothing was written.")
                     .arg(what),
                 {}};
}

// Refuses to export into a folder where someone else could put a file or link of their own, or
// where one of the export names is anything but a regular file: QSaveFile follows a symbolic link
// and would replace its target (issue 11, finding 3). With the folder writable by its owner only,
// nothing can appear between this check and the writes.
Result<> checkExportFolder(const QDir &dir, const QStringList &names)
{
    const QString folder = QDir::toNativeSeparators(dir.path());
    struct stat status;
    if (::stat(QFile::encodeName(dir.path()).constData(), &status) != 0 || !S_ISDIR(status.st_mode))
        return Error{Messages::tr("The export folder %1 is not a folder. Nothing was written.").arg(folder), {}};
    if (status.st_uid != ::geteuid() || (status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Error{Messages::tr("The export folder %1 can be changed by other users, who could redirect the "
                                  "files. Choose a folder that only you can write to. Nothing was written.")
                         .arg(folder),
                     {}};
    }
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
            const int error = errno;
            if (error == ENOENT)
                continue;
            return Error{Messages::tr("Could not check %1: %2. Nothing was written.")
                             .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))),
                         {}};
        }
        if (S_ISLNK(status.st_mode)) {
            return Error{Messages::tr("%1 is a symbolic link. The export writes only files of its own and does not "
                                      "follow links; remove it or choose another folder. Nothing was written.")
                             .arg(QDir::toNativeSeparators(path)),
                         {}};
        }
        if (!S_ISREG(status.st_mode)) {
            return Error{Messages::tr("%1 is not a regular file; remove it or choose another folder. Nothing was "
                                      "written.")
                             .arg(QDir::toNativeSeparators(path)),
                         {}};
        }
    }
    return {};
}

// Runs forEach over one resource into `file`, checking the cursors afterwards.
template<typename T, typename Visit>
Result<> exportAll(Database &database, JsonArrayFile &file, const QList<ChildCursor *> &cursors, Visit visit)
{
    for (ChildCursor *cursor : cursors) {
        if (cursor->failed())
            return cursorError(*cursor, tableOf<T>());
    }
    Repository<T> repository(database);
    const Result<> visited = repository.forEach([&](const T &item) { file.append(visit(item)); });
    if (!visited)
        return visited;
    for (ChildCursor *cursor : cursors) {
        if (cursor->failed() || !cursor->exhausted())
            return cursorError(*cursor, tableOf<T>());
    }
    file.finish();
    return {};
}

// The twelve files of one export, in the order of Exporter::exportFileNames(), from the database
// as it is (the caller holds the read transaction). Partijen, klantcontacten and betrokkenen carry
// their reverse relations, read along with them from sorted cursors.
class ExportRun
{
public:
    ExportRun(Database &database, const ApiJson &api, const std::vector<std::unique_ptr<JsonArrayFile>> &files)
        : m_database(database)
        , m_connection(database.connection())
        , m_api(api)
        , m_files(files)
    {
    }

    Result<> run()
    {
        if (Result<> done = partijen(); !done)
            return done;
        if (Result<> done = plain<PartijIdentificator>(1); !done)
            return done;
        if (Result<> done = plain<DigitaalAdres>(2); !done)
            return done;
        if (Result<> done = plain<Rekeningnummer>(3); !done)
            return done;
        if (Result<> done = plain<Vertegenwoordiging>(4); !done)
            return done;
        if (Result<> done = klantcontacten(); !done)
            return done;
        if (Result<> done = betrokkenen(); !done)
            return done;
        if (Result<> done = plain<Onderwerpobject>(7); !done)
            return done;
        if (Result<> done = plain<Bijlage>(8); !done)
            return done;
        if (Result<> done = plain<Actor>(9); !done)
            return done;
        if (Result<> done = plain<ActorKlantcontact>(10); !done)
            return done;
        return plain<InterneTaak>(11);
    }

private:
    // A resource without reverse relations into file `index`.
    template<typename T>
    Result<> plain(qsizetype index)
    {
        return exportAll<T>(m_database, *m_files[index], {}, [&](const auto &item) { return m_api.toJson(item); });
    }

    Result<> partijen()
    {
        const QString partij = tableOf<Partij>();
        ChildCursor identificatoren(m_connection, tableOf<PartijIdentificator>(),
                                    QStringLiteral("identificeerde_partij"), partij);
        ChildCursor adressen(m_connection, tableOf<DigitaalAdres>(), QStringLiteral("verstrekt_door_partij"), partij);
        ChildCursor rekeningnummers(m_connection, tableOf<Rekeningnummer>(), QStringLiteral("partij"), partij);
        ChildCursor betrokkenen(m_connection, tableOf<Betrokkene>(), QStringLiteral("was_partij"), partij);
        ChildCursor vertegenwoordigden(m_connection, tableOf<Vertegenwoordiging>(),
                                       QStringLiteral("vertegenwoordigende_partij"), partij,
                                       QStringLiteral("vertegenwoordigde_partij"));
        Repository<PartijIdentificator> identificatorRepository(m_database);
        bool identificatorMissing = false;
        const Result<> done = exportAll<Partij>(
            m_database, *m_files[0], {&identificatoren, &adressen, &rekeningnummers, &betrokkenen, &vertegenwoordigden},
            [&](const Partij &item) {
                PartijRelaties relaties;
                for (const QUuid &uuid : identificatoren.take(item.uuid)) {
                    if (std::optional<PartijIdentificator> found = identificatorRepository.find(uuid))
                        relaties.partijIdentificatoren.append(*found);
                    else
                        identificatorMissing = true;
                }
                relaties.digitaleAdressen = adressen.take(item.uuid);
                relaties.rekeningnummers = rekeningnummers.take(item.uuid);
                relaties.betrokkenen = betrokkenen.take(item.uuid);
                relaties.vertegenwoordigden = vertegenwoordigden.take(item.uuid);
                return m_api.toJson(item, relaties);
            });
        if (!done)
            return done;
        if (identificatorMissing)
            return Error{Messages::tr("A partij identificator could not be read. Nothing was written."), {}};
        return {};
    }

    Result<> klantcontacten()
    {
        const QString klantcontact = tableOf<Klantcontact>();
        ChildCursor onderwerpobjecten(m_connection, tableOf<Onderwerpobject>(), QStringLiteral("klantcontact"),
                                      klantcontact);
        ChildCursor actoren(m_connection, tableOf<ActorKlantcontact>(), QStringLiteral("klantcontact"), klantcontact,
                            QStringLiteral("actor"));
        ChildCursor bijlagen(m_connection, tableOf<Bijlage>(), QStringLiteral("was_bijlage_van_klantcontact"),
                             klantcontact);
        ChildCursor betrokkenen(m_connection, tableOf<Betrokkene>(), QStringLiteral("had_klantcontact"), klantcontact);
        ChildCursor taken(m_connection, tableOf<InterneTaak>(), QStringLiteral("aanleidinggevend_klantcontact"),
                          klantcontact);
        // Actors are few (the municipality's staff and teams) and repeat in every contact.
        Repository<Actor> actorRepository(m_database);
        QHash<QUuid, Actor> actorCache;
        bool actorMissing = false;
        const Result<> done = exportAll<Klantcontact>(
            m_database, *m_files[5], {&onderwerpobjecten, &actoren, &bijlagen, &betrokkenen, &taken},
            [&](const Klantcontact &item) {
                KlantcontactRelaties relaties;
                relaties.gingOverOnderwerpobjecten = onderwerpobjecten.take(item.uuid);
                for (const QUuid &uuid : actoren.take(item.uuid)) {
                    auto it = actorCache.constFind(uuid);
                    if (it == actorCache.constEnd()) {
                        const std::optional<Actor> found = actorRepository.find(uuid);
                        if (!found) {
                            actorMissing = true;
                            continue;
                        }
                        it = actorCache.insert(uuid, *found);
                    }
                    relaties.hadBetrokkenActoren.append(*it);
                }
                relaties.omvatteBijlagen = bijlagen.take(item.uuid);
                relaties.hadBetrokkenen = betrokkenen.take(item.uuid);
                relaties.leiddeTotInterneTaken = taken.take(item.uuid);
                return m_api.toJson(item, relaties);
            });
        if (!done)
            return done;
        if (actorMissing)
            return Error{Messages::tr("An actor of a klantcontact could not be read. Nothing was written."), {}};
        return {};
    }

    Result<> betrokkenen()
    {
        ChildCursor adressen(m_connection, tableOf<DigitaalAdres>(), QStringLiteral("verstrekt_door_betrokkene"),
                             tableOf<Betrokkene>());
        return exportAll<Betrokkene>(m_database, *m_files[6], {&adressen}, [&](const Betrokkene &item) {
            return m_api.toJson(item, BetrokkeneRelaties{adressen.take(item.uuid)});
        });
    }

    Database &m_database;
    const QSqlDatabase m_connection;
    const ApiJson &m_api;
    const std::vector<std::unique_ptr<JsonArrayFile>> &m_files;
};

} // namespace

qint64 ExportReport::total() const
{
    qint64 sum = 0;
    for (const auto &[file, count] : counts)
        sum += count;
    return sum;
}

QStringList Exporter::exportFileNames()
{
    return {
        QStringLiteral("partijen.json"),
        QStringLiteral("partij-identificatoren.json"),
        QStringLiteral("digitaleadressen.json"),
        QStringLiteral("rekeningnummers.json"),
        QStringLiteral("vertegenwoordigingen.json"),
        QStringLiteral("klantcontacten.json"),
        QStringLiteral("betrokkenen.json"),
        QStringLiteral("onderwerpobjecten.json"),
        QStringLiteral("bijlagen.json"),
        QStringLiteral("actoren.json"),
        QStringLiteral("actorklantcontacten.json"),
        QStringLiteral("internetaken.json"),
    };
}

Exporter::Exporter(Database &database, QUrl baseUrl)
    : m_database(database)
    , m_baseUrl(std::move(baseUrl))
{
}

Result<ExportReport> Exporter::exportTo(const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    if (Result<> made = PrivateFiles::makeDirectory(directory); !made)
        return made.error();

    const QDir dir(directory);
    const QStringList names = exportFileNames();
    if (Result<> safe = checkExportFolder(dir, names); !safe)
        return safe.error();
    std::vector<std::unique_ptr<JsonArrayFile>> files;
    for (const QString &name : names) {
        files.push_back(std::make_unique<JsonArrayFile>(dir.filePath(name)));
        if (!files.back()->open()) {
            return Error{tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(dir.filePath(name)), files.back()->file().errorString()),
                         {}};
        }
    }

    const QSqlDatabase connection = m_database.connection();
    // One read transaction: all twelve files describe the same moment, also while another
    // process (the werkplek) keeps writing.
    const bool snapshot = QSqlDatabase(connection).transaction();
    const ApiJson api(m_baseUrl);
    const Result<> result = ExportRun(m_database, api, files).run();
    if (snapshot)
        QSqlDatabase(connection).rollback(); // read only: nothing to keep
    if (!result)
        return result.error(); // the QSaveFiles are discarded without touching the old files

    ExportReport report;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (files[i]->file().error() != QFileDevice::NoError) {
            return Error{tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(dir.filePath(names.at(i))), files[i]->file().errorString()),
                         {}};
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!files[i]->file().commit()) {
            return Error{tr("Could not save %1: %2")
                             .arg(QDir::toNativeSeparators(dir.filePath(names.at(i))), files[i]->file().errorString()),
                         {}};
        }
        report.counts.append({names.at(i), files[i]->count()});
    }
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace kcc::storage
