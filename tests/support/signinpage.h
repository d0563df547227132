#pragma once

// The sign-in dialog's fields, as a GUI test reaches them: by objectName
// (tests/support/findwidget.h). Header-only.

#include "tests/support/findwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace kcc::test {

class SignInPage
{
public:
    explicit SignInPage(const QWidget *dialog)
        : m_dialog(dialog)
    {
    }

    QLineEdit *nameEdit() const { return findNamed<QLineEdit>(m_dialog, QStringLiteral("signInName")); }
    QLineEdit *passwordEdit() const { return findNamed<QLineEdit>(m_dialog, QStringLiteral("signInPassword")); }
    QLineEdit *repeatEdit() const { return findNamed<QLineEdit>(m_dialog, QStringLiteral("signInRepeat")); }
    QLineEdit *phoneEdit() const { return findNamed<QLineEdit>(m_dialog, QStringLiteral("signInPhone")); }
    // The error shown, empty while none is.
    QString errorText() const
    {
        const QLabel *error = findNamed<QLabel>(m_dialog, QStringLiteral("signInError"));
        return error && !error->isHidden() ? error->text() : QString();
    }

private:
    const QWidget *m_dialog;
};

} // namespace kcc::test
