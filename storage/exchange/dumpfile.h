#pragma once

#include "model/core/fielderror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kcc::storage {

// Opens one file of an import dump for reading in chunks, refusing anything but a regular file of
// bounded size. The name is checked with lstat (no link is followed) and the file opened with
// O_NOFOLLOW | O_NONBLOCK and checked again with fstat on the descriptor, so a link to /dev/zero or
// /dev/urandom, a FIFO or a device is refused at once instead of growing memory or blocking.
// Reading in chunks keeps the memory of an import independent of the size of its files.
class DumpFile
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    enum class State
    {
        Missing,
        Open,
        Refused
    };

    // Opens `path` at once; state() says how that went.
    DumpFile(const QString &path, qint64 maxBytes);
    ~DumpFile();
    DumpFile(const DumpFile &) = delete;
    DumpFile &operator=(const DumpFile &) = delete;

    State state() const { return m_state; }
    // Why the file was refused (only for State::Refused).
    const QString &problem() const { return m_problem; }

    // Appends up to `maxBytes` to `buffer`; 0 at the end of the file, -1 when reading failed or the
    // file grew beyond the size it had when opened (problem() says which; the state is then Refused).
    qint64 readChunk(QByteArray &buffer, qint64 maxBytes);

    // True when a chunk could not be read for lack of memory.
    bool outOfMemory() const { return m_outOfMemory; }

    // True when `path` names something (even a dangling link); does not follow links.
    static bool exists(const QString &path);

private:
    void open(const QString &path, qint64 maxBytes);
    void refuse(const QString &message);

    State m_state = State::Missing;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_read = 0;
    bool m_outOfMemory = false;
    QString m_problem;
};

// Finds text that JSON allows but the database must not hold: invalid UTF-8, NUL, UTF-16
// surrogate escapes that do not form a pair (QJsonDocument silently turns "Jong\udc00b" into
// other characters) and Unicode noncharacters. Works on the raw bytes, before parsing, and names
// each problem as "<name>[<element index>].<field>".
class JsonTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    // At most `limit` problems; an empty list means the text is clean. `firstByte` is where `json`
    // starts in its file, for the byte positions in the messages.
    static FieldErrors check(const QByteArray &json, const QString &name, int limit, qint64 firstByte = 0);
};

} // namespace kcc::storage
