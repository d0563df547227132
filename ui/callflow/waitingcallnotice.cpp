#include "ui/callflow/waitingcallnotice.h"

#include "model/callflow/readablenumber.h"
#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace kcc::ui {

WaitingCallNotice::WaitingCallNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_take(new QPushButton(tr("Park and take call (Ctrl+Shift+A)"), this))
{
    setObjectName(QStringLiteral("waitingCallNotice"));
    m_label->setObjectName(QStringLiteral("waitingCallText"));
    m_label->setWordWrap(true);
    // The number comes from outside (a softphone): never interpret it as markup.
    m_label->setTextFormat(Qt::PlainText);
    m_take->setObjectName(QStringLiteral("parkAndTakeButton"));
    m_take->setToolTip(tr("The open contact is parked with its draft and timers (the caller on hold); the waiting "
                          "call becomes a new contact"));
    setStyleSheet(QStringLiteral("#waitingCallNotice{background:%1;border:1px solid %2;border-radius:4px}"
                                 " #waitingCallNotice QLabel{%3;font-weight:bold}")
                      .arg(Palette::css(Palette::warningBackground()), Palette::css(Palette::warningBorder()),
                           Palette::textStyle(Palette::noticeText())));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_take, 0, Qt::AlignVCenter);
    connect(m_take, &QPushButton::clicked, this, &WaitingCallNotice::takeRequested);
    hide();
}

WaitingCallNotice::~WaitingCallNotice() = default;

void WaitingCallNotice::setNumbers(const QStringList &numbers)
{
    if (numbers.isEmpty()) {
        m_label->clear();
        hide();
        return;
    }
    QStringList shown;
    std::transform(numbers.cbegin(), numbers.cend(), std::back_inserter(shown), &WaitingCallNotice::formatted);
    //: %1: the waiting numbers, longest waiting first
    m_label->setText(tr("Call waiting: %1").arg(shown.join(QStringLiteral(", "))));
    show();
}

QString WaitingCallNotice::text() const
{
    return m_label->text();
}

QString WaitingCallNotice::formatted(const QString &number)
{
    return readableNumber(number);
}

} // namespace kcc::ui
