#include "storage/privacy/pseudoniemsleutel.h"

#include "model/privacy/pseudoniemen.h"
#include "storage/db/databaseaddress.h"
#include "storage/db/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace kcc::storage {

QString PseudoniemSleutel::pad(const QString &databasePath)
{
    const QString given = qEnvironmentVariable("KCC_PSEUDONIEM_SLEUTEL");
    return given.isEmpty() ? databasePath + QLatin1String(".sleutel") : given;
}

Result<QByteArray> PseudoniemSleutel::lees(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the pseudonym key %1: %2").arg(path, file.errorString()), {}};
    const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
    if (key.size() < Pseudoniemen::minimumKeyBytes) {
        return Error{tr("The pseudonym key %1 is too short: it needs at least %2 bytes as hexadecimal text.")
                         .arg(path)
                         .arg(Pseudoniemen::minimumKeyBytes),
                     {}};
    }
    return key;
}

Result<QByteArray> PseudoniemSleutel::laad(const QString &databasePath, bool maak)
{
    // Every seat of a shared PostgreSQL database must hash with the same key, or the privacy officer
    // finds only one seat's entries: there the municipality hands it out, nobody makes one.
    if (DatabaseAddress::looksLikeUri(databasePath) && qEnvironmentVariable("KCC_PSEUDONIEM_SLEUTEL").isEmpty()) {
        return Error{tr("The verwerkingenlog of the shared database needs the municipality's key for the pseudonyms: "
                        "set KCC_PSEUDONIEM_SLEUTEL to its file (the same file on every seat)."),
                     {}};
    }
    const QString path = pad(databasePath);
    if (QFileInfo::exists(path) || !maak || !qEnvironmentVariable("KCC_PSEUDONIEM_SLEUTEL").isEmpty())
        return lees(path);
    // Made 0600 first, then filled, so the key is never readable by others for a moment.
    if (Result<> made = PrivateFiles::createFile(path); !made)
        return made.error();
    QByteArray key(Pseudoniemen::minimumKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / int(sizeof(quint32)));
    QSaveFile file(path);
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly) || file.write(key.toHex() + '\n') < 0 || !file.commit()) {
        QFile::remove(path);
        return Error{tr("Could not write the pseudonym key %1: %2").arg(path, file.errorString()), {}};
    }
    if (Result<> restricted = PrivateFiles::restrict(path); !restricted)
        return restricted.error();
    return key;
}

} // namespace kcc::storage
