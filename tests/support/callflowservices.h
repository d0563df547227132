#pragma once

// The services over one test database, as app/werkplek/main.cpp builds them (storage::SqlServices
// and app::callFlowContext), for the GUI tests that drive the main window, the contact panel or
// the beheer dialog against a real SQLite file. The named members are the aggregate's services.

#include "app/werkplek/callflowwiring.h"
#include "storage/db/sqlservices.h"
#include "tests/support/testactors.h"
#include "ui/callflow/callflowcontext.h"

#include <utility>

namespace kcc::test {

struct CallFlowServices
{
    explicit CallFlowServices(storage::Database &db, Clock clock = {})
        : sql(db, std::move(clock))
    {
        accounts.setActingActor(fixtureBeheerder());
        codeLists.setActingActor(fixtureBeheerder());
    }

    storage::SqlServices sql;
    AccountService &accounts = sql.accounts();
    CodeListService &codeLists = sql.codeLists();
    DraftStore &drafts = sql.drafts();
    PartijFinder &finder = sql.finder();
    KlantbeeldService &klantbeeld = sql.klantbeeld();
    ActorDirectory &actors = sql.actors();
    RegistrationService &registration = sql.registration();
    storage::SqlTaken &taken = sql.taken();
    PartijListSource &partijen = sql.partijen();
    KlantcontactListSource &klantcontacten = sql.klantcontacten();
    KlantcontactDetailService &klantcontactDetail = sql.klantcontactDetail();
    PartijEditService &partijEdit = sql.partijEdit();

    // `search` (the threaded search of the Zoeken tab) is optional: tests that need it own one.
    ui::CallFlowContext context(const SignedInActor &user, AsyncPartijSearch *search = nullptr)
    {
        ui::CallFlowContext c = app::callFlowContext(sql, search);
        partijEdit.setActingActor(user);
        c.user = user;
        return c;
    }
};

} // namespace kcc::test
