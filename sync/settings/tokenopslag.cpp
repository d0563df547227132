#include "sync/settings/tokenopslag.h"

#include "sync/settings/sleutelbos.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace kcc::sync {

namespace {

const auto sleutelbosSleutel = QStringLiteral("openklant-token");
const auto bestandsnaam = QStringLiteral("openklant-token");

constexpr QFileDevice::Permissions anderen = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

QString TokenPlek::beschrijving() const
{
    if (inSleutelbos)
        return TokenOpslag::tr("Stored in the keyring.");
    if (waaromGeenSleutelbos.isEmpty())
        return TokenOpslag::tr("Stored in the file %1 (readable by its owner only).").arg(bestand);
    return TokenOpslag::tr("Stored in the file %1 (readable by its owner only), because there is no keyring: %2")
        .arg(bestand, waaromGeenSleutelbos);
}

TokenOpslag::TokenOpslag(QString map)
    // The desk's own folder, also from kccctl and kcc-sync (whose application names differ).
    : m_map(map.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                QStringLiteral("/KCC Werkplek")
                          : std::move(map))
{
}

QString TokenOpslag::bestand() const
{
    return QDir(m_map).filePath(bestandsnaam);
}

std::optional<QString> TokenOpslag::waaromGeenSleutelbos()
{
    if (qEnvironmentVariableIntValue("KCC_GEEN_SLEUTELBOS") == 1)
        return tr("switched off for this desk (KCC_GEEN_SLEUTELBOS=1)");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return tr("no D-Bus session to reach a secret service");
    return std::nullopt;
}

Result<TokenPlek> TokenOpslag::bewaar(const QString &token)
{
    TokenPlek plek;
    std::optional<QString> waarom = waaromGeenSleutelbos();
    if (!waarom) {
        if (const Result<> geschreven = Sleutelbos::schrijf(sleutelbosSleutel, token); geschreven) {
            // One place holds the token: a file left from before would be read first.
            if (QFile::exists(bestand()) && !QFile::remove(bestand()))
                return Error{
                    tr("The token is in the keyring, but the old file %1 could not be removed.").arg(bestand()), {}};
            plek.inSleutelbos = true;
            return plek;
        } else {
            waarom = geschreven.error().message;
        }
    }
    if (const Result<> geschreven = schrijfBestand(bestand(), token); !geschreven)
        return geschreven.error();
    plek.bestand = bestand();
    plek.waaromGeenSleutelbos = *waarom;
    return plek;
}

std::optional<TokenPlek> TokenOpslag::plek()
{
    if (QFile::exists(bestand())) {
        TokenPlek plek;
        plek.bestand = bestand();
        return plek;
    }
    if (waaromGeenSleutelbos())
        return std::nullopt;
    const Result<std::optional<QString>> token = Sleutelbos::lees(sleutelbosSleutel);
    if (!token || !token.value())
        return std::nullopt;
    TokenPlek plek;
    plek.inSleutelbos = true;
    return plek;
}

Result<QString> TokenOpslag::lees()
{
    if (QFile::exists(bestand()))
        return leesBestand(bestand());
    if (const std::optional<QString> waarom = waaromGeenSleutelbos())
        return Error{tr("No Open Klant token is set (no file %1, and no keyring: %2).").arg(bestand(), *waarom), {}};
    const Result<std::optional<QString>> token = Sleutelbos::lees(sleutelbosSleutel);
    if (!token)
        return token.error();
    if (!token.value())
        return Error{tr("No Open Klant token is set; the beheerder sets it under Administration, Open Klant."), {}};
    return *token.value();
}

Result<QString> TokenOpslag::leesBestand(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("The token file %1 does not exist.").arg(path), {}};
    if (file.permissions() & anderen)
        return Error{tr("The token file %1 may be read by others; make it readable by its owner only "
                        "(chmod 600). It is not used.")
                         .arg(path),
                     {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The token file %1 cannot be read: %2").arg(path, file.errorString()), {}};
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty() || token.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Error{tr("The token file %1 must hold the token on one line.").arg(path), {}};
    return token;
}

Result<> TokenOpslag::schrijfBestand(const QString &path, const QString &token)
{
    const QString map = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(map))
        return Error{tr("The folder %1 for the token file cannot be made.").arg(map), {}};
    // The folder is the user's own: nobody else lists or enters it.
    QFile::setPermissions(map, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The token file %1 cannot be written: %2").arg(path, file.errorString()), {}};
    // 0600 before a byte of the token is in it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{tr("The token file %1 cannot be made readable by its owner only.").arg(path), {}};
    file.write(token.toUtf8() + '\n');
    if (!file.commit())
        return Error{tr("The token file %1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace kcc::sync
