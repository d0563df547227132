#include "ui/taken/taakactiespanel.h"

#include "ui/taken/taakactieforms.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kcc::ui {

TaakActiesPanel::TaakActiesPanel(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_forms(new QStackedWidget(this))
    , m_confirm(new QPushButton(tr("Confirm (Ctrl+Enter)"), this))
    , m_cancel(new QPushButton(tr("Cancel (Esc)"), this))
{
    setObjectName(QStringLiteral("taakActies"));
    m_supervisor = context.user.hasRole(AccountRole::supervisor());
    const std::array<TaakActieForm::Knop, ActieCount> knoppen{
        ContactPogingForm::knop(true), ContactPogingForm::knop(false), DoorsturenForm::knop(),
        OpnieuwRouterenForm::knop(),   AfhandelenForm::knop(),         HeropenenForm::knop()};
    // Three per row: the pane beside the list is narrow, and every label stays readable.
    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < ActieCount; ++i) {
        const auto actie = Actie(i);
        const TaakActieForm::Knop &knop = knoppen.at(i);
        //: Action button with its keyboard shortcut, e.g. "Forward (Ctrl+D)"
        auto *button = new QPushButton(tr("%1 (%2)").arg(knop.text, knop.key.toString(QKeySequence::NativeText)), this);
        button->setObjectName(knop.objectName);
        button->setToolTip(knop.toolTip);
        button->setAutoDefault(false);
        m_buttons[i] = button;
        buttons->addWidget(button, i / 3, i % 3);
        connect(button, &QPushButton::clicked, this, [this, actie] { open(actie); });
        // On the parent (the task pane), so that the keys work wherever the keyboard is in it.
        auto *shortcut = new QShortcut(knop.key, parent ? parent : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, actie] { open(actie); });
    }
    m_buttons[Heropenen]->setVisible(m_supervisor);

    // After the buttons, so that Tab goes from the buttons into the open form.
    m_contactGelegd = new ContactPogingForm(true, this);
    m_nietBereikt = new ContactPogingForm(false, this);
    m_doorsturen = new DoorsturenForm(this);
    m_routeren = new OpnieuwRouterenForm(this);
    m_formOf = {m_contactGelegd,          m_nietBereikt,          m_doorsturen, m_routeren,
                new AfhandelenForm(this), new HeropenenForm(this)};
    for (TaakActieForm *form : m_formOf)
        m_forms->addWidget(form);

    m_confirm->setObjectName(QStringLiteral("confirmActieButton"));
    m_cancel->setObjectName(QStringLiteral("cancelActieButton"));
    m_confirm->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_confirm);
    auto *formBox = new QGroupBox(this);
    m_formBox = formBox;
    formBox->setObjectName(QStringLiteral("actieFormBox"));
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_forms);
    formLayout->addLayout(formButtons);
    formBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(formBox);

    connect(m_confirm, &QPushButton::clicked, this, &TaakActiesPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &TaakActiesPanel::closeForm);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *confirmShortcut = new QShortcut(QKeySequence(Qt::CTRL | key), formBox);
        confirmShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(confirmShortcut, &QShortcut::activated, this, &TaakActiesPanel::confirm);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), formBox);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TaakActiesPanel::closeForm);

    fillActors();
    updateButtons();
}

TaakActiesPanel::~TaakActiesPanel() = default;

void TaakActiesPanel::fillActors()
{
    if (m_context.codeLists) {
        if (const auto kanalen = m_context.codeLists->entries(CodeList::Kanaal)) {
            for (const CodeListEntry &entry : kanalen.value()) {
                m_contactGelegd->addKanaal(entry.label, entry.code);
                m_nietBereikt->addKanaal(entry.label, entry.code);
            }
        }
    }
    if (!m_context.actors)
        return;
    // A medewerker forwards within their own afdelingen (and to their members); a supervisor
    // anywhere. The service checks it again; this only keeps refused choices out of sight.
    std::optional<QSet<QUuid>> allowed;
    if (!m_supervisor && m_context.lidmaatschap) {
        if (const auto afdelingen = m_context.lidmaatschap->afdelingenVan(m_context.user.actor)) {
            QSet<QUuid> set;
            for (const QUuid &afdeling : afdelingen.value()) {
                set.insert(afdeling);
                if (const auto leden = m_context.lidmaatschap->ledenVan(afdeling))
                    set.unite(QSet<QUuid>(leden.value().cbegin(), leden.value().cend()));
            }
            allowed = set;
        }
    }
    for (SoortActor soort : {SoortActor::OrganisatorischeEenheid, SoortActor::Medewerker}) {
        const auto actors = m_context.actors->activeActors(soort);
        if (!actors)
            continue;
        for (const Actor &actor : actors.value()) {
            if (soort == SoortActor::OrganisatorischeEenheid)
                m_routeren->addAfdeling(actor.naam, actor.uuid);
            if (actor.uuid == m_context.user.actor || (allowed && !allowed->contains(actor.uuid)))
                continue;
            m_doorsturen->addActor(soort == SoortActor::Medewerker ? actor.naam : tr("%1 (afdeling)").arg(actor.naam),
                                   actor.uuid);
        }
    }
    m_doorsturen->selectFirst();
    m_routeren->selectKcc();
}

void TaakActiesPanel::setTaak(const TaakDetail &detail)
{
    const bool sameTaak = m_detail && m_detail->taak.uuid == detail.taak.uuid;
    m_detail = detail;
    if (!sameTaak) {
        for (TaakActieForm *form : m_formOf)
            form->reset();
        closeForm();
    }
    const bool terugbellen = detail.taak.gevraagdeHandeling.contains(QStringLiteral("terugbel"), Qt::CaseInsensitive);
    const TaakActieForm::Knop contact = ContactPogingForm::knop(true);
    m_buttons[ContactGelegd]->setText(tr("%1 (%2)").arg(terugbellen ? tr("Call-back succeeded") : contact.text,
                                                        contact.key.toString(QKeySequence::NativeText)));
    updateButtons();
    if (m_open != ActieCount && !m_buttons[m_open]->isEnabled())
        closeForm();
}

void TaakActiesPanel::clear()
{
    m_detail.reset();
    for (TaakActieForm *form : m_formOf)
        form->reset();
    closeForm();
    updateButtons();
}

void TaakActiesPanel::updateButtons()
{
    const bool open = m_detail && m_detail->taak.status == TaakStatus::TeVerwerken;
    for (int i = 0; i < ActieCount; ++i)
        m_buttons[i]->setEnabled(i == Heropenen ? (m_supervisor && m_detail && !open) : open);
    if (m_detail) {
        for (TaakActieForm *form : m_formOf)
            form->setTaak(*m_detail);
    }
}

void TaakActiesPanel::open(Actie actie)
{
    if (actie < 0 || actie >= ActieCount || !m_buttons[actie]->isEnabled())
        return;
    m_open = actie;
    m_forms->setCurrentWidget(m_formOf[actie]);
    m_forms->parentWidget()->show();
    // The form's title says which action Ctrl+Enter confirms.
    m_formBox->setTitle(m_buttons[actie]->text().section(QStringLiteral(" ("), 0, 0));
    m_forms->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void TaakActiesPanel::closeForm()
{
    const bool hadFocus = m_forms->parentWidget()->isAncestorOf(QApplication::focusWidget());
    const Actie closed = m_open;
    m_open = ActieCount;
    // The keyboard goes back to the action's button, so that Space or its shortcut reopens it.
    if (hadFocus && closed != ActieCount && m_buttons[closed]->isEnabled())
        m_buttons[closed]->setFocus(Qt::OtherFocusReason);
    m_forms->parentWidget()->hide();
}

bool TaakActiesPanel::confirm()
{
    if (m_open == ActieCount || !m_detail)
        return false;
    const Actie actie = m_open;
    if (!m_context.taakActies) {
        emit failed(tr("The task service is not available."));
        return false;
    }
    const Result<QString> result = m_formOf[actie]->run(*m_context.taakActies, m_context.user, *m_detail);
    if (!result) {
        // Inline, and the form stays open with everything typed.
        emit failed(result.error().message);
        return false;
    }
    m_formOf[actie]->reset();
    closeForm();
    emit done(actie, result.value());
    return true;
}

} // namespace kcc::ui
