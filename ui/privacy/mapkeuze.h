#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace kcc::ui {

// The one door to "choose a folder". Tests cannot click a native dialog; they set the next answer
// with setNextMap() instead (like SaveFileDialog::setNextFileName).
class MapKeuze final
{
public:
    // The chosen folder, or empty when cancelled.
    static QString kies(QWidget *parent, const QString &caption);
    // The next kies() returns this without showing anything; empty = cancelled.
    static void setNextMap(const QString &map);

private:
    static std::optional<QString> s_nextMap;
};

} // namespace kcc::ui
