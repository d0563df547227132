// Issue 13, item 6 without a server: the desk's spool of registrations (files, 0600, in order, a
// broken file left alone) and the rules of SpoolSender and ContactController around it — a
// registration whose write broke off with an unknown outcome is looked up before it is written
// again, one that is refused when sent comes back to the desk. The real server's side is
// tests/postgres/tst_registrationspool.cpp.
#include "tests/support/callflowcases.h"

#include "model/beheer/codelistservice.h"
#include "model/callflow/contactcontroller.h"
#include "model/callflow/registrationservice.h"
#include "model/callflow/registrationspool.h"
#include "model/callflow/spoolsender.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::test::cases;

namespace {

class MemoryDrafts final : public DraftStore
{
public:
    Result<> save(const QList<OpenContact> &contacts) override
    {
        for (const OpenContact &contact : contacts)
            saved.insert(contact.session.uuid, contact);
        return {};
    }
    Result<QList<OpenContact>> loadOpen(const QUuid &) override { return saved.values(); }
    Result<> discard(const QUuid &session) override
    {
        saved.remove(session);
        return {};
    }
    QHash<QUuid, OpenContact> saved;
};

class NoCodeLists final : public CodeListService
{
public:
    Result<QList<CodeListEntry>> entries(CodeList, bool) override { return QList<CodeListEntry>(); }
    void setActingActor(const SignedInActor &) override {}
    Result<> add(CodeList, const CodeListEntry &) override { return {}; }
    Result<> update(CodeList, const CodeListEntry &) override { return {}; }
    Result<> deactivate(CodeList, const QString &) override { return {}; }
    Result<QString> lastKanaal(const QUuid &) override { return QStringLiteral("telefoon"); }
    Result<> setLastKanaal(const QUuid &, const QString &) override { return {}; }
};

// A database that can be away, and that can commit a registration but lose its answer.
class Server final : public RegistrationService
{
public:
    enum class Mode
    {
        Up,
        Away,
        AnswerLost, // the next write commits, the caller hears the connection broke
        Refuses     // the next write is refused (a colleague deactivated meanwhile)
    };

    Result<PlanContext> planContext(const ContactSession &session) override
    {
        if (mode == Mode::Away)
            return away();
        return people.context(session);
    }
    Result<RegistrationReceipt> registerContact(const RegistrationPlan &plan) override
    {
        ++writes;
        if (mode == Mode::Away)
            return away();
        if (mode == Mode::Refuses)
            return Error{QStringLiteral("The colleague is no longer active."), {}};
        RegistrationReceipt receipt;
        for (const RegistrationPlan::Contact &contact : plan.contacten) {
            const QString nummer = QStringLiteral("KC-%1").arg(stored.size() + 1);
            stored.insert(contact.klantcontact.uuid, nummer);
            receipt.klantcontacten.append(contact.klantcontact.uuid);
            receipt.klantcontactReferentienummers.append(nummer);
        }
        if (mode == Mode::AnswerLost) {
            mode = Mode::Up;
            return away();
        }
        return receipt;
    }
    Result<std::optional<RegistrationReceipt>> alreadyRegistered(const QList<QUuid> &klantcontacten) override
    {
        ++lookups;
        if (mode == Mode::Away)
            return away();
        RegistrationReceipt receipt;
        for (const QUuid &uuid : klantcontacten) {
            if (stored.contains(uuid)) {
                receipt.klantcontacten.append(uuid);
                receipt.klantcontactReferentienummers.append(stored.value(uuid));
            }
        }
        if (receipt.klantcontacten.isEmpty())
            return std::optional<RegistrationReceipt>();
        return std::optional<RegistrationReceipt>(receipt);
    }
    Result<> appendTransfer(const QUuid &, const QUuid &, const QString &) override { return {}; }
    Result<std::optional<TransferTarget>> findForTransfer(const QString &, const SignedInActor &) override
    {
        return std::optional<TransferTarget>();
    }

    static Error away()
    {
        return Error{QStringLiteral("The server cannot be reached."), {}, Error::Cause::Unreachable};
    }

    People people;
    Mode mode = Mode::Up;
    QHash<QUuid, QString> stored; // klantcontact uuid -> referentienummer
    int writes = 0;
    int lookups = 0;
};

} // namespace

class TestSpoolSender : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void spoolKeepsFilesPrivateAndInOrder();
    void unreadableFileIsLeftAlone();
    void awayRegistrationIsSpooledAndTheNextCallCanBeTaken();
    void incompleteContactIsNotSpooled();
    void lostAnswerIsLookedUpNotWrittenAgain();
    void refusedWhenSentComesBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    MemoryDrafts m_drafts;
    NoCodeLists m_codeLists;
    Server m_server;
    std::unique_ptr<RegistrationSpool> m_spool;
    std::unique_ptr<SpoolSender> m_sender;
    std::unique_ptr<ContactController> m_controller;
};

void TestSpoolSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = MemoryDrafts();
    m_server.mode = Server::Mode::Up;
    m_server.stored.clear();
    m_server.writes = 0;
    m_server.lookups = 0;
    m_spool = std::make_unique<RegistrationSpool>(m_dir->path(), m_server.people.medewerker.uuid);
    m_sender = std::make_unique<SpoolSender>(*m_spool, m_server, m_drafts);
    SignedInActor user;
    user.actor = m_server.people.medewerker.uuid;
    m_controller = std::make_unique<ContactController>(ContactController::Services{
        &m_drafts, &m_codeLists, &m_server, nullptr, user, [] { return now(); }, m_spool.get()});
    connect(m_sender.get(), &SpoolSender::returned, m_controller.get(), &ContactController::takeBack);
}

void TestSpoolSender::cleanup()
{
    m_controller.reset();
    m_sender.reset();
    m_spool.reset();
    m_dir.reset();
}

void TestSpoolSender::spoolKeepsFilesPrivateAndInOrder()
{
    QSignalSpy counted(m_spool.get(), &RegistrationSpool::countChanged);
    SpooledRegistration later{c4161(m_server.people), now().addSecs(60), QStringLiteral("Carl"), {}};
    SpooledRegistration earlier{c9018A(m_server.people, true), now(), QStringLiteral("Karel"), {QUuid::createUuid()}};
    QVERIFY(m_spool->put(later).ok());
    QVERIFY(m_spool->put(earlier).ok());
    QCOMPARE(m_spool->count(), 2);
    QCOMPARE(counted.size(), 2);
    QCOMPARE(counted.last().first().toInt(), 2);

    const QList<SpooledRegistration> pending = m_spool->pending();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending[0].session, earlier.session); // lossless, oldest afronding first
    QCOMPARE(pending[0].klantcontacten, earlier.klantcontacten);
    QCOMPARE(pending[0].afgerondOp, now());
    QCOMPARE(pending[1].caller, QStringLiteral("Carl"));
    for (const QString &name : QDir(m_spool->folder()).entryList(QDir::Files)) {
        const auto permissions = QFile::permissions(QDir(m_spool->folder()).filePath(name));
        QCOMPARE(permissions & 0x0077, QFileDevice::Permissions()); // nothing for group or others
    }
    QCOMPARE(QFile::permissions(m_spool->folder()) & 0x0077, QFileDevice::Permissions());
    // Another medewerker on this desk has a spool of their own.
    QCOMPARE(RegistrationSpool(m_dir->path(), m_server.people.collega.uuid).count(), 0);

    QVERIFY(m_spool->remove(earlier.session.uuid).ok());
    QCOMPARE(m_spool->count(), 1);
    QVERIFY(!m_spool->contains(earlier.session.uuid));
}

void TestSpoolSender::unreadableFileIsLeftAlone()
{
    QVERIFY(m_spool->put({c4161(m_server.people), now(), QStringLiteral("Carl"), {}}).ok());
    const QString broken =
        QDir(m_spool->folder()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ half");
    file.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read")));
    QCOMPARE(m_spool->pending().size(), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read")));
    QCOMPARE(m_sender->sendPending(), 1);
    QVERIFY(QFile::exists(broken)); // never thrown away: somebody can still read it
}

void TestSpoolSender::awayRegistrationIsSpooledAndTheNextCallCanBeTaken()
{
    const ContactSession session = c4161(m_server.people);
    m_controller->resume(session);
    m_server.mode = Server::Mode::Away;
    QSignalSpy ended(m_controller.get(), &ContactController::contactEnded);
    m_controller->registerContact();
    QCOMPARE(ended.size(), 1);
    QVERIFY(ended.first().first().toString().startsWith(QLatin1String("Saved on this desk")));
    QVERIFY(!m_controller->isActive());
    QCOMPARE(m_spool->count(), 1);
    QCOMPARE(m_spool->pending().first().afgerondOp, now());
    // Its draft is not offered again while it waits.
    QVERIFY(m_drafts.save(QList<OpenContact>{{session, 0, {}, {}}}).ok());
    QVERIFY(m_controller->unfinished().isEmpty());

    QCOMPARE(m_sender->sendPending(), 0); // still away
    QCOMPARE(m_spool->count(), 1);
    m_server.mode = Server::Mode::Up;
    QSignalSpy sent(m_sender.get(), &SpoolSender::sent);
    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(m_spool->count(), 0);
    QCOMPARE(m_server.stored.size(), 1);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().first().toString().contains(QLatin1String("KC-1")),
             qPrintable(sent.first().first().toString()));
    QCOMPARE(m_sender->sendPending(), 0);
    QCOMPARE(m_server.stored.size(), 1);
}

void TestSpoolSender::incompleteContactIsNotSpooled()
{
    ContactSession session = c4161(m_server.people);
    session.onderwerpen[0].onderwerp.clear();
    m_controller->resume(session);
    m_server.mode = Server::Mode::Away;
    QSignalSpy notices(m_controller.get(), &ContactController::notice);
    m_controller->registerContact();
    QVERIFY(m_controller->isActive()); // the medewerker completes it first
    QCOMPARE(m_spool->count(), 0);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().at(1).value<ContactController::Notice>(), ContactController::Notice::Error);
}

void TestSpoolSender::lostAnswerIsLookedUpNotWrittenAgain()
{
    m_controller->resume(c4161(m_server.people));
    m_server.mode = Server::Mode::AnswerLost;
    m_controller->registerContact();
    QCOMPARE(m_server.writes, 1);
    QCOMPARE(m_server.stored.size(), 1); // written, but the desk does not know
    QCOMPARE(m_spool->count(), 1);
    QCOMPARE(m_spool->pending().first().klantcontacten, m_server.stored.keys());

    QSignalSpy sent(m_sender.get(), &SpoolSender::sent);
    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(m_server.lookups, 1);
    QCOMPARE(m_server.writes, 1); // not written again
    QCOMPARE(m_server.stored.size(), 1);
    QCOMPARE(m_spool->count(), 0);
    QVERIFY(sent.first().first().toString().contains(QLatin1String("KC-1")));
}

void TestSpoolSender::refusedWhenSentComesBack()
{
    const ContactSession session = c4161(m_server.people);
    m_controller->resume(session);
    m_server.mode = Server::Mode::Away;
    m_controller->registerContact();
    QCOMPARE(m_spool->count(), 1);
    m_drafts.saved.clear();

    m_server.mode = Server::Mode::Refuses;
    QSignalSpy returned(m_sender.get(), &SpoolSender::returned);
    QCOMPARE(m_sender->sendPending(), 1);
    QCOMPARE(returned.size(), 1);
    QVERIFY(returned.first().at(1).toString().contains(QLatin1String("no longer active")));
    QCOMPARE(m_spool->count(), 0);
    QVERIFY(m_server.stored.isEmpty());
    // Back on the desk, in front, and kept as a draft.
    QVERIFY(m_controller->isActive());
    QCOMPARE(m_controller->session().uuid, session.uuid);
    QVERIFY(m_drafts.saved.contains(session.uuid));
}

QTEST_GUILESS_MAIN(TestSpoolSender)
#include "tst_spoolsender.moc"
