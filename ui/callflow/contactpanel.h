#pragma once

#include "model/callflow/contactcontroller.h"
#include "ui/callflow/callflowcontext.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kcc::ui {

class AfrondingWidget;
class CallFlowStep;
class ContactSwitcher;
class MessageBanner;
class OnderwerpEditor;
class KlantKeuzeWidget;
class WaitingCallNotice;

// The contact in progress, next to the lists (not a modal wizard): kanaal, talk and nawerk
// timer, notepad, and the guided steps from finding the caller to registration. The session is
// saved as a draft on every step change and, debounced, on every edit, so nothing is ever lost.
//
// Several contacts at once (issue 10, item 5): one is in front, the others are parked, each with
// its own session, step and timers; the switcher ("Active (n)", F4) brings one to the front.
// The contacts, their drafts and timers live in ContactController; the panel shows them.
class ContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPanel)

public:
    enum Step
    {
        KlantStep = ContactController::KlantStep,
        AuthenticatieStep = ContactController::AuthenticatieStep,
        OnderwerpStep = ContactController::OnderwerpStep,
        OpvolgingStep = ContactController::OpvolgingStep,
        BetrokkeneStep = ContactController::BetrokkeneStep,
        DoorverbindingStep = ContactController::DoorverbindingStep,
        AfrondingStep = ContactController::AfrondingStep,
        StepCount = ContactController::StepCount
    };

    explicit ContactPanel(const CallFlowContext &context, QWidget *parent = nullptr);
    ~ContactPanel() override;

    bool isActive() const { return m_controller->isActive(); }
    // A new contact; `incomingNumber` (from a softphone) is kept on the session. The main window
    // searches it and says what it found through incomingNumberSearched().
    void startContact(const QString &incomingNumber = QString());
    // The search for the incoming number found `hits` partijen: none keeps the number ready as
    // the one-off contact detail, several ask the medewerker to choose.
    void incomingNumberSearched(const QString &number, int hits);
    // A call comes in while this contact is open: said plainly in the panel, not replaced.
    void announceWaitingCall(const QString &number);
    bool hasWaitingCall() const { return !m_controller->waitingCalls().isEmpty(); }
    // The call waiting longest, no longer waiting (empty when none).
    QString takeWaitingCall();
    // Parks the contact in front (the caller on hold) and starts a new one for `incomingNumber`;
    // both are written in one transaction. Without an open contact: startContact().
    void parkAndStart(const QString &incomingNumber);
    // Parks the contact in front and brings the open contact `session` to the front with its
    // own draft, step and timers. False when there is no such parked contact.
    bool switchTo(const QUuid &session);
    // Every open contact, in the order they started; the one in front has no parkedAt.
    QList<OpenContact> openContacts() const { return m_controller->openContacts(); }
    int openCount() const { return m_controller->openCount(); }
    void resume(const ContactSession &session);
    // Offers the signed-in medewerker's open contacts (asked once through MessageBox): yes brings
    // them all back (the one last in front in front again, the others parked), no discards them.
    bool offerDraft();
    // Asks once ("Contact annuleren?"); on yes the draft is discarded and the panel closes.
    bool cancelContact();
    void registerContact();
    // Ends talk time; the timer then counts nawerk.
    void endCall();
    void goToStep(int step);
    int currentStep() const;
    // Writes the draft now (also done by the debounce timer and on destruction).
    void saveDraft();

    const ContactSession &session() const { return m_controller->session(); }
    // Step 1: the main window chooses the partij there when one is opened in its search.
    KlantKeuzeWidget *klantKeuze() const;

signals:
    // The contact ended: registered (message with the referentienummers), closed without
    // registration, or cancelled. The main window refreshes its lists and hides the panel.
    void contactEnded(const QString &message);
    void userChangedStep();
    // A contact was started or resumed (true), or ended (false).
    void activeChanged(bool active);
    // Registered: the referentienummers of the klantcontacten, for the medewerker to read out.
    void registered(const QStringList &referentienummers);
    // The contact's partij was chosen, cleared or read again (the main window's klantbeeld follows).
    void partijChanged();
    // The caller's identity was established or withdrawn (the klantbeeld shows more or less).
    void authenticationChanged(bool authenticated);
    // The medewerker wants the search box (step 1's button).
    void searchRequested();
    // The open contact `to` is about to come to the front instead of `from`: what was searched for
    // `from` must not linger (partijChanged and authenticationChanged follow for `to`).
    void switching(const QUuid &from, const QUuid &to);
    // "Park and take call" (the notice's button or Ctrl+Shift+A): the main window searches the number.
    void takeWaitingCallRequested();

private:
    OnderwerpEditor *onderwerpen() const;
    AfrondingWidget *afronding() const;
    static ContactController::Services controllerServices(const CallFlowContext &context);
    void connectController();
    void onResumed();
    void showNotice(const QString &text, ContactController::Notice kind);
    void showRefusal(const FieldErrors &errors, const QString &message);
    void showStep(int step);
    QString callerName() const;
    QString kanaalLabel(const QString &code) const;
    void updateSwitcher();
    void buildSteps();
    void createShortcuts();
    void showSession();
    void updateStepList();
    void updateTimer();
    void updateKlantLabel();
    void edited();
    void copyNotes(bool toToelichting);
    void keyPressEvent(QKeyEvent *event) override;

    CallFlowContext m_context;
    ContactController *m_controller;
    QComboBox *m_kanaal;
    QLabel *m_klantLabel;
    QLabel *m_timerLabel;
    QPushButton *m_endCall;
    MessageBanner *m_banner;
    QListWidget *m_stepList;
    QStackedWidget *m_stack;
    QList<CallFlowStep *> m_steps;
    QPlainTextEdit *m_notepad;
    QPushButton *m_toInhoud;
    QPushButton *m_toToelichting;
    WaitingCallNotice *m_waitingNotice;
    ContactSwitcher *m_switcher;
};

} // namespace kcc::ui
