#pragma once

#include "storage/taken/sqlafdelinglidmaatschap.h"
#include "storage/taken/sqlsupervisieservice.h"
#include "storage/taken/sqltaakactiesservice.h"
#include "storage/taken/sqlwerkvoorraadservice.h"

#include <QTimeZone>

namespace kcc::storage {

class Database;

// The four taken services on one database with one clock and zone, as app/ and the tests hand
// them out (each is also usable on its own).
struct SqlTaken
{
    using Clock = TakenStore::Clock;

    explicit SqlTaken(Database &database, Clock clock = {}, const QTimeZone &zone = QTimeZone::systemTimeZone())
        : werkvoorraad(database, clock, zone)
        , acties(database, clock, zone)
        , supervisie(database, clock, zone)
        , lidmaatschap(database)
    {
    }
    SqlTaken(const SqlTaken &) = delete;
    SqlTaken &operator=(const SqlTaken &) = delete;

    SqlWerkvoorraadService werkvoorraad;
    SqlTaakActiesService acties;
    SqlSupervisieService supervisie;
    SqlAfdelingLidmaatschap lidmaatschap;
};

} // namespace kcc::storage
