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
#include <QTimer>
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

// ✓ means "done", not "seen": a subject without its onderwerp text still needs work.
bool stepComplete(const ContactSession &session, int step, bool visited)
{
    if (!visited)
        return false;
    if (step == ContactPanel::OnderwerpStep) {
        return !session.onderwerpen.isEmpty() &&
               std::all_of(session.onderwerpen.cbegin(), session.onderwerpen.cend(),
                           [](const SessionOnderwerp &onderwerp) { return !onderwerp.onderwerp.trimmed().isEmpty(); });
    }
    return true;
}

// Who the contact is with, for the switcher: the partij, else the name or number the caller gave.
QString callerOf(const ContactSession &session, const QString &partijNaam)
{
    if (!partijNaam.isEmpty())
        return partijNaam;
    if (const QString naam = session.betrokkene.contactnaam.volledigeNaam(); !naam.isEmpty())
        return naam;
    if (session.partijKeuze == ContactSession::PartijKeuze::Nieuw) {
        const QString nieuw = session.nieuwePartij.soortPartij == SoortPartij::Persoon
                                  ? session.nieuwePartij.contactnaam.volledigeNaam()
                                  : session.nieuwePartij.organisatieNaam;
        if (!nieuw.trimmed().isEmpty())
            return nieuw.trimmed();
    }
    if (!session.inkomendNummer.isEmpty())
        return WaitingCallNotice::formatted(session.inkomendNummer);
    return ContactPanel::tr("Caller not known yet");
}

} // namespace

ContactPanel::ContactPanel(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
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
    , m_tick(new QTimer(this))
    , m_saveTimer(new QTimer(this))
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

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        (m_nawerk ? m_session.nawerkSeconden : m_session.gesprekSeconden) += 1;
        updateTimer();
        updateSwitcher();
    });
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &ContactPanel::saveDraft);
    connect(m_endCall, &QPushButton::clicked, this, &ContactPanel::endCall);
    connect(m_kanaal, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_active)
            return;
        m_session.kanaal = m_kanaal->currentData().toString();
        SeatKanaal::setKanaal(m_session.kanaal); // chosen by hand: the next contact here starts with it
        edited();
    });
    connect(m_notepad, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_active || m_session.notities == m_notepad->toPlainText())
            return;
        m_session.notities = m_notepad->toPlainText();
        edited();
    });
    connect(m_waitingNotice, &WaitingCallNotice::takeRequested, this, &ContactPanel::takeWaitingCallRequested);
    connect(m_switcher, &ContactSwitcher::chosen, this, [this](const QUuid &chosen) {
        if (chosen != m_session.uuid)
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
    // Closing the window mid-call keeps what was typed: the pending edit is written now.
    if (m_active && m_saveTimer->isActive())
        saveDraft();
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
        QList<QPair<QUuid, QString>> earlier;
        if (const auto &k = klantKeuze()->klantbeeld()) {
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
    if (event->key() == Qt::Key_Escape && m_active) {
        cancelContact();
        return;
    }
    QWidget::keyPressEvent(event);
}

KlantKeuzeWidget *ContactPanel::klantKeuze() const
{
    return static_cast<KlantKeuzeWidget *>(m_steps.at(KlantStep));
}
AuthenticationWidget *ContactPanel::authentication() const
{
    return static_cast<AuthenticationWidget *>(m_steps.at(AuthenticatieStep));
}
OnderwerpEditor *ContactPanel::onderwerpen() const
{
    return static_cast<OnderwerpEditor *>(m_steps.at(OnderwerpStep));
}
OpvolgingEditor *ContactPanel::opvolging() const
{
    return static_cast<OpvolgingEditor *>(m_steps.at(OpvolgingStep));
}
BetrokkeneEditor *ContactPanel::betrokkene() const
{
    return static_cast<BetrokkeneEditor *>(m_steps.at(BetrokkeneStep));
}
TransferWidget *ContactPanel::transfer() const
{
    return static_cast<TransferWidget *>(m_steps.at(DoorverbindingStep));
}
AfrondingWidget *ContactPanel::afronding() const
{
    return static_cast<AfrondingWidget *>(m_steps.at(AfrondingStep));
}

ContactSession ContactPanel::newSession(const QString &incomingNumber) const
{
    QString kanaal = incomingNumber.isEmpty() ? QString() : QStringLiteral("telefoon");
    // The seat's own choice first (a balie desk stays balie whoever signs in), then the
    // medewerker's last registration, then telefoon.
    if (const QString seat = SeatKanaal::kanaal(); kanaal.isEmpty() && !seat.isEmpty() && m_kanaal->findData(seat) >= 0)
        kanaal = seat;
    if (kanaal.isEmpty()) {
        const Result<QString> last = m_context.codeLists->lastKanaal(m_context.user.actor);
        kanaal = (last && !last.value().isEmpty()) ? last.value() : QStringLiteral("telefoon");
    }
    ContactSession session = ContactSession::start(m_context.user.actor, kanaal, m_context.now());
    session.inkomendNummer = incomingNumber;
    return session;
}

void ContactPanel::startContact(const QString &incomingNumber)
{
    resume(newSession(incomingNumber));
    m_banner->hideMessage();
    saveDraft();
}

void ContactPanel::announceWaitingCall(const QString &number)
{
    // Not a fading status-bar line: the notice stays above the contacts until the call is taken.
    if (!m_waiting.contains(number))
        m_waiting.append(number);
    m_waitingNotice->setNumbers(m_waiting);
}

QString ContactPanel::takeWaitingCall()
{
    const QString number = m_waiting.isEmpty() ? QString() : m_waiting.takeFirst();
    m_waitingNotice->setNumbers(m_waiting);
    return number;
}

void ContactPanel::parkAndStart(const QString &incomingNumber)
{
    if (!m_active) {
        startContact(incomingNumber);
        return;
    }
    const Parked parked = parkCurrent();
    const ContactSession next = newSession(incomingNumber);
    emit switching(parked.contact.session.uuid, next.uuid);
    resume(next);
    m_banner->showMessage(tr("%1 is parked (on hold); switch back with F4.").arg(parked.caller),
                          MessageBanner::Information);
    writeDrafts({parked.contact});
}

bool ContactPanel::switchTo(const QUuid &session)
{
    if (!m_active || session == m_session.uuid)
        return false;
    const std::optional<Parked> next = m_parked.take(session);
    if (!next)
        return false;
    const Parked parked = parkCurrent();
    bringToFront(*next);
    m_banner->showMessage(tr("%1 is parked (on hold); switch back with F4.").arg(parked.caller),
                          MessageBanner::Information);
    writeDrafts({parked.contact});
    return true;
}

ContactPanel::Parked ContactPanel::parkCurrent()
{
    m_saveTimer->stop();
    const Parked parked{OpenContact{m_session, currentStep(), m_context.now(), m_visited}, m_visited, m_nawerk,
                        callerName()};
    m_parked.park(parked, m_context.now());
    return parked;
}

void ContactPanel::bringToFront(const Parked &parked)
{
    emit switching(m_session.uuid, parked.contact.session.uuid);
    resume(ParkedContacts::resumedAt(parked, m_context.now()));
    m_nawerk = parked.nawerk || m_nawerk;
    m_visited = parked.visited;
    updateTimer();
    showStep(qBound(0, parked.contact.step, int(StepCount) - 1));
}

QList<OpenContact> ContactPanel::openContacts() const
{
    QList<OpenContact> open;
    if (!m_active)
        return open;
    open.append(OpenContact{m_session, currentStep(), std::nullopt, m_visited});
    for (const Parked &parked : m_parked.entries())
        open.append(parked.contact);
    std::stable_sort(open.begin(), open.end(), [](const OpenContact &a, const OpenContact &b) {
        return a.session.startedAt < b.session.startedAt;
    });
    return open;
}

QString ContactPanel::callerName() const
{
    const auto &k = klantKeuze()->klantbeeld();
    return callerOf(m_session, k ? k->partij.weergaveNaam() : QString());
}

QString ContactPanel::kanaalLabel(const QString &code) const
{
    const int index = m_kanaal->findData(code);
    return index >= 0 ? m_kanaal->itemText(index) : code;
}

QComboBox *ContactPanel::switcher() const
{
    return m_switcher->combo();
}

void ContactPanel::updateSwitcher()
{
    QList<ContactSwitcher::Entry> entries;
    const QDateTime now = m_context.now();
    for (const OpenContact &contact : openContacts()) {
        const ContactSession &session = contact.session;
        const Parked *parked = m_parked.find(session.uuid);
        entries.append(
            {session.uuid, parked ? parked->caller : callerName(), kanaalLabel(session.kanaal),
             parked ? ParkedContacts::secondsAt(*parked, now) : session.gesprekSeconden + session.nawerkSeconden,
             parked != nullptr});
    }
    m_switcher->setEntries(entries);
}

void ContactPanel::incomingNumberSearched(const QString &number, int hits)
{
    if (!m_active || m_session.inkomendNummer != number)
        return;
    if (hits == 0) {
        // Nobody known with this number: keep it ready as the one-off contact detail.
        m_session.betrokkene.digitaleAdressen = {{SoortDigitaalAdres::Telefoonnummer, number, QString()}};
        m_banner->showMessage(tr("Incoming call from %1: nobody known with this number. The number is ready "
                                 "as contact detail for this contact.")
                                  .arg(number),
                              MessageBanner::Information);
        showSession();
        saveDraft();
    } else if (hits > 1) {
        m_banner->showMessage(
            tr("Incoming call from %1: %n partijen have this number; choose one.", nullptr, hits).arg(number),
            MessageBanner::Information);
    }
}

void ContactPanel::resume(const ContactSession &session)
{
    m_session = session;
    if (m_session.onderwerpen.isEmpty())
        m_session.addOnderwerp();
    m_active = true;
    m_nawerk = m_session.nawerkSeconden > 0;
    // The last contact's step must not be ticked as visited in this one.
    m_stack->setCurrentIndex(KlantStep);
    m_visited.clear();
    setEnabled(true);
    for (CallFlowStep *step : std::as_const(m_steps))
        step->startOver();
    showSession();
    m_tick->start();
    goToStep(KlantStep);
    updateKlantLabel();
    emit partijChanged();
    m_authenticated = m_session.geauthenticeerd;
    emit authenticationChanged(m_authenticated);
    m_waitingNotice->setNumbers(m_waiting);
    updateSwitcher();
    emit activeChanged(true);
}

void ContactPanel::showSession()
{
    {
        const QSignalBlocker blocker(m_kanaal);
        const int index = m_kanaal->findData(m_session.kanaal);
        m_kanaal->setCurrentIndex(index);
    }
    if (m_notepad->toPlainText() != m_session.notities) {
        const QSignalBlocker blocker(m_notepad);
        m_notepad->setPlainText(m_session.notities);
    }
    for (CallFlowStep *step : std::as_const(m_steps))
        step->setSession(&m_session);
    updateTimer();
    updateStepList();
}

bool ContactPanel::offerDraft()
{
    const Result<QList<OpenContact>> drafts = m_context.drafts->loadOpen(m_context.user.actor);
    if (!drafts || drafts.value().isEmpty())
        return false;
    const QList<OpenContact> open = drafts.value();
    // The contact last in front comes back in front; drafts of before version 8 are all "in front",
    // and the most recently saved of them wins.
    const auto frontAt = std::find_if(open.cbegin(), open.cend(), [](const OpenContact &c) { return !c.parkedAt; });
    const OpenContact front = frontAt == open.cend() ? open.first() : *frontAt;
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
        for (const OpenContact &contact : open)
            (void)m_context.drafts->discard(contact.session.uuid);
        return false;
    }
    m_parked.clear();
    const QDateTime now = m_context.now();
    for (const OpenContact &contact : open) {
        if (contact.session.uuid == front.session.uuid)
            continue;
        QString partijNaam;
        if (contact.session.partijKeuze == ContactSession::PartijKeuze::Gevonden && contact.session.partij) {
            if (const Result<Klantbeeld> k = m_context.klantbeeld->load(*contact.session.partij, m_context.user, 0))
                partijNaam = k.value().partij.weergaveNaam();
        }
        m_parked.park(
            {contact, contact.visited, contact.session.nawerkSeconden > 0, callerOf(contact.session, partijNaam)}, now);
    }
    resume(front.session);
    m_visited = front.visited; // the ticks of before the crash, shown by showStep
    showStep(qBound(0, front.step, int(StepCount) - 1));
    m_banner->showMessage(
        open.size() == 1 ? tr("The unfinished contact is restored.")
                         : tr("The %1 unfinished contacts are restored; F4 switches between them.").arg(open.size()),
        MessageBanner::Information);
    return true;
}

bool ContactPanel::cancelContact()
{
    if (!m_active)
        return true;
    if (MessageBox::question(window(), tr("Cancel contact?"),
                             tr("Cancel this contact? Everything typed for it is discarded."),
                             MessageBox::No) == MessageBox::No)
        return false;
    m_saveTimer->stop();
    (void)m_context.drafts->discard(m_session.uuid);
    endContact(tr("Contact cancelled; nothing was recorded."));
    return true;
}

void ContactPanel::endCall()
{
    if (!m_active || m_nawerk)
        return;
    m_nawerk = true;
    m_endCall->setEnabled(false);
    updateTimer();
    edited();
}

void ContactPanel::goToStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    const int previous = m_stack->currentIndex();
    if (m_active && previous != step)
        m_visited.insert(previous);
    showStep(step);
    // After the step changed, so that the draft names the step shown.
    if (m_active && previous != step)
        saveDraft();
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
    return m_stack->currentIndex();
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
        const QString mark = current                                             ? QStringLiteral("▸")
                             : stepComplete(m_session, i, m_visited.contains(i)) ? QStringLiteral("✓")
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
    m_timerLabel->setText(
        m_nawerk ? tr("Call %1 · nawerk %2").arg(clock(m_session.gesprekSeconden), clock(m_session.nawerkSeconden))
                 : tr("Call %1").arg(clock(m_session.gesprekSeconden)));
    m_endCall->setEnabled(m_active && !m_nawerk);
}

void ContactPanel::edited()
{
    if (!m_active)
        return;
    m_saveTimer->start();
    updateStepList();
    updateSwitcher(); // the caller's name may just have been typed
    notifyAuthentication();
}

void ContactPanel::notifyAuthentication()
{
    if (m_authenticated == m_session.geauthenticeerd)
        return;
    m_authenticated = m_session.geauthenticeerd;
    emit authenticationChanged(m_authenticated);
    emit activeChanged(true);
}

void ContactPanel::updateKlantLabel()
{
    const auto &k = klantKeuze()->klantbeeld();
    //: Always visible in the contact panel's header: who the contact is with
    m_klantLabel->setText(m_active && k ? tr("Klant: %1").arg(k->partij.weergaveNaam()) : tr("Klant: not chosen yet"));
}

void ContactPanel::saveDraft()
{
    writeDrafts();
}

void ContactPanel::writeDrafts(const QList<OpenContact> &others)
{
    m_saveTimer->stop();
    if (!m_active)
        return;
    QList<OpenContact> contacts = others;
    contacts.append(OpenContact{m_session, currentStep(), std::nullopt, m_visited});
    if (const Result<> saved = m_context.drafts->save(contacts); !saved)
        m_banner->showMessage(tr("The draft could not be saved: %1").arg(saved.error().message),
                              MessageBanner::Warning);
}

void ContactPanel::copyNotes(bool toToelichting)
{
    const QString notes = m_notepad->toPlainText().trimmed();
    if (notes.isEmpty() || m_session.onderwerpen.isEmpty())
        return;
    const int index = qBound(0, onderwerpen()->currentIndex(), int(m_session.onderwerpen.size()) - 1);
    SessionOnderwerp &o = m_session.onderwerpen[index];
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
    if (!m_active)
        return;
    for (CallFlowStep *step : std::as_const(m_steps))
        step->clearErrors();
    const Result<PlanContext> context = m_context.registration->planContext(m_session);
    if (!context) {
        m_banner->showMessage(context.error().message, MessageBanner::Error);
        return;
    }
    const Result<RegistrationPlan> plan = RegistrationPlan::build(m_session, context.value());
    if (!plan) {
        // Every error at its field; the first step with one is shown.
        int first = -1;
        for (int i = 0; i < StepCount; ++i) {
            if (m_steps.at(i)->showErrors(plan.error().fieldErrors) > 0 && first < 0)
                first = i;
        }
        m_banner->showMessage(plan.error().message, MessageBanner::Error);
        if (first >= 0) {
            goToStep(first);
            m_steps.at(first)->showErrors(plan.error().fieldErrors);
        }
        return;
    }
    const Result<RegistrationReceipt> receipt = m_context.registration->registerContact(plan.value());
    if (!receipt) {
        m_banner->showMessage(tr("Nothing was registered: %1").arg(receipt.error().message), MessageBanner::Error);
        return;
    }
    (void)m_context.codeLists->setLastKanaal(m_context.user.actor, m_session.kanaal);
    if (plan.value().isEmpty()) {
        endContact(tr("Contact closed without registration: %1").arg(plan.value().reason));
        return;
    }
    QStringList parts{tr("Registered: klantcontact %1.")
                          .arg(receipt.value().klantcontactReferentienummers.join(QStringLiteral(", ")))};
    if (!receipt.value().taakReferentienummers.isEmpty())
        parts.append(tr("Interne taak %1.").arg(receipt.value().taakReferentienummers.join(QStringLiteral(", "))));
    if (receipt.value().partijNummer)
        parts.append(tr("New partij %1.").arg(*receipt.value().partijNummer));
    emit registered(receipt.value().klantcontactReferentienummers);
    endContact(parts.join(QLatin1Char(' ')));
}

void ContactPanel::endContact(const QString &message)
{
    m_tick->stop();
    m_saveTimer->stop();
    if (const std::optional<Parked> next = m_parked.takeLongestParked()) {
        // The caller on hold longest comes back; the message about the ended contact stays readable.
        bringToFront(*next);
        saveDraft(); // in front again
        m_banner->showMessage(tr("%1 Back to %2.").arg(message, next->caller), MessageBanner::Information);
        emit contactEnded(message);
        return;
    }
    m_active = false;
    m_session = ContactSession();
    m_switcher->setEntries({});
    setEnabled(false);
    notifyAuthentication();
    emit activeChanged(false);
    emit contactEnded(message);
}

} // namespace kcc::ui
