#pragma once

#include "model/beheer/accountservice.h"
#include "model/beheer/actordirectory.h"
#include "model/beheer/codelistservice.h"
#include "model/callflow/draftstore.h"
#include "model/callflow/registrationservice.h"
#include "model/core/clock.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/klantbeeld/klantcontactdetailservice.h"
#include "model/lists/pagedlistsource.h"
#include "model/partij/partijeditservice.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/inzageservice.h"
#include "model/privacy/verwerkingeninzage.h"
#include "model/privacy/verwerkingenlog.h"
#include "model/search/asyncpartijsearch.h"
#include "model/search/partijfinder.h"
#include "model/sync/openklantherkomst.h"
#include "model/sync/partijconflicts.h"
#include "model/sync/synclog.h"
#include "model/taken/werkvoorraadservice.h"
#include "storage/taken/sqltaken.h"

#include <memory>

namespace kcc::storage {

class Database;

// Every storage service over one database, built in this one place: the application's main(), the
// tests and the benchmarks take their services from here instead of copying the wiring, and see
// them through the model's interfaces. The database must outlive this; the services are made
// when this is, except the threaded search (see search()).
class SqlServices final
{
public:
    // `clock` is what the services stamp and compare times with (tests fix it).
    explicit SqlServices(Database &database, Clock clock = {});
    ~SqlServices();
    SqlServices(const SqlServices &) = delete;
    SqlServices &operator=(const SqlServices &) = delete;

    AccountService &accounts();
    CodeListService &codeLists();
    ActorDirectory &actors();
    DraftStore &drafts();
    RegistrationService &registration();
    PartijFinder &finder();
    KlantbeeldService &klantbeeld();
    KlantcontactDetailService &klantcontactDetail();
    PartijEditService &partijEdit();
    PartijListSource &partijen();
    KlantcontactListSource &klantcontacten();

    // The verwerkingenlog (issue 15): klantbeeld(), finder() and search() log through it before
    // they hand out a person's data. The pseudonym key is the file next to the database (made on first
    // use) or the beheerder's ($KCC_PSEUDONIEM_SLEUTEL); see storage/privacy/pseudoniemsleutel.h.
    VerwerkingenLog &verwerkingenLog();
    VerwerkingenInzage &verwerkingenInzage();
    // Everything about one person for the privacy officer (AVG art. 15), logged first.
    InzageService &inzage();
    // Who is signed in and which contact is open: the composition root keeps it current.
    HuidigeVerwerking &huidigeVerwerking();

    // The interne taken, one service per role: werkvoorraad, acties, supervisie, lidmaatschap.
    SqlTaken &taken();
    // The work queues as the medewerker sees them: taken().werkvoorraad, logged first (issue 15).
    WerkvoorraadService &werkvoorraad();

    // The clock the services were given, for the models and widgets over them.
    const Clock &clock() const;

    // The instant search on its own connection and thread, made on first use: most tests never
    // search, and need not start a thread. Lives as long as this, so make this before the window
    // whose search model uses it.
    AsyncPartijSearch &search();

    // What the sync with Open Klant did, for the beheerder (issue 14); the push worker writes it.
    SyncLog &syncLog();
    // Issue 14: partijen changed at the desk and on the server; the beheerder chooses.
    PartijConflicts &partijConflicts();
    // Issue 14: which partijen and klantcontacten came from Open Klant (the Zoeken tab, the klantbeeld).
    OpenKlantHerkomst &openKlantHerkomst();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kcc::storage
