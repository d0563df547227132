#include "app/werkplek/incomingcalls.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace kcc::app {

IncomingCalls::IncomingCalls(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QString number = QString::fromUtf8(socket->readLine()).trimmed();
                if (number.isEmpty())
                    emit activationRequested();
                else if (number.size() <= 40)
                    emit incomingCall(number);
                socket->disconnectFromServer();
            });
        }
    });
}

IncomingCalls::~IncomingCalls() = default;

QString IncomingCalls::serverName()
{
    // Per user: the home directory tells users apart on a shared terminal server.
    const QByteArray hash =
        QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("kcc-werkplek-") + QString::fromLatin1(hash);
}

bool IncomingCalls::handOver(const QString &number)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(500))
        return false;
    socket.write(number.toUtf8() + '\n');
    socket.flush();
    socket.waitForBytesWritten(1000);
    socket.waitForDisconnected(1000);
    return true;
}

bool IncomingCalls::listen()
{
    if (m_server->listen(serverName()))
        return true;
    // Someone answers: another instance runs, and its socket must not be taken from it.
    QLocalSocket probe;
    probe.connectToServer(serverName());
    if (probe.waitForConnected(300)) {
        probe.abort();
        return false;
    }
    // A crashed instance leaves the socket file behind with nobody listening: remove it.
    QLocalServer::removeServer(serverName());
    return m_server->listen(serverName());
}

} // namespace kcc::app
