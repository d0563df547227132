#pragma once

#include "storage/db/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kcc::test {

// A fresh SQLite database in its own temporary directory, opened through Database::open (so with
// the real pragmas and schema). Make one per test function; the directory goes with it.
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
    // The database file, e.g. for a second Database::open on the same file.
    QString path() const { return m_path; }
    QString directory() const { return m_dir.path(); }

    // Closes the connection (e.g. to copy or corrupt the file) and opens it again.
    void close();
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace kcc::test
