// The colours of the user interface come from one place (ui/palette.h), and the text colours
// stay readable on the backgrounds they are used on.
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/palette.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace kcc::ui;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void textIsReadable_data();
    void textIsReadable();
    void widgetsUseThePalette();
    void noColourOutsideThePalette();
};

void TestPalette::textIsReadable_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor white(Qt::white);
    const QList<std::pair<const char *, QColor>> onWindow = {
        {"error", Palette::errorText()},     {"success", Palette::successText()},
        {"hint", Palette::hintText()},       {"empty", Palette::emptyText()},
        {"missing", Palette::missingText()}, {"confidential", Palette::confidentialText()},
        {"overdue", Palette::overdueText()},
    };
    for (const auto &[name, colour] : onWindow) {
        QTest::addRow("%s on the window", name) << colour << window;
        QTest::addRow("%s on white", name) << colour << white;
    }
    QTest::newRow("notice on positive") << Palette::noticeText() << Palette::positiveBackground();
    QTest::newRow("notice on information") << Palette::noticeText() << Palette::informationBackground();
    QTest::newRow("notice on warning") << Palette::noticeText() << Palette::warningBackground();
    QTest::newRow("notice on error") << Palette::noticeText() << Palette::errorBackground();
    QTest::newRow("overdue row") << Palette::overdueRowText() << Palette::overdueRowBackground();
    QTest::newRow("geheimhouding") << Palette::geheimhoudingText() << Palette::geheimhoudingBackground();
    QTest::newRow("demo badge") << Palette::demoBadgeText() << Palette::demoBadgeBackground();
}

void TestPalette::textIsReadable()
{
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    QVERIFY(text.isValid() && background.isValid());
    const double ratio = contrast(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: contrast %3, WCAG AA wants 4.5")
                                          .arg(text.name(), background.name())
                                          .arg(ratio, 0, 'f', 2)));
}

void TestPalette::widgetsUseThePalette()
{
    MessageBanner banner;
    banner.showMessage(QStringLiteral("Niet opgeslagen"), MessageBanner::Error);
    QVERIFY(banner.styleSheet().contains(Palette::css(Palette::errorBackground())));
    QVERIFY(banner.styleSheet().contains(Palette::css(Palette::errorBorder())));
    banner.showMessage(QStringLiteral("Opgeslagen"), MessageBanner::Positive);
    QVERIFY(banner.styleSheet().contains(Palette::css(Palette::positiveBackground())));
    QVERIFY(!banner.styleSheet().contains(Palette::css(Palette::errorBackground())));

    QLineEdit field;
    FieldMessage message(&field);
    QCOMPARE(message.styleSheet(), Palette::textStyle(Palette::errorText()));
    message.setError(QStringLiteral("Vul een postcode in."));
    QVERIFY(field.styleSheet().contains(Palette::css(Palette::invalidFieldBorder())));
    message.clearError();
    QVERIFY(field.styleSheet().isEmpty());
}

void TestPalette::noColourOutsideThePalette()
{
    // A colour literal in ui/ outside palette.cpp: a hex colour ("#b3261e", "#666"), QColor from
    // numbers or a name, a Qt::GlobalColor, rgb() or a named colour in a style sheet.
    const QRegularExpression literal(
        QStringLiteral("(?<![\\w#])#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})(?!\\w)"
                       "|QColor\\(\\s*(?:0x|\\d|\")"
                       "|\\bQt::(?:white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray|dark\\w+)\\b"
                       "|\\brgba?\\("
                       "|color\\s*:\\s*(?:white|black|red|green|blue|gray|grey|orange)\\b"));
    QVERIFY(literal.isValid());
    QStringList found;
    int files = 0;
    QDirIterator it(QStringLiteral(KCC_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().startsWith(QStringLiteral("palette.")))
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (literal.match(lines.at(i)).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(lines.at(i).trimmed());
        }
    }
    QVERIFY2(files > 20, "ui/ sources not found");
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("colours outside ui/palette.cpp:\n") + found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
