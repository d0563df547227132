#include "ui/beheer/afdelingform.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

// A message that belongs to no field; hidden while empty.
void showGeneral(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

AfdelingForm::AfdelingForm(AccountService &accounts, ActorDirectory &actors, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_actors(actors)
    , m_list(new QListWidget(this))
    , m_naam(new QLineEdit(this))
    , m_omschrijving(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_naamMessage(nullptr)
    , m_omschrijvingMessage(nullptr)
    , m_emailMessage(nullptr)
    , m_generalMessage(nullptr)
    , m_createButton(new QPushButton(tr("Crea&te afdeling"), this))
{
    setObjectName(QStringLiteral("afdelingForm"));
    m_list->setObjectName(QStringLiteral("afdelingList"));
    m_naam->setObjectName(QStringLiteral("afdelingNaamEdit"));
    m_omschrijving->setObjectName(QStringLiteral("afdelingOmschrijvingEdit"));
    m_email->setObjectName(QStringLiteral("afdelingEmailEdit"));
    m_createButton->setObjectName(QStringLiteral("createAfdelingButton"));
    m_naamMessage = new FieldMessage(m_naam, this);
    m_omschrijvingMessage = new FieldMessage(m_omschrijving, this);
    m_emailMessage = new FieldMessage(m_email, this);
    m_generalMessage = new QLabel(this);
    m_generalMessage->setObjectName(QStringLiteral("afdelingGeneralMessage"));
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_generalMessage->hide();

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QLineEdit *field, FieldMessage *message) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(message);
        form->addRow(buddy, box);
    };
    addRow(tr("&Name:"), m_naam, m_naamMessage);
    addRow(tr("&Description:"), m_omschrijving, m_omschrijvingMessage);
    addRow(tr("&E-mail:"), m_email, m_emailMessage);
    form->addRow(m_generalMessage);
    form->addRow(m_createButton);

    auto *listLabel = new QLabel(tr("Acti&ve afdelingen:"), this);
    listLabel->setBuddy(m_list);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(form, 2);

    setTabOrder(m_list, m_naam);
    setTabOrder(m_naam, m_omschrijving);
    setTabOrder(m_omschrijving, m_email);
    setTabOrder(m_email, m_createButton);

    connect(m_createButton, &QPushButton::clicked, this, [this] { create(); });
    reload();
}

AfdelingForm::~AfdelingForm() = default;

void AfdelingForm::reload()
{
    m_list->clear();
    const Result<QList<Actor>> actors = m_actors.activeActors(SoortActor::OrganisatorischeEenheid);
    if (!actors) {
        showGeneral(m_generalMessage, actors.error().message);
        return;
    }
    for (const Actor &actor : actors.value()) {
        auto *item = new QListWidgetItem(actor.naam, m_list);
        item->setData(Qt::UserRole, actor.uuid);
    }
}

void AfdelingForm::clearErrors()
{
    for (FieldMessage *message : {m_naamMessage, m_omschrijvingMessage, m_emailMessage})
        message->clearError();
    showGeneral(m_generalMessage, QString());
}

bool AfdelingForm::create()
{
    clearErrors();
    const Result<QUuid> created = m_accounts.createAfdeling(m_naam->text(), m_omschrijving->text(), m_email->text());
    if (!created) {
        bool placed = false;
        for (const FieldError &error : created.error().fieldErrors) {
            const QString field = error.field.section(QLatin1Char('.'), -1);
            FieldMessage *target = field == QLatin1String("naam")           ? m_naamMessage
                                   : field == QLatin1String("omschrijving") ? m_omschrijvingMessage
                                   : field == QLatin1String("emailadres")   ? m_emailMessage
                                                                            : nullptr;
            if (target && !target->hasError()) {
                target->setError(error.message);
                if (!placed)
                    target->field()->setFocus(Qt::OtherFocusReason);
                placed = true;
            }
        }
        if (!placed)
            showGeneral(m_generalMessage, created.error().message);
        return false;
    }
    for (QLineEdit *edit : {m_naam, m_omschrijving, m_email})
        edit->clear();
    reload();
    m_naam->setFocus(Qt::OtherFocusReason);
    emit this->created(created.value());
    return true;
}

} // namespace kcc::ui
