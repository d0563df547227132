#include "ui/beheer/medewerkeraccounteditor.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace kcc::ui {

MedewerkerAccountEditor::MedewerkerAccountEditor(AccountService &accounts, ActorDirectory &actors,
                                                 AfdelingLidmaatschap *lidmaatschap, const SignedInActor &viewer,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_actors(actors)
    , m_lidmaatschap(lidmaatschap)
    , m_viewer(viewer)
    , m_box(new QGroupBox(this))
    , m_rolesBox(new QWidget(m_box))
    , m_afdelingen(new QListWidget(m_box))
    , m_password(new QLineEdit(m_box))
    , m_saveButton(new QPushButton(tr("Save roles and afdelingen"), m_box))
    , m_passwordButton(new QPushButton(tr("Set password"), m_box))
    , m_rolesMessage(new FieldMessage(m_rolesBox, m_box))
    , m_afdelingenMessage(new FieldMessage(m_afdelingen, m_box))
    , m_passwordMessage(new FieldMessage(m_password, m_box))
    , m_status(new QLabel(m_box))
{
    setObjectName(QStringLiteral("medewerkerAccountEditor"));
    m_afdelingen->setObjectName(QStringLiteral("accountAfdelingenList"));
    m_password->setObjectName(QStringLiteral("accountPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    m_passwordButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_status->setObjectName(QStringLiteral("accountStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_afdelingen->setMaximumHeight(120);

    const QList<std::pair<QString, QString>> roles = {
        {AccountRole::medewerker(), tr("Medewerker")},   {AccountRole::balie(), tr("Balie")},
        {AccountRole::supervisor(), tr("Supervisor")},   {AccountRole::beheerder(), tr("Beheerder")},
        {AccountRole::privacy(), tr("Privacy officer")},
    };
    auto *rolesLayout = new QHBoxLayout(m_rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[code, label] : roles) {
        auto *check = new QCheckBox(label, m_rolesBox);
        check->setObjectName(QStringLiteral("account_") + code + QStringLiteral("RoleCheck"));
        check->setProperty("role", code);
        rolesLayout->addWidget(check);
        m_roles.append(check);
    }
    rolesLayout->addStretch();

    auto stacked = [this](QWidget *field, FieldMessage *message) {
        auto *box = new QWidget(m_box);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(message);
        return box;
    };
    auto *form = new QFormLayout(m_box);
    form->addRow(tr("Roles:"), stacked(m_rolesBox, m_rolesMessage));
    auto *afdelingenLabel = new QLabel(tr("Member of &afdelingen:"), m_box);
    afdelingenLabel->setBuddy(m_afdelingen);
    form->addRow(afdelingenLabel, stacked(m_afdelingen, m_afdelingenMessage));
    form->addRow(QString(), m_saveButton);
    auto *passwordLabel = new QLabel(tr("&New password:"), m_box);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, stacked(m_password, m_passwordMessage));
    form->addRow(QString(), m_passwordButton);
    form->addRow(m_status);
    afdelingenLabel->setVisible(m_lidmaatschap != nullptr);
    m_afdelingen->setVisible(m_lidmaatschap != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_passwordButton, &QPushButton::clicked, this, [this] { changePassword(); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { changePassword(); });
    setMedewerker({}, {});
}

MedewerkerAccountEditor::~MedewerkerAccountEditor() = default;

void MedewerkerAccountEditor::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(Palette::textStyle(error ? Palette::errorText() : Palette::successText()));
    m_status->setVisible(!message.isEmpty());
}

void MedewerkerAccountEditor::setMedewerker(const QUuid &medewerker, const QString &naam)
{
    m_medewerker = medewerker;
    for (FieldMessage *message : {m_rolesMessage, m_afdelingenMessage, m_passwordMessage})
        message->clearError();
    showStatus(QString(), false);
    m_password->clear();
    m_afdelingen->clear();
    for (QCheckBox *check : std::as_const(m_roles))
        check->setChecked(false);
    m_box->setTitle(medewerker.isNull() ? tr("Choose a medewerker in the list to change their account")
                                        : tr("Account of %1").arg(naam));
    m_box->setEnabled(!medewerker.isNull());
    if (medewerker.isNull())
        return;

    const Result<QStringList> roles = m_accounts.roles(medewerker);
    if (!roles) {
        showStatus(roles.error().message, true);
        m_box->setEnabled(false);
        return;
    }
    for (QCheckBox *check : std::as_const(m_roles))
        check->setChecked(roles.value().contains(check->property("role").toString()));

    if (!m_lidmaatschap)
        return;
    const Result<QList<Actor>> afdelingen = m_actors.activeActors(SoortActor::OrganisatorischeEenheid);
    const Result<QList<QUuid>> member = m_lidmaatschap->afdelingenVan(medewerker);
    if (!afdelingen || !member) {
        showStatus(!afdelingen ? afdelingen.error().message : member.error().message, true);
        return;
    }
    for (const Actor &afdeling : afdelingen.value()) {
        auto *item = new QListWidgetItem(afdeling.naam, m_afdelingen);
        item->setData(Qt::UserRole, afdeling.uuid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(member.value().contains(afdeling.uuid) ? Qt::Checked : Qt::Unchecked);
    }
}

bool MedewerkerAccountEditor::save()
{
    if (m_medewerker.isNull())
        return false;
    m_rolesMessage->clearError();
    m_afdelingenMessage->clearError();
    showStatus(QString(), false);

    QStringList roles;
    for (const QCheckBox *check : std::as_const(m_roles)) {
        if (check->isChecked())
            roles.append(check->property("role").toString());
    }
    // A beheerder cannot take away their own beheer rights: nobody could give them back.
    if (m_medewerker == m_viewer.actor && !roles.contains(AccountRole::beheerder())) {
        m_rolesMessage->setError(tr("You cannot remove your own role Beheerder. Ask another beheerder to do it."));
        return false;
    }
    if (const Result<> set = m_accounts.setRoles(m_medewerker, roles); !set) {
        m_rolesMessage->setError(set.error().message);
        return false;
    }
    if (m_lidmaatschap) {
        QList<QUuid> afdelingen;
        for (int row = 0; row < m_afdelingen->count(); ++row) {
            const QListWidgetItem *item = m_afdelingen->item(row);
            if (item->checkState() == Qt::Checked)
                afdelingen.append(item->data(Qt::UserRole).toUuid());
        }
        if (const Result<> set = m_lidmaatschap->setAfdelingen(m_viewer, m_medewerker, afdelingen); !set) {
            m_afdelingenMessage->setError(set.error().message);
            return false;
        }
    }
    showStatus(tr("Roles and afdelingen saved."), false);
    emit saved(m_medewerker);
    return true;
}

bool MedewerkerAccountEditor::changePassword()
{
    if (m_medewerker.isNull())
        return false;
    m_passwordMessage->clearError();
    showStatus(QString(), false);
    if (const Result<> set = m_accounts.setPassword(m_medewerker, m_password->text()); !set) {
        m_passwordMessage->setError(set.error().message);
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_password->clear();
    showStatus(tr("Password changed."), false);
    return true;
}

} // namespace kcc::ui
