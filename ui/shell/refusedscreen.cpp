#include "ui/shell/refusedscreen.h"

#include <QHBoxLayout>
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

    titleLabel->setAlignment(Qt::AlignHCenter);
    reasonLabel->setAlignment(Qt::AlignHCenter);
    // The labels fill a column of at most 560 px, centred: a word-wrapped label placed with an
    // alignment would get only the height of its size hint and be cut off.
    auto *column = new QWidget(this);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(titleLabel);
    columnLayout->addWidget(reasonLabel);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

RefusedScreen::~RefusedScreen() = default;

} // namespace kcc::ui
