#pragma once

// Seats on the PostgreSQL test server as a KCC runs them (issue 13): medewerkers made the way
// `kccctl user add` makes them (storage::voegMedewerkerToe: actor, account, afdelingen, their own
// login), and a seat that signs in with that login (storage::PostgresSeat, as the werkplek does) and
// builds its services over its own connection. For the multi-seat tests in tests/postgres and the
// GUI tests that put two windows on one server.

#include "storage/beheer/medewerkertoevoegen.h"
#include "storage/beheer/postgresseat.h"
#include "storage/db/database.h"
#include "storage/db/databaseaddress.h"
#include "storage/db/postgressecurity.h"
#include "storage/db/sqlservices.h"
#include "tests/support/postgresadmin.h"

#include <QSqlQuery>

#include <memory>

namespace kcc::test {

struct SeatLogin
{
    QString naam;
    QString password;
    QStringList roles;
    QStringList afdelingen;
};

// What kccctl acts as: the database owner's beheerder.
inline SignedInActor seatBeheerder()
{
    return SignedInActor{{}, QStringLiteral("test (beheer)"), SoortActor::Medewerker, {AccountRole::beheerder()}};
}

// Makes `login` on the database `owner` (the server's superuser connection). Logins are cluster-wide:
// give each suite names of its own, and drop them at the end.
inline Result<QUuid> addSeatLogin(storage::Database &owner, storage::SqlServices &services, const SeatLogin &login)
{
    storage::NieuweMedewerker medewerker;
    medewerker.naam = login.naam;
    medewerker.functie = QStringLiteral("medewerker");
    medewerker.telefoon = QStringLiteral("0201234567");
    medewerker.password = login.password;
    medewerker.roles = login.roles;
    medewerker.afdelingen = login.afdelingen;
    return storage::voegMedewerkerToe(owner, services, seatBeheerder(), medewerker);
}

inline void dropSeatLogin(storage::Database &owner, const SeatLogin &login)
{
    QSqlQuery query(owner.connection());
    query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(storage::PostgresSecurity::loginName(login.naam)));
}

// The test server's address of the database `name` (PostgresSeat puts the login in).
inline storage::DatabaseAddress seatServer(const QString &name)
{
    return storage::DatabaseAddress::parse(PostgresAdmin::uriFor(name)).value();
}

// One werkplek signed in: its own connection with the medewerker's login, and its services.
struct SignedInSeat
{
    SignedInSeat(const storage::DatabaseAddress &server, const SeatLogin &login, Clock clock = {})
        : seat(server)
    {
        const Result<SignedInActor> in = seat.signIn(login.naam, login.password);
        if (!in) {
            error = in.error().message;
            return;
        }
        user = in.value();
        services = std::make_unique<storage::SqlServices>(*seat.database(), std::move(clock));
    }
    ~SignedInSeat() { services.reset(); }
    SignedInSeat(const SignedInSeat &) = delete;
    SignedInSeat &operator=(const SignedInSeat &) = delete;

    bool isValid() const { return services != nullptr; }
    storage::Database &database() { return *seat.database(); }

    storage::PostgresSeat seat;
    SignedInActor user;
    std::unique_ptr<storage::SqlServices> services;
    QString error;
};

} // namespace kcc::test
