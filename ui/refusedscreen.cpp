#include "ui/refusedscreen.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kcc::ui {

RefusedScreen::RefusedScreen(const QString &title, const QString &reason, QWidget *parent)
    : QWidget(parent)
{
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("refusedTitle"));
    titleLabel->setTextFormat(Qt::PlainText);
    QFont big = titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    titleLabel->setFont(big);
    auto *reasonLabel = new QLabel(reason, this);
    reasonLabel->setObjectName(QStringLiteral("refusedReason"));
    reasonLabel->setTextFormat(Qt::PlainText);
    reasonLabel->setWordWrap(true);
    // The keyboard lands on the explanation, so a screen reader reads it out.
    reasonLabel->setFocusPolicy(Qt::StrongFocus);
    reasonLabel->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setFocusProxy(reasonLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(titleLabel, 0, Qt::AlignHCenter);
    layout->addWidget(reasonLabel, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    reasonLabel->setMaximumWidth(560);
}

RefusedScreen::~RefusedScreen() = default;

} // namespace kcc::ui
