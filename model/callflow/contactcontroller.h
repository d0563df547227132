#pragma once

#include "model/beheer/accountservice.h"
#include "model/callflow/contactsession.h"
#include "model/callflow/draftstore.h"
#include "model/callflow/parkedcontacts.h"
#include "model/core/fielderror.h"
#include "model/core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <functional>

namespace kcc {

class CodeListService;
class KlantbeeldService;
struct RegistrationPlan;
class RegistrationService;
class RegistrationSpool;

// The contacts of one medewerker's desk without their widgets (issue 12): the contact in front with
// its step, visited steps and talk/nawerk timer, the parked contacts behind it (ParkedContacts), the
// calls waiting, and the drafts that keep all of them safe (saved on every step change and,
// debounced, on every edit). ContactPanel shows this state and forwards the medewerker's actions.
class ContactController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactController)

public:
    // The guided steps, in the order the panel lists them.
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

    enum class Notice
    {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Notice)

    // Not owned; they must outlive the controller.
    struct Services
    {
        DraftStore *drafts = nullptr;
        CodeListService *codeLists = nullptr;
        RegistrationService *registration = nullptr;
        KlantbeeldService *klantbeeld = nullptr;
        SignedInActor user;
        std::function<QDateTime()> now; // UTC
        // Issue 13, item 6: where a registration waits while the KCC database is away; without
        // it such a registration fails and the contact stays open.
        RegistrationSpool *spool = nullptr;
    };

    explicit ContactController(Services services, QObject *parent = nullptr);
    // Closing the window mid-call keeps what was typed: a pending edit is written.
    ~ContactController() override;

    bool isActive() const { return m_active; }
    bool inNawerk() const { return m_nawerk; }
    // The session in front. The steps edit it in place and then call edited().
    const ContactSession &session() const { return m_session; }
    ContactSession &session() { return m_session; }
    int currentStep() const { return m_step; }
    // ✓ in the step list: visited and done (a subject without its onderwerp text still needs work).
    bool stepDone(int step) const;

    // Every open contact, in the order they started; the one in front has no parkedAt.
    QList<OpenContact> openContacts() const;
    int openCount() const { return m_active ? m_parked.size() + 1 : 0; }
    const ParkedContacts &parked() const { return m_parked; }
    // Who the contact in front is with: the partij, else the name or number the caller gave.
    QString callerName() const;
    // The name of the partij in front as read for the klantbeeld; empty when none is read.
    void setPartijNaam(const QString &naam) { m_partijNaam = naam; }
    // Who `session` is with, for the switcher: `partijNaam`, else the name or number the caller gave.
    static QString callerOf(const ContactSession &session, const QString &partijNaam);

    // A new contact for `incomingNumber` (may be empty), in front, saved at once.
    void start(const QString &incomingNumber = QString());
    // `session` comes to the front on its first step, its timer running.
    void resume(const ContactSession &session);
    // Parks the contact in front (the caller on hold) and starts a new one for `incomingNumber`;
    // both are written in one transaction. Without an open contact: start().
    void parkAndStart(const QString &incomingNumber);
    // Parks the contact in front and brings the parked contact `session` to the front with its
    // own step, visited steps and timers. False when there is no such parked contact.
    bool switchTo(const QUuid &session);
    // The signed-in medewerker's unfinished contacts in the draft store (empty on an error),
    // without those whose registration waits in the spool.
    QList<OpenContact> unfinished() const;
    // A waiting registration the server refused when it was sent (SpoolSender::returned): back
    // on the desk, in front when nothing is open, else parked behind the contact in front.
    void takeBack(const OpenContact &contact, const QString &message);
    // The one of `open` that was last in front; drafts of before version 8 are all "in front",
    // and the most recently saved of them (the first) wins. `open` must not be empty.
    static OpenContact frontOf(const QList<OpenContact> &open);
    // Brings back all of `open`: the one last in front in front again, the others parked.
    void restore(const QList<OpenContact> &open);
    void discard(const QList<OpenContact> &open);
    // Discards the contact in front; the caller on hold longest comes back.
    void cancel();
    // Validates and registers the contact in front; on success it ends.
    void registerContact();
    // Ends talk time; the timer then counts nawerk.
    void endCall();
    // Ticks the step left as visited (when active) and saves the draft naming the new step.
    void goToStep(int step);
    // The steps edited the session: the draft is written after a short pause.
    void edited();
    // Writes the draft now (also done by the debounce timer and on destruction).
    void saveDraft();
    // Writes an edit still waiting for the pause, if any.
    void savePendingEdit();
    // The search for the incoming number found `hits` partijen: none keeps the number ready as
    // the one-off contact detail, several ask the medewerker to choose.
    void incomingNumberSearched(const QString &number, int hits);

    // A call comes in while a contact is open; kept until taken, longest waiting first.
    void announceWaitingCall(const QString &number);
    QString takeWaitingCall();
    const QStringList &waitingCalls() const { return m_waiting; }

    // One second passed for the contact in front: talk time, or nawerk after endCall().
    void secondElapsed();

    static constexpr int tickMs = 1000;
    static constexpr int saveDelayMs = 500;

signals:
    // Another session came to the front: the widgets forget the last one and show this one.
    void resumed();
    // The step to show (goToStep, or the step a resumed contact was on).
    void stepChanged(int step);
    // After resumed() and its first step: who the contact is with may have changed.
    void frontChanged();
    // The session changed here, not in a step (the incoming number kept as contact detail).
    void sessionChanged();
    // The steps edited the session (the step list and the switcher follow).
    void sessionEdited();
    // Talk or nawerk time changed, or the call ended.
    void timeChanged();
    // The open contacts or their durations changed (the switcher follows).
    void openContactsChanged();
    void waitingCallsChanged(const QStringList &numbers);
    // A message for the medewerker about the contacts; empty text clears it.
    void notice(const QString &text, kcc::ContactController::Notice kind);
    // The registration was refused: `errors` at their fields, `message` summarising them.
    void registrationRefused(const kcc::FieldErrors &errors, const QString &message);
    // A contact was started or resumed (true), or the last one ended (false).
    void activeChanged(bool active);
    void authenticationChanged(bool authenticated);
    // The open contact `to` is about to come to the front instead of `from`.
    void switching(const QUuid &from, const QUuid &to);
    // Registered: the referentienummers of the klantcontacten, for the medewerker to read out.
    void registered(const QStringList &referentienummers);
    // The contact in front ended: registered, closed without registration, or cancelled.
    void contactEnded(const QString &message);

private:
    using Parked = ParkedContacts::Entry;

    bool isKanaal(const QString &code) const;
    ContactSession newSession(const QString &incomingNumber) const;
    Parked parkCurrent();
    void bringToFront(const Parked &parked);
    void showStep(int step);
    // Saves the contact in front together with `others` in one transaction.
    void writeDrafts(const QList<OpenContact> &others = {});
    void notifyAuthentication();
    void endContact(const QString &message);
    // The database is away (`problem` says Unreachable): the registration is kept in the spool
    // and the contact ends. False when it is not such a case; `plan` is the one whose write broke.
    bool keepForLater(const Error &problem, const RegistrationPlan *plan);

    Services m_services;
    ContactSession m_session;
    bool m_active = false;
    bool m_nawerk = false;
    bool m_authenticated = false;
    int m_step = KlantStep;
    QSet<int> m_visited;
    QString m_partijNaam;
    ParkedContacts m_parked;
    QStringList m_waiting; // longest waiting first
    QTimer m_tick;
    QTimer m_saveTimer;
};

} // namespace kcc
