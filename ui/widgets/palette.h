#pragma once

#include <QColor>
#include <QString>

namespace kcc::ui {

// Every colour of the user interface, named by what it means, so that a colour changes in one
// place and the same meaning always looks the same. Text colours are dark enough to read on the
// window background and on white (WCAG AA, contrast 4.5:1 or more; tst_palette checks it); the
// backgrounds are muted, so that only the demo badge and errors stand out.
class Palette
{
public:
    Palette() = delete;

    // Text on the window background.
    static QColor errorText();        // a refusal or a field that is not valid
    static QColor successText();      // a change that was stored
    static QColor hintText();         // an explanation beside a form
    static QColor emptyText();        // "none", "no partij chosen": where data would be
    static QColor missingText();      // what is still missing before a contact can be closed
    static QColor confidentialText(); // the note that a vertrouwelijk klantcontact is hidden from you
    static QColor overdueText();      // the status of a task past its norm
    static QColor noticeText();       // text on the banner and notice backgrounds below

    // The frame around a field that needs attention.
    static QColor invalidFieldBorder();

    // Rows of a task list past their norm (werkvoorraad, supervisor).
    static QColor overdueRowBackground();
    static QColor overdueRowText();

    // The geheimhouding warning in the klantbeeld.
    static QColor geheimhoudingBackground();
    static QColor geheimhoudingText();

    // Banners (MessageBanner) and notices, by kind of message.
    static QColor positiveBackground();
    static QColor positiveBorder();
    static QColor informationBackground();
    static QColor informationBorder();
    static QColor warningBackground();
    static QColor warningBorder();
    static QColor errorBackground();
    static QColor errorBorder();

    // The status bar's badge for the demo database: loud on purpose.
    static QColor demoBadgeBackground();
    static QColor demoBadgeText();

    // The painted marker icons (markericons.cpp), the same colours as their SVGs.
    static QColor warningIconOutline();
    static QColor warningIconFill();
    static QColor warningIconMark();
    static QColor lockIconOutline();
    static QColor lockIconBody();
    static QColor lockIconKeyhole();
    static QColor applicationIconBackground();
    static QColor applicationIconForeground();

    // For style sheets and rich text: "#rrggbb", and "color:#rrggbb".
    static QString css(const QColor &colour);
    static QString textStyle(const QColor &colour);
};

} // namespace kcc::ui
