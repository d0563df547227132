#include "storage/privacy/opdrachtregelgebruiker.h"

#include "storage/db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace kcc::storage {

QString OpdrachtregelGebruiker::naam(Database &database)
{
    QString naam;
    if (database.engine() == Engine::PostgreSQL) {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT session_user::text")) && query.next())
            naam = query.value(0).toString();
    }
    if (naam.isEmpty())
        naam = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (naam.isEmpty())
        naam = QStringLiteral("kccctl");
    return naam.left(40);
}

} // namespace kcc::storage
