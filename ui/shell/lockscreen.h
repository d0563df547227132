#pragma once

#include "model/beheer/accountservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kcc::ui {

class FieldMessage;

// What a locked desk shows (issue 15): that it is locked and by whom, and a password field. The
// password is checked as at sign-in (AccountService::signIn, so failed attempts count towards the
// account's lock-out); nothing of the work behind it is on this screen.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    // `user` is the medewerker signed in; only they unlock. `accounts` must outlive this.
    LockScreen(AccountService &accounts, const SignedInActor &user, QWidget *parent = nullptr);
    ~LockScreen() override;

    // Empties the password field and its message, and puts the keyboard there.
    void prepare();

signals:
    // The right password was given.
    void unlocked();
    // The medewerker (or a colleague taking the seat) signs out instead.
    void signOutRequested();

private:
    void tryUnlock();

    AccountService &m_accounts;
    SignedInActor m_user;
    QLineEdit *m_password;
    FieldMessage *m_passwordMessage;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
};

} // namespace kcc::ui
