#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/enums.h"
#include "model/search/searchquery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace kcc::storage {

class Database;

// Where a result page ended, to ask for the next one: the source (one per kind of match, in
// ranking order) and the position in that source's stable order.
struct SearchCursor
{
    int source = 0;
    QString key;
    qint64 rowid = 0;

    friend bool operator==(const SearchCursor &, const SearchCursor &) = default;
};

struct SearchHit
{
    QUuid uuid;
    std::optional<QString> nummer;
    SoortPartij soortPartij = SoortPartij::Persoon;
    QString naam; // display name: volledigeNaam, or the organisation's naam
    // What matched, translated: "BSN", "phone number 0612345678", "name",
    // "e-mail a@b.nl (one-off, klantcontact 123)".
    QString matched;
    SearchQuery::Kind kind = SearchQuery::Kind::Naam;
    bool actief = true;
    std::optional<bool> geheimhouding;
    // Found through a digitaal adres a betrokkene gave for one klantcontact, not the partij's own.
    bool viaBetrokkene = false;
    // Pass this as `after` to continue behind this hit.
    SearchCursor cursor;
};

// The instant partij search: answers a SearchQuery from the indexes of SearchIndex, one page at a
// time, without scanning or ranking all matches. Order: identificator (BSN, RSIN, KvK,
// vestigingsnummer), partij nummer, klantcontact nummer, phone, e-mail, e-mail domain, postcode,
// then names. Two or more typed words go to the name-pair keys: first the names that have every
// typed word as a whole word, then those where each typed word starts a word. One typed word (with
// or without voorvoegsels) goes to the FTS index: first the partijen whose surname (or
// organisation name word) equals it, then the other word-prefix matches. Within each group a
// stable order (key, then insertion order). "berg" therefore finds Van den Berg first and Bergen
// after it: every word is a prefix.
//
// A partij is reported once per page; a partij that matches in two sources (say its phone number
// and its name) can reappear on a later page. Prepared statements are cached per instance: keep
// one PartijSearch per Database (same thread).
class PartijSearch
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PartijSearch)

public:
    explicit PartijSearch(Database &database);
    ~PartijSearch();
    PartijSearch(const PartijSearch &) = delete;
    PartijSearch &operator=(const PartijSearch &) = delete;

    // At most `limit` hits (1..1000), after `after` when given (the cursor of the last hit of the
    // previous page). An empty query gives an empty list.
    Result<QList<SearchHit>> search(const SearchQuery &query, int limit,
                                    const std::optional<SearchCursor> &after = std::nullopt);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kcc::storage
