#pragma once

#include "model/result.h"

#include <QCoreApplication>

class QWidget;

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
};

} // namespace kcc::app
