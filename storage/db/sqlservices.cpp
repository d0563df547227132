#include "storage/db/sqlservices.h"

#include "model/privacy/gelogdepartijfinder.h"
#include "model/privacy/gelogdewerkvoorraadservice.h"
#include "model/privacy/gelogdklantbeeldservice.h"
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
#include "storage/privacy/inzageverzamelaar.h"
#include "storage/privacy/pseudoniemsleutel.h"
#include "storage/privacy/sqlverwerkingeninzage.h"
#include "storage/privacy/sqlverwerkingenlog.h"
#include "storage/search/sqlpartijfinder.h"
#include "storage/search/threadedpartijsearch.h"
#include "storage/sync/sqlopenklantherkomst.h"
#include "storage/sync/sqlpartijconflicts.h"
#include "storage/sync/sqlsynclog.h"
#include "storage/taken/sqltaken.h"

namespace kcc::storage {

namespace {

QByteArray sleutelVoor(const Database &database)
{
    Result<QByteArray> sleutel = PseudoniemSleutel::laad(database.path());
    if (!sleutel) {
        qWarning("Verwerkingenlog: %s", qPrintable(sleutel.error().message));
        return {};
    }
    return std::move(sleutel).value();
}

} // namespace

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
        , sleutel(sleutelVoor(db))
        , verwerking(std::make_shared<HuidigeVerwerking>())
        , verwerkingenLog(db, Pseudoniemen(sleutel), {}, c)
        , verwerkingenInzage(db, Pseudoniemen(sleutel), verwerkingenLog, *verwerking)
        , gelogdKlantbeeld(klantbeeld, verwerkingenLog, *verwerking)
        , gelogdeFinder(finder, verwerkingenLog, *verwerking)
        , inzage(db, verwerkingenLog, verwerkingenInzage, *verwerking, c)
        , gelogdeWerkvoorraad(taken.werkvoorraad, verwerkingenLog, *verwerking)
        , syncLog(db, c)
        , partijConflicts(db)
        , openKlantHerkomst(db)
    {
        // Registrations and partij edits log in their own transaction (both land or neither).
        registration.setVerwerkingenLog(&verwerkingenLog);
        partijEdit.setVerwerkingenLog(&verwerkingenLog, verwerking.get());
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
    // No key (an unwritable folder, an unreadable key file): every log call fails, so nothing
    // personal is shown, with the reason.
    QByteArray sleutel;
    std::shared_ptr<HuidigeVerwerking> verwerking;
    SqlVerwerkingenLog verwerkingenLog;
    SqlVerwerkingenInzage verwerkingenInzage;
    GelogdKlantbeeldService gelogdKlantbeeld;
    GelogdePartijFinder gelogdeFinder;
    InzageVerzamelaar inzage;
    GelogdeWerkvoorraadService gelogdeWerkvoorraad;
    SqlSyncLog syncLog;
    SqlPartijConflicts partijConflicts;
    SqlOpenKlantHerkomst openKlantHerkomst;
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
    return d->gelogdeFinder;
}

KlantbeeldService &SqlServices::klantbeeld()
{
    return d->gelogdKlantbeeld;
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

VerwerkingenLog &SqlServices::verwerkingenLog()
{
    return d->verwerkingenLog;
}

VerwerkingenInzage &SqlServices::verwerkingenInzage()
{
    return d->verwerkingenInzage;
}

InzageService &SqlServices::inzage()
{
    return d->inzage;
}

HuidigeVerwerking &SqlServices::huidigeVerwerking()
{
    return *d->verwerking;
}

WerkvoorraadService &SqlServices::werkvoorraad()
{
    return d->gelogdeWerkvoorraad;
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
        d->search = std::make_unique<ThreadedPartijSearch>(d->database.path(),
                                                           ZoekLogging{d->sleutel, {}, d->verwerking, d->clock});
    return *d->search;
}

SyncLog &SqlServices::syncLog()
{
    return d->syncLog;
}

PartijConflicts &SqlServices::partijConflicts()
{
    return d->partijConflicts;
}

OpenKlantHerkomst &SqlServices::openKlantHerkomst()
{
    return d->openKlantHerkomst;
}

} // namespace kcc::storage
