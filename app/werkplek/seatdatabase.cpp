#include "app/werkplek/seatdatabase.h"

#include "storage/beheer/postgresseat.h"
#include "storage/db/databaseaddress.h"
#include "storage/db/postgreschangefeed.h"
#include "ui/shell/signindialog.h"

#include <QDialog>

namespace kcc::app {

SeatDatabase::SeatDatabase() = default;
SeatDatabase::~SeatDatabase()
{
    m_changes.reset();
}

SeatDatabase::Outcome SeatDatabase::open(const QString &pathOrUri)
{
    const Result<storage::DatabaseAddress> address = storage::DatabaseAddress::parse(pathOrUri);
    if (!address) {
        m_error = address.error().message;
        return Outcome::Failed;
    }
    if (address.value().engine == storage::Engine::PostgreSQL) {
        m_postgres = std::make_unique<storage::PostgresSeat>(address.value());
        ui::SignInDialog signIn(*m_postgres,
                                tr("Sign in with your own account on the KCC's server %1.").arg(address.value().host));
        if (signIn.exec() != QDialog::Accepted)
            return Outcome::Cancelled;
        m_signedIn = signIn.signedIn();
        m_changes = std::make_unique<storage::PostgresChangeFeed>(*m_postgres->database());
        return Outcome::Opened;
    }
    auto opened = storage::Database::open(pathOrUri);
    if (!opened) {
        m_error = opened.error().message;
        return Outcome::Failed;
    }
    m_file = std::move(opened).value();
    return Outcome::Opened;
}

storage::Database &SeatDatabase::database() const
{
    return m_postgres ? *m_postgres->database() : *m_file;
}

AccountService *SeatDatabase::seatAccounts() const
{
    return m_postgres.get();
}

LiveChanges *SeatDatabase::liveChanges() const
{
    return m_changes.get();
}

} // namespace kcc::app
