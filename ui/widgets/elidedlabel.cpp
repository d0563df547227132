#include "ui/widgets/elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace kcc::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Takes what is left; its own length never pushes the neighbours away.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

ElidedLabel::~ElidedLabel() = default;

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
}

bool ElidedLabel::isElided() const
{
    return text() != m_fullText;
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin() - qMax(0, indent());
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, qMax(0, room));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace kcc::ui
