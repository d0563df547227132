#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace kcc::storage {

// Files with personal data (the database with its -wal and -shm, migration backups, exports) are
// for their owner only whatever the umask: 0600 files in 0700 directories. Another local user on
// a shared terminal server must not be able to copy every BSN and vertrouwelijk klantcontact.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::PrivateFiles)

public:
    // Creates `path` and its missing parents with mode 0700; directories that exist keep their mode.
    static Result<> makeDirectory(const QString &path);
    // Creates the empty file `path` with mode 0600 (never through a symbolic link); false with an
    // Error when it exists or cannot be made.
    static Result<> createFile(const QString &path);
    // Takes group and other permissions away from an existing file (not following a link). An
    // Error says why that was impossible, e.g. the file belongs to another user.
    static Result<> restrict(const QString &path);
};

} // namespace kcc::storage
