#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace kcc::app {

// One KCC Werkplek per user: a second start with --incoming hands the number to the running
// instance over a local socket (named per user) and exits.
class IncomingCalls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingCalls)

public:
    explicit IncomingCalls(QObject *parent = nullptr);
    ~IncomingCalls() override;

    // True when a running instance took the number (the caller then exits).
    static bool handOver(const QString &number);
    // Starts listening; false when another instance already listens.
    bool listen();

signals:
    void incomingCall(const QString &number);

private:
    static QString serverName();
    QLocalServer *m_server;
};

} // namespace kcc::app
