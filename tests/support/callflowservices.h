#pragma once

// The services over one test database, as app/werkplek/main.cpp builds them, for the GUI tests
// that drive the main window, the contact panel or the beheer dialog against a real SQLite file.

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
#include "storage/taken/sqltaken.h"
#include "tests/support/testactors.h"
#include "ui/callflow/callflowcontext.h"

namespace kcc::test {

struct CallFlowServices
{
    explicit CallFlowServices(storage::Database &db)
        : accounts(db)
        , codeLists(db)
        , drafts(db)
        , finder(db)
        , klantbeeld(db)
        , actors(db)
        , registration(db)
        , taken(db)
        , partijen(db)
        , klantcontacten(db)
        , klantcontactDetail(db)
        , partijEdit(db)
    {
        accounts.setActingActor(fixtureBeheerder());
        codeLists.setActingActor(fixtureBeheerder());
    }

    storage::SqlAccountService accounts;
    storage::SqlCodeListService codeLists;
    storage::SqlDraftStore drafts;
    storage::SqlPartijFinder finder;
    storage::SqlKlantbeeldService klantbeeld;
    storage::SqlActorDirectory actors;
    storage::RegistrationWriter registration;
    storage::SqlTaken taken;
    storage::SqlPartijListSource partijen;
    storage::SqlKlantcontactListSource klantcontacten;
    storage::SqlKlantcontactDetailService klantcontactDetail;
    storage::SqlPartijEditService partijEdit;

    // `search` (the threaded search of the Zoeken tab) is optional: tests that need it own one.
    ui::CallFlowContext context(const SignedInActor &user, AsyncPartijSearch *search = nullptr)
    {
        ui::CallFlowContext c;
        c.accounts = &accounts;
        c.codeLists = &codeLists;
        c.drafts = &drafts;
        c.finder = &finder;
        c.search = search;
        c.klantbeeld = &klantbeeld;
        c.actors = &actors;
        c.registration = &registration;
        c.werkvoorraad = &taken.werkvoorraad;
        c.taakActies = &taken.acties;
        c.supervisie = &taken.supervisie;
        c.lidmaatschap = &taken.lidmaatschap;
        c.klantcontactDetail = &klantcontactDetail;
        c.partijEdit = &partijEdit;
        partijEdit.setActingActor(user);
        c.user = user;
        return c;
    }
};

} // namespace kcc::test
