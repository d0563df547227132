#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"
#include "model/privacy/inzagedossier.h"

#include <QCoreApplication>
#include <QString>

namespace kcc::ui {

// Writes an inzage into a folder: inzage.json (InzageJson) and inzage.pdf (InzageDocument), each
// through a QSaveFile with mode 0600 whatever the umask (they hold a person's data), both produced
// before either is committed. The folder must exist.
class InzageBestanden
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ui::InzageBestanden)

public:
    static QString jsonNaam() { return QStringLiteral("inzage.json"); }
    static QString pdfNaam() { return QStringLiteral("inzage.pdf"); }

    static Result<> schrijf(const InzageDossier &dossier, const QString &map, const ApiJson &api,
                            const QString &logBaseUrl);
};

} // namespace kcc::ui
