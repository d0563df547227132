#pragma once

#include "storage/db/sqlservices.h"
#include "ui/callflow/callflowcontext.h"

namespace kcc::app {

// The call flow's services as the application hands them to its window, without a user (the
// session sets it). `search` is the Zoeken tab's instant search (may be null where no window
// searches). Header-only, so that the GUI tests and benchmarks wire their windows the same way
// without linking the application.
inline ui::CallFlowContext callFlowContext(storage::SqlServices &services, AsyncPartijSearch *search)
{
    ui::CallFlowContext context;
    context.accounts = &services.accounts();
    context.codeLists = &services.codeLists();
    context.drafts = &services.drafts();
    context.finder = &services.finder();
    context.search = search;
    context.klantbeeld = &services.klantbeeld();
    context.actors = &services.actors();
    context.registration = &services.registration();
    context.werkvoorraad = &services.werkvoorraad();
    context.taakActies = &services.taken().acties;
    context.supervisie = &services.taken().supervisie;
    context.lidmaatschap = &services.taken().lidmaatschap;
    context.taakGeopend = &services.taken().geopend;
    context.klantcontactDetail = &services.klantcontactDetail();
    context.partijEdit = &services.partijEdit();
    context.verwerking = &services.huidigeVerwerking();
    context.verwerkingenInzage = &services.verwerkingenInzage();
    context.verwerkingenLog = &services.verwerkingenLog();
    context.now = services.clock();
    context.syncLog = &services.syncLog();
    context.partijConflicts = &services.partijConflicts();
    context.openKlantHerkomst = &services.openKlantHerkomst();
    return context;
}

} // namespace kcc::app
