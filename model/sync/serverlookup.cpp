#include "model/sync/serverlookup.h"

#include "model/search/searchquery.h"
#include "model/validation/valuevalidators.h"

namespace kcc {

std::optional<ServerLookup::Request> ServerLookup::requestFor(const QString &text)
{
    const QString trimmed = text.trimmed();
    const SearchQuery query = SearchQuery::classify(trimmed);
    // The order kccctl search asks in: a nine-digit BSN is never a phone number.
    if (const auto bsn = query.find(SearchQuery::Kind::Bsn))
        return Request{Kind::Bsn, bsn->value};
    if (const auto kvk = query.find(SearchQuery::Kind::KvkNummer))
        return Request{Kind::KvkNummer, kvk->value};
    if (query.has(SearchQuery::Kind::Email) && !checkEmail(trimmed))
        return Request{Kind::Email, trimmed};
    if (query.has(SearchQuery::Kind::Telefoonnummer)) {
        if (const Result<QString> phone = normalizeTelefoonnummer(trimmed); phone)
            return Request{Kind::Telefoonnummer, phone.value()};
    }
    return std::nullopt;
}

} // namespace kcc
