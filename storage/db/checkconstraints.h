#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kcc::storage {

// The CHECK constraints of the schema, checked after the fact: a bulk load writes with
// PRAGMA ignore_check_constraints (see DemoLoader) and then verifies every row in one scan per
// table, which costs a fraction of SQLite's per-row checks.
class CheckConstraints
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::CheckConstraints)

public:
    // The expressions of the CHECK constraints in a CREATE TABLE statement as SQLite stores it:
    // the balanced parentheses after each CHECK keyword, quoted text and names respected.
    static QStringList expressions(const QString &createTable);

    // Checks every row of every table against its CHECK constraints. A CHECK fails when its
    // expression is false (zero); NULL passes, as in SQLite. The error names the first table with
    // failing rows and how many there are. Usable inside an open transaction.
    static Result<> verify(const QSqlDatabase &connection);
};

} // namespace kcc::storage
