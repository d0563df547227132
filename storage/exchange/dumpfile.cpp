#include "storage/exchange/dumpfile.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace kcc::storage {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

} // namespace

bool DumpFile::exists(const QString &path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0;
}

DumpFile::DumpFile(const QString &path, qint64 maxBytes)
{
    open(path, maxBytes);
}

DumpFile::~DumpFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void DumpFile::open(const QString &path, qint64 maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    const QString notRegular =
        tr("This is not a regular file (but a link, folder, pipe or device); only regular files are imported.");
    const auto tooBig = [&](qint64 size) {
        return tr("The file is %1 MiB; at most %2 MiB is imported per file.").arg(mebibytes(size), mebibytes(maxBytes));
    };
    struct stat status
    {
    };
    if (::lstat(native.constData(), &status) != 0) {
        if (errno != ENOENT)
            refuse(tr("The file could not be examined: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (!S_ISREG(status.st_mode))
        return refuse(notRegular);
    if (status.st_size > maxBytes)
        return refuse(tooBig(status.st_size));
    // O_NONBLOCK: should the name have been swapped for a FIFO after lstat, open does not wait for a writer.
    m_fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return refuse(tr("The file could not be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (::fstat(m_fd, &status) != 0 || !S_ISREG(status.st_mode))
        return refuse(notRegular);
    if (status.st_size > maxBytes)
        return refuse(tooBig(status.st_size));
    m_size = status.st_size;
    m_state = State::Open;
}

qint64 DumpFile::readChunk(QByteArray &buffer, qint64 maxBytes)
{
    if (m_state != State::Open)
        return -1;
    const qsizetype before = buffer.size();
    // Never more than the size seen at open: one byte past it means the file is being written to.
    const qint64 wanted = std::min(maxBytes, m_size - m_read + 1);
    try {
        buffer.resize(before + qsizetype(wanted));
    } catch (const std::bad_alloc &) {
        buffer.resize(before);
        m_outOfMemory = true;
        refuse(tr("There is not enough memory to read this file."));
        return -1;
    }
    ssize_t got = 0;
    do {
        got = ::read(m_fd, buffer.data() + before, size_t(wanted));
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        buffer.resize(before);
        refuse(tr("The file could not be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return -1;
    }
    buffer.resize(before + qsizetype(got));
    m_read += got;
    if (m_read > m_size) {
        refuse(tr("The file grew while it was read; import a dump that is not being written to."));
        return -1;
    }
    return got;
}

void DumpFile::refuse(const QString &message)
{
    m_state = State::Refused;
    m_problem = message;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

namespace {

struct Frame
{
    bool object = false;
    bool expectKey = true;
    qsizetype index = 0;
    QString key;
};

class TextScanner
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    TextScanner(const QByteArray &json, const QString &name, int limit, qint64 firstByte)
        : m_data(reinterpret_cast<const uchar *>(json.constData()))
        , m_size(json.size())
        , m_name(name)
        , m_limit(limit)
        , m_firstByte(firstByte)
    {
    }

    FieldErrors run()
    {
        while (m_pos < m_size && m_errors.size() < m_limit) {
            const uchar c = m_data[m_pos];
            if (c == 0) {
                add(tr("The text contains a NUL character."));
            } else if (c >= 0x80) {
                utf8(nullptr);
                continue;
            } else if (c == '{' || c == '[') {
                m_frames.append(Frame{c == '{', true, 0, QString()});
            } else if ((c == '}' || c == ']') && !m_frames.isEmpty()) {
                m_frames.removeLast();
            } else if (c == ',' && !m_frames.isEmpty()) {
                Frame &frame = m_frames.last();
                if (frame.object)
                    frame.expectKey = true;
                else
                    ++frame.index;
            } else if (c == ':' && !m_frames.isEmpty()) {
                m_frames.last().expectKey = false;
            } else if (c == '"') {
                string();
            }
            ++m_pos;
        }
        return m_errors;
    }

private:
    // "<name>[3].partijIdentificatie.contactnaam.voornaam"
    QString location() const
    {
        QString where = m_name;
        for (const Frame &frame : m_frames) {
            if (frame.object) {
                if (!frame.key.isEmpty())
                    where += QLatin1Char('.') + frame.key;
            } else {
                where += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
            }
        }
        return where;
    }

    void add(const QString &message)
    {
        if (m_errors.size() < m_limit)
            m_errors.append({location(), message});
    }

    void codePoint(char32_t cp)
    {
        if (cp == 0)
            add(tr("The text contains a NUL character."));
        else if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
            add(tr("The text contains the Unicode noncharacter U+%1.")
                    .arg(QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }

    // Four hex digits at `at`, or -1.
    int hex4(qsizetype at) const
    {
        if (at + 4 > m_size)
            return -1;
        int value = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const uchar c = m_data[i];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    // One UTF-8 sequence at m_pos (a byte >= 0x80); advances past it, or one byte when invalid.
    void utf8(QString *text)
    {
        const uchar c0 = m_data[m_pos];
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        char32_t cp = 0;
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            length = 2;
            cp = c0 & 0x1F;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            length = 3;
            cp = c0 & 0x0F;
            low = c0 == 0xE0 ? 0xA0 : 0x80;
            high = c0 == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (c0 >= 0xF0 && c0 <= 0xF4) {
            length = 4;
            cp = c0 & 0x07;
            low = c0 == 0xF0 ? 0x90 : 0x80;
            high = c0 == 0xF4 ? 0x8F : 0xBF;
        }
        bool valid = length > 0 && m_pos + length <= m_size;
        for (int i = 1; valid && i < length; ++i) {
            const uchar c = m_data[m_pos + i];
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
                valid = false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (!valid) {
            add(tr("The text is not valid UTF-8 (at byte %1).").arg(m_firstByte + m_pos));
            ++m_pos;
            return;
        }
        codePoint(cp);
        if (text)
            text->append(QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), length));
        m_pos += length;
    }

    // From the opening quote; leaves m_pos on the closing quote.
    void string()
    {
        const bool isKey = !m_frames.isEmpty() && m_frames.last().object && m_frames.last().expectKey;
        QString key;
        ++m_pos;
        while (m_pos < m_size && m_data[m_pos] != '"' && m_errors.size() < m_limit) {
            const uchar c = m_data[m_pos];
            if (c >= 0x80) {
                utf8(isKey ? &key : nullptr);
                continue;
            }
            if (c == 0) {
                add(tr("The text contains a NUL character."));
            } else if (c == '\\' && m_pos + 1 < m_size && m_data[m_pos + 1] == 'u') {
                escape(isKey ? &key : nullptr);
                continue;
            } else if (c == '\\') {
                if (isKey && m_pos + 1 < m_size)
                    key.append(QLatin1Char(char(m_data[m_pos + 1])));
                m_pos += 2;
                continue;
            } else if (isKey) {
                key.append(QLatin1Char(char(c)));
            }
            ++m_pos;
        }
        if (isKey)
            m_frames.last().key = key;
    }

    // A \uXXXX escape (and its low half when it is a high surrogate) at m_pos.
    void escape(QString *text)
    {
        const int unit = hex4(m_pos + 2);
        if (unit < 0) { // not JSON: the parser says so
            m_pos += 2;
            return;
        }
        m_pos += 6;
        const auto surrogate = [&](int value) {
            add(tr("The text contains a lone UTF-16 surrogate \\u%1 (not part of a high+low pair).")
                    .arg(QString::number(value, 16).toUpper()));
        };
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next =
                m_pos + 1 < m_size && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u' ? hex4(m_pos + 2) : -1;
            if (next < 0xDC00 || next > 0xDFFF)
                return surrogate(unit);
            m_pos += 6;
            const char32_t cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(next) - 0xDC00);
            codePoint(cp);
            if (text)
                text->append(QString::fromUcs4(&cp, 1));
            return;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return surrogate(unit);
        codePoint(char32_t(unit));
        if (text)
            text->append(QChar(unit));
    }

    const uchar *m_data;
    qsizetype m_size;
    QString m_name;
    int m_limit;
    qint64 m_firstByte;
    qsizetype m_pos = 0;
    QList<Frame> m_frames;
    FieldErrors m_errors;
};

} // namespace

FieldErrors JsonTextCheck::check(const QByteArray &json, const QString &name, int limit, qint64 firstByte)
{
    return TextScanner(json, name, limit, firstByte).run();
}

} // namespace kcc::storage
