#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace kcc::ui {

// The one door to "Save as" for exports. Tests cannot click a native file dialog; they set the
// next answer with setNextFileName() instead (like MessageBox::setNextAnswer).
class SaveFileDialog final
{
public:
    // The chosen file, or empty when the medewerker cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                   const QString &filter);
    // The next getSaveFileName() returns this without showing anything; empty = cancelled.
    static void setNextFileName(const QString &fileName);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace kcc::ui
