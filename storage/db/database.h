#pragma once

#include "model/core/result.h"

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
    // ReadOnlyWhenNeeded: a file this user cannot write (a read-only file or folder, another
    // owner) is opened read-only instead of refused, as long as it needs no migration; for
    // commands that only read (check, export, search). ReadOnly: always read-only.
    enum class Access
    {
        ReadWrite,
        ReadOnlyWhenNeeded,
        ReadOnly
    };

    // Opens (creating the file 0600 and its directory 0700 when missing) and migrates. When the
    // file cannot be written and `access` does not allow reading only, the error says why.
    static Result<std::unique_ptr<Database>> open(const QString &path, Migration migration = Migration::Apply,
                                                  Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const;
    // What the caller should tell the user although the database opened, e.g. that the file is
    // readable by other users and could not be made private.
    QStringList warnings() const;
    // Opened read-only (Access::ReadWrite never gives this); readOnlyReason() says why, as a
    // clause ("the file is not writable for this user (Permission denied)"). Every write fails.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
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
    QString m_readOnlyReason;
};

} // namespace kcc::storage
