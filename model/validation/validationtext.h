#pragma once

#include <QCoreApplication>
#include <QString>

namespace kcc {

// The validators' messages share one translation context; mark them with
// QT_TRANSLATE_NOOP("kcc::Validation", …) so that lupdate finds them.
inline QString validationText(const char *text, int n = -1)
{
    return QCoreApplication::translate("kcc::Validation", text, nullptr, n);
}

} // namespace kcc
