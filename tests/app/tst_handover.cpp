// Issue 11, finding 2: the single-instance hand-over socket. It lived at a name in /tmp anyone
// could compute, so another user could take it (and make KCC Werkplek exit silently), send rich
// text to the incoming-call banner, or grow its memory without limit with a line without end.

#include "app/werkplek/incomingcalls.h"
#include "app/werkplek/incomingnumber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using kcc::app::IncomingCalls;
using kcc::app::IncomingNumber;

namespace {

// VmRSS of this process in KiB.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// handOver() blocks until the running side answers, so it runs on another thread here, as it
// runs in another process in real life.
class HandOver
{
public:
    explicit HandOver(const QString &number)
        : m_thread(QThread::create([this, number] { m_taken = IncomingCalls::handOver(number); }))
    {
        m_thread->start();
    }
    ~HandOver() { m_thread->wait(); }
    bool finished() const { return m_thread->isFinished(); }
    bool taken() const { return m_taken; }

private:
    std::atomic<bool> m_taken = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace

class TestHandOver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void socketLivesInThePrivateRuntimeDirectory();
    void sharedRuntimeDirectoryIsNotUsed();
    void parse_data();
    void parse();
    void peerOfTheSameUserIsAccepted();
    void peerOfAnotherUserIsRefused();
    void telUriIsHandedOver();
    void markupIsNotPassedOn();
    void unboundedLineClosesTheConnection();
    void onlyTheFirstLineCounts();
    void staleSocketDoesNotMakeTheStartExit();
    void silentListenerDoesNotMakeTheStartExit();

private:
    QTemporaryDir m_runtime;
};

void TestHandOver::initTestCase()
{
    // A private runtime directory keeps a running KCC Werkplek of the developer out of this test.
    QVERIFY(m_runtime.isValid());
    QVERIFY(QFile::setPermissions(m_runtime.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestHandOver::socketLivesInThePrivateRuntimeDirectory()
{
    QCOMPARE(IncomingCalls::serverName(), m_runtime.path() + QStringLiteral("/kcc-werkplek.socket"));
    IncomingCalls running;
    QVERIFY(running.listen());
    struct stat status = {};
    QVERIFY(::lstat(QFile::encodeName(IncomingCalls::serverName()).constData(), &status) == 0);
    QVERIFY(S_ISSOCK(status.st_mode));
    QCOMPARE(status.st_uid, ::geteuid());
    QCOMPARE(int(status.st_mode & (S_IRWXG | S_IRWXO)), 0);
}

void TestHandOver::sharedRuntimeDirectoryIsNotUsed()
{
    // A runtime directory other users can enter is no place for the socket: either no hand-over
    // at all (the application then simply runs on its own) or a directory made private first.
    QTemporaryDir shared;
    QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 0777) == 0);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(shared.path()));
    const QString name = IncomingCalls::serverName();
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    if (!name.isEmpty()) {
        struct stat status = {};
        QVERIFY(::stat(QFile::encodeName(QFileInfo(name).path()).constData(), &status) == 0);
        QCOMPARE(int(status.st_mode & (S_IRWXG | S_IRWXO)), 0);
    }
}

void TestHandOver::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("0612345678") << QStringLiteral("0612345678");
    QTest::newRow("separators") << QStringLiteral(" 020 - 123 45 67 ") << QStringLiteral("020 - 123 45 67");
    QTest::newRow("tel: +31") << QStringLiteral("tel:+31612345678") << QStringLiteral("0612345678");
    QTest::newRow("tel: parameter") << QStringLiteral("TEL:0201234567;phone-context=example.nl")
                                    << QStringLiteral("0201234567");
    QTest::newRow("markup") << QStringLiteral("<b style='color:red'>Bel 0900-1234</b>") << QString();
    QTest::newRow("link") << QStringLiteral("<a href='https://example.org'>0612345678</a>") << QString();
    QTest::newRow("percent-encoded markup") << QStringLiteral("tel:%3Ch1%3E06%3C/h1%3E") << QString();
    QTest::newRow("NUL") << QStringLiteral("0612%00345678").replace(QStringLiteral("%00"), QString(QChar(0)))
                         << QString();
    QTest::newRow("letters") << QStringLiteral("06-CALLME") << QString();
    QTest::newRow("too long") << QString(IncomingNumber::maxLineBytes + 1, QLatin1Char('1')) << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestHandOver::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    const std::optional<QString> parsed = IncomingNumber::parse(text);
    QCOMPARE(parsed.has_value(), !number.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, number);
}

void TestHandOver::peerOfTheSameUserIsAccepted()
{
    int pair[2] = {-1, -1};
    QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
    QVERIFY(IncomingCalls::peerIsSameUser(pair[0]));
    QVERIFY(IncomingCalls::peerIsSameUser(pair[1]));
    ::close(pair[0]);
    ::close(pair[1]);
    // Not a socket, or no descriptor at all: not established, so refused.
    int pipeEnds[2] = {-1, -1};
    QVERIFY(::pipe(pipeEnds) == 0);
    QVERIFY(!IncomingCalls::peerIsSameUser(pipeEnds[0]));
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    QVERIFY(!IncomingCalls::peerIsSameUser(-1));
}

void TestHandOver::peerOfAnotherUserIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("Connecting as a second user needs root to switch users; the same-user case is tested above.");
    // A socket another user can reach (in a world-accessible folder), and a child process that
    // connects to it as "nobody".
    QTemporaryDir open;
    QVERIFY(::chmod(QFile::encodeName(open.path()).constData(), 0755) == 0);
    const QString path = open.path() + QStringLiteral("/open.socket");
    QLocalServer server;
    server.setSocketOptions(QLocalServer::WorldAccessOption);
    QVERIFY(server.listen(path));
    const QByteArray nativePath = QFile::encodeName(path);
    QVERIFY(size_t(nativePath.size()) < sizeof(sockaddr_un::sun_path));

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // Only async-signal-safe calls between fork and _exit.
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(2);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, nativePath.constData(), size_t(nativePath.size()));
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            ::_exit(3);
        char byte = 0;
        (void)::read(fd, &byte, 1); // until the parent closes its end
        ::_exit(0);
    }
    const bool connected = server.waitForNewConnection(5000);
    QLocalSocket *socket = connected ? server.nextPendingConnection() : nullptr;
    const bool sameUser = socket && IncomingCalls::peerIsSameUser(socket->socketDescriptor());
    if (socket)
        socket->abort();
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY2(connected, "the child as nobody did not connect");
    QVERIFY(!sameUser);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

void TestHandOver::telUriIsHandedOver()
{
    QVERIFY(!IncomingCalls::handOver(QStringLiteral("0612345678"))); // nobody runs yet
    IncomingCalls running;
    QVERIFY(running.listen());
    QSignalSpy calls(&running, &IncomingCalls::incomingCall);
    HandOver caller(QStringLiteral("tel:+31612345678"));
    QTRY_COMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("0612345678"));
    QTRY_VERIFY(caller.finished());
    QVERIFY(caller.taken());
}

void TestHandOver::markupIsNotPassedOn()
{
    IncomingCalls running;
    QVERIFY(running.listen());
    QSignalSpy calls(&running, &IncomingCalls::incomingCall);
    QSignalSpy activations(&running, &IncomingCalls::activationRequested);
    HandOver caller(QStringLiteral("<a href='x'><font color=red size=7>Sluit het programma</font></a>"));
    QTRY_VERIFY(caller.finished());
    // Not taken: a start with such an "number" would go on by itself, not quit.
    QVERIFY(!caller.taken());
    QCOMPARE(calls.size(), 0);
    QCOMPARE(activations.size(), 0);
}

void TestHandOver::unboundedLineClosesTheConnection()
{
    IncomingCalls running;
    QVERIFY(running.listen());
    QSignalSpy calls(&running, &IncomingCalls::incomingCall);
    QSignalSpy activations(&running, &IncomingCalls::activationRequested);
    QLocalSocket client;
    client.connectToServer(IncomingCalls::serverName());
    QVERIFY(client.waitForConnected(1000));

    // Digits without a newline, offered as fast as the connection takes them, up to 64 MiB
    // (before the fix the running instance buffered all of it: 256 MB sent, +262 MB RSS).
    const qint64 before = residentKiB();
    const QByteArray chunk(64 * 1024, '7');
    constexpr qint64 limit = 64LL * 1024 * 1024;
    qint64 offered = 0;
    QElapsedTimer timer;
    timer.start();
    while (client.state() == QLocalSocket::ConnectedState && offered < limit && timer.elapsed() < 20000) {
        if (client.bytesToWrite() < chunk.size()) {
            client.write(chunk);
            offered += chunk.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
    QVERIFY2(offered < limit, qPrintable(QString::number(offered)));
    const qint64 growth = residentKiB() - before;
    QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
    QCOMPARE(calls.size(), 0);
    QCOMPARE(activations.size(), 0);
}

void TestHandOver::onlyTheFirstLineCounts()
{
    IncomingCalls running;
    QVERIFY(running.listen());
    QSignalSpy calls(&running, &IncomingCalls::incomingCall);
    QLocalSocket client;
    client.connectToServer(IncomingCalls::serverName());
    QVERIFY(client.waitForConnected(1000));
    client.write("0612345678\n0201234567\n0301234567\n");
    QTRY_COMPARE(calls.size(), 1);
    QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("0612345678"));
    QCOMPARE(calls.size(), 1);
}

void TestHandOver::staleSocketDoesNotMakeTheStartExit()
{
    // A socket file nobody listens on, as a crashed instance leaves it: the start goes on by
    // itself and takes the name over.
    const QByteArray path = QFile::encodeName(IncomingCalls::serverName());
    QVERIFY(size_t(path.size()) < sizeof(sockaddr_un::sun_path));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(QFile::decodeName(path)));

    QVERIFY(!IncomingCalls::handOver(QStringLiteral("0612345678")));
    IncomingCalls running;
    QVERIFY(running.listen());
}

void TestHandOver::silentListenerDoesNotMakeTheStartExit()
{
    // Something else listens at the name but never answers "ok": the start must not quit.
    QLocalServer other;
    QVERIFY(other.listen(IncomingCalls::serverName()));
    QElapsedTimer timer;
    timer.start();
    HandOver caller(QStringLiteral("0612345678"));
    QTRY_VERIFY_WITH_TIMEOUT(caller.finished(), 2 * IncomingCalls::connectionTimeoutMilliseconds + 2000);
    QVERIFY(!caller.taken());
    other.close();
}

QTEST_MAIN(TestHandOver)
#include "tst_handover.moc"
