#include "ui/callflow/steps/opvolgingeditor.h"

#include "model/callflow/contactsession.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace kcc::ui {

OpvolgingEditor::OpvolgingEditor(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_onderwerp(new QComboBox(this))
    , m_taak(new QCheckBox(tr("Create an interne &task for follow-up"), this))
    , m_handelingCode(new QComboBox(this))
    , m_handeling(new QLineEdit(this))
    , m_handelingMessage(new FieldMessage(m_handeling, this))
    , m_actors(new QListWidget(this))
    , m_actorsMessage(new FieldMessage(m_actors, this))
    , m_toelichting(new CountedTextEdit(1000, this))
    , m_toelichtingMessage(new FieldMessage(m_toelichting->editor(), this))
{
    setObjectName(QStringLiteral("opvolgingStep"));
    m_onderwerp->setObjectName(QStringLiteral("opvolgingOnderwerpCombo"));
    m_taak->setObjectName(QStringLiteral("taakBox"));
    m_handelingCode->setObjectName(QStringLiteral("handelingCombo"));
    m_handeling->setObjectName(QStringLiteral("handelingEdit"));
    m_actors->setObjectName(QStringLiteral("toegewezenAanList"));
    m_actors->setToolTip(tr("Space ticks the medewerker or afdeling the task is for; at least one"));
    m_toelichting->setObjectName(QStringLiteral("toelichtingEdit"));
    m_toelichting->editor()->setObjectName(QStringLiteral("toelichtingText"));

    if (const auto entries = context.codeLists->entries(CodeList::GevraagdeHandeling)) {
        for (const CodeListEntry &e : entries.value())
            m_handelingCode->addItem(e.label, e.code);
    }
    for (SoortActor soort : {SoortActor::OrganisatorischeEenheid, SoortActor::Medewerker}) {
        const auto actors = context.actors->activeActors(soort);
        if (!actors)
            continue;
        for (const Actor &actor : actors.value()) {
            if (actor.uuid == context.user.actor)
                continue;
            auto *item = new QListWidgetItem(
                soort == SoortActor::Medewerker ? actor.naam : tr("%1 (afdeling)").arg(actor.naam), m_actors);
            item->setData(Qt::UserRole, actor.uuid);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_actors->count() > 0)
        m_actors->setCurrentRow(0);

    auto *form = new QFormLayout(this);
    auto addRow = [this, form](const QString &text, QWidget *field, FieldMessage *message = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        form->addRow(label, field);
        if (message)
            form->addRow(QString(), message);
    };
    addRow(tr("For &subject:"), m_onderwerp);
    form->addRow(QString(), m_taak);
    addRow(tr("&Requested action:"), m_handelingCode);
    addRow(tr("Descr&iption:"), m_handeling, m_handelingMessage);
    addRow(tr("Assi&gned to:"), m_actors, m_actorsMessage);
    addRow(tr("Expla&nation:"), m_toelichting, m_toelichtingMessage);
    setFocusProxy(m_taak);
    setTabOrder(m_onderwerp, m_taak);
    setTabOrder(m_taak, m_handelingCode);
    setTabOrder(m_handelingCode, m_handeling);
    setTabOrder(m_handeling, m_actors);
    setTabOrder(m_actors, m_toelichting->editor());

    connect(m_onderwerp, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading && index >= 0) {
            m_current = index;
            refresh();
        }
    });
    connect(m_taak, &QCheckBox::toggled, this, &OpvolgingEditor::write);
    connect(m_handelingCode, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        // The label is the default text; the medewerker may make it more precise.
        m_handeling->setText(m_handelingCode->currentText());
        write();
    });
    connect(m_handeling, &QLineEdit::textEdited, this, &OpvolgingEditor::write);
    connect(m_actors, &QListWidget::itemChanged, this, &OpvolgingEditor::write);
    connect(m_toelichting, &CountedTextEdit::textChanged, this, &OpvolgingEditor::write);
}

OpvolgingEditor::~OpvolgingEditor() = default;

void OpvolgingEditor::refresh()
{
    if (!m_session || m_session->onderwerpen.isEmpty())
        return;
    m_loading = true;
    m_current = qBound(0, m_current, int(m_session->onderwerpen.size()) - 1);
    m_onderwerp->clear();
    for (int i = 0; i < m_session->onderwerpen.size(); ++i) {
        const QString text = m_session->onderwerpen.at(i).onderwerp;
        m_onderwerp->addItem(text.isEmpty() ? tr("Subject %1").arg(i + 1) : tr("%1. %2").arg(i + 1).arg(text));
    }
    m_onderwerp->setCurrentIndex(m_current);
    m_onderwerp->setEnabled(m_session->onderwerpen.size() > 1);
    const auto &taak = m_session->onderwerpen.at(m_current).interneTaak;
    m_taak->setChecked(taak.has_value());
    for (QWidget *w : {static_cast<QWidget *>(m_handelingCode), static_cast<QWidget *>(m_handeling),
                       static_cast<QWidget *>(m_actors), static_cast<QWidget *>(m_toelichting)})
        w->setEnabled(taak.has_value());
    const SessionInterneTaak t = taak.value_or(SessionInterneTaak{});
    const int code = m_handelingCode->findData(t.gevraagdeHandelingCode);
    m_handelingCode->setCurrentIndex(code < 0 ? 0 : code);
    if (m_handeling->text() != t.gevraagdeHandeling)
        m_handeling->setText(t.gevraagdeHandeling);
    for (int i = 0; i < m_actors->count(); ++i) {
        QListWidgetItem *item = m_actors->item(i);
        item->setCheckState(t.toegewezenAan.contains(item->data(Qt::UserRole).toUuid()) ? Qt::Checked : Qt::Unchecked);
    }
    m_toelichting->setText(t.toelichting);
    m_loading = false;
}

void OpvolgingEditor::write()
{
    if (m_loading || !m_session || m_current >= m_session->onderwerpen.size())
        return;
    auto &taak = m_session->onderwerpen[m_current].interneTaak;
    if (!m_taak->isChecked()) {
        taak.reset();
    } else {
        const bool fresh = !taak.has_value();
        SessionInterneTaak t = taak.value_or(SessionInterneTaak{});
        t.gevraagdeHandelingCode = m_handelingCode->currentData().toString();
        t.gevraagdeHandeling =
            (fresh && m_handeling->text().isEmpty()) ? m_handelingCode->currentText() : m_handeling->text();
        // Assignment order is preserved: keep the earlier ticks first, add new ones at the end.
        QList<QUuid> ticked;
        for (int i = 0; i < m_actors->count(); ++i) {
            if (m_actors->item(i)->checkState() == Qt::Checked)
                ticked.append(m_actors->item(i)->data(Qt::UserRole).toUuid());
        }
        QList<QUuid> ordered;
        for (const QUuid &u : std::as_const(t.toegewezenAan)) {
            if (ticked.contains(u))
                ordered.append(u);
        }
        for (const QUuid &u : std::as_const(ticked)) {
            if (!ordered.contains(u))
                ordered.append(u);
        }
        t.toegewezenAan = ordered;
        t.toelichting = m_toelichting->text();
        taak = t;
        if (!ordered.isEmpty())
            m_actorsMessage->clearError();
    }
    if (m_toelichting->overLimit())
        m_toelichtingMessage->setError(tr("The explanation has more than 1000 characters: shorten it."));
    else
        m_toelichtingMessage->clearError();
    refresh();
    emit edited();
}

int OpvolgingEditor::showErrors(const FieldErrors &errors)
{
    int shown = 0;
    for (const FieldError &e : errors) {
        const QString prefix = QStringLiteral("onderwerpen[%1].interneTaak").arg(m_current);
        if (!e.field.startsWith(prefix))
            continue;
        FieldMessage *target = e.field.endsWith(QLatin1String("gevraagdeHandeling")) ? m_handelingMessage
                               : e.field.endsWith(QLatin1String("toelichting"))      ? m_toelichtingMessage
                                                                                     : m_actorsMessage;
        target->setError(e.message);
        ++shown;
    }
    return shown;
}

void OpvolgingEditor::clearErrors()
{
    for (FieldMessage *m : {m_handelingMessage, m_actorsMessage, m_toelichtingMessage})
        m->clearError();
}

} // namespace kcc::ui
