#include "model/callflow/deskdraftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace kcc {

namespace {

const auto draftSuffix = QLatin1String(".json");
const auto discardSuffix = QLatin1String(".weg");

bool isUnreachable(const Error &error)
{
    return error.cause == Error::Cause::Unreachable;
}

QJsonObject toJson(const OpenContact &contact)
{
    QJsonArray visited;
    for (int step : contact.visited)
        visited.append(step);
    QJsonObject json{{QStringLiteral("sessie"), contact.session.toJson()},
                     {QStringLiteral("stap"), contact.step},
                     {QStringLiteral("bezocht"), visited}};
    if (contact.parkedAt)
        json.insert(QStringLiteral("geparkeerdOp"), contact.parkedAt->toString(Qt::ISODateWithMs));
    return json;
}

std::optional<OpenContact> fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("sessie")).isObject())
        return std::nullopt;
    OpenContact contact;
    contact.session = ContactSession::fromJson(json.value(QStringLiteral("sessie")).toObject());
    if (contact.session.uuid.isNull())
        return std::nullopt;
    contact.step = json.value(QStringLiteral("stap")).toInt();
    for (const QJsonValue &step : json.value(QStringLiteral("bezocht")).toArray())
        contact.visited.insert(step.toInt());
    if (json.contains(QStringLiteral("geparkeerdOp"))) {
        contact.parkedAt =
            QDateTime::fromString(json.value(QStringLiteral("geparkeerdOp")).toString(), Qt::ISODateWithMs).toUTC();
    }
    return contact;
}

QUuid sessionOf(const QString &fileName)
{
    return QUuid::fromString(QFileInfo(fileName).completeBaseName());
}

} // namespace

DeskDraftStore::DeskDraftStore(DraftStore &database, const QString &directory, const QUuid &actor)
    : m_database(database)
    , m_folder(QDir(directory).filePath(actor.toString(QUuid::WithoutBraces)))
{
}

QString DeskDraftStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("concepten"));
}

Result<> DeskDraftStore::save(const QList<OpenContact> &contacts)
{
    if (waiting() > 0)
        (void)flush(); // a failure here is the save's to find
    const Result<> saved = m_database.save(contacts);
    if (saved) {
        for (const OpenContact &contact : contacts)
            QFile::remove(fileOf(contact.session.uuid, draftSuffix));
        return {};
    }
    if (!isUnreachable(saved.error()))
        return saved;
    for (const OpenContact &contact : contacts) {
        if (Result<> kept = keep(contact); !kept)
            return kept;
    }
    return {};
}

Result<QList<OpenContact>> DeskDraftStore::loadOpen(const QUuid &actor)
{
    if (waiting() > 0)
        (void)flush();
    const QList<OpenContact> onDesk = kept();
    const Result<QList<OpenContact>> loaded = m_database.loadOpen(actor);
    // Whatever kept the database from answering (away, or its connection not reopened yet), the
    // drafts on the desk are shown rather than nothing; with none there, the error is the caller's.
    if (!loaded && onDesk.isEmpty())
        return loaded.error();
    if (!loaded)
        qWarning("kcc: the drafts in the database cannot be read now (%s); showing those on this desk.",
                 qPrintable(loaded.error().message));
    QSet<QUuid> discarded;
    for (const QString &name : QDir(m_folder).entryList({QLatin1Char('*') + discardSuffix}, QDir::Files))
        discarded.insert(sessionOf(name));
    QList<OpenContact> result = onDesk;
    QSet<QUuid> seen;
    for (const OpenContact &contact : onDesk)
        seen.insert(contact.session.uuid);
    if (loaded) {
        for (const OpenContact &contact : loaded.value()) {
            if (!seen.contains(contact.session.uuid) && !discarded.contains(contact.session.uuid))
                result.append(contact);
        }
    }
    return result;
}

Result<> DeskDraftStore::discard(const QUuid &session)
{
    QFile::remove(fileOf(session, draftSuffix));
    const Result<> discarded = m_database.discard(session);
    if (discarded || !isUnreachable(discarded.error()))
        return discarded;
    return keepDiscard(session);
}

int DeskDraftStore::waiting() const
{
    return int(QDir(m_folder)
                   .entryList({QLatin1Char('*') + draftSuffix, QLatin1Char('*') + discardSuffix}, QDir::Files)
                   .size());
}

Result<> DeskDraftStore::keep(const OpenContact &contact)
{
    // What the caller told about themselves: only this medewerker may read it.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, ownerOnly)) {
        return Error{tr("The draft could not be kept on this desk: the folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(m_folder)),
                     {}};
    }
    QSaveFile file(fileOf(contact.session.uuid, draftSuffix));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(toJson(contact)).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return Error{tr("The draft could not be kept on this desk (%1): %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {}};
    }
    return {};
}

Result<> DeskDraftStore::keepDiscard(const QUuid &session)
{
    if (!QDir().mkpath(m_folder))
        return Error{tr("The draft could not be kept on this desk: the folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(m_folder)),
                     {}};
    QFile note(fileOf(session, discardSuffix));
    if (!note.open(QIODevice::WriteOnly))
        return Error{tr("The draft could not be kept on this desk (%1): %2")
                         .arg(QDir::toNativeSeparators(note.fileName()), note.errorString()),
                     {}};
    return {};
}

QList<OpenContact> DeskDraftStore::kept() const
{
    QList<std::pair<QDateTime, OpenContact>> found;
    const QDir folder(m_folder);
    for (const QString &name : folder.entryList({QLatin1Char('*') + draftSuffix}, QDir::Files)) {
        QFile file(folder.filePath(name));
        const std::optional<OpenContact> contact =
            file.open(QIODevice::ReadOnly) ? fromJson(QJsonDocument::fromJson(file.readAll()).object()) : std::nullopt;
        if (!contact) {
            qWarning("A draft kept in %s cannot be read; it is left there.", qPrintable(file.fileName()));
            continue;
        }
        found.append({QFileInfo(file).lastModified(), *contact});
    }
    // Most recently saved first, as the database gives them.
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<OpenContact> contacts;
    for (const auto &[modified, contact] : found)
        contacts.append(contact);
    return contacts;
}

Result<> DeskDraftStore::flush()
{
    const QDir folder(m_folder);
    for (const QString &name : folder.entryList({QLatin1Char('*') + discardSuffix}, QDir::Files)) {
        if (Result<> discarded = m_database.discard(sessionOf(name)); !discarded)
            return discarded;
        QFile::remove(folder.filePath(name));
    }
    const QList<OpenContact> contacts = kept();
    if (contacts.isEmpty())
        return {};
    if (Result<> saved = m_database.save(contacts); !saved)
        return saved;
    for (const OpenContact &contact : contacts)
        QFile::remove(fileOf(contact.session.uuid, draftSuffix));
    return {};
}

QString DeskDraftStore::fileOf(const QUuid &session, const QString &suffix) const
{
    return QDir(m_folder).filePath(session.toString(QUuid::WithoutBraces) + suffix);
}

} // namespace kcc
