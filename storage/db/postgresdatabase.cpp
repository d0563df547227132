// Database::openPostgres: the KCC's shared PostgreSQL server (Qt's QPSQL driver over libpq).
#include "storage/db/database.h"

#include "storage/db/migrations.h"
#include "storage/db/sqldialect.h"
#include "storage/db/sqlutil.h"
#include "storage/db/storageerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kcc::storage {

namespace {

class PostgresMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Database)
};

QString problemText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

bool isRefusedLogin(const QSqlError &error)
{
    return problemText(error).contains(QLatin1String("password authentication failed"));
}

bool isUnreachable(const QSqlError &error)
{
    const QString text = problemText(error);
    return text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("timeout expired")) ||
           text.contains(QLatin1String("could not translate host name")) ||
           text.contains(QLatin1String("No such file or directory")) ||
           text.contains(QLatin1String("the database system is starting up")) ||
           text.contains(QLatin1String("the database system is shutting down")) ||
           text.contains(QLatin1String("the database system is not yet accepting connections")) ||
           text.contains(QLatin1String("the database system is in recovery mode")) ||
           text.contains(QLatin1String("No route to host")) || text.contains(QLatin1String("Network is unreachable")) ||
           text.contains(QLatin1String("server closed the connection unexpectedly"));
}

// libpq's message in the user's words where we know the case; its own text otherwise.
QString connectionProblem(const QSqlError &error)
{
    const QString text = problemText(error);
    if (isRefusedLogin(error))
        return PostgresMessages::tr("the user name or password was not accepted");
    if (text.contains(QLatin1String("no password supplied")))
        return PostgresMessages::tr("the server asks for a password, and none was given or found in PGPASSFILE "
                                    "or ~/.pgpass");
    if (isUnreachable(error))
        return PostgresMessages::tr("the server cannot be reached (%1)").arg(text.trimmed());
    if (text.contains(QLatin1String("does not exist")))
        return PostgresMessages::tr("%1; ask the administrator to create it (kccctl init)").arg(text.trimmed());
    return text.trimmed();
}

} // namespace

Result<std::unique_ptr<Database>> Database::openPostgres(const DatabaseAddress &address, Migration migration,
                                                         Access access, const QString &password)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("kcc-storage-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    auto fail = [&](const QString &message) -> Result<std::unique_ptr<Database>> {
        Sql::closeConnection(connection);
        return Error{message, {}};
    };
    if (!connection.isValid()) {
        return fail(PostgresMessages::tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is "
                                         "missing (Debian package libqt6sql6-psql)."));
    }
    connection.setHostName(address.host);
    connection.setPort(address.port);
    connection.setDatabaseName(address.databaseName);
    if (!address.user.isEmpty())
        connection.setUserName(address.user);
    if (!password.isEmpty())
        connection.setPassword(password);
    connection.setConnectOptions(address.connectOptions());
    if (!connection.open()) {
        const QSqlError problem = connection.lastError();
        Error error{PostgresMessages::tr("Could not connect to the KCC database %1: %2.")
                        .arg(address.toString(), connectionProblem(problem)),
                    {}};
        // The server refuses a wrong password and an unknown login alike: the sign-in shows it at
        // the password. An unreachable server is worth waiting for (Error::Cause).
        if (isRefusedLogin(problem))
            error.fieldErrors << FieldError{QStringLiteral("password"), connectionProblem(problem)};
        else if (isUnreachable(problem))
            error.cause = Error::Cause::Unreachable;
        Sql::closeConnection(connection);
        return error;
    }

    if (Result<> prepared = preparePostgresSession(connection, access); !prepared)
        return fail(prepared.error().message);
    const QString readOnlyReason =
        access == Access::ReadOnly ? PostgresMessages::tr("it was opened for reading only") : QString();

    Result<int> version = Migrations::userVersion(connection);
    if (!version) {
        return fail(PostgresMessages::tr("Could not read the database %1 (is it a KCC Werkplek database?): %2")
                        .arg(address.toString(), version.error().message));
    }
    const int current = currentSchemaVersion();
    if (version.value() > current) {
        return fail(PostgresMessages::tr("The database %1 was made by a newer version of KCC Werkplek (schema version "
                                         "%2; this program knows up to version %3). Please update the program. The "
                                         "database was not changed.")
                        .arg(address.toString(), QString::number(version.value()), QString::number(current)));
    }
    if (version.value() < current) {
        if (migration == Migration::Refuse || access == Access::ReadOnly) {
            return fail(PostgresMessages::tr("The database %1 has schema version %2 and needs an upgrade to version "
                                             "%3, which was not allowed here. The database was not changed.")
                            .arg(address.toString(), QString::number(version.value()), QString::number(current)));
        }
        Result<> migrated = Migrations::migrate(connection, address.toString(), version.value(), Migrations::steps());
        if (!migrated)
            return fail(migrated.error().message);
    }

    auto database = std::unique_ptr<Database>(new Database(connection, address));
    database->m_readOnlyReason = readOnlyReason;
    return database;
}

Result<> Database::preparePostgresSession(QSqlDatabase &connection, Access access)
{
    {
        // The server's NOTICEs (a policy that did not exist yet, ...) are for its log, not the user.
        QSqlQuery quiet(connection);
        quiet.exec(QStringLiteral("SET client_min_messages TO warning"));
    }
    if (access == Access::ReadOnly) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return Error{query.lastError().text(), {}};
    }
    return {};
}

Result<> Database::reconnect()
{
    if (engine() != Engine::PostgreSQL)
        return {};
    // The same named connection with the same host, login, password and options: whoever asks
    // connection() next gets the new session.
    m_connection.close();
    if (!m_connection.open()) {
        const QSqlError problem = m_connection.lastError();
        Error error{PostgresMessages::tr("Could not connect to the KCC database %1: %2.")
                        .arg(m_address.toString(), connectionProblem(problem)),
                    {}};
        if (isUnreachable(problem))
            error.cause = Error::Cause::Unreachable;
        m_connection.close();
        return error;
    }
    ++m_generation;
    if (Result<> prepared = preparePostgresSession(m_connection, isReadOnly() ? Access::ReadOnly : Access::ReadWrite);
        !prepared) {
        m_connection.close();
        return prepared;
    }
    return {};
}

Result<> Database::ensureConnected()
{
    if (engine() != Engine::PostgreSQL)
        return {};
    if (m_connection.isOpen()) {
        QSqlQuery ping(m_connection);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return {};
        if (!StorageError::isConnectionLost(ping.lastError()))
            return StorageError::fromSql(ping.lastError());
    }
    return reconnect();
}

} // namespace kcc::storage
