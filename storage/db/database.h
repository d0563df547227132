#pragma once

#include "model/core/result.h"
#include "storage/db/databaseaddress.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace kcc::storage {

// One open connection to the KCC database: one desk's SQLite file, or the KCC's shared
// PostgreSQL server (DatabaseAddress). Owns a uniquely named QSqlDatabase connection; one
// Database per thread. Opening applies the SQLite pragmas (foreign_keys=ON, journal_mode=WAL,
// synchronous=FULL, busy timeout) and, unless told not to, migrates the schema to the current
// version (on SQLite a backup copy of the file first; all steps in one transaction on both).
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
    // `pathOrUri` as DatabaseAddress::parse reads it. `password` is for PostgreSQL only, when the
    // user typed it; empty means libpq finds it (PGPASSFILE, ~/.pgpass) or needs none.
    static Result<std::unique_ptr<Database>> open(const QString &pathOrUri, Migration migration = Migration::Apply,
                                                  Access access = Access::ReadWrite, const QString &password = {});
    // A second connection to the same database with the same credentials, e.g. for a thread.
    Result<std::unique_ptr<Database>> openAnother(Migration migration = Migration::Refuse) const;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The file path (SQLite) or the URI without password (PostgreSQL): for messages.
    QString path() const;
    Engine engine() const { return m_address.engine; }
    const DatabaseAddress &address() const { return m_address; }
    // What the caller should tell the user although the database opened, e.g. that the file is
    // readable by other users and could not be made private.
    QStringList warnings() const;
    // Opened read-only (Access::ReadWrite never gives this); readOnlyReason() says why, as a
    // clause ("the file is not writable for this user (Permission denied)"). Every write fails.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The schema version after open (SQLite's PRAGMA user_version, PostgreSQL's kcc_schema table).
    int schemaVersion() const;
    static int currentSchemaVersion();

    // PostgreSQL (issue 13, item 6): the server went away (restart, failover, a cut) and the
    // connection with it. reconnect() opens the same named connection again with the same login
    // (the password only in memory) and session settings; every service keeps using it, as they
    // ask connection() each time. Statements prepared on the old connection are gone with it:
    // who keeps one prepares it again when generation() changed. On SQLite both do nothing.
    Result<> reconnect();
    // A cheap round trip; when the connection turns out lost, one reconnect(). The Error's cause
    // is Unreachable when the server cannot be had now.
    Result<> ensureConnected();
    // How many times the connection was opened again: prepared statements of an older generation
    // are invalid.
    int generation() const { return m_generation; }

    // How long a statement waits for another connection's write lock before reporting "busy".
    static constexpr int busyTimeoutMilliseconds = 5000;

private:
    Database(QSqlDatabase connection, DatabaseAddress address);
    static Result<std::unique_ptr<Database>> openSqlite(const DatabaseAddress &address, Migration migration,
                                                        Access access);
    static Result<std::unique_ptr<Database>> openPostgres(const DatabaseAddress &address, Migration migration,
                                                          Access access, const QString &password);
    // What every new PostgreSQL session of this program sets (quiet notices, read-only).
    static Result<> preparePostgresSession(QSqlDatabase &connection, Access access);
    QSqlDatabase m_connection;
    DatabaseAddress m_address;
    QString m_password; // only what the user typed, in memory, for openAnother()
    QStringList m_warnings;
    QString m_readOnlyReason;
    int m_generation = 0;
};

} // namespace kcc::storage
