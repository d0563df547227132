#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kcc::storage {

class Database;

// Checks a database for damage and for broken domain rules the schema cannot express
// (klantinteracties-model.md §12): SQLite's integrity_check and foreign_key_check, every
// klantcontact with an actor and a betrokkene, every interne taak assigned, voorkeurs* owned by
// the partij itself, contactpersonen working for an organisatie, vestigingsnummers under a
// kvk_nummer, afgehandeldOp only when verwerkt, isStandaardAdres only on a partij's address.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::IntegrityCheck)

public:
    // Translated, human-readable problems; empty when the database is clean. Each kind of problem
    // lists at most `perCheckLimit` rows and then says that there are more.
    static QStringList run(Database &database, int perCheckLimit = 100);
    // What breaks the desk's own registration rules in records that came from Open Klant (a
    // klantcontact another system made without an actor): reported, but not a problem (issue 14).
    static QStringList warnings(Database &database, int perCheckLimit = 100);

    // Only the foreign key violations ("betrokkene <uuid> refers to partij <uuid>, which does not
    // exist."); usable inside an open transaction, e.g. to explain a failed COMMIT.
    static QStringList foreignKeyProblems(Database &database, int limit = 100);
};

} // namespace kcc::storage
