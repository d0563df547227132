#include "ui/shell/signindialog.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kcc::ui {

SignInDialog::SignInDialog(AccountService &accounts, const QString &demoHint, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    const Result<bool> any = accounts.hasAnyAccount();
    m_mode = (any && !any.value()) ? Mode::CreateFirstBeheerder : Mode::SignIn;

    m_name->setObjectName(QStringLiteral("signInName"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("signInRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_phone->setObjectName(QStringLiteral("signInPhone"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_error->hide();

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    if (m_mode == Mode::CreateFirstBeheerder) {
        setWindowTitle(tr("KCC Werkplek — first beheerder"));
        intro->setText(tr("No one can sign in yet. Create the account of the first beheerder; "
                          "they can then add the other medewerkers under Beheer."));
        form->addRow(tr("&Repeat password:"), m_repeat);
        m_repeatMessage = new FieldMessage(m_repeat, this);
        form->addRow(QString(), m_repeatMessage);
        form->addRow(tr("&Telephone number:"), m_phone);
        m_phone->setPlaceholderText(tr("e.g. 020 123 4567"));
    } else {
        setWindowTitle(tr("KCC Werkplek — sign in"));
        intro->setText(tr("Sign in with your name and password."));
        m_repeat->hide();
        m_phone->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::SignIn ? tr("&Sign in") : tr("&Create and sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    if (!demoHint.isEmpty()) {
        auto *hint = new QLabel(demoHint, this);
        hint->setObjectName(QStringLiteral("signInDemoHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(
            QStringLiteral("background:%1;border:1px solid %2;padding:4px")
                .arg(Palette::css(Palette::warningBackground()), Palette::css(Palette::warningBorder())));
        layout->addWidget(hint);
    }
    layout->addWidget(buttons);
    m_name->setFocus();
    resize(420, sizeHint().height());
    if (!any)
        showError(any.error().message);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // A long message (a server that is away, a schema too new) wraps over several lines: a window
    // of the old height would draw them over the form.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::accept()
{
    m_error->hide();
    m_error->clear();
    if (m_mode == Mode::SignIn)
        signIn();
    else
        createFirst();
}

void SignInDialog::signIn()
{
    const Result<SignedInActor> result = m_accounts.signIn(m_name->text().trimmed(), m_password->text());
    if (!result) {
        showError(result.error().message);
        // The name stays; only the password is typed again.
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_signedIn = result.value();
    QDialog::accept();
}

void SignInDialog::createFirst()
{
    if (m_password->text() != m_repeat->text()) {
        m_repeatMessage->setError(tr("The passwords differ: type the same password twice."));
        m_repeat->setFocus();
        return;
    }
    m_repeatMessage->clearError();
    const Result<QUuid> created =
        m_accounts.createMedewerker(m_name->text().trimmed(), tr("Beheerder"), QString(), m_phone->text(),
                                    m_password->text(), {AccountRole::beheerder(), AccountRole::medewerker()});
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_mode = Mode::SignIn;
    signIn();
}

} // namespace kcc::ui
