#pragma once

#include "storage/db/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kcc::test {

// A fresh database opened through Database::open (so with the real pragmas and schema). Make one
// per test function; it goes with it.
//
// On SQLite (the default) it is a file in its own temporary directory. When the environment names a
// PostgreSQL test server (KCC_TEST_POSTGRES: the state directory of tools/pg-test-server.sh, as the
// *_pg tests of tests/storage/postgresql.cmake set it) it is a new database on that server, dropped
// again at the end: the same test then runs on the other engine.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // False when the directory or the database could not be made; error() says why.
    bool isValid() const { return m_database != nullptr; }
    QString error() const { return m_error; }

    storage::Database &database() { return *m_database; }
    storage::Database *operator->() { return m_database.get(); }
    // The database file (or URI on PostgreSQL), e.g. for a second Database::open.
    QString path() const { return m_path; }
    QString directory() const { return m_dir.path(); }

    // Closes the connection (e.g. to copy or corrupt the file) and opens it again.
    void close();
    bool reopen();

    // The PostgreSQL test server's superuser URI (of its `postgres` database) when the test runs on
    // PostgreSQL, else empty. Sets PGPASSFILE for libpq on first use.
    static QString postgresServer();
    static bool onPostgres() { return !postgresServer().isEmpty(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_postgresName; // the database made for this test on the server
    QString m_error;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace kcc::test
