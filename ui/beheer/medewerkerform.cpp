#include "ui/beheer/medewerkerform.h"

#include "ui/beheer/medewerkeraccounteditor.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace kcc::ui {

namespace {

// A message that belongs to no field; hidden while empty.
void showGeneral(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// A field and its message under it, as one row of the form.
QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

} // namespace

MedewerkerForm::MedewerkerForm(AccountService &accounts, ActorDirectory &actors, AfdelingLidmaatschap *lidmaatschap,
                               const SignedInActor &viewer, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_actors(actors)
    , m_list(new QListWidget(this))
    , m_naam(lineEdit(QStringLiteral("medewerkerNaamEdit"), this))
    , m_functie(lineEdit(QStringLiteral("medewerkerFunctieEdit"), this))
    , m_email(lineEdit(QStringLiteral("medewerkerEmailEdit"), this))
    , m_telefoon(lineEdit(QStringLiteral("medewerkerTelefoonEdit"), this))
    , m_password(lineEdit(QStringLiteral("medewerkerPasswordEdit"), this))
    , m_repeat(lineEdit(QStringLiteral("medewerkerRepeatEdit"), this))
    , m_rolesBox(new QWidget(this))
    , m_naamMessage(new FieldMessage(m_naam, this))
    , m_functieMessage(new FieldMessage(m_functie, this))
    , m_emailMessage(new FieldMessage(m_email, this))
    , m_telefoonMessage(new FieldMessage(m_telefoon, this))
    , m_passwordMessage(new FieldMessage(m_password, this))
    , m_repeatMessage(new FieldMessage(m_repeat, this))
    , m_rolesMessage(new FieldMessage(m_rolesBox, this))
    , m_generalMessage(new QLabel(this))
    , m_createButton(new QPushButton(tr("Crea&te medewerker"), this))
    , m_accountEditor(new MedewerkerAccountEditor(accounts, actors, lidmaatschap, viewer, this))
{
    setObjectName(QStringLiteral("medewerkerForm"));
    m_list->setObjectName(QStringLiteral("medewerkerList"));
    m_rolesBox->setObjectName(QStringLiteral("medewerkerRolesBox"));
    m_generalMessage->setObjectName(QStringLiteral("medewerkerGeneralMessage"));
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_generalMessage->hide();
    m_createButton->setObjectName(QStringLiteral("createMedewerkerButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);

    const QList<std::pair<QString, QString>> roles = {
        {AccountRole::medewerker(), tr("Me&dewerker")},   {AccountRole::balie(), tr("&Balie")},
        {AccountRole::supervisor(), tr("&Supervisor")},   {AccountRole::beheerder(), tr("Be&heerder")},
        {AccountRole::privacy(), tr("Privac&y officer")},
    };
    auto *rolesLayout = new QHBoxLayout(m_rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[code, label] : roles) {
        auto *check = new QCheckBox(label, m_rolesBox);
        check->setObjectName(code + QStringLiteral("RoleCheck"));
        check->setProperty("role", code);
        rolesLayout->addWidget(check);
        m_roles.append(check);
    }
    m_roles.first()->setChecked(true);
    rolesLayout->addStretch();

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, FieldMessage *message) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        form->addRow(buddy, withMessage(field, message, this));
    };
    addRow(tr("&Name:"), m_naam, m_naamMessage);
    addRow(tr("&Job title:"), m_functie, m_functieMessage);
    addRow(tr("&E-mail:"), m_email, m_emailMessage);
    addRow(tr("&Phone number:"), m_telefoon, m_telefoonMessage);
    addRow(tr("Pass&word:"), m_password, m_passwordMessage);
    addRow(tr("&Repeat password:"), m_repeat, m_repeatMessage);
    form->addRow(tr("Roles:"), withMessage(m_rolesBox, m_rolesMessage, this));
    form->addRow(m_generalMessage);
    form->addRow(m_createButton);

    auto *listLabel = new QLabel(tr("Acti&ve medewerkers:"), this);
    listLabel->setBuddy(m_list);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_accountEditor);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(form, 2);

    setTabOrder(m_list, m_naam);
    setTabOrder(m_naam, m_functie);
    setTabOrder(m_functie, m_email);
    setTabOrder(m_email, m_telefoon);
    setTabOrder(m_telefoon, m_password);
    setTabOrder(m_password, m_repeat);
    QWidget *previous = m_repeat;
    for (QCheckBox *check : std::as_const(m_roles)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_createButton);

    connect(m_createButton, &QPushButton::clicked, this, [this] { create(); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_accountEditor->setMedewerker(current ? current->data(Qt::UserRole).toUuid() : QUuid(),
                                       current ? current->data(Qt::UserRole + 1).toString() : QString());
    });
    reload();
}

MedewerkerForm::~MedewerkerForm() = default;

void MedewerkerForm::reload()
{
    m_list->clear();
    const Result<QList<Actor>> actors = m_actors.activeActors(SoortActor::Medewerker);
    if (!actors) {
        showGeneral(m_generalMessage, actors.error().message);
        return;
    }
    for (const Actor &actor : actors.value()) {
        auto *item = new QListWidgetItem(
            actor.functie.isEmpty() ? actor.naam : tr("%1 (%2)").arg(actor.naam, actor.functie), m_list);
        item->setData(Qt::UserRole, actor.uuid);
        item->setData(Qt::UserRole + 1, actor.naam);
    }
}

void MedewerkerForm::clearErrors()
{
    for (FieldMessage *message : {m_naamMessage, m_functieMessage, m_emailMessage, m_telefoonMessage, m_passwordMessage,
                                  m_repeatMessage, m_rolesMessage})
        message->clearError();
    showGeneral(m_generalMessage, QString());
}

void MedewerkerForm::showErrors(const Error &error)
{
    bool placed = false;
    for (const FieldError &fieldError : error.fieldErrors) {
        const QString field = fieldError.field.section(QLatin1Char('.'), -1);
        FieldMessage *target = nullptr;
        if (field == QLatin1String("naam"))
            target = m_naamMessage;
        else if (field == QLatin1String("functie"))
            target = m_functieMessage;
        else if (field == QLatin1String("emailadres"))
            target = m_emailMessage;
        else if (field == QLatin1String("telefoonnummer"))
            target = m_telefoonMessage;
        else if (field == QLatin1String("password"))
            target = m_passwordMessage;
        else if (field == QLatin1String("roles"))
            target = m_rolesMessage;
        if (target && !target->hasError()) {
            target->setError(fieldError.message);
            placed = true;
        }
    }
    if (!placed)
        showGeneral(m_generalMessage, error.message);
    for (FieldMessage *message :
         {m_naamMessage, m_functieMessage, m_emailMessage, m_telefoonMessage, m_passwordMessage, m_rolesMessage}) {
        if (message->hasError()) {
            message->field()->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

bool MedewerkerForm::create()
{
    clearErrors();
    if (m_password->text() != m_repeat->text()) {
        m_repeatMessage->setError(tr("The passwords are not the same. Type the same password twice."));
        m_repeat->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QStringList roles;
    for (const QCheckBox *check : std::as_const(m_roles)) {
        if (check->isChecked())
            roles.append(check->property("role").toString());
    }
    const Result<QUuid> created = m_accounts.createMedewerker(m_naam->text(), m_functie->text(), m_email->text(),
                                                              m_telefoon->text(), m_password->text(), roles);
    if (!created) {
        showErrors(created.error());
        return false;
    }
    for (QLineEdit *edit : {m_naam, m_functie, m_email, m_telefoon, m_password, m_repeat})
        edit->clear();
    reload();
    m_naam->setFocus(Qt::OtherFocusReason);
    emit this->created(created.value());
    return true;
}

} // namespace kcc::ui
