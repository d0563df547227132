#include "app/werkplek/incomingnumber.h"

#include "model/validation/valuevalidators.h"

#include <QUrl>

namespace kcc::app {

std::optional<QString> IncomingNumber::parse(const QString &text)
{
    QString number = text.trimmed();
    if (number.isEmpty() || number.size() > maxLineBytes)
        return std::nullopt;
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        number = QUrl::fromPercentEncoding(number.mid(4).toUtf8()).section(QLatin1Char(';'), 0, 0).trimmed();
    if (number.startsWith(QLatin1String("+31")))
        number = QLatin1Char('0') + number.mid(3);
    // Digits, one leading "+" and the separators people type; nothing else (no markup, no NUL).
    if (!normalizeTelefoonnummer(number))
        return std::nullopt;
    return number;
}

} // namespace kcc::app
