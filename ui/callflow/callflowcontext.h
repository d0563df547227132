#pragma once

#include "model/beheer/accountservice.h"
#include "model/beheer/actordirectory.h"
#include "model/beheer/codelistservice.h"
#include "model/brp/brppersonen.h"
#include "model/callflow/draftstore.h"
#include "model/callflow/registrationservice.h"
#include "model/callflow/registrationspool.h"
#include "model/callflow/spoolsender.h"
#include "model/core/clock.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/klantbeeld/klantcontactdetailservice.h"
#include "model/partij/partijeditservice.h"
#include "model/privacy/huidigeverwerking.h"
#include "model/privacy/verwerkingeninzage.h"
#include "model/search/asyncpartijsearch.h"
#include "model/search/partijfinder.h"
#include "model/sync/openklantbeheer.h"
#include "model/sync/openklantherkomst.h"
#include "model/sync/partijconflicts.h"
#include "model/sync/serverlookup.h"
#include "model/sync/synclog.h"
#include "model/taken/afdelinglidmaatschap.h"
#include "model/taken/supervisieservice.h"
#include "model/taken/taakactiesservice.h"
#include "model/taken/taakgeopendservice.h"
#include "model/taken/werkvoorraadservice.h"

#include <QDateTime>

#include <functional>

namespace kcc::ui {

// Everything the call flow widgets need from outside, handed over by app/ (or a test). The
// services are not owned and must outlive the widgets.
struct CallFlowContext
{
    AccountService *accounts = nullptr;
    CodeListService *codeLists = nullptr;
    DraftStore *drafts = nullptr;
    PartijFinder *finder = nullptr;
    // The instant search off the UI thread (issue 4); the main window's Zoeken tab needs it. The
    // call flow's search step still uses `finder` (synchronous, bounded to one page of 50).
    AsyncPartijSearch *search = nullptr;
    KlantbeeldService *klantbeeld = nullptr;
    ActorDirectory *actors = nullptr;
    RegistrationService *registration = nullptr;
    WerkvoorraadService *werkvoorraad = nullptr;             // issue 5: the work queues, one task's detail
    TaakActiesService *taakActies = nullptr;                 // issue 5: handling a task
    SupervisieService *supervisie = nullptr;                 // issue 5: reassigning, backlog, figures, norms
    AfdelingLidmaatschap *lidmaatschap = nullptr;            // which afdelingen a medewerker belongs to
    TaakGeopendService *taakGeopend = nullptr;               // issue 13: who else has a task open
    KlantcontactDetailService *klantcontactDetail = nullptr; // issue 10: reading one klantcontact
    PartijEditService *partijEdit = nullptr;                 // issue 10: correcting a partij
    HuidigeVerwerking *verwerking = nullptr;                 // issue 15: the open contact, for the verwerkingenlog
    BrpPersonen *brp = nullptr; // issue 15: the BRP look-up (logged); null where no BRP is configured
    VerwerkingenInzage *verwerkingenInzage = nullptr; // issue 15: the privacy officer reads the log
    VerwerkingenLog *verwerkingenLog = nullptr;       // issue 15: the officer's export is logged too
    SignedInActor user;
    // The clock (UTC); tests fix it.
    Clock now;
    OpenKlantBeheer *openKlant = nullptr;       // issue 14: the Open Klant settings (beheerder); null = no such tab
    SyncLog *syncLog = nullptr;                 // issue 14: what the sync with Open Klant did (beheerder)
    PartijConflicts *partijConflicts = nullptr; // issue 14: desk and server changed a partij (beheerder)
    // Issue 13, item 6: registrations made while the KCC database was away wait here (per
    // medewerker; app/ sets both with the user) and the sender hands refused ones back.
    RegistrationSpool *spool = nullptr;
    SpoolSender *spoolSender = nullptr;
    // Issue 14, item 3: looking up on Open Klant what the desk does not know, and a partij's
    // history; null where sync is not configured (the Zoeken tab then searches only locally).
    ServerLookup *serverLookup = nullptr;
    OpenKlantHerkomst *openKlantHerkomst = nullptr; // which records came from Open Klant
};

} // namespace kcc::ui
