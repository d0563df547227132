#pragma once

#include "model/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace kcc::storage {

// One open connection to the KCC database (SQLite by default). Owns a uniquely named
// QSqlDatabase connection; one Database per thread. Opening applies the pragmas
// (foreign_keys=ON, journal_mode=WAL, synchronous=FULL, busy timeout) and, unless told not to,
// migrates the schema to the current version (backup copy of the file first, all steps in one
// transaction).
//
// Repositories and queries that hold prepared statements on the connection must be destroyed
// before the Database.
class Database
{
public:
    enum class Migration
    {
        Apply,
        Refuse
    };

    // Opens (creating the file 0600 and its directory 0700 when missing) and migrates.
    static Result<std::unique_ptr<Database>> open(const QString &path, Migration migration = Migration::Apply);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const;
    // What the caller should tell the user although the database opened, e.g. that the file is
    // readable by other users and could not be made private.
    QStringList warnings() const;
    // PRAGMA user_version after open.
    int schemaVersion() const;
    static int currentSchemaVersion();

    // How long a statement waits for another connection's write lock before reporting "busy".
    static constexpr int busyTimeoutMilliseconds = 5000;

private:
    Database(QSqlDatabase connection, QString path);
    QSqlDatabase m_connection;
    QString m_path;
    QStringList m_warnings;
};

} // namespace kcc::storage
