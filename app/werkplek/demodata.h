#pragma once

#include "model/core/result.h"

#include <QCoreApplication>

class QWidget;

namespace kcc {
class AccountService;
}

namespace kcc::storage {
class Database;
}

namespace kcc::app {

// Fills the demo database with demo data on first use, with a progress dialog. Does nothing
// when the database already holds records.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(kcc::app::DemoData)

public:
    static Result<> ensureLoaded(storage::Database &database);
    // The demo medewerkers have no accounts: creates (once) the demo account, a medewerker and
    // beheerder. The password has the minimum length accounts require.
    static Result<> ensureAccount(AccountService &accounts);
    // Issue 5: the accounts "supervisor" (supervisor at the KCC) and "backoffice" (medewerker at
    // Vergunningen), same password, and the demo work queues (DemoWerkvoorraad) on first use.
    static Result<> ensureWerkvoorraad(storage::Database &database, AccountService &accounts);
    static QString accountName() { return QStringLiteral("demo"); }
    static QString accountPassword() { return QStringLiteral("demo1234"); }
};

} // namespace kcc::app
