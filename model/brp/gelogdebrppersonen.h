#pragma once

#include "model/brp/brppersonen.h"
#include "model/privacy/persoonsverwerkingen.h"

namespace kcc {

// The BRP look-up, logged first (issue 15): the persons found reach the handler only after
// their entry ("Geraadpleegd in BRP", by BSN) is in the verwerkingenlog; when that write fails
// the handler gets an Error and nothing of them. app/ hands out this one, never the bare client.
class GelogdeBrpPersonen final : public BrpPersonen
{
public:
    // `inner` and the log must outlive this object.
    GelogdeBrpPersonen(BrpPersonen &inner, VerwerkingenLog &log, const HuidigeVerwerking &verwerking);

    bool isConfigured() const override { return m_inner.isConfigured(); }
    void zoek(const BrpZoekvraag &vraag, Handler handler) override;

private:
    BrpPersonen &m_inner;
    PersoonsVerwerkingen m_verwerkingen;
};

} // namespace kcc
