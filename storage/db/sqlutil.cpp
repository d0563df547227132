#include "storage/db/sqlutil.h"

#include "storage/db/storageerror.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace kcc::storage {

Result<> Sql::exec(const QSqlDatabase &connection, const QString &statement, const QString &what)
{
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return error(what, query.lastError());
    return {};
}

Result<QVariant> Sql::scalar(const QSqlDatabase &connection, const QString &statement, const QString &what)
{
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return error(what, query.lastError());
    if (!query.next())
        return Error{tr("Could not %1: the database returned no value.").arg(what), {}};
    return query.value(0);
}

Error Sql::error(const QString &what, const QSqlError &error)
{
    if (isBusy(error))
        return Error{tr("Could not %1: the database is busy with another program; please try again.").arg(what), {}};
    //: %1 is what was being done ("create the schema"), %2 the database's own message
    return Error{tr("Could not %1: %2").arg(what, text(error)), {}};
}

QString Sql::text(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

void Sql::streamRows(QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    query.setForwardOnly(!(driver && driver->dbmsType() == QSqlDriver::PostgreSQL));
}

void Sql::closeConnection(QSqlDatabase &connection)
{
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Sql::isBusy(const QSqlError &error)
{
    return StorageError::isBusy(error);
}

} // namespace kcc::storage
