// Real registrations pushed through the outbox to a stateful loopback server
// (tests/tools/openklant_fixture.py) with faults injected: a stored object whose answer is lost is
// found and not posted again, a 503 is retried, a 400 is kept as a refusal with its fields, and a
// partij pushed is found again by its BSN.
#include "tests/support/callflowcases.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"
#include "tests/sync/pushscenario.h"

#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/sync/pulledrecords.h"
#include "storage/sync/sqlsyncstore.h"
#include "sync/openklantclient.h"
#include "sync/pushworker.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::sync;
using namespace kcc::test::cases;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

bool seed(Database &database, const People &people)
{
    WriteTransaction transaction(database);
    Repository<Actor> actors(database);
    for (const Actor &actor : people.all()) {
        if (!actors.insert(actor))
            return false;
    }
    // A partij made at the desk always has a nummer (NumberSequence); the push worker finds it
    // by that nummer after a lost answer.
    Partij carl = people.carl;
    carl.nummer = QStringLiteral("1000042");
    return Repository<Partij>(database).insert(carl).ok() &&
           Repository<DigitaalAdres>(database).insert(people.carlTelefoon).ok() &&
           Repository<PartijIdentificator>(database).insert(people.carlBsn).ok() && transaction.commit().ok();
}

bool registerCase(Database &database, const ContactSession &session)
{
    RegistrationWriter writer(database);
    if (!SqlDraftStore(database).save(session))
        return false;
    const Result<PlanContext> context = writer.planContext(session);
    if (!context)
        return false;
    const Result<RegistrationPlan> plan = RegistrationPlan::build(session, context.value());
    return plan && writer.registerContact(plan.value()).ok();
}

} // namespace

class TestSyncRoundtrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registrationIsPushedExactlyOnce();
    void lostAnswerDoesNotDoubleTheObject();
    void serverErrorIsRetried();
    void refusalIsKeptWithItsFields();
    void registrationAndOutboxCommitTogether();
    void bijlagenAndDigitaleAdressenArriveOnce();
    void notNowIsRetriedAfterRetryAfter_data();
    void notNowIsRetriedAfterRetryAfter();
    void retryAfterIsCapped();
    void lookUpAskedToWaitWaits();
    void retryAfterReadsSecondsAndDates();

private:
    QJsonObject control(const QJsonObject &post = {});
    QJsonArray stored(const QString &resource)
    {
        return control().value(QStringLiteral("stored")).toObject().value(resource).toArray();
    }
    bool pushAll(SqlSyncStore &store);
    SyncSettings settings() const
    {
        return {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), token};
    }

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<test::TestDatabase> m_db;
    People m_people;
};

void TestSyncRoundtrip::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(seed(m_db->database(), m_people));
}

void TestSyncRoundtrip::cleanup()
{
    m_server.reset(); // always stops the server
    m_db.reset();
}

QJsonObject TestSyncRoundtrip::control(const QJsonObject &post)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(m_server->port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = post.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(post).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool TestSyncRoundtrip::pushAll(SqlSyncStore &store)
{
    OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), token});
    client.setTimeout(std::chrono::seconds(5));
    PushWorker worker(client, store);
    worker.setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    QSignalSpy drained(&worker, &PushWorker::drained);
    QSignalSpy stopped(&worker, &PushWorker::stoppedOnError);
    worker.start();
    if (!QTest::qWaitFor([&] { return drained.count() + stopped.count() > 0; }, 30000))
        return false;
    if (!stopped.isEmpty())
        qWarning() << stopped.first().first().toString();
    return stopped.isEmpty();
}

void TestSyncRoundtrip::registrationIsPushedExactlyOnce()
{
    QVERIFY(registerCase(m_db->database(), c9018A(m_people, true)));
    SqlSyncStore store(m_db->database());
    QVERIFY(store.status().value().wachtend > 0);
    QVERIFY(pushAll(store));
    QCOMPARE(store.status().value().wachtend, 0);
    QCOMPARE(store.status().value().geweigerd, 0);

    const QJsonArray klantcontacten = stored(QStringLiteral("klantcontacten"));
    QCOMPARE(klantcontacten.size(), 1);
    const QJsonObject server = klantcontacten.first().toObject();
    Klantcontact local;
    QVERIFY(Repository<Klantcontact>(m_db->database()).forEach([&](const Klantcontact &k) { local = k; }).ok());
    QCOMPARE(server.value(QStringLiteral("referentienummer")).toString(), local.referentienummer.value_or(QString()));
    QCOMPARE(server.value(QStringLiteral("onderwerp")).toString(), local.onderwerp);
    // The betrokkene and the task point at the server's klantcontact, not at the desk's uuid.
    const QJsonObject betrokkene = stored(QStringLiteral("betrokkenen")).first().toObject();
    QCOMPARE(betrokkene.value(QStringLiteral("hadKlantcontact")).toObject().value(QStringLiteral("uuid")),
             server.value(QStringLiteral("uuid")));
    QCOMPARE(stored(QStringLiteral("internetaken")).size(), 1);
    const std::optional<ServerIdentity> identity =
        store.serverIdentity(ApiResource::Klantcontacten, local.uuid).value();
    QVERIFY(identity);
    QCOMPARE(identity->uuid.toString(QUuid::WithoutBraces), server.value(QStringLiteral("uuid")).toString());

    // Pull by BSN finds the partij the desk pushed.
    OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), token});
    std::optional<Result<QList<QJsonObject>>> found;
    client.findPartijenByBsn(m_people.carlBsn.objectId, [&](const Result<QList<QJsonObject>> &r) { found = r; });
    QTRY_VERIFY(found.has_value());
    QVERIFY2(found->ok(), qPrintable(found->error().message));
    QCOMPARE(found->value().size(), 1);
    const Result<Partij> partij = ApiJson::partijFromJson(found->value().first());
    QVERIFY2(partij.ok(), qPrintable(partij.error().message));
    QCOMPARE(partij.value().contactnaam, m_people.carl.contactnaam);

    // ... and a desk with an empty database stores it, remembering where it came from.
    test::TestDatabase other;
    QVERIFY(other.isValid());
    const Result<QUuid> pulled = PulledRecords::storePartij(other.database(), found->value().first());
    QVERIFY2(pulled.ok(), qPrintable(pulled.error().message));
    const std::optional<Partij> stored = Repository<Partij>(other.database()).find(pulled.value());
    QVERIFY(stored);
    QCOMPARE(stored->contactnaam, m_people.carl.contactnaam);
    QCOMPARE(stored->nummer, std::optional<QString>(QStringLiteral("1000042")));
    SqlSyncStore otherStore(other.database());
    const std::optional<ServerIdentity> origin =
        otherStore.serverIdentity(ApiResource::Partijen, pulled.value()).value();
    QVERIFY(origin);
    QCOMPARE(origin->uuid, pulled.value());
    // A second pull updates the same record.
    QVERIFY(PulledRecords::storePartij(other.database(), found->value().first()).ok());
    QCOMPARE(Repository<Partij>(other.database()).count(), qint64(1));
}

void TestSyncRoundtrip::lostAnswerDoesNotDoubleTheObject()
{
    QVERIFY(registerCase(m_db->database(), c9018A(m_people, true)));
    // The partij, its BSN and the actors go first; drop the answer of every one of the next POSTs
    // after the server stored the object.
    control(QJsonObject{
        {QStringLiteral("faults"), QJsonArray{QStringLiteral("store_then_drop"), QStringLiteral("store_then_drop"),
                                              QStringLiteral("store_then_drop"), QStringLiteral("store_then_drop"),
                                              QStringLiteral("store_then_drop")}}});
    SqlSyncStore store(m_db->database());
    QVERIFY(pushAll(store));
    QCOMPARE(store.status().value().wachtend, 0);
    QCOMPARE(store.status().value().geweigerd, 0);
    const QJsonObject state = control().value(QStringLiteral("stored")).toObject();
    QCOMPARE(state.value(QStringLiteral("partijen")).toArray().size(), 1);
    QCOMPARE(state.value(QStringLiteral("klantcontacten")).toArray().size(), 1);
    QCOMPARE(state.value(QStringLiteral("betrokkenen")).toArray().size(), 1);
    QCOMPARE(state.value(QStringLiteral("internetaken")).toArray().size(), 1);
    QCOMPARE(state.value(QStringLiteral("actorklantcontacten")).toArray().size(),
             Repository<ActorKlantcontact>(m_db->database()).count());
}

void TestSyncRoundtrip::serverErrorIsRetried()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{QStringLiteral("503"), QStringLiteral("503")}}});
    SqlSyncStore store(m_db->database());
    QVERIFY(pushAll(store));
    QCOMPARE(store.status().value().wachtend, 0);
    QCOMPARE(store.status().value().geweigerd, 0);
    QCOMPARE(stored(QStringLiteral("klantcontacten")).size(), 1);
    QCOMPARE(stored(QStringLiteral("partijen")).size(), 1);
}

void TestSyncRoundtrip::refusalIsKeptWithItsFields()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{QStringLiteral("400")}}});
    SqlSyncStore store(m_db->database());
    QVERIFY(pushAll(store));
    const QList<OutboxRefusal> refusals = store.refusals().value();
    QVERIFY(!refusals.isEmpty());
    QCOMPARE(refusals.first().resource, ApiResource::Partijen); // the first entry sent
    QCOMPARE(refusals.first().velden.size(), 1);
    QCOMPARE(refusals.first().velden.first().field, QStringLiteral("kanaal"));
    QCOMPARE(refusals.first().velden.first().message, QStringLiteral("Ongeldig kanaal."));
    QVERIFY2(refusals.first().reden.contains(QStringLiteral("400")), qPrintable(refusals.first().reden));
    // What depends on the refused partij is refused too, with the reason, never sent blindly.
    QCOMPARE(stored(QStringLiteral("betrokkenen")).size(), 0);
}

void TestSyncRoundtrip::registrationAndOutboxCommitTogether()
{
    SqlSyncStore store(m_db->database());
    QCOMPARE(store.status().value().wachtend, 0);
    QVERIFY(registerCase(m_db->database(), c9018A(m_people, true)));
    // partij, identificator, actor(s), klantcontact, betrokkene, actor link(s), taak.
    const int queued = store.status().value().wachtend;
    QVERIFY2(queued >= 6, qPrintable(QString::number(queued)));
    // A second registration of the same partij does not queue it again.
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    QVERIFY(store.status().value().wachtend < 2 * queued);
}

// Issue 14, item 2: a registration with a bijlage, one with the betrokkene's one-off phone number
// and a variant C one with the new partij's phone and e-mail. Every POST's answer is lost after
// the server stored the object: each entry is found by its look-up and never posted twice.
void TestSyncRoundtrip::bijlagenAndDigitaleAdressenArriveOnce()
{
    QVERIFY(registerCase(m_db->database(), c9018A(m_people, true)));
    QVERIFY(registerCase(m_db->database(), c9167A(m_people)));
    QVERIFY(registerCase(m_db->database(), c9018B(m_people, true, true)));
    SqlSyncStore store(m_db->database());
    const int entries = store.status().value().wachtend;
    QJsonArray drops;
    for (int i = 0; i < entries; ++i)
        drops.append(QStringLiteral("store_then_drop"));
    control(QJsonObject{{QStringLiteral("faults"), drops}});
    QVERIFY(pushAll(store));
    QCOMPARE(store.status().value().wachtend, 0);
    QCOMPARE(store.status().value().geweigerd, 0);
    const QJsonObject state = control();
    QCOMPARE(state.value(QStringLiteral("posts")).toInt(), entries); // each once, however many answers got lost

    const QJsonObject server = state.value(QStringLiteral("stored")).toObject();
    QCOMPARE(server.value(QStringLiteral("bijlagen")).toArray().size(), 2);
    // Carl's phone (he was known only here), the caller's one-off number, the new partij's two.
    const QJsonArray adressen = server.value(QStringLiteral("digitaleadressen")).toArray();
    QCOMPARE(adressen.size(), 4);
    QStringList seen;
    for (const QJsonValue &value : adressen) {
        const QJsonObject adres = value.toObject();
        const bool byBetrokkene = adres.value(QStringLiteral("verstrektDoorBetrokkene")).isObject();
        seen.append(adres.value(QStringLiteral("adres")).toString() + (byBetrokkene ? u'b' : u'p'));
    }
    seen.sort();
    QCOMPARE(seen, QStringList({QStringLiteral("0201234567p"), QStringLiteral("0612345678b"),
                                QStringLiteral("0612345678p"), QStringLiteral("karel@example.nlp")}));
    const QList<test::push::Count> counts = test::push::census(m_db->database(), server);
    for (const test::push::Count &c : counts) {
        QVERIFY2(c.missing == 0 && c.duplicates == 0 && c.server == c.mapped, qPrintable(test::push::describe(counts)));
    }
    // The references are the server's: the one-off number points at the server's betrokkene.
    for (const QJsonValue &value : adressen) {
        const QJsonObject by = value.toObject().value(QStringLiteral("verstrektDoorBetrokkene")).toObject();
        if (by.isEmpty())
            continue;
        const QJsonArray betrokkenen = server.value(QStringLiteral("betrokkenen")).toArray();
        QVERIFY(std::any_of(betrokkenen.cbegin(), betrokkenen.cend(), [&](const QJsonValue &b) {
            return b.toObject().value(QStringLiteral("uuid")) == by.value(QStringLiteral("uuid"));
        }));
    }
}

// 408 and 429 are "not now": retried (never refused), after the server's Retry-After when it
// sends one (seconds or an HTTP date), with the backoff when it does not.
void TestSyncRoundtrip::notNowIsRetriedAfterRetryAfter_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("atLeastMs");
    QTest::newRow("429, seconds") << QJsonObject{{QStringLiteral("status"), 429},
                                                 {QStringLiteral("retryAfter"), QStringLiteral("1")}}
                                  << 1000;
    // An HTTP date has whole seconds: "2 s from now" is between 1 and 2 s away when it is read.
    QTest::newRow("429, HTTP date") << QJsonObject{{QStringLiteral("status"), 429},
                                                   {QStringLiteral("retryAfter"), QStringLiteral("date+2")}}
                                    << 900;
    QTest::newRow("429 without Retry-After") << QJsonObject{{QStringLiteral("status"), 429}} << 0;
    QTest::newRow("408, seconds") << QJsonObject{{QStringLiteral("status"), 408},
                                                 {QStringLiteral("retryAfter"), QStringLiteral("1")}}
                                  << 1000;
}

void TestSyncRoundtrip::notNowIsRetriedAfterRetryAfter()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, atLeastMs);
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    SqlSyncStore store(m_db->database());
    const int entries = store.status().value().wachtend;
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{fault}}});
    OpenKlantClient client(settings());
    PushWorker worker(client, store);
    worker.setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    worker.setRetryAfterMax(std::chrono::seconds(10));
    QList<qint64> waits; // notBefore minus the moment the worker decided (at most then)
    connect(&worker, &PushWorker::retryScheduled, this, [&](qint64, const QDateTime &notBefore, const QString &) {
        waits.append(QDateTime::currentDateTimeUtc().msecsTo(notBefore));
    });
    QSignalSpy refused(&worker, &PushWorker::entryRefused);
    QSignalSpy drained(&worker, &PushWorker::drained);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(waits.size(), 1);
    // The wait is computed from the clock before this slot reads it: at least what was asked.
    QVERIFY2(waits.first() >= atLeastMs - 50, qPrintable(QString::number(waits.first())));
    QVERIFY2(waits.first() <= 10000, qPrintable(QString::number(waits.first())));
    QCOMPARE(store.status().value().wachtend, 0);
    QCOMPARE(store.status().value().geweigerd, 0);
    QCOMPARE(control().value(QStringLiteral("posts")).toInt(), entries + 1); // the refused one, once more
    QCOMPARE(stored(QStringLiteral("klantcontacten")).size(), 1);
    QCOMPARE(stored(QStringLiteral("partijen")).size(), 1);
}

void TestSyncRoundtrip::retryAfterIsCapped()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    SqlSyncStore store(m_db->database());
    control(QJsonObject{
        {QStringLiteral("faults"), QJsonArray{QJsonObject{{QStringLiteral("status"), 429},
                                                          {QStringLiteral("retryAfter"), QStringLiteral("86400")}}}}});
    OpenKlantClient client(settings());
    PushWorker worker(client, store);
    worker.setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    worker.setRetryAfterMax(std::chrono::milliseconds(300));
    QList<qint64> waits;
    connect(&worker, &PushWorker::retryScheduled, this, [&](qint64, const QDateTime &notBefore, const QString &) {
        waits.append(QDateTime::currentDateTimeUtc().msecsTo(notBefore));
    });
    QSignalSpy drained(&worker, &PushWorker::drained);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);
    QCOMPARE(waits.size(), 1);
    QVERIFY2(waits.first() <= 300, qPrintable(QString::number(waits.first())));
    QCOMPARE(store.status().value().geweigerd, 0);
    QCOMPARE(stored(QStringLiteral("klantcontacten")).size(), 1);
}

// An entry without an answer is looked up before it is sent again. A 429 to that look-up is the
// server asking to wait, as it is to a POST: the next try waits what it asked (capped), and the
// status bar says "bezet tot", not "offline" with a retry every few seconds.
void TestSyncRoundtrip::lookUpAskedToWaitWaits()
{
    QVERIFY(registerCase(m_db->database(), c4161(m_people)));
    SqlSyncStore store(m_db->database());
    // The first POST fails without storing (so the entry is uncertain); the look-up of its retry
    // is told to come back in a minute, longer than the client waits by itself.
    control(QJsonObject{
        {QStringLiteral("faults"), QJsonArray{QStringLiteral("503")}},
        {QStringLiteral("get_faults"), QJsonArray{QJsonObject{{QStringLiteral("status"), 429},
                                                              {QStringLiteral("retryAfter"), QStringLiteral("60")}}}}});
    OpenKlantClient client(settings());
    PushWorker worker(client, store);
    worker.setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    worker.setRetryAfterMax(std::chrono::seconds(2));
    QList<QPair<qint64, bool>> waits; // ms until the next try, and whether the server asked for it
    connect(&worker, &PushWorker::retryScheduled, this,
            [&](qint64, const QDateTime &notBefore, const QString &, bool asked) {
                waits.append({QDateTime::currentDateTimeUtc().msecsTo(notBefore), asked});
            });
    QSignalSpy drained(&worker, &PushWorker::drained);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);
    QCOMPARE(waits.size(), 2);
    QVERIFY2(!waits.at(0).second && waits.at(0).first <= 200, qPrintable(QString::number(waits.at(0).first)));
    QVERIFY(waits.at(1).second);
    QVERIFY2(waits.at(1).first >= 1950 && waits.at(1).first <= 2000, qPrintable(QString::number(waits.at(1).first)));
    QVERIFY(control().value(QStringLiteral("get_faults")).toArray().isEmpty()); // the look-up got the 429
    QCOMPARE(store.status().value().wachtend, 0);
    QCOMPARE(store.status().value().geweigerd, 0);
    QCOMPARE(stored(QStringLiteral("klantcontacten")).size(), 1);
    QCOMPARE(stored(QStringLiteral("partijen")).size(), 1);
}

void TestSyncRoundtrip::retryAfterReadsSecondsAndDates()
{
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);
    const auto wait = [&](const QString &header) {
        ApiReply reply;
        reply.outcome = ApiReply::Outcome::Answered;
        reply.status = 429;
        reply.retryAfterHeader = header;
        return reply.retryAfter(now);
    };
    QVERIFY(wait(QStringLiteral("120")) == std::optional(std::chrono::milliseconds(120000)));
    QVERIFY(wait(QStringLiteral("0")) == std::optional(std::chrono::milliseconds(0)));
    QVERIFY(wait(QStringLiteral("Mon, 07 Dec 2026 12:00:30 GMT")) == std::optional(std::chrono::milliseconds(30000)));
    QVERIFY(wait(QStringLiteral("Mon, 07 Dec 2026 11:59:00 GMT")) == std::optional(std::chrono::milliseconds(0)));
    QVERIFY(wait(QString()) == std::optional<std::chrono::milliseconds>());
    QVERIFY(wait(QStringLiteral("soon")) == std::optional<std::chrono::milliseconds>());
    ApiReply busy;
    busy.outcome = ApiReply::Outcome::Answered;
    busy.status = 429;
    QVERIFY(busy.isTransient());
    QVERIFY(!busy.isClientError());
    busy.status = 408;
    QVERIFY(busy.isTransient());
    QVERIFY(!busy.isClientError());
    busy.status = 409;
    QVERIFY(busy.isClientError());
}

QTEST_GUILESS_MAIN(TestSyncRoundtrip)
#include "tst_sync_roundtrip.moc"
