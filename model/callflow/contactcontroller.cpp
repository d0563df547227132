#include "model/callflow/contactcontroller.h"
#include "model/callflow/seatkanaal.h"

#include "model/beheer/codelistservice.h"
#include "model/callflow/readablenumber.h"
#include "model/callflow/registrationplan.h"
#include "model/callflow/registrationservice.h"
#include "model/callflow/registrationspool.h"
#include "model/klantbeeld/klantbeeldservice.h"

#include <algorithm>

namespace kcc {

ContactController::ContactController(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    if (!m_services.now)
        m_services.now = [] { return QDateTime::currentDateTimeUtc(); };
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ContactController::secondElapsed);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ContactController::saveDraft);
}

ContactController::~ContactController()
{
    savePendingEdit();
}

void ContactController::savePendingEdit()
{
    if (m_active && m_saveTimer.isActive())
        saveDraft();
}

bool ContactController::stepDone(int step) const
{
    if (!m_visited.contains(step))
        return false;
    if (step == OnderwerpStep) {
        const QList<SessionOnderwerp> &onderwerpen = m_session.onderwerpen;
        return !onderwerpen.isEmpty() &&
               std::all_of(onderwerpen.cbegin(), onderwerpen.cend(),
                           [](const SessionOnderwerp &onderwerp) { return !onderwerp.onderwerp.trimmed().isEmpty(); });
    }
    return true;
}

QList<OpenContact> ContactController::openContacts() const
{
    QList<OpenContact> open;
    if (!m_active)
        return open;
    open.append(OpenContact{m_session, m_step, std::nullopt, m_visited});
    for (const Parked &parked : m_parked.entries())
        open.append(parked.contact);
    std::stable_sort(open.begin(), open.end(), [](const OpenContact &a, const OpenContact &b) {
        return a.session.startedAt < b.session.startedAt;
    });
    return open;
}

QString ContactController::callerName() const
{
    return callerOf(m_session, m_partijNaam);
}

QString ContactController::callerOf(const ContactSession &session, const QString &partijNaam)
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
        return readableNumber(session.inkomendNummer);
    return tr("Caller not known yet");
}

bool ContactController::isKanaal(const QString &code) const
{
    const Result<QList<CodeListEntry>> entries = m_services.codeLists->entries(CodeList::Kanaal);
    if (!entries)
        return false;
    return std::any_of(entries.value().cbegin(), entries.value().cend(),
                       [&](const CodeListEntry &entry) { return entry.code == code; });
}

ContactSession ContactController::newSession(const QString &incomingNumber) const
{
    QString kanaal = incomingNumber.isEmpty() ? QString() : QStringLiteral("telefoon");
    // The seat's own choice first (a balie desk stays balie whoever signs in), then the
    // medewerker's last registration, then telefoon.
    if (const QString seat = SeatKanaal::kanaal(); kanaal.isEmpty() && !seat.isEmpty() && isKanaal(seat))
        kanaal = seat;
    if (kanaal.isEmpty()) {
        const Result<QString> last = m_services.codeLists->lastKanaal(m_services.user.actor);
        kanaal = (last && !last.value().isEmpty()) ? last.value() : QStringLiteral("telefoon");
    }
    ContactSession session = ContactSession::start(m_services.user.actor, kanaal, m_services.now());
    session.inkomendNummer = incomingNumber;
    return session;
}

void ContactController::start(const QString &incomingNumber)
{
    resume(newSession(incomingNumber));
    emit notice(QString(), Notice::Information);
    saveDraft();
}

void ContactController::resume(const ContactSession &session)
{
    m_session = session;
    if (m_session.onderwerpen.isEmpty())
        m_session.addOnderwerp();
    m_active = true;
    m_nawerk = m_session.nawerkSeconden > 0;
    // The last contact's step must not be ticked as visited in this one.
    m_step = KlantStep;
    m_visited.clear();
    m_partijNaam.clear();
    emit resumed();
    m_tick.start();
    goToStep(KlantStep);
    emit frontChanged();
    m_authenticated = m_session.geauthenticeerd;
    emit authenticationChanged(m_authenticated);
    emit waitingCallsChanged(m_waiting);
    emit openContactsChanged();
    emit activeChanged(true);
}

void ContactController::parkAndStart(const QString &incomingNumber)
{
    if (!m_active) {
        start(incomingNumber);
        return;
    }
    const Parked parked = parkCurrent();
    const ContactSession next = newSession(incomingNumber);
    emit switching(parked.contact.session.uuid, next.uuid);
    resume(next);
    emit notice(tr("%1 is parked (on hold); switch back with F4.").arg(parked.caller), Notice::Information);
    writeDrafts({parked.contact});
}

bool ContactController::switchTo(const QUuid &session)
{
    if (!m_active || session == m_session.uuid)
        return false;
    const std::optional<Parked> next = m_parked.take(session);
    if (!next)
        return false;
    const Parked parked = parkCurrent();
    bringToFront(*next);
    emit notice(tr("%1 is parked (on hold); switch back with F4.").arg(parked.caller), Notice::Information);
    writeDrafts({parked.contact});
    return true;
}

ContactController::Parked ContactController::parkCurrent()
{
    m_saveTimer.stop();
    const QDateTime now = m_services.now();
    const Parked parked{OpenContact{m_session, m_step, now, m_visited}, m_visited, m_nawerk, callerName()};
    m_parked.park(parked, now);
    return parked;
}

void ContactController::bringToFront(const Parked &parked)
{
    emit switching(m_session.uuid, parked.contact.session.uuid);
    resume(ParkedContacts::resumedAt(parked, m_services.now()));
    m_nawerk = parked.nawerk || m_nawerk;
    m_visited = parked.visited;
    emit timeChanged();
    showStep(qBound(0, parked.contact.step, int(StepCount) - 1));
}

QList<OpenContact> ContactController::unfinished() const
{
    const Result<QList<OpenContact>> drafts = m_services.drafts->loadOpen(m_services.user.actor);
    QList<OpenContact> open = drafts ? drafts.value() : QList<OpenContact>();
    // Its draft goes in the registration's own transaction; until then it is not open any more.
    if (m_services.spool)
        open.removeIf([this](const OpenContact &contact) { return m_services.spool->contains(contact.session.uuid); });
    return open;
}

void ContactController::takeBack(const OpenContact &contact, const QString &message)
{
    if (!m_active) {
        restore({contact});
    } else {
        OpenContact parked = contact;
        if (!parked.parkedAt)
            parked.parkedAt = m_services.now();
        m_parked.park(Parked{parked, contact.visited, true, callerOf(contact.session, QString())}, m_services.now());
        emit openContactsChanged();
    }
    emit notice(message, Notice::Warning);
}

OpenContact ContactController::frontOf(const QList<OpenContact> &open)
{
    const auto frontAt = std::find_if(open.cbegin(), open.cend(), [](const OpenContact &c) { return !c.parkedAt; });
    return frontAt == open.cend() ? open.first() : *frontAt;
}

void ContactController::restore(const QList<OpenContact> &open)
{
    if (open.isEmpty())
        return;
    const OpenContact front = frontOf(open);
    m_parked.clear();
    const QDateTime now = m_services.now();
    for (const OpenContact &contact : open) {
        if (contact.session.uuid == front.session.uuid)
            continue;
        QString partijNaam;
        if (contact.session.partijKeuze == ContactSession::PartijKeuze::Gevonden && contact.session.partij) {
            if (const Result<Klantbeeld> k = m_services.klantbeeld->load(*contact.session.partij, m_services.user, 0))
                partijNaam = k.value().partij.weergaveNaam();
        }
        m_parked.park(
            {contact, contact.visited, contact.session.nawerkSeconden > 0, callerOf(contact.session, partijNaam)}, now);
    }
    resume(front.session);
    m_visited = front.visited; // the ticks of before the crash, shown again
    showStep(qBound(0, front.step, int(StepCount) - 1));
}

void ContactController::discard(const QList<OpenContact> &open)
{
    for (const OpenContact &contact : open)
        (void)m_services.drafts->discard(contact.session.uuid);
}

void ContactController::cancel()
{
    if (!m_active)
        return;
    m_saveTimer.stop();
    (void)m_services.drafts->discard(m_session.uuid);
    endContact(tr("Contact cancelled; nothing was recorded."));
}

void ContactController::endCall()
{
    if (!m_active || m_nawerk)
        return;
    m_nawerk = true;
    emit timeChanged();
    edited();
}

void ContactController::goToStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    const int previous = m_step;
    if (m_active && previous != step)
        m_visited.insert(previous);
    showStep(step);
    // After the step changed, so that the draft names the step shown.
    if (m_active && previous != step)
        saveDraft();
}

void ContactController::showStep(int step)
{
    m_step = step;
    emit stepChanged(step);
}

void ContactController::secondElapsed()
{
    (m_nawerk ? m_session.nawerkSeconden : m_session.gesprekSeconden) += 1;
    emit timeChanged();
    emit openContactsChanged();
}

void ContactController::edited()
{
    if (!m_active)
        return;
    m_saveTimer.start();
    emit sessionEdited();
    notifyAuthentication();
}

void ContactController::notifyAuthentication()
{
    if (m_authenticated == m_session.geauthenticeerd)
        return;
    m_authenticated = m_session.geauthenticeerd;
    emit authenticationChanged(m_authenticated);
    emit activeChanged(true);
}

void ContactController::saveDraft()
{
    writeDrafts();
}

void ContactController::writeDrafts(const QList<OpenContact> &others)
{
    m_saveTimer.stop();
    if (!m_active)
        return;
    QList<OpenContact> contacts = others;
    contacts.append(OpenContact{m_session, m_step, std::nullopt, m_visited});
    if (const Result<> saved = m_services.drafts->save(contacts); !saved)
        emit notice(tr("The draft could not be saved: %1").arg(saved.error().message), Notice::Warning);
}

void ContactController::incomingNumberSearched(const QString &number, int hits)
{
    if (!m_active || m_session.inkomendNummer != number)
        return;
    if (hits == 0) {
        // Nobody known with this number: keep it ready as the one-off contact detail.
        m_session.betrokkene.digitaleAdressen = {{SoortDigitaalAdres::Telefoonnummer, number, QString()}};
        emit notice(tr("Incoming call from %1: nobody known with this number. The number is ready "
                       "as contact detail for this contact.")
                        .arg(number),
                    Notice::Information);
        emit sessionChanged();
        saveDraft();
    } else if (hits > 1) {
        emit notice(tr("Incoming call from %1: %n partijen have this number; choose one.", nullptr, hits).arg(number),
                    Notice::Information);
    }
}

void ContactController::announceWaitingCall(const QString &number)
{
    if (!m_waiting.contains(number))
        m_waiting.append(number);
    emit waitingCallsChanged(m_waiting);
}

QString ContactController::takeWaitingCall()
{
    const QString number = m_waiting.isEmpty() ? QString() : m_waiting.takeFirst();
    emit waitingCallsChanged(m_waiting);
    return number;
}

void ContactController::registerContact()
{
    if (!m_active)
        return;
    const Result<PlanContext> context = m_services.registration->planContext(m_session);
    if (!context) {
        if (!keepForLater(context.error(), nullptr))
            emit notice(context.error().message, Notice::Error);
        return;
    }
    const Result<RegistrationPlan> plan = RegistrationPlan::build(m_session, context.value());
    if (!plan) {
        emit registrationRefused(plan.error().fieldErrors, plan.error().message);
        return;
    }
    const Result<RegistrationReceipt> receipt = m_services.registration->registerContact(plan.value());
    if (!receipt) {
        if (!keepForLater(receipt.error(), &plan.value()))
            emit notice(tr("Nothing was registered: %1").arg(receipt.error().message), Notice::Error);
        return;
    }
    (void)m_services.codeLists->setLastKanaal(m_services.user.actor, m_session.kanaal);
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

bool ContactController::keepForLater(const Error &problem, const RegistrationPlan *plan)
{
    if (problem.cause != Error::Cause::Unreachable || !m_services.spool)
        return false;
    // What can be checked without the server is checked now; the rest when it is sent.
    if (const QStringList missing = RegistrationPlan::missingForAfronding(m_session); !missing.isEmpty()) {
        emit notice(missing.join(QLatin1Char(' ')), Notice::Error);
        return true;
    }
    SpooledRegistration waiting{m_session, m_services.now(), callerName(), {}};
    if (plan) {
        for (const RegistrationPlan::Contact &contact : plan->contacten)
            waiting.klantcontacten.append(contact.klantcontact.uuid);
    }
    if (const Result<> kept = m_services.spool->put(waiting); !kept) {
        emit notice(tr("Nothing was registered: %1 %2").arg(problem.message, kept.error().message), Notice::Error);
        return true;
    }
    endContact(tr("Saved on this desk; it will be sent as soon as the KCC database is back. The referentienummer "
                  "follows then, in the status bar."));
    return true;
}

void ContactController::endContact(const QString &message)
{
    m_tick.stop();
    m_saveTimer.stop();
    if (const std::optional<Parked> next = m_parked.takeLongestParked()) {
        // The caller on hold longest comes back; the message about the ended contact stays readable.
        bringToFront(*next);
        saveDraft(); // in front again
        emit notice(tr("%1 Back to %2.").arg(message, next->caller), Notice::Information);
        emit contactEnded(message);
        return;
    }
    m_active = false;
    m_session = ContactSession();
    emit openContactsChanged();
    notifyAuthentication();
    emit activeChanged(false);
    emit contactEnded(message);
}

} // namespace kcc
