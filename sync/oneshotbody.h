#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace kcc::sync {

// A request body that can be read once. QNetworkAccessManager silently resends a request whose
// connection closed before the answer (even a POST); with a body it cannot rewind and
// DoNotBufferUploadDataAttribute it reports the error instead, and the caller (the Open Klant push
// worker, the verwerkingenlog's sender) finds out whether the server stored it.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *target, qint64 size) override
    {
        const qint64 count = std::min<qint64>(size, m_data.size() - m_position);
        std::memcpy(target, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace kcc::sync
