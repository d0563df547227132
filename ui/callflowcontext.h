#pragma once

#include "model/callflow/callflowservices.h"
#include "model/taken/takenservice.h"

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
    KlantbeeldService *klantbeeld = nullptr;
    ActorDirectory *actors = nullptr;
    RegistrationService *registration = nullptr;
    TakenService *taken = nullptr;                // issue 5: work queues, task handling
    AfdelingLidmaatschap *lidmaatschap = nullptr; // which afdelingen a medewerker belongs to
    SignedInActor user;
    // The clock (UTC); tests fix it.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace kcc::ui
