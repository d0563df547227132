#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace kcc::storage {

// Small helpers shared by the storage classes: run one statement, and turn a QSqlError into a
// translated Error. Internal to storage/.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Sql)

public:
    // Runs one statement that returns no rows we need; `what` says in words what was being done
    // ("creating the schema") for the error message.
    static Result<> exec(const QSqlDatabase &connection, const QString &statement, const QString &what);
    // The single value of a one-row, one-column query (PRAGMA user_version, count(*), ...).
    static Result<QVariant> scalar(const QSqlDatabase &connection, const QString &statement, const QString &what);

    // "Could not <what>: <SQLite's text>", with the busy case in plain words.
    static Error error(const QString &what, const QSqlError &error);
    // SQLite's own text for an error (databaseText, else driverText).
    static QString text(const QSqlError &error);
    static bool isBusy(const QSqlError &error);

    // Forward-only reading, where the engine allows other statements on the connection meanwhile:
    // SQLite streams rows from its page cache; Qt's PostgreSQL driver streams in libpq's
    // single-row mode, which loses the rows as soon as another statement runs on the connection
    // (a repository's forEach, the export's nested reads), so there the result is read whole.
    static void streamRows(QSqlQuery &query);

    // Closes and unregisters a connection; the handle must be the last copy, or Qt warns that the
    // connection is still in use.
    static void closeConnection(QSqlDatabase &connection);
};

} // namespace kcc::storage
