#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/livechanges.h"
#include "storage/db/database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace kcc::storage {
class PostgresSeat;
class PostgresChangeFeed;
} // namespace kcc::storage

namespace kcc::app {

// The database a seat works on and, on the KCC's PostgreSQL server, its first sign-in (issue 13).
// One desk's SQLite file opens before anybody signs in: the sign-in checks the account in it. On
// PostgreSQL the sign-in is the connection — each medewerker's own login, whose rights the engine
// enforces — so the sign-in dialog comes first and the database opens with it.
class SeatDatabase
{
    Q_DECLARE_TR_FUNCTIONS(kcc::app::SeatDatabase)

public:
    enum class Outcome
    {
        Opened,
        Cancelled,
        Failed
    };

    SeatDatabase();
    ~SeatDatabase();
    SeatDatabase(const SeatDatabase &) = delete;
    SeatDatabase &operator=(const SeatDatabase &) = delete;

    // `pathOrUri` as DatabaseAddress reads it; on PostgreSQL this shows the sign-in dialog.
    Outcome open(const QString &pathOrUri);
    QString error() const { return m_error; }

    storage::Database &database() const;
    // On the shared server: the medewerker is signed in already, and signing in and the lock
    // screen's password check are the server's (seatAccounts()).
    bool isShared() const { return m_postgres != nullptr; }
    std::optional<SignedInActor> signedIn() const { return m_signedIn; }
    AccountService *seatAccounts() const;
    // Other seats' changes and the server's comings and goings (issue 13); null on SQLite.
    LiveChanges *liveChanges() const;

private:
    std::unique_ptr<storage::PostgresSeat> m_postgres;
    std::unique_ptr<storage::Database> m_file;
    // After the connection it listens on: it goes first.
    std::unique_ptr<storage::PostgresChangeFeed> m_changes;
    std::optional<SignedInActor> m_signedIn;
    QString m_error;
};

} // namespace kcc::app
