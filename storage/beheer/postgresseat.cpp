#include "storage/beheer/postgresseat.h"

#include "storage/beheer/postgreslogin.h"
#include "storage/beheer/sqlaccountservice.h"

namespace kcc::storage {

PostgresSeat::PostgresSeat(DatabaseAddress server)
    : m_server(std::move(server))
{
}

// The account service holds prepared statements on the connection: it goes first.
PostgresSeat::~PostgresSeat()
{
    m_accounts.reset();
    m_database.reset();
}

Error PostgresSeat::notSignedIn() const
{
    return Error{tr("Sign in first: on the KCC's server everything runs with the medewerker's own login."), {}};
}

Result<SignedInActor> PostgresSeat::signIn(const QString &naam, const QString &password)
{
    Result<std::unique_ptr<Database>> opened = PostgresLogin::open(m_server, naam, password);
    if (!opened)
        return opened.error();
    Result<SignedInActor> who = PostgresLogin::whoAmI(*opened.value());
    if (!who)
        return who.error();
    if (m_database && who.value().actor != m_signedIn.actor) {
        return Error{tr("This seat is signed in as %1. Sign out first; the program then starts again for the "
                        "next medewerker.")
                         .arg(m_signedIn.naam),
                     {}};
    }
    if (!m_database) {
        m_database = std::move(opened).value();
        m_accounts = std::make_unique<SqlAccountService>(*m_database);
        m_accounts->setActingActor(who.value());
    }
    m_signedIn = who.value();
    return who;
}

void PostgresSeat::setActingActor(const SignedInActor &actor)
{
    if (m_accounts)
        m_accounts->setActingActor(actor);
}

Result<QUuid> PostgresSeat::createMedewerker(const QString &naam, const QString &functie, const QString &email,
                                             const QString &telefoon, const QString &password, const QStringList &roles,
                                             const QString &gebruikersnaam)
{
    if (!m_accounts)
        return notSignedIn();
    return m_accounts->createMedewerker(naam, functie, email, telefoon, password, roles, gebruikersnaam);
}

Result<QUuid> PostgresSeat::createAfdeling(const QString &naam, const QString &omschrijving, const QString &email)
{
    if (!m_accounts)
        return notSignedIn();
    return m_accounts->createAfdeling(naam, omschrijving, email);
}

Result<> PostgresSeat::setPassword(const QUuid &actor, const QString &password)
{
    if (!m_accounts)
        return notSignedIn();
    return m_accounts->setPassword(actor, password);
}

Result<> PostgresSeat::setRoles(const QUuid &actor, const QStringList &roles)
{
    if (!m_accounts)
        return notSignedIn();
    return m_accounts->setRoles(actor, roles);
}

Result<QStringList> PostgresSeat::roles(const QUuid &actor)
{
    if (!m_accounts)
        return notSignedIn();
    return m_accounts->roles(actor);
}

Result<bool> PostgresSeat::hasAnyAccount()
{
    return true;
}

Result<SignedInActor> PostgresSeat::confirmPassword(const QUuid &actor, const QString &password)
{
    if (!m_database)
        return notSignedIn();
    const QString wrong = tr("The password is not correct.");
    Result<SignedInActor> checked = PostgresLogin::confirm(*m_database, password);
    if (!checked) {
        if (checked.error().message == PostgresLogin::refused())
            return Error{wrong, {{QStringLiteral("password"), wrong}}};
        return checked.error();
    }
    if (checked.value().actor != actor)
        return Error{wrong, {{QStringLiteral("password"), wrong}}};
    return checked;
}

} // namespace kcc::storage
