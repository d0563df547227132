#include "database.h"

#include "migrations.h"
#include "privatefiles.h"
#include "searchfunctions.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

namespace {

class DatabaseMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Database)
};

// Closes and unregisters a connection; the handle must be the last copy, or Qt warns that the
// connection is still in use.
void closeConnection(QSqlDatabase &connection)
{
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

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

} // namespace

Database::Database(QSqlDatabase connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    closeConnection(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Migration migration)
{
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    if (Result<> made = PrivateFiles::makeDirectory(info.absolutePath()); !made)
        return made.error();
    // The file holds personal data: created 0600 by us rather than 0644 by SQLite under the usual
    // umask; SQLite gives its -wal and -shm files the mode of the database file. Files an older
    // version left readable for others are tightened.
    QStringList warnings;
    if (!info.exists()) {
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
    connection.setDatabaseName(absolutePath);
    // A second program (kccctl, another window) may hold the write lock for a moment.
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));

    auto fail = [&](const QString &message) -> Result<std::unique_ptr<Database>> {
        closeConnection(connection);
        return Error{message, {}};
    };

    if (!connection.open()) {
        return fail(DatabaseMessages::tr("Could not open the database %1: %2")
                        .arg(absolutePath, connection.lastError().text()));
    }

    // Before any migration: the search triggers of schema version 5 call these functions.
    if (Result<> installed = SearchFunctions::install(connection); !installed)
        return fail(installed.error().message);

    // Read the version before anything that writes: journal_mode=WAL changes the file header, and
    // a file from a newer program must stay exactly as it is.
    Result<int> version = Migrations::userVersion(connection);
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
        if (Result<> set = execPragma(connection, pragma, expected); !set)
            return fail(set.error().message);
    }

    if (version.value() < current) {
        if (Result<> migrated = Migrations::migrate(connection, absolutePath, version.value(), Migrations::steps());
            !migrated) {
            return fail(migrated.error().message);
        }
    }

    auto database = std::unique_ptr<Database>(new Database(connection, absolutePath));
    database->m_warnings = warnings;
    return database;
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QString Database::path() const
{
    return m_path;
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
