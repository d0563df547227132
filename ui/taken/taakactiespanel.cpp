#include "ui/taken/taakactiespanel.h"

#include "ui/widgets/countedtextedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

constexpr int textLimit = 1000;

QKeySequence shortcutFor(TaakActiesPanel::Actie actie)
{
    switch (actie) {
    case TaakActiesPanel::ContactGelegd:
        return QKeySequence(Qt::CTRL | Qt::Key_G);
    case TaakActiesPanel::NietBereikt:
        return QKeySequence(Qt::CTRL | Qt::Key_N);
    case TaakActiesPanel::Doorsturen:
        return QKeySequence(Qt::CTRL | Qt::Key_D);
    case TaakActiesPanel::OpnieuwRouteren:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case TaakActiesPanel::Afhandelen:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case TaakActiesPanel::Heropenen:
        return QKeySequence(Qt::CTRL | Qt::Key_H);
    case TaakActiesPanel::ActieCount:
        break;
    }
    return {};
}

} // namespace

TaakActiesPanel::TaakActiesPanel(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_forms(new QStackedWidget(this))
    , m_confirm(new QPushButton(tr("Confirm (Ctrl+Enter)"), this))
    , m_cancel(new QPushButton(tr("Cancel (Esc)"), this))
{
    setObjectName(QStringLiteral("taakActies"));
    m_supervisor = context.user.hasRole(AccountRole::supervisor());
    const QStringList texts = {tr("Contact made"),    tr("Not reached"), tr("Forward"),
                               tr("Re-route to KCC"), tr("Close task"),  tr("Reopen")};
    const QStringList tips = {
        tr("The klant was reached: register the answer as a new klantcontact and close the task"),
        tr("The klant could not be reached: record the attempt, the task stays open"),
        tr("Assign the task to other medewerkers or afdelingen"),
        tr("Hand the task back to the KCC with a new task \"Opnieuw routeren\"; this one is closed"),
        tr("Close the task (status verwerkt)"),
        tr("Open a closed task again (supervisor)")};
    const char *const names[] = {"contactGelegdButton",   "nietBereiktButton", "doorsturenButton",
                                 "opnieuwRouterenButton", "afhandelenButton",  "heropenenButton"};
    // Three per row: the pane beside the list is narrow, and every label stays readable.
    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < ActieCount; ++i) {
        const auto actie = Actie(i);
        const QKeySequence key = shortcutFor(actie);
        //: Action button with its keyboard shortcut, e.g. "Forward (Ctrl+D)"
        auto *button = new QPushButton(tr("%1 (%2)").arg(texts[i], key.toString(QKeySequence::NativeText)), this);
        button->setObjectName(QLatin1String(names[i]));
        button->setToolTip(tips[i]);
        button->setAutoDefault(false);
        m_buttons[i] = button;
        buttons->addWidget(button, i / 3, i % 3);
        connect(button, &QPushButton::clicked, this, [this, actie] { open(actie); });
        // On the parent (the task pane), so that the keys work wherever the keyboard is in it.
        auto *shortcut = new QShortcut(key, parent ? parent : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, actie] { open(actie); });
    }
    m_buttons[Heropenen]->setVisible(m_supervisor);

    m_pages[ContactGelegd] = m_forms->addWidget(createContactPage());
    m_pages[NietBereikt] = m_forms->addWidget(createNietBereiktPage());
    m_pages[Doorsturen] = m_forms->addWidget(createDoorsturenPage());
    m_pages[OpnieuwRouteren] = m_forms->addWidget(createRouterenPage());
    m_pages[Afhandelen] =
        m_forms->addWidget(createToelichtingPage(Afhandelen, tr("Why the task is closed (optional)")));
    m_pages[Heropenen] = m_forms->addWidget(createToelichtingPage(Heropenen, tr("Why the task is reopened")));

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

QWidget *TaakActiesPanel::createContactPage()
{
    auto *page = new QWidget(this);
    m_kanaal = new QComboBox(page);
    m_kanaal->setObjectName(QStringLiteral("contactKanaalCombo"));
    m_antwoord = new CountedTextEdit(textLimit, page);
    m_antwoord->setObjectName(QStringLiteral("antwoordEdit"));
    m_antwoord->editor()->setObjectName(QStringLiteral("antwoordText"));
    m_antwoord->editor()->setPlaceholderText(tr("The answer given to the klant"));
    m_afhandelen = new QCheckBox(tr("Close the &task as well"), page);
    m_afhandelen->setObjectName(QStringLiteral("afhandelenBox"));
    m_afhandelen->setChecked(true);
    auto *form = new QFormLayout(page);
    auto *answerLabel = new QLabel(tr("&Answer:"), page);
    answerLabel->setBuddy(m_antwoord->editor());
    form->addRow(answerLabel, m_antwoord);
    auto *kanaalLabel = new QLabel(tr("C&hannel:"), page);
    kanaalLabel->setBuddy(m_kanaal);
    form->addRow(kanaalLabel, m_kanaal);
    form->addRow(QString(), m_afhandelen);
    page->setFocusProxy(m_antwoord->editor());
    return page;
}

QWidget *TaakActiesPanel::createNietBereiktPage()
{
    auto *page = new QWidget(this);
    m_pogingKanaal = new QComboBox(page);
    m_pogingKanaal->setObjectName(QStringLiteral("pogingKanaalCombo"));
    m_notitie = new CountedTextEdit(textLimit, page);
    m_notitie->setObjectName(QStringLiteral("pogingNotitieEdit"));
    m_notitie->editor()->setObjectName(QStringLiteral("pogingNotitieText"));
    m_notitie->editor()->setPlaceholderText(tr("E.g. no answer, voicemail left"));
    auto *form = new QFormLayout(page);
    auto *noteLabel = new QLabel(tr("&Note:"), page);
    noteLabel->setBuddy(m_notitie->editor());
    form->addRow(noteLabel, m_notitie);
    auto *kanaalLabel = new QLabel(tr("C&hannel:"), page);
    kanaalLabel->setBuddy(m_pogingKanaal);
    form->addRow(kanaalLabel, m_pogingKanaal);
    page->setFocusProxy(m_notitie->editor());
    return page;
}

QWidget *TaakActiesPanel::createDoorsturenPage()
{
    auto *page = new QWidget(this);
    m_doorsturen = new QListWidget(page);
    m_doorsturen->setObjectName(QStringLiteral("doorsturenList"));
    m_doorsturen->setToolTip(tr("Space ticks the medewerker or afdeling the task goes to"));
    m_doorsturen->setMaximumHeight(140);
    auto *toelichting = new CountedTextEdit(textLimit, page);
    toelichting->setObjectName(QStringLiteral("doorsturenToelichting"));
    toelichting->editor()->setObjectName(QStringLiteral("doorsturenToelichtingText"));
    m_toelichtingen[Doorsturen] = toelichting;
    auto *form = new QFormLayout(page);
    auto *toLabel = new QLabel(tr("&To:"), page);
    toLabel->setBuddy(m_doorsturen);
    form->addRow(toLabel, m_doorsturen);
    auto *whyLabel = new QLabel(tr("E&xplanation:"), page);
    whyLabel->setBuddy(toelichting->editor());
    form->addRow(whyLabel, toelichting);
    page->setFocusProxy(m_doorsturen);
    return page;
}

QWidget *TaakActiesPanel::createRouterenPage()
{
    auto *page = new QWidget(this);
    m_kcc = new QComboBox(page);
    m_kcc->setObjectName(QStringLiteral("kccCombo"));
    auto *toelichting = new CountedTextEdit(textLimit, page);
    toelichting->setObjectName(QStringLiteral("routerenToelichting"));
    toelichting->editor()->setObjectName(QStringLiteral("routerenToelichtingText"));
    toelichting->editor()->setPlaceholderText(tr("Why the task does not belong here"));
    m_toelichtingen[OpnieuwRouteren] = toelichting;
    auto *form = new QFormLayout(page);
    auto *kccLabel = new QLabel(tr("&KCC:"), page);
    kccLabel->setBuddy(m_kcc);
    form->addRow(kccLabel, m_kcc);
    auto *whyLabel = new QLabel(tr("E&xplanation:"), page);
    whyLabel->setBuddy(toelichting->editor());
    form->addRow(whyLabel, toelichting);
    page->setFocusProxy(toelichting->editor());
    return page;
}

QWidget *TaakActiesPanel::createToelichtingPage(Actie actie, const QString &hint)
{
    auto *page = new QWidget(this);
    auto *toelichting = new CountedTextEdit(textLimit, page);
    const QString name =
        actie == Afhandelen ? QStringLiteral("afhandelenToelichting") : QStringLiteral("heropenenToelichting");
    toelichting->setObjectName(name);
    toelichting->editor()->setObjectName(name + QStringLiteral("Text"));
    toelichting->editor()->setPlaceholderText(hint);
    m_toelichtingen[actie] = toelichting;
    auto *form = new QFormLayout(page);
    auto *whyLabel = new QLabel(tr("E&xplanation:"), page);
    whyLabel->setBuddy(toelichting->editor());
    form->addRow(whyLabel, toelichting);
    page->setFocusProxy(toelichting->editor());
    return page;
}

void TaakActiesPanel::fillActors()
{
    if (m_context.codeLists) {
        if (const auto kanalen = m_context.codeLists->entries(CodeList::Kanaal)) {
            for (const CodeListEntry &entry : kanalen.value()) {
                m_kanaal->addItem(entry.label, entry.code);
                m_pogingKanaal->addItem(entry.label, entry.code);
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
                m_kcc->addItem(actor.naam, actor.uuid);
            if (actor.uuid == m_context.user.actor || (allowed && !allowed->contains(actor.uuid)))
                continue;
            auto *item = new QListWidgetItem(
                soort == SoortActor::Medewerker ? actor.naam : tr("%1 (afdeling)").arg(actor.naam), m_doorsturen);
            item->setData(Qt::UserRole, actor.uuid);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_doorsturen->count() > 0)
        m_doorsturen->setCurrentRow(0);
    // The KCC is the afdeling the calls come in at; offered first when it can be recognised by name.
    for (int i = 0; i < m_kcc->count(); ++i) {
        const QString naam = m_kcc->itemText(i);
        if (naam.contains(QStringLiteral("KCC"), Qt::CaseInsensitive) ||
            naam.contains(QStringLiteral("klantcontact"), Qt::CaseInsensitive)) {
            m_kcc->setCurrentIndex(i);
            break;
        }
    }
}

CountedTextEdit *TaakActiesPanel::toelichtingEdit(Actie actie) const
{
    return actie >= 0 && actie < ActieCount ? m_toelichtingen.at(actie) : nullptr;
}

void TaakActiesPanel::setTaak(const TaakDetail &detail)
{
    const bool sameTaak = m_detail && m_detail->taak.uuid == detail.taak.uuid;
    m_detail = detail;
    if (!sameTaak) {
        for (int i = 0; i < ActieCount; ++i)
            resetForm(Actie(i));
        closeForm();
    }
    const bool terugbellen = detail.taak.gevraagdeHandeling.contains(QStringLiteral("terugbel"), Qt::CaseInsensitive);
    m_buttons[ContactGelegd]->setText(tr("%1 (%2)").arg(terugbellen ? tr("Call-back succeeded") : tr("Contact made"),
                                                        shortcutFor(ContactGelegd).toString(QKeySequence::NativeText)));
    updateButtons();
    if (m_open != ActieCount && !m_buttons[m_open]->isEnabled())
        closeForm();
}

void TaakActiesPanel::clear()
{
    m_detail.reset();
    for (int i = 0; i < ActieCount; ++i)
        resetForm(Actie(i));
    closeForm();
    updateButtons();
}

void TaakActiesPanel::updateButtons()
{
    const bool open = m_detail && m_detail->taak.status == TaakStatus::TeVerwerken;
    for (int i = 0; i < ActieCount; ++i)
        m_buttons[i]->setEnabled(i == Heropenen ? (m_supervisor && m_detail && !open) : open);
    if (m_kanaal && m_detail) {
        const int original = m_kanaal->findData(m_detail->klantcontact.kanaal);
        if (original >= 0 && m_antwoord->text().isEmpty())
            m_kanaal->setCurrentIndex(original);
        const int poging = m_pogingKanaal->findData(m_detail->klantcontact.kanaal);
        if (poging >= 0 && m_notitie->text().isEmpty())
            m_pogingKanaal->setCurrentIndex(poging);
    }
}

void TaakActiesPanel::open(Actie actie)
{
    if (actie < 0 || actie >= ActieCount || !m_buttons[actie]->isEnabled())
        return;
    m_open = actie;
    m_forms->setCurrentIndex(m_pages[actie]);
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

void TaakActiesPanel::resetForm(Actie actie)
{
    switch (actie) {
    case ContactGelegd:
        m_antwoord->setText(QString());
        m_afhandelen->setChecked(true);
        break;
    case NietBereikt:
        m_notitie->setText(QString());
        break;
    case Doorsturen:
        for (int i = 0; i < m_doorsturen->count(); ++i)
            m_doorsturen->item(i)->setCheckState(Qt::Unchecked);
        break;
    default:
        break;
    }
    if (CountedTextEdit *edit = toelichtingEdit(actie))
        edit->setText(QString());
}

bool TaakActiesPanel::confirm()
{
    if (m_open == ActieCount || !m_detail)
        return false;
    const Actie actie = m_open;
    const Result<QString> result = run(actie);
    if (!result) {
        // Inline, and the form stays open with everything typed.
        emit failed(result.error().message);
        return false;
    }
    resetForm(actie);
    closeForm();
    emit done(actie, result.value());
    return true;
}

Result<QString> TaakActiesPanel::run(Actie actie)
{
    TakenService *taken = m_context.taken;
    if (!taken)
        return Error{tr("The task service is not available."), {}};
    const QUuid taak = m_detail->taak.uuid;
    const QString referentie = m_detail->taak.referentienummer.value_or(QString());
    const SignedInActor &viewer = m_context.user;
    switch (actie) {
    case ContactGelegd:
    case NietBereikt: {
        ContactPoging poging;
        poging.gelukt = actie == ContactGelegd;
        if (poging.gelukt) {
            if (m_antwoord->overLimit())
                return Error{tr("The answer is longer than %1 characters.").arg(textLimit), {}};
            poging.kanaal = m_kanaal->currentData().toString();
            poging.inhoud = m_antwoord->text().trimmed();
            poging.taakAfhandelen = m_afhandelen->isChecked();
        } else {
            if (m_notitie->overLimit())
                return Error{tr("The note is longer than %1 characters.").arg(textLimit), {}};
            poging.kanaal = m_pogingKanaal->currentData().toString();
            poging.inhoud = m_notitie->text().trimmed();
            poging.taakAfhandelen = false;
        }
        const Result<ContactPogingReceipt> receipt = taken->registreerContactPoging(viewer, taak, poging);
        if (!receipt)
            return receipt.error();
        if (!poging.gelukt) {
            return tr("Attempt recorded as klantcontact %1; task %2 stays open.")
                .arg(receipt.value().referentienummer, referentie);
        }
        if (receipt.value().taakAfgehandeld)
            return tr("Klantcontact %1 registered; task %2 is closed.")
                .arg(receipt.value().referentienummer, referentie);
        return tr("Klantcontact %1 registered; task %2 stays open.").arg(receipt.value().referentienummer, referentie);
    }
    case Doorsturen: {
        QList<QUuid> naar;
        QStringList namen;
        for (int i = 0; i < m_doorsturen->count(); ++i) {
            if (m_doorsturen->item(i)->checkState() == Qt::Checked) {
                naar.append(m_doorsturen->item(i)->data(Qt::UserRole).toUuid());
                namen.append(m_doorsturen->item(i)->text());
            }
        }
        if (naar.isEmpty())
            return Error{tr("Tick at least one medewerker or afdeling to forward the task to."), {}};
        const Result<> forwarded = taken->stuurDoor(viewer, taak, naar, m_toelichtingen[Doorsturen]->text().trimmed());
        if (!forwarded)
            return forwarded.error();
        return tr("Task %1 forwarded to %2.").arg(referentie, namen.join(QStringLiteral(", ")));
    }
    case OpnieuwRouteren: {
        if (m_kcc->currentIndex() < 0)
            return Error{tr("Choose the KCC afdeling."), {}};
        const Result<QUuid> routed = taken->routeerOpnieuw(viewer, taak, m_kcc->currentData().toUuid(),
                                                           m_toelichtingen[OpnieuwRouteren]->text().trimmed());
        if (!routed)
            return routed.error();
        return tr("Task %1 handed back to %2 and closed.").arg(referentie, m_kcc->currentText());
    }
    case Afhandelen: {
        const Result<> closed = taken->handelAf(viewer, taak, m_toelichtingen[Afhandelen]->text().trimmed());
        if (!closed)
            return closed.error();
        return tr("Task %1 is closed.").arg(referentie);
    }
    case Heropenen: {
        const Result<> reopened = taken->heropen(viewer, taak, m_toelichtingen[Heropenen]->text().trimmed());
        if (!reopened)
            return reopened.error();
        return tr("Task %1 is open again.").arg(referentie);
    }
    case ActieCount:
        break;
    }
    return Error{QString(), {}};
}

} // namespace kcc::ui
