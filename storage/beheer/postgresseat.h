#pragma once

#include "model/beheer/accountservice.h"
#include "storage/db/database.h"

#include <QCoreApplication>

#include <memory>

namespace kcc::storage {

class SqlAccountService;

// The accounts of a seat on the KCC's PostgreSQL server (issue 13): signing in opens the seat's
// connection with the medewerker's own login (PostgresLogin), and the lock screen checks the
// password with that same login; managing medewerkers and afdelingen goes to the ordinary account
// service on the seat's connection, where the engine's GRANTs decide what the login may do.
// One seat is one login: a different medewerker starts a new session (the application restarts
// after a sign-out), so that nothing runs with the previous medewerker's rights.
class PostgresSeat final : public AccountService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PostgresSeat)

public:
    explicit PostgresSeat(DatabaseAddress server);
    ~PostgresSeat() override;

    // The seat's connection after a successful sign-in; null before.
    Database *database() const { return m_database.get(); }

    Result<SignedInActor> signIn(const QString &naam, const QString &password) override;
    void setActingActor(const SignedInActor &actor) override;
    Result<QUuid> createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                   const QString &telefoon, const QString &password, const QStringList &roles,
                                   const QString &gebruikersnaam = QString()) override;
    Result<QUuid> createAfdeling(const QString &naam, const QString &omschrijving, const QString &email) override;
    Result<> setPassword(const QUuid &actor, const QString &password) override;
    Result<> setRoles(const QUuid &actor, const QStringList &roles) override;
    Result<QStringList> roles(const QUuid &actor) override;
    // Always true: the first beheerder of a shared database is made by IT (`kccctl user add`).
    Result<bool> hasAnyAccount() override;
    Result<SignedInActor> confirmPassword(const QUuid &actor, const QString &password) override;

private:
    Error notSignedIn() const;

    DatabaseAddress m_server;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlAccountService> m_accounts;
    SignedInActor m_signedIn;
};

} // namespace kcc::storage
