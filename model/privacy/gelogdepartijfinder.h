#pragma once

#include "model/privacy/persoonsverwerkingen.h"
#include "model/search/partijfinder.h"

namespace kcc {

// The synchronous partij search, logged first (issue 15): search() and searchPage() return their
// hits only after every partij among them has its "Getoond in zoekresultaat" entry; when that
// fails they return the log's error and no hits. findByBsn() shows nobody (the registration's
// find-or-create) and is not logged. SqlServices hands out this one; the instant search logs on
// its own thread (storage/search/threadedpartijsearch.h).
class GelogdePartijFinder final : public PartijFinder
{
public:
    GelogdePartijFinder(PartijFinder &inner, VerwerkingenLog &log, const HuidigeVerwerking &verwerking);

    Result<QList<PartijFinderRow>> search(const QString &text, int limit = 50) override;
    Result<Page<PartijFinderRow>> searchPage(const QString &text, const PageCursor &cursor, int limit) override;
    Result<std::optional<Partij>> findByBsn(const QString &bsn) override;

private:
    Result<> logShown(const QList<PartijFinderRow> &rows);

    PartijFinder &m_inner;
    PersoonsVerwerkingen m_verwerkingen;
};

} // namespace kcc
