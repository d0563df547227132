#pragma once

#include "model/fielderror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kcc::storage {

// Reads one file of an import dump, refusing anything but a regular file of bounded size. The
// name is checked with lstat (no link is followed) and the file opened with O_NOFOLLOW |
// O_NONBLOCK and checked again with fstat on the descriptor, so a link to /dev/zero or
// /dev/urandom, a FIFO or a device is refused at once instead of growing memory or blocking.
class DumpFile
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    enum class State
    {
        Missing,
        Read,
        Refused
    };

    // Reads `path` at once; state() says how that went.
    DumpFile(const QString &path, qint64 maxBytes);

    State state() const { return m_state; }
    const QByteArray &bytes() const { return m_bytes; }
    // Why the file was refused (only for State::Refused).
    const QString &problem() const { return m_problem; }

    // True when `path` names something (even a dangling link); does not follow links.
    static bool exists(const QString &path);

private:
    void read(const QString &path, qint64 maxBytes);
    void refuse(const QString &message);

    State m_state = State::Missing;
    QByteArray m_bytes;
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
    // At most `limit` problems; an empty list means the text is clean.
    static FieldErrors check(const QByteArray &json, const QString &name, int limit);
};

} // namespace kcc::storage
