#include "storage/db/database.h"

#include "storage/db/migrations.h"
#include "storage/db/privatefiles.h"
#include "storage/db/sqlutil.h"
#include "storage/search/searchfunctions.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace kcc::storage {

namespace {

class DatabaseMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Database)
};

Result<> execPragma(QSqlDatabase &connection, const QString &pragma, const QString &expected = {})
{
    QSqlQuery query(connection);
    if (!query.exec(pragma)) {
        return Error{DatabaseMessages::tr("Could not configure the database (%1): %2")
                         .arg(pragma, query.lastError().databaseText()),
                     {}};
    }
    if (!expected.isEmpty()) {
        const QString actual = query.next() ? query.value(0).toString() : QString();
        if (actual.compare(expected, Qt::CaseInsensitive) != 0) {
            return Error{DatabaseMessages::tr("Could not configure the database (%1): the result was \"%2\".")
                             .arg(pragma, actual),
                         {}};
        }
    }
    return {};
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why this user cannot write the database at `info` (empty when it can): SQLite needs to write
// the file and, in WAL mode, its -wal and -shm next to it, which it creates (and removes on the
// last close) in the file's folder.
QString writeBlocker(const QFileInfo &info)
{
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    if (::access(file.constData(), W_OK) != 0)
        return DatabaseMessages::tr("the file is not writable for this user (%1)").arg(systemError(errno));
    bool companionMissing = false;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray companion = file + suffix;
        if (::access(companion.constData(), F_OK) != 0) {
            companionMissing = true;
        } else if (::access(companion.constData(), W_OK) != 0) {
            return DatabaseMessages::tr("%1 is not writable for this user (%2)")
                .arg(QFile::decodeName(companion), systemError(errno));
        }
    }
    if (companionMissing && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
        return DatabaseMessages::tr("its folder %1 is not writable for this user (%2)")
            .arg(info.absolutePath(), systemError(errno));
    }
    return {};
}

// A WAL file with content: the newest changes are there, so the main file alone is not the database.
bool hasPendingWal(const QString &absolutePath)
{
    const QFileInfo wal(absolutePath + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

} // namespace

Database::Database(QSqlDatabase connection, DatabaseAddress address)
    : m_connection(std::move(connection))
    , m_address(std::move(address))
{
}

Database::~Database()
{
    Sql::closeConnection(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString &pathOrUri, Migration migration, Access access,
                                                 const QString &password)
{
    Result<DatabaseAddress> address = DatabaseAddress::parse(pathOrUri);
    if (!address)
        return address.error();
    if (address.value().engine == Engine::PostgreSQL) {
        Result<std::unique_ptr<Database>> opened = openPostgres(address.value(), migration, access, password);
        if (opened)
            opened.value()->m_password = password;
        return opened;
    }
    return openSqlite(address.value(), migration, access);
}

Result<std::unique_ptr<Database>> Database::openAnother(Migration migration) const
{
    return open(m_address.toString(), migration, isReadOnly() ? Access::ReadOnly : Access::ReadWrite, m_password);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const DatabaseAddress &address, Migration migration,
                                                       Access access)
{
    const QFileInfo info(address.filePath);
    const QString absolutePath = info.absoluteFilePath();
    QString readOnlyReason = info.exists() ? writeBlocker(info) : QString();
    if (!readOnlyReason.isEmpty() && access == Access::ReadWrite) {
        return Error{DatabaseMessages::tr("The database %1 cannot be written: %2. Nothing can be saved; ask the "
                                          "administrator for write access. Commands that only read (check, export, "
                                          "search) still work.")
                         .arg(absolutePath, readOnlyReason),
                     {}};
    }
    if (readOnlyReason.isEmpty() && access == Access::ReadOnly)
        readOnlyReason = DatabaseMessages::tr("it was opened for reading only");
    const bool readOnly = !readOnlyReason.isEmpty();
    // The file holds personal data: created 0600 by us rather than 0644 by SQLite under the usual
    // umask; SQLite gives its -wal and -shm files the mode of the database file. Files an older
    // version left readable for others are tightened. A file opened for reading is left as it is.
    QStringList warnings;
    if (readOnly) {
        if (!info.exists())
            return Error{DatabaseMessages::tr("The database %1 does not exist.").arg(absolutePath), {}};
    } else if (Result<> made = PrivateFiles::makeDirectory(info.absolutePath()); !made) {
        return made.error();
    } else if (!info.exists()) {
        if (!info.isSymLink()) { // a dangling link is the user's own choice: SQLite creates its target
            // Another program may have created it a moment ago; that is fine.
            if (Result<> created = PrivateFiles::createFile(absolutePath); !created && !QFileInfo::exists(absolutePath))
                return created.error();
        }
    } else {
        // SQLite keeps the -wal and -shm next to the file a link points to.
        const QString real = info.canonicalFilePath();
        for (const QLatin1String suffix :
             {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
            const QString file = real + suffix;
            if (!QFileInfo::exists(file))
                continue;
            if (Result<> restricted = PrivateFiles::restrict(file); !restricted)
                warnings << restricted.error().message;
        }
    }

    static QAtomicInt counter;
    const QString name = QStringLiteral("kcc-storage-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);

    auto fail = [&](const QString &message) -> Result<std::unique_ptr<Database>> {
        Sql::closeConnection(connection);
        return Error{message, {}};
    };
    // `immutable`: SQLite reads the main file only, without locks and without the -shm.
    auto connect = [&](bool immutable) -> Result<> {
        connection.close();
        // A second program (kccctl, another window) may hold the write lock for a moment.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (immutable) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            QUrl uri = QUrl::fromLocalFile(absolutePath);
            uri.setQuery(QStringLiteral("immutable=1"));
            connection.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        } else {
            connection.setDatabaseName(absolutePath);
        }
        connection.setConnectOptions(options);
        if (!connection.open()) {
            return Error{DatabaseMessages::tr("Could not open the database %1: %2")
                             .arg(absolutePath, connection.lastError().text()),
                         {}};
        }
        // Before any migration: the search triggers of schema version 5 call these functions.
        return SearchFunctions::install(connection);
    };

    if (Result<> connected = connect(false); !connected)
        return fail(connected.error().message);
    // Read the version before anything that writes: journal_mode=WAL changes the file header, and
    // a file from a newer program must stay exactly as it is.
    Result<int> version = Migrations::userVersion(connection);
    if (!version && readOnly && !hasPendingWal(absolutePath)) {
        // A WAL-mode file is read through its -shm, which SQLite must create when it is absent and
        // cannot in a folder this user may not write. With no changes waiting in a -wal the main
        // file is the whole database: read it as immutable, which needs no -shm.
        if (Result<> connected = connect(true); !connected)
            return fail(connected.error().message);
        version = Migrations::userVersion(connection);
    }
    if (!version && readOnly && hasPendingWal(absolutePath)) {
        return fail(DatabaseMessages::tr("The database %1 cannot be read by this user: its newest changes are still in "
                                         "%1-wal, which SQLite can only read for a user who can write there (%2). Ask "
                                         "the administrator to open it once with write access (for example with "
                                         "kccctl check), then try again.")
                        .arg(absolutePath, readOnlyReason));
    }
    if (!version) {
        return fail(DatabaseMessages::tr("Could not read the database %1 (is it a KCC Werkplek database?): %2")
                        .arg(absolutePath, version.error().message));
    }
    const int current = currentSchemaVersion();
    if (version.value() > current) {
        return fail(DatabaseMessages::tr("The database %1 was made by a newer version of KCC Werkplek (schema version "
                                         "%2; this program knows up to version %3). Please update the program. The "
                                         "file was not changed.")
                        .arg(absolutePath, QString::number(version.value()), QString::number(current)));
    }
    if (!readOnlyReason.isEmpty() && version.value() != current) {
        return fail(DatabaseMessages::tr("The database %1 has schema version %2 and needs an upgrade to version %3, "
                                         "but it cannot be written: %4. The file was not changed.")
                        .arg(absolutePath, QString::number(version.value()), QString::number(current), readOnlyReason));
    }
    if (migration == Migration::Refuse && version.value() != current) {
        return fail(DatabaseMessages::tr("The database %1 has schema version %2 and needs an upgrade to version %3, "
                                         "which was not allowed here. The file was not changed.")
                        .arg(absolutePath, QString::number(version.value()), QString::number(current)));
    }

    const std::pair<QString, QString> pragmas[] = {
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QString()},
        {QStringLiteral("PRAGMA synchronous = FULL"), QString()},
        // 64 MiB page cache (the default is 2 MiB): a bulk load into the random-order uuid
        // primary keys otherwise spills pages to the WAL long before COMMIT.
        {QStringLiteral("PRAGMA cache_size = -65536"), QString()},
    };
    for (const auto &[pragma, expected] : pragmas) {
        // A read-only file keeps the journal mode it has (switching to WAL writes the header).
        if (!readOnlyReason.isEmpty() && pragma.contains(QLatin1String("journal_mode")))
            continue;
        if (Result<> set = execPragma(connection, pragma, expected); !set)
            return fail(set.error().message);
    }

    if (version.value() < current) {
        if (Result<> migrated = Migrations::migrate(connection, absolutePath, version.value(), Migrations::steps());
            !migrated) {
            return fail(migrated.error().message);
        }
    }

    DatabaseAddress opened = address;
    opened.filePath = absolutePath;
    auto database = std::unique_ptr<Database>(new Database(connection, opened));
    database->m_warnings = warnings;
    database->m_readOnlyReason = readOnlyReason;
    return database;
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QString Database::path() const
{
    return m_address.toString();
}

QStringList Database::warnings() const
{
    return m_warnings;
}

int Database::schemaVersion() const
{
    QSqlDatabase connection = m_connection;
    Result<int> version = Migrations::userVersion(connection);
    return version ? version.value() : -1;
}

int Database::currentSchemaVersion()
{
    return Migrations::currentVersion();
}

} // namespace kcc::storage
