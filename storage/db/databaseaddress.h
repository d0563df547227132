#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace kcc::storage {

enum class Engine
{
    SQLite,
    PostgreSQL
};

// Where the database lives, as the user gives it in --db, KCC_DB or the settings: a file path is
// one desk's SQLite file; a URI postgresql://[user@]host[:port]/dbname[?sslmode=...] is the KCC's
// shared PostgreSQL server. A password in the URI is refused: it would end up in the shell's
// history, the process list and the settings file. libpq reads it from PGPASSFILE or ~/.pgpass,
// or the application asks for it.
struct DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::DatabaseAddress)

public:
    Engine engine = Engine::SQLite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL from here on
    int port = 5432;
    QString user; // empty: libpq's default (PGUSER, else the operating system's user name)
    QString databaseName;
    QString sslMode; // empty: libpq's default (prefer)

    static Result<DatabaseAddress> parse(const QString &pathOrUri);
    static bool looksLikeUri(const QString &pathOrUri);

    // The URI again, without a password (there never is one): for messages and for a second
    // connection to the same database.
    QString toString() const;
    // QPSQL's connect options (sslmode, connect timeout, application name).
    QString connectOptions() const;
};

} // namespace kcc::storage
