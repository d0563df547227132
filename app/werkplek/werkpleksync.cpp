#include "app/werkplek/werkpleksync.h"

#include "app/werkplek/syncwiring.h"
#include "ui/shell/mainwindow.h"
#include "ui/sync/syncstatusindicator.h"

#include <QStatusBar>

namespace kcc::app {

WerkplekSync::WerkplekSync(const sync::SyncSettings &settings, const storage::Database &database,
                           sync::SyncRunnerOptions options, QObject *parent)
    : QObject(parent)
{
    if (!settings.isConfigured())
        return;
    m_runner = std::make_unique<sync::SyncRunner>(settings, syncConnectionFactory(database), options);
    m_lookup = std::make_unique<sync::RunnerServerLookup>(*m_runner);
}

WerkplekSync::~WerkplekSync()
{
    stop();
    m_lookup.reset(); // before the runner it listens to
}

void WerkplekSync::wire(ui::CallFlowContext &context)
{
    if (!m_runner)
        return;
    context.serverLookup = m_lookup.get();
    if (!context.registration)
        return;
    sync::SyncRunner *runner = m_runner.get();
    m_registration = std::make_unique<NudgingRegistration>(*context.registration, [runner] { runner->nudge(); });
    context.registration = m_registration.get();
}

void WerkplekSync::attach(ui::MainWindow *window)
{
    if (!m_runner || !window)
        return;
    auto *indicator = new ui::SyncStatusIndicator(window->statusBar());
    indicator->setStatus(m_runner->status());
    window->statusBar()->addPermanentWidget(indicator);
    connect(m_runner.get(), &sync::SyncRunner::statusChanged, indicator, &ui::SyncStatusIndicator::setStatus);
}

void WerkplekSync::start()
{
    if (m_runner)
        m_runner->start();
}

void WerkplekSync::stop()
{
    if (m_runner)
        m_runner->stop();
}

} // namespace kcc::app
