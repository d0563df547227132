#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/shell/mainwindow.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kcc::app {

class WaitingRegistrations;

// The main window of the medewerker who is signed in (issue 10, item 8). Signing out closes that
// window altogether - search text and its undo history, hits, klantbeelden, lists, an open task,
// open dialogs - so nothing of the previous medewerker can be left on screen or carried over;
// then the sign-in is asked again and a new window is built for whoever signs in, with their roles.
class SessionHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHost)

public:
    // Asks who signs in next (the sign-in dialog in the application, a stub in tests); nullopt when
    // nobody does, which ends the application.
    using SignInPrompt = std::function<std::optional<SignedInActor>()>;

    // `services`: the CallFlowContext without a user; sources and services must outlive this.
    SessionHost(const ui::MainWindow::Sources &sources, const ui::CallFlowContext &services, SignInPrompt prompt,
                QObject *parent = nullptr);
    ~SessionHost() override;

    // Builds and shows the window for `user` at `geometry` (a saved one, or empty for the default
    // size), and offers that medewerker's unfinished contact.
    void start(const SignedInActor &user, const QByteArray &geometry = {});
    // Null while nobody is signed in.
    ui::MainWindow *window() const { return m_window.get(); }
    // Of the current window, or of the last one.
    QByteArray geometry() const;

    // Issue 13, item 6: each window's medewerker gets their spool of registrations waiting for the
    // KCC database (null: none, as on a desk's own SQLite file). Must outlive this.
    void setWaitingRegistrations(WaitingRegistrations *waiting) { m_waiting = waiting; }

    // A softphone's call: a contact in the current window, or after the next sign-in.
    void incomingCall(const QString &number);
    // A second start of the application: the window to the front.
    void activate();

signals:
    // A new window is shown (after start() and after every switch of medewerker).
    void windowChanged(kcc::ui::MainWindow *window);
    // Nobody signed in after a sign-out: the application ends.
    void finished();

private:
    void setActingActor(const SignedInActor &actor);
    void signOut();
    void switchUser();

    ui::MainWindow::Sources m_sources;
    ui::CallFlowContext m_services;
    SignInPrompt m_prompt;
    std::unique_ptr<ui::MainWindow> m_window;
    QByteArray m_geometry;
    QString m_pendingCall;
    bool m_switching = false; // a sign-out is under way (a second Ctrl+Shift+L does nothing)
    WaitingRegistrations *m_waiting = nullptr;
};

} // namespace kcc::app
