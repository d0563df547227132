#pragma once

#include "ui/callflow/callflowcontext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kcc::ui {

class FieldMessage;
class MedewerkerAccountEditor;

// The "Medewerkers" tab of the beheer dialog: the active medewerkers, a form to create one
// with an account, and the account (roles, afdelingen, password) of the one selected. Errors go to the field they
// belong to; the form keeps its input on error.
class MedewerkerForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedewerkerForm)

public:
    // `lidmaatschap` may be null (no afdelingen shown); `viewer` is the signed-in beheerder.
    MedewerkerForm(AccountService &accounts, ActorDirectory &actors, AfdelingLidmaatschap *lidmaatschap,
                   const SignedInActor &viewer, QWidget *parent = nullptr);
    ~MedewerkerForm() override;

    // Re-reads the list of medewerkers.
    void reload();
    // Validates and creates the medewerker; true when it was created (the form is then cleared).
    bool create();

signals:
    void created(const QUuid &actor);

private:
    void clearErrors();
    void showErrors(const Error &error);

    AccountService &m_accounts;
    ActorDirectory &m_actors;
    QListWidget *m_list;
    QLineEdit *m_naam;
    QLineEdit *m_functie;
    QLineEdit *m_email;
    QLineEdit *m_telefoon;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QList<QCheckBox *> m_roles;
    QWidget *m_rolesBox;
    FieldMessage *m_naamMessage;
    FieldMessage *m_functieMessage;
    FieldMessage *m_emailMessage;
    FieldMessage *m_telefoonMessage;
    FieldMessage *m_passwordMessage;
    FieldMessage *m_repeatMessage;
    FieldMessage *m_rolesMessage;
    QLabel *m_generalMessage; // what belongs to no field (a database error)
    QPushButton *m_createButton;
    MedewerkerAccountEditor *m_accountEditor;
};

} // namespace kcc::ui
