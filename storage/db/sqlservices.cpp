#include "storage/db/sqlservices.h"

#include "storage/beheer/sqlaccountservice.h"
#include "storage/beheer/sqlactordirectory.h"
#include "storage/beheer/sqlcodelistservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/database.h"
#include "storage/klantbeeld/sqlklantbeeldservice.h"
#include "storage/klantbeeld/sqlklantcontactdetailservice.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "storage/partij/sqlpartijeditservice.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/search/threadedpartijsearch.h"
#include "storage/taken/sqltaken.h"

namespace kcc::storage {

struct SqlServices::Private
{
    Private(Database &db, const Clock &c)
        : database(db)
        , clock(c)
        , accounts(db, c)
        , codeLists(db)
        , actors(db)
        , drafts(db, c)
        , registration(db, c)
        , finder(db)
        , klantbeeld(db)
        , klantcontactDetail(db)
        , partijEdit(db)
        , partijen(db)
        , klantcontacten(db)
        , taken(db, c)
    {
    }

    Database &database;
    Clock clock;
    SqlAccountService accounts;
    SqlCodeListService codeLists;
    SqlActorDirectory actors;
    SqlDraftStore drafts;
    RegistrationWriter registration;
    SqlPartijFinder finder;
    SqlKlantbeeldService klantbeeld;
    SqlKlantcontactDetailService klantcontactDetail;
    SqlPartijEditService partijEdit;
    SqlPartijListSource partijen;
    SqlKlantcontactListSource klantcontacten;
    SqlTaken taken;
    std::unique_ptr<ThreadedPartijSearch> search;
};

SqlServices::SqlServices(Database &database, Clock clock)
    : d(std::make_unique<Private>(database, clock))
{
}

// The search thread stops first (declared last), then the services go before the database does.
SqlServices::~SqlServices() = default;

AccountService &SqlServices::accounts()
{
    return d->accounts;
}

CodeListService &SqlServices::codeLists()
{
    return d->codeLists;
}

ActorDirectory &SqlServices::actors()
{
    return d->actors;
}

DraftStore &SqlServices::drafts()
{
    return d->drafts;
}

RegistrationService &SqlServices::registration()
{
    return d->registration;
}

PartijFinder &SqlServices::finder()
{
    return d->finder;
}

KlantbeeldService &SqlServices::klantbeeld()
{
    return d->klantbeeld;
}

KlantcontactDetailService &SqlServices::klantcontactDetail()
{
    return d->klantcontactDetail;
}

PartijEditService &SqlServices::partijEdit()
{
    return d->partijEdit;
}

PartijListSource &SqlServices::partijen()
{
    return d->partijen;
}

KlantcontactListSource &SqlServices::klantcontacten()
{
    return d->klantcontacten;
}

SqlTaken &SqlServices::taken()
{
    return d->taken;
}

const Clock &SqlServices::clock() const
{
    return d->clock;
}

AsyncPartijSearch &SqlServices::search()
{
    if (!d->search)
        d->search = std::make_unique<ThreadedPartijSearch>(d->database.path());
    return *d->search;
}

} // namespace kcc::storage
