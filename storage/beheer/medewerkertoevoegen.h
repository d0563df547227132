#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc::storage {

class Database;
class SqlServices;

// A medewerker who signs in, as `kccctl user add` makes one: the actor and the account with its
// roles, the afdelingen they belong to (by name), and on PostgreSQL their own login in the group
// roles of those roles. Also what the multi-seat tests use, so that they sign in as IT's logins do.
struct NieuweMedewerker
{
    QString naam;
    QString functie;
    QString email;
    QString telefoon;
    QString password;
    QStringList roles;
    QStringList afdelingen;
};

// `services` are over `database`; `beheer` acts as the beheerder (kccctl runs with the database
// owner's rights). Stops at the first failure with its message; returns the new medewerker's actor.
Result<QUuid> voegMedewerkerToe(Database &database, SqlServices &services, const SignedInActor &beheer,
                                const NieuweMedewerker &medewerker);

} // namespace kcc::storage
