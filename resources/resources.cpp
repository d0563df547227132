#include "resources/resources.h"

#include <QFile>

namespace kcc {

bool iconResourcesLinked()
{
    return QFile::exists(QStringLiteral(":/icons/kcc-werkplek.svg"));
}

} // namespace kcc
