#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/privacy/inzagedossier.h"
#include "model/privacy/verwerkingeninzage.h"

namespace kcc {

// The citizen's right of access (AVG art. 15), for the privacy officer only
// (AccountRole::privacy()). The inzage is logged about the person before anything is read; when
// that fails nothing is returned. An unknown partij is an Error; a BSN that no partij holds gives
// a dossier with only the log about that BSN (which holds at least this inzage): the KCC's answer
// is then that it holds nothing else. The period of the vraag is not used: an inzage is everything.
class InzageService
{
public:
    virtual ~InzageService() = default;

    virtual Result<InzageDossier> inzage(const InzageVraag &vraag, const SignedInActor &functionaris) = 0;
};

} // namespace kcc
