#include "ui/shell/lockscreen.h"

#include "ui/widgets/fieldmessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kcc::ui {

LockScreen::LockScreen(AccountService &accounts, const SignedInActor &user, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_user(user)
    , m_password(new QLineEdit(this))
    , m_passwordMessage(new FieldMessage(m_password, this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(tr("KCC Werkplek is locked"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *explanation =
        new QLabel(tr("Locked by %1. Give your password to continue where you were; an open contact and its "
                      "notes are kept. Someone else signs out first (the open contact is kept as a draft).")
                       .arg(user.naam),
                   this);
    explanation->setObjectName(QStringLiteral("lockExplanation"));
    explanation->setWordWrap(true);
    // A wrapped label in a centred box gets the height of its own narrow size hint and is cut off;
    // a fixed width gives it the height its text needs.
    constexpr int explanationWidth = 460;
    explanation->setFixedWidth(explanationWidth);
    explanation->setMinimumHeight(explanation->heightForWidth(explanationWidth));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordMessage->setObjectName(QStringLiteral("lockPasswordMessage"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);

    auto *box = new QWidget(this);
    box->setMaximumWidth(520);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(explanation);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::textEdited, m_passwordMessage, &FieldMessage::clearError);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    setFocusProxy(m_password);
}

LockScreen::~LockScreen() = default;

void LockScreen::prepare()
{
    m_password->clear();
    m_passwordMessage->clearError();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::tryUnlock()
{
    const Result<SignedInActor> checked = m_accounts.confirmPassword(m_user.actor, m_password->text());
    m_password->clear();
    if (!checked || checked.value().actor != m_user.actor) {
        m_passwordMessage->setError(checked ? tr("The password is not correct.") : checked.error().message);
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_passwordMessage->clearError();
    emit unlocked();
}

} // namespace kcc::ui
