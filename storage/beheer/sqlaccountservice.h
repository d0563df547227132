#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/clock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <utility>

namespace kcc::storage {

class Database;

// AccountService on the `account` table (CallflowSchema). Passwords are kept only as
// PasswordHash strings; an older or weaker hash (PBKDF2, or Argon2id below today's parameters) is
// replaced after the next successful sign-in. Failed sign-ins in a row are counted per account
// (schema version 7): from the third on the next attempt has to wait a little, from the fifth
// the account is locked for lockMinutes; a success resets the count. Beheer actions are refused
// unless the acting actor (set with setActingActor after the sign-in) is a beheerder.
class SqlAccountService final : public AccountService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlAccountService)

public:
    // `clock` gives the current UTC time (tests fix it); by default the system clock.
    explicit SqlAccountService(Database &database, Clock clock = {});

    Result<SignedInActor> signIn(const QString &naam, const QString &password) override;
    void setActingActor(const SignedInActor &actor) override;
    Result<QUuid> createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                   const QString &telefoon, const QString &password, const QStringList &roles,
                                   const QString &gebruikersnaam = QString()) override;
    Result<QUuid> createAfdeling(const QString &naam, const QString &omschrijving, const QString &email) override;
    Result<> setPassword(const QUuid &actor, const QString &password) override;
    Result<> setRoles(const QUuid &actor, const QStringList &roles) override;
    Result<QStringList> roles(const QUuid &actor) override;
    Result<bool> hasAnyAccount() override;
    Result<SignedInActor> confirmPassword(const QUuid &actor, const QString &password) override;

    static constexpr int minimumPasswordLength = 8;
    // After this many failed sign-ins in a row the account is locked for lockMinutes (again after
    // every further failure); the two before it make the next attempt wait waitSeconds.
    static constexpr int lockAfterFailures = 5;
    static constexpr int lockMinutes = 5;
    static constexpr int waitSeconds = 10;
    // How long the account waits after `failures` failed sign-ins in a row (0: not at all).
    static int waitAfterFailures(int failures);

private:
    Result<> mayManage(const char *action) const;
    // Counts a failed sign-in of `actor`: the failures in a row and until when it must wait (invalid:
    // not at all).
    // The count after it comes first.
    std::pair<int, QDateTime> recordFailure(const QUuid &actor, const QString &naam);
    Result<> storePassword(const QUuid &actor, const QString &password);
    std::optional<Error> checkPassword(const QString &password) const;
    std::optional<Error> checkRoles(const QStringList &roles) const;

    Database &m_database;
    Clock m_clock;
    SignedInActor m_actor;
};

} // namespace kcc::storage
