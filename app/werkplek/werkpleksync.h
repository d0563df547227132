#pragma once

#include "app/werkplek/nudgingregistration.h"
#include "sync/runner/runnerserverlookup.h"
#include "sync/runner/syncrunner.h"
#include "ui/callflow/callflowcontext.h"

#include <QObject>

#include <memory>

namespace kcc::storage {
class Database;
}

namespace kcc::ui {
class MainWindow;
}

namespace kcc::app {

// The desk's side of the sync with Open Klant (issue 14): when the settings say where the server
// is, a SyncRunner on its own thread and connection, the registration service that nudges it, and
// the indicator in every main window's status bar. When sync is not configured it does nothing
// and the desk works on its own.
class WerkplekSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WerkplekSync)

public:
    // `database` must outlive this object (the runner opens its own connection from it).
    WerkplekSync(const sync::SyncSettings &settings, const storage::Database &database,
                 sync::SyncRunnerOptions options = {}, QObject *parent = nullptr);
    // Stops the runner first: its thread ends before the database goes.
    ~WerkplekSync() override;

    bool isOn() const { return m_runner != nullptr; }
    // Gives the window's call flow the registration service that nudges the runner and the
    // look-ups on the server (the Zoeken tab, the klantbeeld's history).
    void wire(ui::CallFlowContext &context);
    // Puts the indicator in this window's status bar (every new window after a sign-out).
    void attach(ui::MainWindow *window);
    void start();
    void stop();
    sync::SyncRunner *runner() const { return m_runner.get(); }
    ServerLookup *serverLookup() const { return m_lookup.get(); }

private:
    std::unique_ptr<sync::SyncRunner> m_runner;
    std::unique_ptr<NudgingRegistration> m_registration;
    std::unique_ptr<sync::RunnerServerLookup> m_lookup;
};

} // namespace kcc::app
