#pragma once

#include "storage/taken/sqlafdelinglidmaatschap.h"
#include "storage/taken/sqlsupervisieservice.h"
#include "storage/taken/sqltaakactiesservice.h"
#include "storage/taken/sqltaakgeopend.h"
#include "storage/taken/sqlwerkvoorraadservice.h"

#include <QTimeZone>

namespace kcc::storage {

class Database;

// The taken services on one database with one clock and zone, as app/ and the tests hand them out
// (each is also usable on its own). `geopend` is this seat's "who has this task open" (issue 13).
struct SqlTaken
{
    using Clock = TakenStore::Clock;

    explicit SqlTaken(Database &database, Clock clock = {}, const QTimeZone &zone = QTimeZone::systemTimeZone())
        : werkvoorraad(database, clock, zone)
        , acties(database, clock, zone)
        , supervisie(database, clock, zone)
        , lidmaatschap(database)
        , geopend(database, clock)
    {
    }
    SqlTaken(const SqlTaken &) = delete;
    SqlTaken &operator=(const SqlTaken &) = delete;

    SqlWerkvoorraadService werkvoorraad;
    SqlTaakActiesService acties;
    SqlSupervisieService supervisie;
    SqlAfdelingLidmaatschap lidmaatschap;
    SqlTaakGeopend geopend;
};

} // namespace kcc::storage
