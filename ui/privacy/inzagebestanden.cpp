#include "ui/privacy/inzagebestanden.h"

#include "model/privacy/inzagejson.h"
#include "ui/privacy/inzagedocument.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace kcc::ui {

Result<> InzageBestanden::schrijf(const InzageDossier &dossier, const QString &map, const ApiJson &api,
                                  const QString &logBaseUrl)
{
    const QDir dir(map);
    if (!dir.exists())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(map)), {}};
    QSaveFile json(dir.filePath(jsonNaam()));
    QSaveFile pdf(dir.filePath(pdfNaam()));
    for (QSaveFile *file : {&json, &pdf}) {
        // Owner-only: for a new file QSaveFile would use 0666 minus the umask.
        if (!file->open(QIODevice::WriteOnly) ||
            !file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString()), {}};
    }
    json.write(QJsonDocument(InzageJson::toJson(dossier, api, logBaseUrl)).toJson(QJsonDocument::Indented));
    if (!InzageDocument::schrijfPdf(dossier, pdf))
        return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(pdf.fileName())), {}};
    for (QSaveFile *file : {&json, &pdf}) {
        if (file->error() != QFileDevice::NoError)
            return Error{
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString()), {}};
    }
    for (QSaveFile *file : {&json, &pdf}) {
        if (!file->commit())
            return Error{
                tr("Could not save %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString()), {}};
    }
    return {};
}

} // namespace kcc::ui
