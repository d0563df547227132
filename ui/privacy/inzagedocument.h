#pragma once

#include "model/privacy/inzagedossier.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kcc::ui {

// An inzage as a document the citizen can read: their data, their klantcontacten and taken, and
// who processed their data when and why, in the current language (Dutch at the desk). Rich text
// for QTextDocument, printed to PDF with QPdfWriter (QtGui: kccctl needs a QGuiApplication, on the
// offscreen platform).
class InzageDocument
{
    Q_DECLARE_TR_FUNCTIONS(kcc::ui::InzageDocument)

public:
    static QString html(const InzageDossier &dossier);
    // Writes the PDF (A4) to an open device; false when the writer failed.
    static bool schrijfPdf(const InzageDossier &dossier, QIODevice &device);

private:
    static QString persoon(const InzageDossier &dossier);
    static QString contacten(const InzageDossier &dossier);
    static QString verwerkingen(const InzageDossier &dossier);
};

} // namespace kcc::ui
