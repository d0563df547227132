#pragma once

#include "model/beheer/accountservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kcc::ui {

class FieldMessage;

// The medewerker signs in before taking calls. On the very first start, when no account exists
// at all, the same dialog creates the first beheerder instead.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Mode
    {
        SignIn,
        CreateFirstBeheerder
    };

    // `demoHint` is shown in demo mode only (the demo account's name and password).
    SignInDialog(AccountService &accounts, const QString &demoHint, QWidget *parent = nullptr);
    ~SignInDialog() override;

    Mode mode() const { return m_mode; }
    const SignedInActor &signedIn() const { return m_signedIn; }

    QLineEdit *nameEdit() const { return m_name; }

private:
    void accept() override;
    void signIn();
    void createFirst();
    // Shows `message` under the form and makes the dialog tall enough for all of its lines.
    void showError(const QString &message);

    AccountService &m_accounts;
    Mode m_mode = Mode::SignIn;
    SignedInActor m_signedIn;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLineEdit *m_phone;
    QLabel *m_error;
    FieldMessage *m_repeatMessage = nullptr;
};

} // namespace kcc::ui
