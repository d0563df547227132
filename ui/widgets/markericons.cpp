#include "ui/widgets/markericons.h"

#include "ui/widgets/palette.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace kcc::ui {

namespace {

bool canReadSvg()
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    return svg;
}

QIcon painted(const std::function<void(QPainter &, qreal size)> &paint)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon load(const QString &resource, const std::function<void(QPainter &, qreal size)> &fallback)
{
    if (canReadSvg()) {
        QIcon icon(resource);
        if (!icon.availableSizes().isEmpty() || !icon.pixmap(16).isNull())
            return icon;
    }
    return painted(fallback);
}

// An amber warning triangle with an exclamation mark, the same shape as resources/icons/geheim.svg.
void paintWarning(QPainter &painter, qreal size)
{
    const qreal m = size / 16.0;
    QPainterPath triangle;
    triangle.moveTo(8 * m, 1 * m);
    triangle.lineTo(15.5 * m, 14.5 * m);
    triangle.lineTo(0.5 * m, 14.5 * m);
    triangle.closeSubpath();
    painter.setPen(QPen(Palette::warningIconOutline(), 1 * m, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Palette::warningIconFill());
    painter.drawPath(triangle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::warningIconMark());
    painter.drawRoundedRect(QRectF(7.1 * m, 5 * m, 1.8 * m, 5.5 * m), 0.8 * m, 0.8 * m);
    painter.drawEllipse(QRectF(7.1 * m, 11.4 * m, 1.8 * m, 1.8 * m));
}

// A dark red padlock, the same shape as resources/icons/vertrouwelijk.svg.
void paintLock(QPainter &painter, qreal size)
{
    const qreal m = size / 16.0;
    painter.setPen(QPen(Palette::lockIconOutline(), 1.6 * m));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(4.5 * m, 1.5 * m, 7 * m, 8 * m), 0, 180 * 16);
    painter.drawLine(QPointF(4.5 * m, 5.5 * m), QPointF(4.5 * m, 7.5 * m));
    painter.drawLine(QPointF(11.5 * m, 5.5 * m), QPointF(11.5 * m, 7.5 * m));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::lockIconBody());
    painter.drawRoundedRect(QRectF(2.5 * m, 7 * m, 11 * m, 8 * m), 1.5 * m, 1.5 * m);
    painter.setBrush(Palette::lockIconKeyhole());
    painter.drawEllipse(QRectF(7 * m, 9.5 * m, 2 * m, 2 * m));
}

// A headset in a speech bubble, after resources/icons/kcc-werkplek.svg.
void paintApplication(QPainter &painter, qreal size)
{
    const qreal m = size / 16.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::applicationIconBackground());
    painter.drawRoundedRect(QRectF(0.5 * m, 0.5 * m, 15 * m, 15 * m), 3 * m, 3 * m);
    painter.setPen(QPen(Palette::applicationIconForeground(), 1.5 * m, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(3.5 * m, 3 * m, 9 * m, 9 * m), 0, 180 * 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::applicationIconForeground());
    painter.drawRoundedRect(QRectF(2.5 * m, 7 * m, 3 * m, 4.5 * m), 1 * m, 1 * m);
    painter.drawRoundedRect(QRectF(10.5 * m, 7 * m, 3 * m, 4.5 * m), 1 * m, 1 * m);
}

} // namespace

QIcon geheimhoudingIcon()
{
    return load(QStringLiteral(":/icons/geheim.svg"), paintWarning);
}

QIcon vertrouwelijkIcon()
{
    return load(QStringLiteral(":/icons/vertrouwelijk.svg"), paintLock);
}

QIcon applicationIcon()
{
    return load(QStringLiteral(":/icons/kcc-werkplek.svg"), paintApplication);
}

} // namespace kcc::ui
