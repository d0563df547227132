#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kcc::storage {

// The SQL functions behind the name-pair index (SearchIndex): the search triggers on partij call
// them, so every connection that writes partij rows needs them. Database::open installs them on
// each connection it opens, before any migration runs. Both take the partij columns
// (soort_partij, organisatie_naam, contactnaam_voornaam, contactnaam_voorvoegsel_achternaam,
// contactnaam_achternaam) and fold exactly like SearchQuery does with what is typed:
// - kcc_naam_sleutels(...): SearchQuery::namePairKeys of the name, as a JSON array (for json_each);
// - kcc_naam_woorden(...): SearchQuery::nameWordsText of the name.
// An organisation's name is its organisatie_naam; anyone else's is voornaam, voorvoegsel and
// achternaam, as in the FTS columns.
class SearchFunctions
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SearchFunctions)

public:
    static Result<> install(const QSqlDatabase &connection);
};

} // namespace kcc::storage
