#include "storage/db/postgreshandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace kcc::storage {

pg_conn *postgresHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    // libpq's PGconn is a typedef of struct pg_conn; Qt registers it under either name.
    const bool isPgConn =
        handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    if (!isPgConn) {
        if (handle.isValid() && connection.driverName() == QLatin1String("QPSQL"))
            qWarning("kcc::storage: the QPSQL driver's handle is a %s, not a PGconn*", handle.typeName());
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace kcc::storage
