#include "ui/privacy/mapkeuze.h"

#include <QDir>
#include <QFileDialog>

#include <utility>

namespace kcc::ui {

std::optional<QString> MapKeuze::s_nextMap;

QString MapKeuze::kies(QWidget *parent, const QString &caption)
{
    if (s_nextMap)
        return *std::exchange(s_nextMap, std::nullopt);
    return QFileDialog::getExistingDirectory(parent, caption, QDir::homePath());
}

void MapKeuze::setNextMap(const QString &map)
{
    s_nextMap = map;
}

} // namespace kcc::ui
