#pragma once

#include "model/core/result.h"

#include <QString>

namespace kcc::storage {

class Database;

// A mark that lives exactly as long as one seat's connection (issue 13: who has a task open). A
// table row alone cannot say whether the seat that wrote it still runs: after a crash or a cut
// cable nobody deletes it. So the row names its session and a mark, and counts only while that
// session holds the mark:
// - PostgreSQL: a session-level advisory lock (ConnectionMark::lockSpace, id), which the server drops
//   with the connection, whatever happened to the program; pg_locks shows it to every login.
// - SQLite: one desk, one seat, one process: the session is this process, and a mark is held while
//   the process runs; rows of other processes are left over from an earlier run.
// The engine difference lives here, not in the services that use it.
class ConnectionMark
{
public:
    // This connection's session: PostgreSQL's backend pid, else this process's id.
    static Result<qint64> session(Database &database);
    // Holds mark `id` (e.g. a row id) for this session until release() or the connection ends.
    static Result<> hold(Database &database, qint64 id);
    static Result<> release(Database &database, qint64 id);
    // An SQL condition on two columns of a row: its session still holds its mark. The arguments
    // are column names written by the caller, never input.
    static QString alive(Database &database, const QString &sessionColumn, const QString &idColumn);

    // The first key of the advisory locks: marks share no key with other advisory locks of ours.
    static constexpr int lockSpace = 4931;
};

} // namespace kcc::storage
