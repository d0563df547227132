#include "ui/widgets/messagebanner.h"

#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <array>
#include <utility>

namespace kcc::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    // Messages carry outside text (an incoming number, imported names): never interpret it as markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hideMessage);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(const QString &text, Type type)
{
    m_type = type;
    // Muted colours with dark text: readable on any theme, alarming only for errors.
    static const std::array<std::pair<QColor, QColor>, 4> colours{{
        {Palette::positiveBackground(), Palette::positiveBorder()},
        {Palette::informationBackground(), Palette::informationBorder()},
        {Palette::warningBackground(), Palette::warningBorder()},
        {Palette::errorBackground(), Palette::errorBorder()},
    }};
    const auto &[background, border] = colours.at(type);
    setStyleSheet(QStringLiteral("#messageBanner{background:%1;border:1px solid %2;border-radius:4px}"
                                 " #messageBanner QLabel{%3}")
                      .arg(Palette::css(background), Palette::css(border), Palette::textStyle(Palette::noticeText())));
    m_label->setText(text);
    show();
}

void MessageBanner::hideMessage()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace kcc::ui
