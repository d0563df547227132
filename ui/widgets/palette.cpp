#include "ui/widgets/palette.h"

namespace kcc::ui {

// One line per role, so that the whole palette reads as a table.
// clang-format off
QColor Palette::errorText()                 { return QColor(QRgb(0xb3261e)); }
QColor Palette::successText()               { return QColor(QRgb(0x1b5e20)); }
QColor Palette::hintText()                  { return QColor(QRgb(0x555555)); }
QColor Palette::emptyText()                 { return QColor(QRgb(0x666666)); }
QColor Palette::missingText()               { return QColor(QRgb(0x8a5a00)); }
QColor Palette::confidentialText()          { return QColor(QRgb(0x8a4b00)); }
QColor Palette::overdueText()               { return QColor(QRgb(0x8a3b00)); }
QColor Palette::noticeText()                { return QColor(QRgb(0x1e1e1e)); }

QColor Palette::invalidFieldBorder()        { return QColor(QRgb(0xc0392b)); }

QColor Palette::overdueRowBackground()      { return QColor(QRgb(0xffe0b2)); }
QColor Palette::overdueRowText()            { return QColor(QRgb(0x5d2e00)); }

QColor Palette::geheimhoudingBackground()   { return QColor(QRgb(0xfff4d6)); }
QColor Palette::geheimhoudingText()         { return QColor(QRgb(0x7a4a00)); }

QColor Palette::positiveBackground()        { return QColor(QRgb(0xdff0d8)); }
QColor Palette::positiveBorder()            { return QColor(QRgb(0x8bbf7a)); }
QColor Palette::informationBackground()     { return QColor(QRgb(0xe3eefa)); }
QColor Palette::informationBorder()         { return QColor(QRgb(0x8fb3dc)); }
QColor Palette::warningBackground()         { return QColor(QRgb(0xfcf3d6)); }
QColor Palette::warningBorder()             { return QColor(QRgb(0xd9b84a)); }
QColor Palette::errorBackground()           { return QColor(QRgb(0xf8dcdc)); }
QColor Palette::errorBorder()               { return invalidFieldBorder(); }

QColor Palette::demoBadgeBackground()       { return QColor(QRgb(0xc2410c)); }
QColor Palette::demoBadgeText()             { return QColor(QRgb(0xffffff)); }

QColor Palette::warningIconOutline()        { return QColor(QRgb(0x8a4b00)); }
QColor Palette::warningIconFill()           { return QColor(QRgb(0xf5a623)); }
QColor Palette::warningIconMark()           { return QColor(QRgb(0x332200)); }
QColor Palette::lockIconOutline()           { return QColor(QRgb(0x7a1212)); }
QColor Palette::lockIconBody()              { return QColor(QRgb(0xa81c1c)); }
QColor Palette::lockIconKeyhole()           { return QColor(QRgb(0xffe4e4)); }
QColor Palette::applicationIconBackground() { return QColor(QRgb(0x154f8a)); }
QColor Palette::applicationIconForeground() { return QColor(QRgb(0xffffff)); }
// clang-format on

QString Palette::css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString Palette::textStyle(const QColor &colour)
{
    return QStringLiteral("color:") + css(colour);
}

} // namespace kcc::ui
