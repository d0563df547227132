#pragma once

#include "model/klantbeeld/klantbeeldservice.h"
#include "model/privacy/persoonsverwerkingen.h"

namespace kcc {

// The klantbeeld, logged first (issue 15): load() returns the klantbeeld only after its entry is
// in the verwerkingenlog, and bsnTonen() succeeds only after the reveal is. SqlServices hands out
// this one, so every caller (search tab, call flow, parked contacts) is covered. The history
// pages that follow an opened klantbeeld belong to that same look and are not logged again.
class GelogdKlantbeeldService final : public KlantbeeldService
{
public:
    GelogdKlantbeeldService(KlantbeeldService &inner, VerwerkingenLog &log, const HuidigeVerwerking &verwerking);

    Result<Klantbeeld> load(const QUuid &partij, const SignedInActor &viewer, int lastContacts = 10) override;
    Result<Page<KlantbeeldContact>> contacten(const QUuid &partij, const SignedInActor &viewer,
                                              const KlantbeeldContactFilter &filter, const PageCursor &cursor,
                                              int limit) override;
    Result<qint64> aantalContacten(const QUuid &partij, const KlantbeeldContactFilter &filter) override;
    Result<QStringList> kanalen(const QUuid &partij) override;
    Result<> bsnTonen(const QUuid &partij, const SignedInActor &viewer) override;

private:
    KlantbeeldService &m_inner;
    PersoonsVerwerkingen m_verwerkingen;
};

} // namespace kcc
