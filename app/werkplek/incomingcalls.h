#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace kcc::app {

// One KCC Werkplek per user: a second start hands its incoming number (or, without one, the
// request to come to the front) to the running instance over a local socket, and exits.
//
// What arrives there comes from outside: the socket lives in the user's private runtime directory
// (XDG_RUNTIME_DIR, 0700), only a process of the same user is heard (SO_PEERCRED), a connection
// carries one line of at most IncomingNumber::maxLineBytes, and only a phone number is passed on.
// A second start exits only when the running instance answered "ok": a stale or foreign socket
// never makes it quit silently.
class IncomingCalls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingCalls)

public:
    explicit IncomingCalls(QObject *parent = nullptr);
    ~IncomingCalls() override;

    // True when a running instance took the number (the caller then exits). An empty number
    // asks the running instance to come to the front.
    static bool handOver(const QString &number);
    // Starts listening; false when another instance already listens (its socket is left alone)
    // or there is no private place for the socket.
    bool listen();
    // <private runtime directory>/kcc-werkplek.socket; empty when the runtime directory is missing
    // or can be reached by other users.
    static QString serverName();
    // Whether the process at the other end of the connected local socket `descriptor` runs as this
    // user; false when that cannot be established.
    static bool peerIsSameUser(qintptr descriptor);

    // Stops listening, so that a new instance (the restart after a sign-out on PostgreSQL) can.
    void stopListening();

    // How long a connection may take to deliver its line.
    static constexpr int connectionTimeoutMilliseconds = 3000;

signals:
    void incomingCall(const QString &number);
    void activationRequested();

private:
    void accept(QLocalSocket *socket);
    void read(QLocalSocket *socket);

    QLocalServer *m_server;
};

} // namespace kcc::app
