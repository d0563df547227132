#include "model/callflow/registrationspool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace kcc {

namespace {

class SpoolMessages
{
    Q_DECLARE_TR_FUNCTIONS(kcc::RegistrationSpool)
};

const auto suffix = QLatin1String(".json");

QJsonObject toJson(const SpooledRegistration &registration)
{
    QJsonArray klantcontacten;
    for (const QUuid &uuid : registration.klantcontacten)
        klantcontacten.append(uuid.toString(QUuid::WithoutBraces));
    return QJsonObject{
        {QStringLiteral("versie"), 1},
        {QStringLiteral("sessie"), registration.session.toJson()},
        {QStringLiteral("afgerondOp"), registration.afgerondOp.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("beller"), registration.caller},
        {QStringLiteral("klantcontacten"), klantcontacten},
    };
}

std::optional<SpooledRegistration> fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("sessie")).isObject())
        return std::nullopt;
    SpooledRegistration registration;
    registration.session = ContactSession::fromJson(json.value(QStringLiteral("sessie")).toObject());
    if (registration.session.uuid.isNull())
        return std::nullopt;
    registration.afgerondOp =
        QDateTime::fromString(json.value(QStringLiteral("afgerondOp")).toString(), Qt::ISODateWithMs).toUTC();
    registration.caller = json.value(QStringLiteral("beller")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("klantcontacten")).toArray()) {
        const QUuid uuid = QUuid::fromString(value.toString());
        if (!uuid.isNull())
            registration.klantcontacten.append(uuid);
    }
    return registration;
}

} // namespace

RegistrationSpool::RegistrationSpool(const QString &directory, const QUuid &actor, QObject *parent)
    : QObject(parent)
    , m_folder(QDir(directory).filePath(actor.toString(QUuid::WithoutBraces)))
{
}

RegistrationSpool::~RegistrationSpool() = default;

QString RegistrationSpool::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("wachtende-registraties"));
}

QString RegistrationSpool::fileOf(const QUuid &session) const
{
    return QDir(m_folder).filePath(session.toString(QUuid::WithoutBraces) + suffix);
}

Result<> RegistrationSpool::put(const SpooledRegistration &registration)
{
    // What the caller told about themselves: only this medewerker may read it.
    const QFileDevice::Permissions folderOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(QFileInfo(m_folder).absolutePath(), folderOnly) ||
        !QFile::setPermissions(m_folder, folderOnly)) {
        return Error{SpoolMessages::tr("The registration could not be kept on this desk: the folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(m_folder)),
                     {}};
    }
    QSaveFile file(fileOf(registration.session.uuid));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(toJson(registration)).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return Error{SpoolMessages::tr("The registration could not be kept on this desk (%1): %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {}};
    }
    emit countChanged(count());
    return {};
}

Result<> RegistrationSpool::remove(const QUuid &session)
{
    QFile file(fileOf(session));
    if (file.exists() && !file.remove()) {
        return Error{SpoolMessages::tr("The sent registration could not be removed from this desk (%1): %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {}};
    }
    emit countChanged(count());
    return {};
}

QList<SpooledRegistration> RegistrationSpool::pending() const
{
    QList<SpooledRegistration> registrations;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(QDir(m_folder).filePath(name));
        const std::optional<SpooledRegistration> registration =
            file.open(QIODevice::ReadOnly) ? fromJson(QJsonDocument::fromJson(file.readAll()).object()) : std::nullopt;
        if (!registration) {
            qWarning("A waiting registration in %s cannot be read; it is left there.", qPrintable(file.fileName()));
            continue;
        }
        registrations.append(*registration);
    }
    std::stable_sort(
        registrations.begin(), registrations.end(),
        [](const SpooledRegistration &a, const SpooledRegistration &b) { return a.afgerondOp < b.afgerondOp; });
    return registrations;
}

bool RegistrationSpool::contains(const QUuid &session) const
{
    return QFileInfo::exists(fileOf(session));
}

int RegistrationSpool::count() const
{
    return int(QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

} // namespace kcc
