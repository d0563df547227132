#include "tests/support/callflowcases.h"

#include "model/beheer/codelistservice.h"
#include "model/callflow/contactcontroller.h"
#include "model/callflow/registrationservice.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace kcc;
using namespace kcc::test::cases;

namespace {

// Drafts in memory: what the controller saved, by session.
class MemoryDraftStore final : public DraftStore
{
public:
    Result<> save(const QList<OpenContact> &contacts) override
    {
        ++writes;
        for (const OpenContact &contact : contacts)
            saved.insert(contact.session.uuid, contact);
        return {};
    }
    Result<QList<OpenContact>> loadOpen(const QUuid &actor) override
    {
        QList<OpenContact> open;
        for (const OpenContact &contact : std::as_const(saved)) {
            if (contact.session.medewerker == actor)
                open.append(contact);
        }
        return open;
    }
    Result<> discard(const QUuid &session) override
    {
        saved.remove(session);
        return {};
    }

    QHash<QUuid, OpenContact> saved;
    int writes = 0;
};

class FakeCodeLists final : public CodeListService
{
public:
    Result<QList<CodeListEntry>> entries(CodeList, bool) override { return QList<CodeListEntry>(); }
    void setActingActor(const SignedInActor &) override {}
    Result<> add(CodeList, const CodeListEntry &) override { return {}; }
    Result<> update(CodeList, const CodeListEntry &) override { return {}; }
    Result<> deactivate(CodeList, const QString &) override { return {}; }
    Result<QString> lastKanaal(const QUuid &) override { return last; }
    Result<> setLastKanaal(const QUuid &, const QString &code) override
    {
        last = code;
        return {};
    }

    QString last = QStringLiteral("balie");
};

// Registers every valid plan as klantcontact KC-1 and removes its draft, as the real one does.
class FakeRegistration final : public RegistrationService
{
public:
    explicit FakeRegistration(MemoryDraftStore &drafts)
        : m_drafts(drafts)
    {
    }
    Result<PlanContext> planContext(const ContactSession &session) override
    {
        m_session = session.uuid;
        return people.context(session);
    }
    Result<RegistrationReceipt> registerContact(const RegistrationPlan &) override
    {
        m_drafts.saved.remove(m_session);
        RegistrationReceipt receipt;
        receipt.klantcontactReferentienummers = {QStringLiteral("KC-1")};
        ++registrations;
        return receipt;
    }
    Result<std::optional<RegistrationReceipt>> alreadyRegistered(const QList<QUuid> &) override
    {
        return std::optional<RegistrationReceipt>();
    }
    Result<> appendTransfer(const QUuid &, const QUuid &, const QString &) override { return {}; }
    Result<std::optional<TransferTarget>> findForTransfer(const QString &, const SignedInActor &) override
    {
        return std::optional<TransferTarget>();
    }

    People people;
    int registrations = 0;

private:
    MemoryDraftStore &m_drafts;
    QUuid m_session; // of the last plan asked for
};

} // namespace

// ContactController (issue 12): the desk's contacts, drafts and timers without a widget.
class TestContactController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startSavesTheNewContactAtOnce();
    void editsAreSavedAfterThePause();
    void stepsAreTickedAndNamedInTheDraft();
    void talkTimeThenNawerk();
    void parkAndSwitchKeepEachContactsTimeAndStep();
    void cancelBringsBackTheCallerOnHoldLongest();
    void registerEndsTheContact();
    void refusedRegistrationKeepsTheContact();
    void restoreBringsBackTheOneLastInFront();
    void waitingCallsLongestFirst();

private:
    ContactController &controller() { return *m_controller; }

    MemoryDraftStore m_drafts;
    FakeCodeLists m_codeLists;
    std::unique_ptr<FakeRegistration> m_registration;
    QDateTime m_now;
    std::unique_ptr<ContactController> m_controller;
};

void TestContactController::init()
{
    m_drafts = MemoryDraftStore();
    m_codeLists = FakeCodeLists();
    m_registration = std::make_unique<FakeRegistration>(m_drafts);
    m_now = startedAt();
    SignedInActor user;
    user.actor = m_registration->people.medewerker.uuid;
    user.naam = m_registration->people.medewerker.naam;
    m_controller = std::make_unique<ContactController>(ContactController::Services{
        &m_drafts, &m_codeLists, m_registration.get(), nullptr, user, [this] { return m_now; }});
}

void TestContactController::cleanup()
{
    m_controller.reset();
    m_registration.reset();
}

void TestContactController::startSavesTheNewContactAtOnce()
{
    QSignalSpy active(&controller(), &ContactController::activeChanged);
    QVERIFY(!controller().isActive());
    QCOMPARE(controller().openCount(), 0);

    controller().start();
    QVERIFY(controller().isActive());
    QCOMPARE(controller().session().kanaal, QStringLiteral("balie")); // the medewerker's last kanaal
    QCOMPARE(controller().session().startedAt, m_now);
    QCOMPARE(controller().session().onderwerpen.size(), 1);
    QCOMPARE(controller().currentStep(), int(ContactController::KlantStep));
    QCOMPARE(m_drafts.saved.size(), 1);
    QCOMPARE(m_drafts.saved.value(controller().session().uuid).session, controller().session());
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().first().toBool(), true);

    // A call from a softphone is a phone call, whatever was used last.
    ContactController second(ContactController::Services{&m_drafts, &m_codeLists, m_registration.get(), nullptr,
                                                         SignedInActor{}, [this] { return m_now; }});
    second.start(QStringLiteral("0612345678"));
    QCOMPARE(second.session().kanaal, QStringLiteral("telefoon"));
    QCOMPARE(second.session().inkomendNummer, QStringLiteral("0612345678"));
    QCOMPARE(second.callerName(), QStringLiteral("06 12 34 56 78"));
}

void TestContactController::editsAreSavedAfterThePause()
{
    controller().start();
    const int writes = m_drafts.writes;
    QSignalSpy edited(&controller(), &ContactController::sessionEdited);
    controller().session().notities = QStringLiteral("Belt over de verhuizing");
    controller().edited();
    controller().session().notities += QStringLiteral(" van zijn moeder");
    controller().edited();
    QCOMPARE(edited.size(), 2);
    // Not at every keystroke: once, after the pause.
    QCOMPARE(m_drafts.writes, writes);
    QTRY_COMPARE(m_drafts.saved.value(controller().session().uuid).session.notities,
                 QStringLiteral("Belt over de verhuizing van zijn moeder"));
    QCOMPARE(m_drafts.writes, writes + 1);
}

void TestContactController::stepsAreTickedAndNamedInTheDraft()
{
    QSignalSpy shown(&controller(), &ContactController::stepChanged);
    controller().start();
    QVERIFY(!controller().stepDone(ContactController::KlantStep));
    controller().goToStep(ContactController::OnderwerpStep);
    QCOMPARE(shown.last().first().toInt(), int(ContactController::OnderwerpStep));
    QCOMPARE(controller().currentStep(), int(ContactController::OnderwerpStep));
    QVERIFY(controller().stepDone(ContactController::KlantStep));
    QCOMPARE(m_drafts.saved.value(controller().session().uuid).step, int(ContactController::OnderwerpStep));

    // Seen but without its onderwerp text the subjects step is not done.
    controller().goToStep(ContactController::AfrondingStep);
    QVERIFY(!controller().stepDone(ContactController::OnderwerpStep));
    controller().session().onderwerpen[0].onderwerp = QStringLiteral("Paspoort");
    QVERIFY(controller().stepDone(ContactController::OnderwerpStep));
    QVERIFY(!controller().stepDone(ContactController::OpvolgingStep));

    controller().goToStep(ContactController::StepCount); // not a step
    QCOMPARE(controller().currentStep(), int(ContactController::AfrondingStep));
}

void TestContactController::talkTimeThenNawerk()
{
    controller().start();
    QSignalSpy time(&controller(), &ContactController::timeChanged);
    for (int i = 0; i < 3; ++i)
        controller().secondElapsed();
    QCOMPARE(controller().session().gesprekSeconden, 3);
    QCOMPARE(controller().session().nawerkSeconden, 0);
    QVERIFY(!controller().inNawerk());

    controller().endCall();
    QVERIFY(controller().inNawerk());
    controller().secondElapsed();
    controller().secondElapsed();
    QCOMPARE(controller().session().gesprekSeconden, 3);
    QCOMPARE(controller().session().nawerkSeconden, 2);
    QCOMPARE(time.size(), 6);
    controller().endCall(); // once is enough
    QCOMPARE(time.size(), 6);
    // The end of the call is written, after the pause.
    QTRY_VERIFY(m_drafts.saved.value(controller().session().uuid).session.nawerkSeconden == 2);

    // The real timer counts too.
    QTRY_VERIFY_WITH_TIMEOUT(controller().session().nawerkSeconden >= 3, 3000);
}

void TestContactController::parkAndSwitchKeepEachContactsTimeAndStep()
{
    controller().start();
    const QUuid first = controller().session().uuid;
    controller().setPartijNaam(QStringLiteral("Carl Jansen"));
    controller().goToStep(ContactController::OnderwerpStep);
    for (int i = 0; i < 10; ++i)
        controller().secondElapsed();

    QSignalSpy switching(&controller(), &ContactController::switching);
    QSignalSpy notices(&controller(), &ContactController::notice);
    m_now = m_now.addSecs(10);
    controller().parkAndStart(QStringLiteral("0201234567"));
    const QUuid second = controller().session().uuid;
    QVERIFY(second != first);
    QCOMPARE(controller().openCount(), 2);
    QCOMPARE(controller().currentStep(), int(ContactController::KlantStep));
    QCOMPARE(controller().callerName(), QStringLiteral("020 123 4567")); // no partij read for it yet
    QCOMPARE(switching.size(), 1);
    QCOMPARE(switching.first().at(0).toUuid(), first);
    QCOMPARE(switching.first().at(1).toUuid(), second);
    QVERIFY(notices.last().first().toString().contains(QStringLiteral("Carl Jansen")));
    // Both written: the first parked with its step, the second in front.
    QCOMPARE(m_drafts.saved.size(), 2);
    QCOMPARE(m_drafts.saved.value(first).parkedAt, std::optional<QDateTime>(m_now));
    QCOMPARE(m_drafts.saved.value(first).step, int(ContactController::OnderwerpStep));
    QVERIFY(!m_drafts.saved.value(second).parkedAt);

    // A minute on hold counts as talk time.
    controller().secondElapsed();
    m_now = m_now.addSecs(60);
    QVERIFY(controller().switchTo(first));
    QCOMPARE(controller().session().uuid, first);
    QCOMPARE(controller().session().gesprekSeconden, 70);
    QCOMPARE(controller().currentStep(), int(ContactController::OnderwerpStep));
    QVERIFY(controller().stepDone(ContactController::KlantStep)); // its visited steps came back
    QCOMPARE(controller().openCount(), 2);
    QCOMPARE(controller().parked().entries().first().contact.session.uuid, second);
    QCOMPARE(controller().parked().entries().first().contact.session.gesprekSeconden, 1);
    QCOMPARE(controller().openContacts().size(), 2);
    QCOMPARE(controller().openContacts().first().session.uuid, first); // in the order they started

    QVERIFY(!controller().switchTo(first));               // already in front
    QVERIFY(!controller().switchTo(QUuid::createUuid())); // not open
}

void TestContactController::cancelBringsBackTheCallerOnHoldLongest()
{
    controller().start();
    const QUuid first = controller().session().uuid;
    controller().parkAndStart(QStringLiteral("0612345678"));
    const QUuid second = controller().session().uuid;
    QSignalSpy ended(&controller(), &ContactController::contactEnded);
    QSignalSpy active(&controller(), &ContactController::activeChanged);

    controller().cancel();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().toString(), QStringLiteral("Contact cancelled; nothing was recorded."));
    QVERIFY(controller().isActive());
    QCOMPARE(controller().session().uuid, first);
    QVERIFY(!m_drafts.saved.contains(second));
    QVERIFY(!m_drafts.saved.value(first).parkedAt); // in front again

    controller().cancel();
    QVERIFY(!controller().isActive());
    QCOMPARE(controller().openCount(), 0);
    QVERIFY(m_drafts.saved.isEmpty());
    QCOMPARE(active.last().first().toBool(), false);
}

void TestContactController::registerEndsTheContact()
{
    QSignalSpy registered(&controller(), &ContactController::registered);
    QSignalSpy ended(&controller(), &ContactController::contactEnded);
    controller().resume(c9167A(m_registration->people));
    controller().session().kanaal = QStringLiteral("email");
    controller().saveDraft();
    QCOMPARE(m_drafts.saved.size(), 1);

    controller().registerContact();
    QCOMPARE(m_registration->registrations, 1);
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.first().first().toStringList(), QStringList{QStringLiteral("KC-1")});
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().toString(), QStringLiteral("Registered: klantcontact KC-1."));
    QVERIFY(!controller().isActive());
    QCOMPARE(controller().session(), ContactSession());
    QVERIFY(m_drafts.saved.isEmpty());
    QCOMPARE(m_codeLists.last, QStringLiteral("email")); // the next contact starts on it
}

void TestContactController::refusedRegistrationKeepsTheContact()
{
    QSignalSpy refused(&controller(), &ContactController::registrationRefused);
    controller().start();
    controller().session().onderwerpen[0].onderwerp = QStringLiteral("Paspoort");
    controller().session().geauthenticeerd = true; // without saying how
    controller().registerContact();
    QCOMPARE(m_registration->registrations, 0);
    QCOMPARE(refused.size(), 1);
    const FieldErrors errors = refused.first().at(0).value<FieldErrors>();
    QVERIFY(std::any_of(errors.cbegin(), errors.cend(),
                        [](const FieldError &e) { return e.field == QStringLiteral("authenticatiemethode"); }));
    QVERIFY(!refused.first().at(1).toString().isEmpty());
    QVERIFY(controller().isActive());
}

void TestContactController::restoreBringsBackTheOneLastInFront()
{
    const QUuid actor = m_registration->people.medewerker.uuid;
    ContactSession parked = ContactSession::start(actor, QStringLiteral("telefoon"), m_now);
    parked.inkomendNummer = QStringLiteral("0612345678");
    parked.gesprekSeconden = 30;
    ContactSession front = ContactSession::start(actor, QStringLiteral("balie"), m_now.addSecs(5));
    front.nawerkSeconden = 4;
    m_drafts.saved.insert(parked.uuid, OpenContact{parked, 2, m_now.addSecs(20), {}});
    m_drafts.saved.insert(front.uuid, OpenContact{front, 4, std::nullopt, {}});

    const QList<OpenContact> open = controller().unfinished();
    QCOMPARE(open.size(), 2);
    QCOMPARE(ContactController::frontOf(open).session.uuid, front.uuid);
    controller().restore(open);
    QCOMPARE(controller().session().uuid, front.uuid);
    QCOMPARE(controller().currentStep(), 4);
    QVERIFY(controller().inNawerk());
    QCOMPARE(controller().parked().size(), 1);
    QCOMPARE(controller().parked().entries().first().caller, QStringLiteral("06 12 34 56 78"));

    controller().discard(open);
    QVERIFY(m_drafts.saved.isEmpty());
}

void TestContactController::waitingCallsLongestFirst()
{
    QSignalSpy waiting(&controller(), &ContactController::waitingCallsChanged);
    controller().announceWaitingCall(QStringLiteral("0612345678"));
    controller().announceWaitingCall(QStringLiteral("0201234567"));
    controller().announceWaitingCall(QStringLiteral("0612345678")); // still the same call
    QCOMPARE(controller().waitingCalls(), (QStringList{QStringLiteral("0612345678"), QStringLiteral("0201234567")}));
    QCOMPARE(controller().takeWaitingCall(), QStringLiteral("0612345678"));
    QCOMPARE(waiting.last().first().toStringList(), QStringList{QStringLiteral("0201234567")});
}

QTEST_GUILESS_MAIN(TestContactController)
#include "tst_contactcontroller.moc"
