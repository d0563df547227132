#include "model/callflow/readablenumber.h"

#include <QStringList>

namespace kcc {

namespace {

// The three-digit netnummers; every other fixed-line netnummer has four digits.
bool threeDigitNetnummer(const QString &digits)
{
    static const QStringList netnummers = {
        QStringLiteral("010"), QStringLiteral("013"), QStringLiteral("015"), QStringLiteral("020"),
        QStringLiteral("023"), QStringLiteral("024"), QStringLiteral("026"), QStringLiteral("030"),
        QStringLiteral("033"), QStringLiteral("035"), QStringLiteral("036"), QStringLiteral("038"),
        QStringLiteral("040"), QStringLiteral("043"), QStringLiteral("045"), QStringLiteral("046"),
        QStringLiteral("050"), QStringLiteral("053"), QStringLiteral("055"), QStringLiteral("058"),
        QStringLiteral("070"), QStringLiteral("071"), QStringLiteral("072"), QStringLiteral("073"),
        QStringLiteral("074"), QStringLiteral("075"), QStringLiteral("076"), QStringLiteral("077"),
        QStringLiteral("078"), QStringLiteral("079"), QStringLiteral("085"), QStringLiteral("088")};
    return netnummers.contains(digits.left(3));
}

} // namespace

QString readableNumber(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != QLatin1Char('-'))
            return number; // "+32…", "*31#": not a Dutch number to regroup
    }
    // Information numbers (0800, 0900, 0906, 0909) have four or seven digits after the prefix.
    static const QStringList informatienummers = {QStringLiteral("0800"), QStringLiteral("0900"),
                                                  QStringLiteral("0906"), QStringLiteral("0909")};
    if (informatienummers.contains(digits.left(4)) && (digits.size() == 8 || digits.size() == 11))
        return QStringLiteral("%1 %2").arg(digits.left(4), digits.mid(4));
    if (digits.size() != 10 || !digits.startsWith(QLatin1Char('0')))
        return number;
    if (digits.startsWith(QStringLiteral("06"))) {
        return QStringLiteral("06 %1 %2 %3 %4")
            .arg(digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 2), digits.mid(8, 2));
    }
    if (threeDigitNetnummer(digits))
        return QStringLiteral("%1 %2 %3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
    return QStringLiteral("%1 %2").arg(digits.left(4), digits.mid(4));
}

} // namespace kcc
