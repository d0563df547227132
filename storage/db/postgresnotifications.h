#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// The triggers behind PostgresChangeFeed (issue 13, item 5): every statement that changes a shared
// queue (interne taken, their assignments, klantcontacten, who has a task open) NOTIFYs the channel with the table's
// name. PostgreSQL delivers it at the commit, once per transaction and table, to every seat that
// listens — so no seat polls large tables. Installed with the roles and policies after every
// migration; idempotent.
class PostgresNotifications
{
public:
    static Result<> install(const QSqlDatabase &connection);
};

} // namespace kcc::storage
