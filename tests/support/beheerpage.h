#pragma once

// The Beheer dialog's forms and the medewerker account editor, as a GUI test reaches them: by
// objectName (tests/support/findwidget.h). Header-only.

#include "tests/support/findwidget.h"
#include "ui/beheer/codelisteditor.h"
#include "ui/beheer/medewerkeraccounteditor.h"
#include "ui/beheer/medewerkerform.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QWidget>

namespace kcc::test {

// The norm spin box of this gevraagde handeling in a TaakNormenEditor under `root`, or nullptr.
inline QSpinBox *normSpin(const QWidget *root, const QString &handeling)
{
    const QList<QSpinBox *> spins = root->findChildren<QSpinBox *>(QStringLiteral("normSpin"));
    for (QSpinBox *spin : spins) {
        if (spin->property("handeling").toString() == handeling)
            return spin;
    }
    qWarning().noquote() << "normSpin: no norm for" << handeling << "under" << root->objectName();
    return nullptr;
}

class BeheerPage
{
public:
    explicit BeheerPage(const QWidget *dialog)
        : m_dialog(dialog)
    {
    }

    QTabWidget *tabs() const { return findNamed<QTabWidget>(m_dialog, QStringLiteral("beheerTabs")); }
    ui::MedewerkerForm *medewerkerForm() const
    {
        return findNamed<ui::MedewerkerForm>(m_dialog, QStringLiteral("medewerkerForm"));
    }
    QListWidget *medewerkerList() const { return findNamed<QListWidget>(m_dialog, QStringLiteral("medewerkerList")); }
    ui::CodeListEditor *codeListEditor() const
    {
        return findNamed<ui::CodeListEditor>(m_dialog, QStringLiteral("codeListEditor"));
    }

    // The account editor beside the medewerker list.
    ui::MedewerkerAccountEditor *accountEditor() const
    {
        return findNamed<ui::MedewerkerAccountEditor>(m_dialog, QStringLiteral("medewerkerAccountEditor"));
    }
    QCheckBox *accountRoleCheck(const QString &role) const
    {
        return findNamed<QCheckBox>(m_dialog, QStringLiteral("account_") + role + QStringLiteral("RoleCheck"));
    }
    QListWidget *accountAfdelingenList() const
    {
        return findNamed<QListWidget>(m_dialog, QStringLiteral("accountAfdelingenList"));
    }
    QLineEdit *accountPasswordEdit() const
    {
        return findNamed<QLineEdit>(m_dialog, QStringLiteral("accountPasswordEdit"));
    }
    QPushButton *saveAccountButton() const
    {
        return findNamed<QPushButton>(m_dialog, QStringLiteral("saveAccountButton"));
    }
    QLabel *accountStatusLabel() const { return findNamed<QLabel>(m_dialog, QStringLiteral("accountStatusLabel")); }

private:
    const QWidget *m_dialog;
};

} // namespace kcc::test
