#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kcc::test {

// The PostgreSQL test server's superuser, for what only a test does: make and drop a database per
// test, make login roles, and run raw SQL as a given role to prove what the engine allows.
class PostgresAdmin
{
public:
    // Creates `name` and returns its URI (as the superuser).
    static Result<QString> createDatabase(const QString &name);
    static void dropDatabase(const QString &name);
    // The URI of `database` for `user` on the test server (the password comes from PGPASSFILE or
    // is given to Database::open).
    static QString uriFor(const QString &database, const QString &user = QStringLiteral("postgres"));
    // A raw QPSQL connection as `user` with `password` (empty: the superuser from PGPASSFILE), named
    // `connectionName`; close it with QSqlDatabase::removeDatabase.
    static QSqlDatabase connect(const QString &connectionName, const QString &database,
                                const QString &user = QStringLiteral("postgres"), const QString &password = {});
};

} // namespace kcc::test
