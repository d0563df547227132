#pragma once

#include "model/core/result.h"

namespace kcc::storage {

class Database;

// RAII write transaction: the constructor issues BEGIN IMMEDIATE (see PLATFORM.md: a deferred
// BEGIN that later writes fails with "database is locked" under concurrency), the destructor
// rolls back unless commit() succeeded. One user action = one WriteTransaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when BEGIN IMMEDIATE failed (e.g. busy past the timeout); error() says why.
    bool isActive() const;
    const Error &error() const;
    Result<> commit();

private:
    Database &m_database;
    bool m_active = false;
    bool m_committed = false;
    Error m_error;
};

} // namespace kcc::storage
