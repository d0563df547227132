#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>

namespace kcc::storage {

// Schema step "taak-geopend" (14 -> 15, issue 13 item 5): which seat has which task open. A row is
// one seat's mark: the task, the medewerker, the seat's session (PostgreSQL's backend pid, the
// desk's process on SQLite) and since when. A row alone proves nothing: it counts only while its
// session still holds the row's ConnectionMark, so a seat that crashed leaves no marker anyone sees.
class TaakGeopendSchema
{
public:
    static Result<> migrateToVersion15(QSqlDatabase &connection);
};

} // namespace kcc::storage
