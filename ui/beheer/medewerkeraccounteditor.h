#pragma once

#include "model/beheer/accountservice.h"
#include "model/beheer/actordirectory.h"
#include "model/taken/afdelinglidmaatschap.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kcc::ui {

class FieldMessage;

// Beheer of an existing medewerker's account: the roles, the afdelingen they belong to (which
// decides the afdeling queues they see) and a new password. Loads a copy, saves on request;
// on an error the input stays as typed.
class MedewerkerAccountEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MedewerkerAccountEditor)

public:
    // `lidmaatschap` may be null: the afdelingen are then not shown. `viewer` is the beheerder.
    MedewerkerAccountEditor(AccountService &accounts, ActorDirectory &actors, AfdelingLidmaatschap *lidmaatschap,
                            const SignedInActor &viewer, QWidget *parent = nullptr);
    ~MedewerkerAccountEditor() override;

    // Shows the medewerker's roles and afdelingen; a null uuid empties and disables the editor.
    void setMedewerker(const QUuid &medewerker, const QString &naam);
    QUuid medewerker() const { return m_medewerker; }

    // Saves roles and afdelingen; true on success.
    bool save();
    // Sets the typed password; true on success (the fields are then cleared).
    bool changePassword();

signals:
    void saved(const QUuid &medewerker);

private:
    void showStatus(const QString &message, bool error);

    AccountService &m_accounts;
    ActorDirectory &m_actors;
    AfdelingLidmaatschap *m_lidmaatschap;
    SignedInActor m_viewer;
    QUuid m_medewerker;
    QGroupBox *m_box;
    QWidget *m_rolesBox;
    QList<QCheckBox *> m_roles;
    QListWidget *m_afdelingen;
    QLineEdit *m_password;
    QPushButton *m_saveButton;
    QPushButton *m_passwordButton;
    FieldMessage *m_rolesMessage;
    FieldMessage *m_afdelingenMessage;
    FieldMessage *m_passwordMessage;
    QLabel *m_status;
};

} // namespace kcc::ui
