#include "storage/db/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kcc::storage {

namespace {

constexpr mode_t privateFileMode = S_IRUSR | S_IWUSR;
constexpr mode_t privateDirectoryMode = S_IRWXU;
constexpr mode_t sharedBits = S_IRWXG | S_IRWXO;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<> PrivateFiles::makeDirectory(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // Walk down from the root so that every directory we create gets 0700 (QDir::mkpath follows the umask).
    qsizetype from = 1;
    while (from <= absolute.size()) {
        qsizetype slash = absolute.indexOf(QLatin1Char('/'), from);
        if (slash < 0)
            slash = absolute.size();
        const QString part = absolute.left(slash);
        from = slash + 1;
        if (part.isEmpty())
            continue;
        const QByteArray native = QFile::encodeName(part);
        if (::mkdir(native.constData(), privateDirectoryMode) == 0)
            continue;
        const int error = errno;
        struct stat status;
        if (error == EEXIST && ::stat(native.constData(), &status) == 0 && S_ISDIR(status.st_mode))
            continue;
        return Error{tr("Could not create the folder %1: %2")
                         .arg(QDir::toNativeSeparators(part), systemError(error == EEXIST ? ENOTDIR : error)),
                     {}};
    }
    return {};
}

Result<> PrivateFiles::createFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, privateFileMode);
    if (fd < 0)
        return Error{tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), systemError(errno)), {}};
    // The umask can only take bits away; set the mode explicitly all the same.
    const bool changed = ::fchmod(fd, privateFileMode) == 0;
    const int error = errno;
    ::close(fd);
    if (!changed)
        return Error{tr("Could not protect %1: %2").arg(QDir::toNativeSeparators(path), systemError(error)), {}};
    return {};
}

Result<> PrivateFiles::restrict(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Through a descriptor: a link planted at `path` is refused, not followed, and what is checked
    // is what is changed. O_NONBLOCK keeps a FIFO from blocking the open.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{tr("Could not protect %1: %2").arg(shown, systemError(errno)), {}};
    struct stat status;
    Result<> result;
    if (::fstat(fd, &status) != 0) {
        result = Error{tr("Could not protect %1: %2").arg(shown, systemError(errno)), {}};
    } else if ((status.st_mode & sharedBits) == 0) {
        // already private
    } else if (!S_ISREG(status.st_mode)) {
        result = Error{tr("%1 is not a regular file; its permissions were left as they are.").arg(shown), {}};
    } else if (status.st_uid != ::geteuid()) {
        result = Error{tr("%1 can be read by other users, and it belongs to another user, so KCC Werkplek cannot "
                          "make it private. Ask its owner or the administrator to run: chmod 600 %1")
                           .arg(shown),
                       {}};
    } else if (::fchmod(fd, status.st_mode & ~sharedBits & 07777) != 0) {
        result = Error{
            tr("%1 can be read by other users and could not be made private: %2").arg(shown, systemError(errno)), {}};
    }
    ::close(fd);
    return result;
}

} // namespace kcc::storage
