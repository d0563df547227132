#include "ui/callflow/contactpanel.h"

#include "model/callflow/registrationplan.h"
#include "model/callflow/seatkanaal.h"
#include "ui/callflow/contactswitcher.h"
#include "ui/callflow/steps/afrondingwidget.h"
#include "ui/callflow/steps/authenticationwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/steps/opvolgingeditor.h"
#include "ui/callflow/steps/transferwidget.h"
#include "ui/callflow/waitingcallnotice.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ContactPanel::ContactPanel(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_controller(new ContactController(controllerServices(context), this))
    , m_kanaal(new QComboBox(this))
    , m_klantLabel(new QLabel(this))
    , m_timerLabel(new QLabel(this))
    , m_endCall(new QPushButton(tr("Call en&ded (F9)"), this))
    , m_banner(new MessageBanner(this))
    , m_stepList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_notepad(new QPlainTextEdit(this))
    , m_toInhoud(new QPushButton(tr("Notes → question"), this))
    , m_toToelichting(new QPushButton(tr("Notes → task explanation"), this))
    , m_waitingNotice(new WaitingCallNotice(this))
    , m_switcher(new ContactSwitcher(this))
{
    setObjectName(QStringLiteral("contactPanel"));
    m_kanaal->setObjectName(QStringLiteral("kanaalCombo"));
    m_timerLabel->setObjectName(QStringLiteral("timerLabel"));
    m_klantLabel->setObjectName(QStringLiteral("klantLabel"));
    m_klantLabel->setTextFormat(Qt::PlainText);
    m_klantLabel->setWordWrap(true);
    m_klantLabel->setStyleSheet(QStringLiteral("font-weight:bold"));
    m_endCall->setObjectName(QStringLiteral("endCallButton"));
    m_endCall->setToolTip(tr("The caller hung up: the timer now counts nawerk (F9)"));
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setFocusPolicy(Qt::NoFocus);
    m_stepList->setMaximumWidth(190);
    m_notepad->setObjectName(QStringLiteral("notepad"));
    m_notepad->setPlaceholderText(tr("Notes during the call (never registered as such)"));
    m_notepad->setTabChangesFocus(true);
    m_toInhoud->setObjectName(QStringLiteral("notesToInhoudButton"));
    m_toInhoud->setToolTip(tr("Appends the notes to the question of the current subject"));
    m_toToelichting->setObjectName(QStringLiteral("notesToToelichtingButton"));
    m_toToelichting->setToolTip(tr("Appends the notes to the explanation of the current subject's task"));

    if (const auto entries = context.codeLists->entries(CodeList::Kanaal)) {
        for (const CodeListEntry &e : entries.value())
            m_kanaal->addItem(e.label, e.code);
    }
    auto *kanaalLabel = new QLabel(tr("Channe&l:"), this);
    kanaalLabel->setBuddy(m_kanaal);
    auto *header = new QHBoxLayout;
    header->addWidget(kanaalLabel);
    header->addWidget(m_kanaal);
    header->addStretch();
    header->addWidget(m_timerLabel);
    header->addWidget(m_endCall);

    buildSteps();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Steps scroll down, never sideways: the panel is never narrower than its widest step.
    scroll->setObjectName(QStringLiteral("stepScroll"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_stack->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *body = new QHBoxLayout;
    body->addWidget(m_stepList);
    body->addWidget(scroll, 1);
    auto *bodyWidget = new QWidget(this);
    bodyWidget->setLayout(body);
    body->setContentsMargins(0, 0, 0, 0);

    auto *notesWidget = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesWidget);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto *notesLabel = new QLabel(tr("N&otes:"), notesWidget);
    notesLabel->setBuddy(m_notepad);
    auto *notesButtons = new QHBoxLayout;
    notesButtons->addWidget(notesLabel);
    notesButtons->addStretch();
    notesButtons->addWidget(m_toInhoud);
    notesButtons->addWidget(m_toToelichting);
    notesLayout->addLayout(notesButtons);
    notesLayout->addWidget(m_notepad);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(bodyWidget);
    splitter->addWidget(notesWidget);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *klantRow = new QHBoxLayout;
    // The switcher takes the larger share: the caller in front must be readable in the closed box.
    klantRow->addWidget(m_klantLabel, 2);
    klantRow->addWidget(m_switcher, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_waitingNotice);
    layout->addLayout(klantRow);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connectController();
    connect(m_endCall, &QPushButton::clicked, this, &ContactPanel::endCall);
    connect(m_kanaal, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_controller->isActive())
            return;
        m_controller->session().kanaal = m_kanaal->currentData().toString();
        SeatKanaal::setKanaal(m_controller->session().kanaal); // chosen by hand: the next contact here starts with it
        edited();
    });
    connect(m_notepad, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_controller->isActive() || m_controller->session().notities == m_notepad->toPlainText())
            return;
        m_controller->session().notities = m_notepad->toPlainText();
        edited();
    });
    connect(m_waitingNotice, &WaitingCallNotice::takeRequested, this, &ContactPanel::takeWaitingCallRequested);
    connect(m_switcher, &ContactSwitcher::chosen, this, [this](const QUuid &chosen) {
        if (chosen != m_controller->session().uuid)
            switchTo(chosen);
        else
            updateSwitcher();
        m_steps.at(currentStep())->setFocus(Qt::OtherFocusReason);
    });
    connect(m_toInhoud, &QPushButton::clicked, this, [this] { copyNotes(false); });
    connect(m_toToelichting, &QPushButton::clicked, this, [this] { copyNotes(true); });
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex())
            goToStep(row);
    });
    createShortcuts();
    // Reading order: the header, a waiting call, the switcher, then the step.
    setTabOrder(m_endCall, m_waitingNotice->takeButton());
    setTabOrder(m_waitingNotice->takeButton(), m_switcher->combo());
    setEnabled(false);
}

ContactPanel::~ContactPanel()
{
    // Closing the window mid-call keeps what was typed: the pending edit is written now, while the
    // panel can still say it failed.
    m_controller->savePendingEdit();
}

ContactController::Services ContactPanel::controllerServices(const CallFlowContext &context)
{
    return {context.drafts, context.codeLists, context.registration, context.klantbeeld,
            context.user,   context.now,       context.spool};
}

void ContactPanel::connectController()
{
    ContactController *c = m_controller;
    connect(c, &ContactController::resumed, this, &ContactPanel::onResumed);
    connect(c, &ContactController::stepChanged, this, &ContactPanel::showStep);
    connect(c, &ContactController::frontChanged, this, [this] {
        updateKlantLabel();
        emit partijChanged();
    });
    connect(c, &ContactController::sessionChanged, this, &ContactPanel::showSession);
    connect(c, &ContactController::sessionEdited, this, [this] {
        updateStepList();
        updateSwitcher(); // the caller's name may just have been typed
    });
    connect(c, &ContactController::timeChanged, this, &ContactPanel::updateTimer);
    connect(c, &ContactController::openContactsChanged, this, [this] {
        updateSwitcher();
        // The last contact ended: a closed panel is disabled, and so are its shortcuts.
        if (!m_controller->isActive())
            setEnabled(false);
    });
    connect(c, &ContactController::waitingCallsChanged, m_waitingNotice, &WaitingCallNotice::setNumbers);
    connect(c, &ContactController::notice, this, &ContactPanel::showNotice);
    // A waiting registration the server refused when it was sent comes back to this desk.
    if (m_context.spoolSender)
        connect(m_context.spoolSender, &SpoolSender::returned, c, &ContactController::takeBack);
    connect(c, &ContactController::registrationRefused, this, &ContactPanel::showRefusal);
    connect(c, &ContactController::activeChanged, this, &ContactPanel::activeChanged);
    connect(c, &ContactController::authenticationChanged, this, &ContactPanel::authenticationChanged);
    connect(c, &ContactController::switching, this, &ContactPanel::switching);
    connect(c, &ContactController::registered, this, &ContactPanel::registered);
    connect(c, &ContactController::contactEnded, this, &ContactPanel::contactEnded);
    // The verwerkingenlog files what is looked up during a contact under that contact (its uuid is
    // the verwerkingId), and what is looked up between contacts under the sign-in session.
    if (HuidigeVerwerking *verwerking = m_context.verwerking) {
        const auto follow = [this, c, verwerking] {
            if (!c->isActive()) {
                verwerking->eindeContact();
                return;
            }
            verwerking->beginContact(c->session().uuid, c->session().kanaal);
            // The onderwerp being worked on chooses the verwerkingsactiviteit (the register's mapping).
            const QList<SessionOnderwerp> &lijst = c->session().onderwerpen;
            if (!lijst.isEmpty())
                verwerking->setOnderwerp(
                    lijst.at(qBound(0, onderwerpen()->currentIndex(), int(lijst.size()) - 1)).onderwerp);
        };
        connect(c, &ContactController::activeChanged, this, follow);
        connect(c, &ContactController::frontChanged, this, follow);
        connect(c, &ContactController::sessionEdited, this, follow);
    }
}

void ContactPanel::onResumed()
{
    // The last contact's step must not be ticked as visited in this one.
    m_stack->setCurrentIndex(KlantStep);
    setEnabled(true);
    for (CallFlowStep *step : std::as_const(m_steps))
        step->startOver();
    showSession();
}

void ContactPanel::showNotice(const QString &text, ContactController::Notice kind)
{
    if (text.isEmpty()) {
        m_banner->hideMessage();
        return;
    }
    m_banner->showMessage(text, kind == ContactController::Notice::Error     ? MessageBanner::Error
                                : kind == ContactController::Notice::Warning ? MessageBanner::Warning
                                                                             : MessageBanner::Information);
}

void ContactPanel::showRefusal(const FieldErrors &errors, const QString &message)
{
    // Every error at its field; the first step with one is shown.
    int first = -1;
    for (int i = 0; i < StepCount; ++i) {
        if (m_steps.at(i)->showErrors(errors) > 0 && first < 0)
            first = i;
    }
    m_banner->showMessage(message, MessageBanner::Error);
    if (first >= 0) {
        goToStep(first);
        m_steps.at(first)->showErrors(errors);
    }
}

void ContactPanel::buildSteps()
{
    m_steps = {new KlantKeuzeWidget(m_context, m_stack), new AuthenticationWidget(m_context, m_stack),
               new OnderwerpEditor(m_context, m_stack),  new OpvolgingEditor(m_context, m_stack),
               new BetrokkeneEditor(m_context, m_stack), new TransferWidget(m_context, m_stack),
               new AfrondingWidget(m_context, m_stack)};
    for (CallFlowStep *step : std::as_const(m_steps)) {
        m_stack->addWidget(step);
        connect(step, &CallFlowStep::edited, this, &ContactPanel::edited);
        new QListWidgetItem(m_stepList);
    }
    connect(klantKeuze(), &KlantKeuzeWidget::partijChanged, this, [this] {
        const auto &k = klantKeuze()->klantbeeld();
        // Who the contact is with, for the switcher and when it is parked.
        m_controller->setPartijNaam(k ? k->partij.weergaveNaam() : QString());
        QList<QPair<QUuid, QString>> earlier;
        if (k) {
            const QLocale locale;
            for (const KlantbeeldContact &c : k->klantcontacten) {
                earlier.append({c.klantcontact.uuid,
                                tr("%1 — %2").arg(locale.toString(c.klantcontact.plaatsgevondenOp.toLocalTime(),
                                                                  QLocale::ShortFormat),
                                                  c.verborgen ? tr("vertrouwelijk") : c.klantcontact.onderwerp)});
            }
        }
        onderwerpen()->setEarlierContacts(earlier);
        updateKlantLabel();
        updateSwitcher();
        emit partijChanged();
    });
    connect(klantKeuze(), &KlantKeuzeWidget::notFound, this, [this] { goToStep(AuthenticatieStep); });
    connect(klantKeuze(), &KlantKeuzeWidget::searchRequested, this, &ContactPanel::searchRequested);
    connect(afronding(), &AfrondingWidget::registerRequested, this, &ContactPanel::registerContact);
}

void ContactPanel::createShortcuts()
{
    for (int i = 0; i < StepCount; ++i) {
        // Window-wide: the steps are reached also from the search box and the klantbeeld beside
        // the panel. A closed panel is disabled, and so are its shortcuts.
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { goToStep(i); });
    }
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { goToStep(qMin(currentStep() + 1, int(StepCount) - 1)); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { goToStep(qMax(currentStep() - 1, 0)); });
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *registerShortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        registerShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(registerShortcut, &QShortcut::activated, this, [this] {
            goToStep(AfrondingStep);
            if (afronding()->registerButton()->isEnabled())
                registerContact();
        });
    }
    auto *end = new QShortcut(QKeySequence(Qt::Key_F9), this);
    end->setContext(Qt::WindowShortcut);
    connect(end, &QShortcut::activated, this, &ContactPanel::endCall);
    // The switcher from anywhere in the window, open at once: Up/Down and Enter choose.
    auto *switcher = new QShortcut(QKeySequence(Qt::Key_F4), this);
    switcher->setContext(Qt::WindowShortcut);
    connect(switcher, &QShortcut::activated, m_switcher, &ContactSwitcher::popup);
}

void ContactPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_controller->isActive()) {
        cancelContact();
        return;
    }
    QWidget::keyPressEvent(event);
}

KlantKeuzeWidget *ContactPanel::klantKeuze() const
{
    return static_cast<KlantKeuzeWidget *>(m_steps.at(KlantStep));
}
OnderwerpEditor *ContactPanel::onderwerpen() const
{
    return static_cast<OnderwerpEditor *>(m_steps.at(OnderwerpStep));
}
AfrondingWidget *ContactPanel::afronding() const
{
    return static_cast<AfrondingWidget *>(m_steps.at(AfrondingStep));
}

void ContactPanel::startContact(const QString &incomingNumber)
{
    m_controller->start(incomingNumber);
}

void ContactPanel::announceWaitingCall(const QString &number)
{
    // Not a fading status-bar line: the notice stays above the contacts until the call is taken.
    m_controller->announceWaitingCall(number);
}

QString ContactPanel::takeWaitingCall()
{
    return m_controller->takeWaitingCall();
}

void ContactPanel::parkAndStart(const QString &incomingNumber)
{
    m_controller->parkAndStart(incomingNumber);
}

bool ContactPanel::switchTo(const QUuid &session)
{
    return m_controller->switchTo(session);
}

QString ContactPanel::callerName() const
{
    return m_controller->callerName();
}

QString ContactPanel::kanaalLabel(const QString &code) const
{
    const int index = m_kanaal->findData(code);
    return index >= 0 ? m_kanaal->itemText(index) : code;
}

void ContactPanel::updateSwitcher()
{
    QList<ContactSwitcher::Entry> entries;
    const QDateTime now = m_context.now();
    for (const OpenContact &contact : m_controller->openContacts()) {
        const ContactSession &session = contact.session;
        const ParkedContacts::Entry *parked = m_controller->parked().find(session.uuid);
        entries.append(
            {session.uuid, parked ? parked->caller : callerName(), kanaalLabel(session.kanaal),
             parked ? ParkedContacts::secondsAt(*parked, now) : session.gesprekSeconden + session.nawerkSeconden,
             parked != nullptr});
    }
    m_switcher->setEntries(entries);
}

void ContactPanel::incomingNumberSearched(const QString &number, int hits)
{
    m_controller->incomingNumberSearched(number, hits);
}

void ContactPanel::resume(const ContactSession &session)
{
    m_controller->resume(session);
}

void ContactPanel::showSession()
{
    {
        const QSignalBlocker blocker(m_kanaal);
        const int index = m_kanaal->findData(m_controller->session().kanaal);
        m_kanaal->setCurrentIndex(index);
    }
    if (m_notepad->toPlainText() != m_controller->session().notities) {
        const QSignalBlocker blocker(m_notepad);
        m_notepad->setPlainText(m_controller->session().notities);
    }
    for (CallFlowStep *step : std::as_const(m_steps))
        step->setSession(&m_controller->session());
    updateTimer();
    updateStepList();
}

bool ContactPanel::offerDraft()
{
    const QList<OpenContact> open = m_controller->unfinished();
    if (open.isEmpty())
        return false;
    const OpenContact front = ContactController::frontOf(open);
    const QString onderwerp =
        front.session.onderwerpen.isEmpty() ? QString() : front.session.onderwerpen.first().onderwerp;
    const QString when = QLocale().toString(front.session.startedAt.toLocalTime(), QLocale::ShortFormat);
    const QString question =
        open.size() == 1
            ? tr("The contact of %1 (%2) was not finished. Continue it now?\n\nNo discards it.")
                  .arg(when, onderwerp.isEmpty() ? tr("no subject yet") : onderwerp)
            : tr("%1 contacts were not finished, the last one in front of %2 (%3). Continue them now?\n\n"
                 "No discards them all.")
                  .arg(QString::number(open.size()), when, onderwerp.isEmpty() ? tr("no subject yet") : onderwerp);
    const auto answer = MessageBox::question(window(), tr("Unfinished contact"), question, MessageBox::Yes);
    if (answer == MessageBox::No) {
        m_controller->discard(open);
        return false;
    }
    m_controller->restore(open);
    m_banner->showMessage(
        open.size() == 1 ? tr("The unfinished contact is restored.")
                         : tr("The %1 unfinished contacts are restored; F4 switches between them.").arg(open.size()),
        MessageBanner::Information);
    return true;
}

bool ContactPanel::cancelContact()
{
    if (!m_controller->isActive())
        return true;
    if (MessageBox::question(window(), tr("Cancel contact?"),
                             tr("Cancel this contact? Everything typed for it is discarded."),
                             MessageBox::No) == MessageBox::No)
        return false;
    m_controller->cancel();
    return true;
}

void ContactPanel::endCall()
{
    m_controller->endCall();
}

void ContactPanel::goToStep(int step)
{
    m_controller->goToStep(step);
}

void ContactPanel::showStep(int step)
{
    m_steps.at(step)->refresh();
    m_stack->setCurrentIndex(step);
    updateStepList();
    m_steps.at(step)->setFocus(Qt::ShortcutFocusReason);
}

int ContactPanel::currentStep() const
{
    return m_controller->currentStep();
}

void ContactPanel::updateStepList()
{
    static const char *const titles[] = {QT_TR_NOOP("Klant"),     QT_TR_NOOP("Authentication"), QT_TR_NOOP("Subjects"),
                                         QT_TR_NOOP("Follow-up"), QT_TR_NOOP("Betrokkene"),     QT_TR_NOOP("Transfer"),
                                         QT_TR_NOOP("Finish")};
    const QSignalBlocker blocker(m_stepList);
    for (int i = 0; i < StepCount; ++i) {
        QListWidgetItem *item = m_stepList->item(i);
        const bool current = i == m_stack->currentIndex();
        const QString mark = current                     ? QStringLiteral("▸")
                             : m_controller->stepDone(i) ? QStringLiteral("✓")
                                                         : QStringLiteral("  ");
        //: Step in the side list: mark, number (Alt+number), title
        item->setText(tr("%1 %2. %3").arg(mark).arg(i + 1).arg(tr(titles[i])));
        QFont font = item->font();
        font.setBold(current);
        item->setFont(font);
        item->setToolTip(tr("Alt+%1").arg(i + 1));
    }
    m_stepList->setCurrentRow(m_stack->currentIndex());
}

void ContactPanel::updateTimer()
{
    const ContactSession &session = m_controller->session();
    const bool nawerk = m_controller->inNawerk();
    m_timerLabel->setText(
        nawerk ? tr("Call %1 · nawerk %2").arg(clock(session.gesprekSeconden), clock(session.nawerkSeconden))
               : tr("Call %1").arg(clock(session.gesprekSeconden)));
    m_endCall->setEnabled(m_controller->isActive() && !nawerk);
}

void ContactPanel::edited()
{
    m_controller->edited();
}

void ContactPanel::updateKlantLabel()
{
    const auto &k = klantKeuze()->klantbeeld();
    //: Always visible in the contact panel's header: who the contact is with
    m_klantLabel->setText(m_controller->isActive() && k ? tr("Klant: %1").arg(k->partij.weergaveNaam())
                                                        : tr("Klant: not chosen yet"));
}

void ContactPanel::saveDraft()
{
    m_controller->saveDraft();
}

void ContactPanel::copyNotes(bool toToelichting)
{
    const QString notes = m_notepad->toPlainText().trimmed();
    ContactSession &session = m_controller->session();
    if (notes.isEmpty() || session.onderwerpen.isEmpty())
        return;
    const int index = qBound(0, onderwerpen()->currentIndex(), int(session.onderwerpen.size()) - 1);
    SessionOnderwerp &o = session.onderwerpen[index];
    auto append = [&notes](QString &target) {
        target = target.trimmed().isEmpty() ? notes : target.trimmed() + QStringLiteral("\n\n") + notes;
    };
    if (toToelichting) {
        if (!o.interneTaak) {
            m_banner->showMessage(
                tr("Subject %1 has no task yet: create one under Follow-up first (Alt+4).").arg(index + 1),
                MessageBanner::Information);
            return;
        }
        append(o.interneTaak->toelichting);
        goToStep(OpvolgingStep);
    } else {
        append(o.inhoud);
        goToStep(OnderwerpStep);
    }
    m_steps.at(currentStep())->refresh();
    edited();
}

void ContactPanel::registerContact()
{
    if (!m_controller->isActive())
        return;
    for (CallFlowStep *step : std::as_const(m_steps))
        step->clearErrors();
    m_controller->registerContact();
}

} // namespace kcc::ui
