#include "app/werkplek/sessionhost.h"

#include "app/werkplek/waitingregistrations.h"

#include <QRect>
#include <QScreen>
#include <QSize>
#include <QTimer>

#include <utility>

namespace kcc::app {

SessionHost::SessionHost(const ui::MainWindow::Sources &sources, const ui::CallFlowContext &services,
                         SignInPrompt prompt, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_services(services)
    , m_prompt(std::move(prompt))
{
}

SessionHost::~SessionHost() = default;

void SessionHost::start(const SignedInActor &user, const QByteArray &geometry)
{
    // The services check beheer rights against whoever holds the seat now.
    setActingActor(user);
    m_window = std::make_unique<ui::MainWindow>(m_sources);
    ui::CallFlowContext context = m_services;
    context.user = user;
    if (m_waiting)
        m_waiting->prepare(context, user);
    m_window->setCallFlow(context);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, &SessionHost::signOut);
    if (!m_window->restoreGeometry(geometry)) {
        // First start on this seat: 1440×860, but never larger than the screen (a 1366×768 desk
        // would otherwise cut the contact panel off on the right).
        const QRect screen = m_window->screen()->availableGeometry();
        m_window->resize(QSize(1440, 860).boundedTo(screen.size()));
        m_window->move(screen.topLeft());
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    emit windowChanged(m_window.get());
    if (m_waiting)
        m_waiting->attach(m_window.get());
    // An unfinished contact (crash, closed window, sign-out) is offered first; then a call that
    // came in while nobody was signed in.
    m_window->offerDraft();
    if (!m_pendingCall.isEmpty())
        m_window->startContact(std::exchange(m_pendingCall, QString()));
}

QByteArray SessionHost::geometry() const
{
    return m_window ? m_window->saveGeometry() : m_geometry;
}

void SessionHost::incomingCall(const QString &number)
{
    if (!m_window) {
        m_pendingCall = number;
        return;
    }
    m_window->startContact(number);
    activate();
}

void SessionHost::activate()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void SessionHost::signOut()
{
    if (!m_window || m_switching)
        return;
    m_switching = true;
    // Off the screen at once; destroyed once the action that asked for it has returned.
    m_geometry = m_window->saveGeometry();
    m_window->hide();
    QTimer::singleShot(0, this, &SessionHost::switchUser);
}

void SessionHost::switchUser()
{
    m_window.reset();
    m_switching = false;
    // Nobody acts while the seat is free.
    setActingActor({});
    const std::optional<SignedInActor> next = m_prompt();
    if (!next) {
        emit finished();
        return;
    }
    start(*next, m_geometry);
}

void SessionHost::setActingActor(const SignedInActor &actor)
{
    if (m_services.accounts)
        m_services.accounts->setActingActor(actor);
    if (m_services.codeLists)
        m_services.codeLists->setActingActor(actor);
    if (m_services.partijEdit)
        m_services.partijEdit->setActingActor(actor);
}

} // namespace kcc::app
