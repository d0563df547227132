#pragma once

#include "ui/callflow/callflowcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kcc::ui {

class FieldMessage;

// The "Afdelingen" tab of the beheer dialog: the active afdelingen and a form to create one.
class AfdelingForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfdelingForm)

public:
    AfdelingForm(AccountService &accounts, ActorDirectory &actors, QWidget *parent = nullptr);
    ~AfdelingForm() override;

    void reload();
    // Validates and creates the afdeling; true when it was created (the form is then cleared).
    bool create();

signals:
    void created(const QUuid &actor);

private:
    void clearErrors();

    AccountService &m_accounts;
    ActorDirectory &m_actors;
    QListWidget *m_list;
    QLineEdit *m_naam;
    QLineEdit *m_omschrijving;
    QLineEdit *m_email;
    FieldMessage *m_naamMessage;
    FieldMessage *m_omschrijvingMessage;
    FieldMessage *m_emailMessage;
    QLabel *m_generalMessage; // what belongs to no field (a database error)
    QPushButton *m_createButton;
};

} // namespace kcc::ui
