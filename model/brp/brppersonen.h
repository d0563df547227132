#pragma once

#include "model/brp/brppersoon.h"
#include "model/brp/brpzoekvraag.h"
#include "model/core/result.h"

#include <QList>

#include <functional>

namespace kcc {

// The BRP look-up (issue 15, V0856): who the BRP knows by a BSN, or by geslachtsnaam and
// geboortedatum. Asynchronous (a register over the network): the handler is called once, on the
// caller's thread, with the persons found (possibly none) or an Error whose message says in
// words for the medewerker what went wrong.
class BrpPersonen
{
public:
    using Handler = std::function<void(const Result<QList<BrpPersoon>> &)>;

    virtual ~BrpPersonen() = default;

    // Whether a base URL and key are set at all (else the desk does not offer the look-up).
    virtual bool isConfigured() const = 0;
    virtual void zoek(const BrpZoekvraag &vraag, Handler handler) = 0;
};

} // namespace kcc
