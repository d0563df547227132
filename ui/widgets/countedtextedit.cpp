#include "ui/widgets/countedtextedit.h"

#include "ui/widgets/palette.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kcc::ui {

CountedTextEdit::CountedTextEdit(int limit, QWidget *parent)
    : QWidget(parent)
    , m_limit(limit)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
{
    m_edit->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("countedTextCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_counter);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        emit textChanged();
    });
    updateCounter();
}

CountedTextEdit::~CountedTextEdit() = default;

QString CountedTextEdit::text() const
{
    return m_edit->toPlainText();
}

void CountedTextEdit::setText(const QString &text)
{
    if (text != m_edit->toPlainText())
        m_edit->setPlainText(text);
    updateCounter();
}

void CountedTextEdit::appendParagraph(const QString &text)
{
    const QString current = m_edit->toPlainText().trimmed();
    setText(current.isEmpty() ? text : current + QStringLiteral("\n\n") + text);
}

void CountedTextEdit::setLimit(int limit)
{
    m_limit = limit;
    updateCounter();
}

bool CountedTextEdit::overLimit() const
{
    return m_edit->toPlainText().size() > m_limit;
}

void CountedTextEdit::updateCounter()
{
    const int length = int(m_edit->toPlainText().size());
    //: Character counter under a text field: used / maximum
    m_counter->setText(tr("%1 / %2").arg(length).arg(m_limit));
    m_counter->setStyleSheet(
        overLimit() ? Palette::textStyle(Palette::errorText()) + QStringLiteral(";font-weight:bold") : QString());
    m_counter->setToolTip(overLimit() ? tr("%n character(s) too many: shorten the text.", nullptr, length - m_limit)
                                      : QString());
}

} // namespace kcc::ui
