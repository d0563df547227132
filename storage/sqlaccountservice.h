#pragma once

#include "model/callflow/callflowservices.h"

#include <QCoreApplication>

namespace kcc::storage {

class Database;

// AccountService on the `account` table (CallflowSchema). Passwords are kept only as
// PasswordHash strings; a hash with fewer iterations than today's default is replaced after the
// next successful sign-in.
class SqlAccountService final : public AccountService
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::SqlAccountService)

public:
    explicit SqlAccountService(Database &database);

    Result<SignedInActor> signIn(const QString &naam, const QString &password) override;
    Result<QUuid> createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                   const QString &telefoon, const QString &password, const QStringList &roles) override;
    Result<QUuid> createAfdeling(const QString &naam, const QString &omschrijving, const QString &email) override;
    Result<> setPassword(const QUuid &actor, const QString &password) override;
    Result<> setRoles(const QUuid &actor, const QStringList &roles) override;
    Result<QStringList> roles(const QUuid &actor) override;
    Result<bool> hasAnyAccount() override;

    static constexpr int minimumPasswordLength = 8;

private:
    std::optional<Error> checkPassword(const QString &password) const;
    std::optional<Error> checkRoles(const QStringList &roles) const;

    Database &m_database;
};

} // namespace kcc::storage
