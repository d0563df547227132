#include "tests/support/postgresadmin.h"

#include "storage/db/databaseaddress.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace kcc::test {

namespace {

Result<> runAsSuperuser(const QString &statement)
{
    const QString name = QStringLiteral("kcc-test-admin");
    {
        QSqlDatabase connection = PostgresAdmin::connect(name, QStringLiteral("postgres"));
        if (!connection.isOpen())
            return Error{connection.lastError().text(), {}};
        QSqlQuery query(connection);
        if (!query.exec(statement)) {
            const QString why = query.lastError().text();
            query = QSqlQuery();
            connection.close();
            QSqlDatabase::removeDatabase(name);
            return Error{why, {}};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

} // namespace

QString PostgresAdmin::uriFor(const QString &database, const QString &user)
{
    QUrl url(TestDatabase::postgresServer());
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    return url.toString();
}

QSqlDatabase PostgresAdmin::connect(const QString &connectionName, const QString &database, const QString &user,
                                    const QString &password)
{
    const Result<storage::DatabaseAddress> address = storage::DatabaseAddress::parse(uriFor(database, user));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    connection.setHostName(address.value().host);
    connection.setPort(address.value().port);
    connection.setDatabaseName(database);
    connection.setUserName(user);
    if (!password.isEmpty())
        connection.setPassword(password);
    connection.open();
    return connection;
}

Result<QString> PostgresAdmin::createDatabase(const QString &name)
{
    // Names are ours (kcc_test_<pid>_<n>), never user input.
    if (Result<> made = runAsSuperuser(QStringLiteral("CREATE DATABASE ") + name); !made)
        return made.error();
    return uriFor(name);
}

void PostgresAdmin::dropDatabase(const QString &name)
{
    if (Result<> dropped =
            runAsSuperuser(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
        !dropped) {
        qWarning("Could not drop the test database %s: %s", qPrintable(name), qPrintable(dropped.error().message));
    }
}

} // namespace kcc::test
