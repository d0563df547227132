#include "app/werkplek/waitingregistrations.h"

#include "storage/db/database.h"
#include "ui/callflow/spoolindicator.h"
#include "ui/shell/mainwindow.h"

#include <QStatusBar>
#include <QTimer>

namespace kcc::app {

WaitingRegistrations::WaitingRegistrations(storage::Database &database, LiveChanges *changes, const QString &directory,
                                           const QString &draftsDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_draftsDirectory(draftsDirectory)
    , m_keeper(database, changes)
{
    connect(&m_keeper, &storage::ConnectionKeeper::connected, this, &WaitingRegistrations::sendPending);
}

WaitingRegistrations::~WaitingRegistrations() = default;

void WaitingRegistrations::prepare(ui::CallFlowContext &context, const SignedInActor &user)
{
    m_sender.reset();
    // The window's drafts go through the desk store from now on; the database's stays underneath.
    DraftStore &database = m_drafts ? m_drafts->underlying() : *context.drafts;
    m_drafts = std::make_unique<DeskDraftStore>(database, m_draftsDirectory, user.actor);
    context.drafts = m_drafts.get();
    m_spool = std::make_unique<RegistrationSpool>(m_directory, user.actor);
    m_sender = std::make_unique<SpoolSender>(*m_spool, *context.registration, *context.drafts);
    context.spool = m_spool.get();
    context.spoolSender = m_sender.get();
}

void WaitingRegistrations::attach(ui::MainWindow *window)
{
    if (!window || !m_spool)
        return;
    new ui::SpoolIndicator(*m_spool, *m_sender, window->statusBar());
    // After the window has offered the unfinished contacts, so that one handed back joins them.
    QTimer::singleShot(0, this, [this] { m_keeper.check(); });
}

void WaitingRegistrations::sendPending()
{
    if (m_sender && m_spool->count() > 0)
        m_sender->sendPending();
}

} // namespace kcc::app
