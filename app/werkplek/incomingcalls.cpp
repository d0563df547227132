#include "app/werkplek/incomingcalls.h"

#include "app/werkplek/incomingnumber.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTimer>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kcc::app {

namespace {

const QByteArray accepted = QByteArrayLiteral("ok\n");

} // namespace

IncomingCalls::IncomingCalls(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
}

IncomingCalls::~IncomingCalls() = default;

void IncomingCalls::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (!peerIsSameUser(socket->socketDescriptor())) {
        qWarning("KCC Werkplek: a hand-over from another user was refused.");
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Qt stops reading from the connection when this buffer is full, so a line without an end
    // costs at most this much memory before read() closes the connection.
    socket->setReadBufferSize(IncomingNumber::maxLineBytes);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
    QTimer::singleShot(connectionTimeoutMilliseconds, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        read(socket);
}

void IncomingCalls::read(QLocalSocket *socket)
{
    if (socket->state() != QLocalSocket::ConnectedState)
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= IncomingNumber::maxLineBytes) {
            qWarning("KCC Werkplek: a hand-over line longer than %d bytes was discarded.",
                     IncomingNumber::maxLineBytes);
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    // One line per connection; anything after it is discarded with the connection.
    const QByteArray line = socket->readLine(IncomingNumber::maxLineBytes + 1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = QString(decoder.decode(line)).trimmed();
    bool ok = !decoder.hasError();
    if (ok && text.isEmpty()) {
        emit activationRequested();
    } else if (const std::optional<QString> number = ok ? IncomingNumber::parse(text) : std::nullopt)
        emit incomingCall(*number);
    else {
        qWarning("KCC Werkplek: a hand-over that is not a phone number was ignored.");
        ok = false;
    }
    if (ok)
        socket->write(accepted);
    socket->disconnectFromServer();
}

QString IncomingCalls::serverName()
{
    // Qt takes XDG_RUNTIME_DIR, or makes a 0700 runtime-<user> folder in /tmp without it. Checked
    // again here: the socket must be where nobody else can reach it or put one of their own.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    struct stat status = {};
    if (::stat(QFile::encodeName(runtime).constData(), &status) != 0 || !S_ISDIR(status.st_mode) ||
        status.st_uid != ::geteuid() || (status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return {};
    }
    return runtime + QStringLiteral("/kcc-werkplek.socket");
}

bool IncomingCalls::peerIsSameUser(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0 ||
        size != sizeof credentials) {
        return false;
    }
    return credentials.uid == ::geteuid();
}

bool IncomingCalls::handOver(const QString &number)
{
    const QString name = serverName();
    if (name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(500))
        return false;
    if (!peerIsSameUser(socket.socketDescriptor())) {
        qWarning("KCC Werkplek: the single-instance socket belongs to another user; starting on its own.");
        socket.abort();
        return false;
    }
    socket.write(number.toUtf8() + '\n');
    socket.flush();
    // Only a running KCC Werkplek answers "ok"; silence or anything else and this start goes on.
    while (!socket.canReadLine() && socket.waitForReadyRead(connectionTimeoutMilliseconds)) {
    }
    const bool taken = socket.canReadLine() && socket.readLine(accepted.size() + 1) == accepted;
    socket.abort();
    return taken;
}

bool IncomingCalls::listen()
{
    const QString name = serverName();
    if (name.isEmpty()) {
        qWarning("KCC Werkplek: there is no private runtime directory (XDG_RUNTIME_DIR), so calls cannot be "
                 "handed over to this window.");
        return false;
    }
    // Someone answers: another instance runs, and its socket must not be taken from it. Asked first:
    // with socket options, QLocalServer binds elsewhere and renames over an existing socket.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(300)) {
        probe.abort();
        return false;
    }
    // A crashed instance leaves the socket file behind with nobody listening: remove it (our own
    // private directory, so it is our own file).
    QLocalServer::removeServer(name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    return m_server->listen(name);
}

void IncomingCalls::stopListening()
{
    m_server->close();
}

} // namespace kcc::app
