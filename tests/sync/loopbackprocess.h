#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

// Prism serves the spec's path keys as they are, ignoring the servers' base path: writes a copy of
// `spec` whose path keys start with `basePath` (e.g. /klantinteracties/api/v1), as the client has
// them.
inline bool writePrefixedSpec(const QString &spec, const QString &target, const QString &basePath)
{
    QFile in(spec);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    static const QRegularExpression pathKey(QStringLiteral("^  (/[^:]*):$"));
    while (!in.atEnd()) {
        QString line = QString::fromUtf8(in.readLine());
        const bool newline = line.endsWith(QLatin1Char('\n'));
        if (newline)
            line.chop(1);
        line.replace(pathKey, QStringLiteral("  ") + basePath + QStringLiteral("\\1:"));
        out.write(line.toUtf8() + (newline ? "\n" : ""));
    }
    return true;
}

// A server process on loopback for the sync tests (Prism, the stateful fixture): started, waited
// for until it accepts connections, and always killed when the object goes.
class LoopbackProcess
{
public:
    ~LoopbackProcess() { stop(); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Starts `program` and waits until a stdout line matches `ready` (its first capture, if any,
    // is the port) or `timeoutMs` passes.
    bool start(const QString &program, const QStringList &arguments, const QRegularExpression &ready, int timeoutMs)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_output += QString::fromUtf8(m_process.readAll());
            const QRegularExpressionMatch match = ready.match(m_output);
            if (match.hasMatch()) {
                if (match.lastCapturedIndex() >= 1)
                    m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    void setPort(quint16 port) { m_port = port; }
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
    quint16 m_port = 0;
};
