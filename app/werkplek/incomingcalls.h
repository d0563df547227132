#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace kcc::app {

// One KCC Werkplek per user: a second start hands its incoming number (or, without one, the
// request to come to the front) to the running instance over a local socket named per user,
// and exits.
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
    // Starts listening; false when another instance already listens (its socket is left alone).
    bool listen();
    // The socket's name: per user (from the home directory).
    static QString serverName();

signals:
    void incomingCall(const QString &number);
    void activationRequested();

private:
    QLocalServer *m_server;
};

} // namespace kcc::app
