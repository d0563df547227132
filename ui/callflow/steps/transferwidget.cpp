#include "ui/callflow/steps/transferwidget.h"

#include "model/callflow/contactsession.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace kcc::ui {

TransferWidget::TransferWidget(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_transfer(new QCheckBox(tr("The call was &transferred to a colleague"), this))
    , m_colleague(new QComboBox(this))
    , m_colleagueMessage(new FieldMessage(m_colleague, this))
    , m_text(new CountedTextEdit(1000, this))
{
    setObjectName(QStringLiteral("transferStep"));
    m_transfer->setObjectName(QStringLiteral("transferBox"));
    m_colleague->setObjectName(QStringLiteral("colleagueCombo"));
    m_text->setObjectName(QStringLiteral("transferText"));
    m_text->editor()->setPlaceholderText(tr("What the colleague adds to the question (appended to it)"));
    m_colleague->addItem(tr("— choose —"), QUuid());
    if (const auto actors = context.actors->activeActors(SoortActor::Medewerker)) {
        for (const Actor &a : actors.value()) {
            if (a.uuid != context.user.actor)
                m_colleague->addItem(a.naam, a.uuid);
        }
    }
    auto *form = new QFormLayout(this);
    form->addRow(m_transfer);
    auto *label = new QLabel(tr("&Colleague:"), this);
    label->setBuddy(m_colleague);
    form->addRow(label, m_colleague);
    form->addRow(QString(), m_colleagueMessage);
    auto *textLabel = new QLabel(tr("Their t&ext:"), this);
    textLabel->setBuddy(m_text->editor());
    form->addRow(textLabel, m_text);
    setFocusProxy(m_transfer);
    connect(m_transfer, &QCheckBox::toggled, this, &TransferWidget::write);
    connect(m_colleague, &QComboBox::currentIndexChanged, this, &TransferWidget::write);
    connect(m_text, &CountedTextEdit::textChanged, this, &TransferWidget::write);
}

TransferWidget::~TransferWidget() = default;

void TransferWidget::refresh()
{
    if (!m_session || m_session->onderwerpen.isEmpty())
        return;
    m_loading = true;
    // A transfer concerns the conversation, recorded on the first onderwerp.
    const auto &d = m_session->onderwerpen.first().doorverbinding;
    m_transfer->setChecked(d.has_value());
    m_colleague->setEnabled(d.has_value());
    m_text->setEnabled(d.has_value());
    m_colleague->setCurrentIndex(d ? qMax(0, m_colleague->findData(d->collega)) : 0);
    m_text->setText(d ? d->tekst : QString());
    m_loading = false;
}

void TransferWidget::write()
{
    if (m_loading || !m_session || m_session->onderwerpen.isEmpty())
        return;
    auto &d = m_session->onderwerpen.first().doorverbinding;
    if (m_transfer->isChecked())
        d = Doorverbinding{m_colleague->currentData().toUuid(), m_text->text()};
    else
        d.reset();
    if (d && !d->collega.isNull())
        m_colleagueMessage->clearError();
    refresh();
    emit edited();
}

int TransferWidget::showErrors(const FieldErrors &errors)
{
    int shown = 0;
    for (const FieldError &e : errors) {
        if (e.field.contains(QLatin1String("doorverbinding"))) {
            m_colleagueMessage->setError(e.message);
            ++shown;
        }
    }
    return shown;
}

void TransferWidget::clearErrors()
{
    m_colleagueMessage->clearError();
}

} // namespace kcc::ui
