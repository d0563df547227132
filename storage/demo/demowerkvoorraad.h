#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace kcc::storage {

class Database;

// The work queues of the demo (issue 5), added after the demo data and the demo accounts exist:
// afdeling memberships (the demo accounts and the generated medewerkers), the creation log of
// the generated tasks, and fresh tasks for the demo accounts and their afdelingen with ages
// spread around the norms (some overdue), plus tasks closed over the last four weeks for the
// supervisor's figures. Deterministic apart from `now`. Does nothing when memberships exist.
class DemoWerkvoorraad
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::DemoWerkvoorraad)

public:
    struct Accounts
    {
        QUuid demo;       // medewerker + beheerder at the KCC
        QUuid supervisor; // supervisor at the KCC
        QUuid backoffice; // medewerker at Vergunningen
    };

    // Returns the number of tasks added (0 when it had been done before).
    static Result<int> apply(Database &database, const Accounts &accounts, const QDateTime &now);
};

} // namespace kcc::storage
