#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "storage/db/database.h"

#include <QCoreApplication>

#include <memory>

namespace kcc::storage {

// Issue 13: on the KCC's PostgreSQL server a medewerker is their own PostgreSQL login. The server
// checks the password (scram-sha-256) and every statement of the seat runs with that login's
// rights (GRANTs and row-level security), so signing in is opening the seat's connection. The
// application never reads a password hash there: a medewerker's login may not.
class PostgresLogin
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PostgresLogin)

public:
    // Opens `server` as the login of the sign-in name `naam` with `password` (whoAmI then says who
    // that is).
    // A refused password or unknown login gives the sign-in's one message, at the password; an
    // unreachable server says so (Error::Cause::Unreachable).
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &server, const QString &naam,
                                                  const QString &password);
    // The connection's medewerker: the actor its login belongs to and its roles (the login's kcc_
    // group roles). A login without an active medewerker account is refused.
    static Result<SignedInActor> whoAmI(Database &database);
    // Checks `password` for the connection's own login with a short second connection, as the
    // lock screen does; the answer is whoAmI's.
    static Result<SignedInActor> confirm(Database &database, const QString &password);

    static QString refused();
};

} // namespace kcc::storage
