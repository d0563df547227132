#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/enums.h"
#include "model/klantinteracties/partij.h"
#include "model/lists/pagedlistsource.h"

#include <optional>
#include <QList>
#include <QString>
#include <QUuid>

namespace kcc {

struct PartijFinderRow
{
    QUuid uuid;
    QString naam; // display name
    SoortPartij soortPartij = SoortPartij::Persoon;
    QString matched; // translated: what matched ("BSN", "phone number 0612345678", "name")
    bool actief = true;
    std::optional<bool> geheimhouding;
    QString nummer; // the partij nummer; empty when it has none
    // Found through a digitaal adres a betrokkene gave for one klantcontact (eenmalig
    // contactgegeven), not through the partij's own details.
    bool viaBetrokkene = false;

    friend bool operator==(const PartijFinderRow &, const PartijFinderRow &) = default;
};

class PartijFinder
{
public:
    virtual ~PartijFinder() = default;

    // BSN, nummer, phone, e-mail, postcode or name prefix; at most `limit` rows, best first.
    virtual Result<QList<PartijFinderRow>> search(const QString &text, int limit = 50) = 0;
    // The same search one page at a time: pass the previous page's `next` to continue (a default
    // PageCursor starts). A partij that matches in two ways may appear again on a later page.
    virtual Result<Page<PartijFinderRow>> searchPage(const QString &text, const PageCursor &cursor, int limit) = 0;
    // The BSN's owner, if any (rule 3 find-or-create, variant C duplicate check).
    virtual Result<std::optional<Partij>> findByBsn(const QString &bsn) = 0;
};

} // namespace kcc
