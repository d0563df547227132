#pragma once

#include "model/beheer/accountservice.h"
#include "model/callflow/deskdraftstore.h"
#include "model/callflow/registrationspool.h"
#include "model/callflow/spoolsender.h"
#include "storage/db/connectionkeeper.h"
#include "ui/callflow/callflowcontext.h"

#include <QObject>
#include <QString>

#include <memory>

namespace kcc {
class LiveChanges;
}

namespace kcc::storage {
class Database;
}

namespace kcc::ui {
class MainWindow;
}

namespace kcc::app {

// Issue 13, item 6 on the KCC's PostgreSQL server, wired: the seat's connection is kept (and
// opened again by itself after a restart, failover or cut: ConnectionKeeper), a registration made
// while the server is away waits in the signed-in medewerker's spool on this desk (and the drafts of
// the open contacts in a DeskDraftStore beside it), and whatever
// waits is sent when the connection answers again and at every sign-in of that medewerker; the
// status bar shows how many wait.
class WaitingRegistrations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingRegistrations)

public:
    // `directory`: RegistrationSpool::defaultDirectory() in the application, `draftsDirectory`
    // DeskDraftStore::defaultDirectory(). The database, the feed (may be null) and the services
    // handed to prepare() must outlive this.
    WaitingRegistrations(storage::Database &database, LiveChanges *changes, const QString &directory,
                         const QString &draftsDirectory, QObject *parent = nullptr);
    ~WaitingRegistrations() override;

    // For a new window of `user`: that medewerker's spool, sender and desk drafts in `context`.
    void prepare(ui::CallFlowContext &context, const SignedInActor &user);
    // The window is shown: the status bar's indicator, then what waits from before is sent.
    void attach(ui::MainWindow *window);

    RegistrationSpool *spool() const { return m_spool.get(); }
    storage::ConnectionKeeper &keeper() { return m_keeper; }

private:
    void sendPending();

    QString m_directory;
    QString m_draftsDirectory;
    storage::ConnectionKeeper m_keeper;
    std::unique_ptr<DeskDraftStore> m_drafts;
    std::unique_ptr<RegistrationSpool> m_spool;
    std::unique_ptr<SpoolSender> m_sender;
};

} // namespace kcc::app
