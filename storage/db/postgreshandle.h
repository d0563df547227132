#pragma once

#include <QSqlDatabase>

struct pg_conn;

namespace kcc::storage {

// libpq's connection behind a QPSQL connection, for what Qt's driver does not offer (password
// verifiers, COPY); null for any other driver. Private to storage/.
pg_conn *postgresHandle(const QSqlDatabase &connection);

} // namespace kcc::storage
