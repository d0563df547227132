#pragma once

#include "model/callflow/contactsession.h"
#include "ui/callflowcontext.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace kcc::ui {

class AfrondingWidget;
class AuthenticationWidget;
class BetrokkeneEditor;
class CallFlowStep;
class MessageBanner;
class OnderwerpEditor;
class OpvolgingEditor;
class KlantKeuzeWidget;
class TransferWidget;

// The contact in progress, next to the lists (not a modal wizard): kanaal, talk and nawerk
// timer, notepad, and the guided steps from finding the caller to registration. The session is
// saved as a draft on every step change and, debounced, on every edit, so nothing is ever lost.
class ContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPanel)

public:
    enum Step
    {
        KlantStep,
        AuthenticatieStep,
        OnderwerpStep,
        OpvolgingStep,
        BetrokkeneStep,
        DoorverbindingStep,
        AfrondingStep,
        StepCount
    };

    explicit ContactPanel(const CallFlowContext &context, QWidget *parent = nullptr);
    ~ContactPanel() override;

    bool isActive() const { return m_active; }
    // A new contact; `incomingNumber` (from a softphone) is kept on the session. The main window
    // searches it and says what it found through incomingNumberSearched().
    void startContact(const QString &incomingNumber = QString());
    // The search for the incoming number found `hits` partijen: none keeps the number ready as
    // the one-off contact detail, several ask the medewerker to choose.
    void incomingNumberSearched(const QString &number, int hits);
    // A call comes in while this contact is open: said plainly in the panel, not replaced.
    void announceWaitingCall(const QString &number);
    void resume(const ContactSession &session);
    // Offers the signed-in medewerker's newest draft (asked through MessageBox). True if resumed.
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

    const ContactSession &session() const { return m_session; }
    CallFlowStep *step(Step step) const { return m_steps.at(step); }
    KlantKeuzeWidget *klantKeuze() const;
    AuthenticationWidget *authentication() const;
    OnderwerpEditor *onderwerpen() const;
    OpvolgingEditor *opvolging() const;
    BetrokkeneEditor *betrokkene() const;
    TransferWidget *transfer() const;
    AfrondingWidget *afronding() const;
    QListWidget *stepList() const { return m_stepList; }
    QComboBox *kanaalCombo() const { return m_kanaal; }
    QLabel *timerLabel() const { return m_timerLabel; }
    QPlainTextEdit *notepad() const { return m_notepad; }
    QPushButton *notesToInhoudButton() const { return m_toInhoud; }
    QPushButton *notesToToelichtingButton() const { return m_toToelichting; }
    MessageBanner *banner() const { return m_banner; }

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

private:
    void buildSteps();
    void createShortcuts();
    void showSession();
    void updateStepList();
    void updateTimer();
    void updateKlantLabel();
    void notifyAuthentication();
    void edited();
    void copyNotes(bool toToelichting);
    void endContact(const QString &message);
    void keyPressEvent(QKeyEvent *event) override;

    CallFlowContext m_context;
    ContactSession m_session;
    bool m_active = false;
    bool m_nawerk = false;
    QSet<int> m_visited;
    bool m_authenticated = false;
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
    QTimer *m_tick;
    QTimer *m_saveTimer;
};

} // namespace kcc::ui
