// Changes pushed to the stateful loopback server (tests/tools/openklant_fixture.py, issue 14
// items 2 and 5): a task picked up and closed reaches the server as PATCHes of the one task it
// has, also when an answer is lost; a partij edit reaches it; a partij changed on the server
// meanwhile is held as a conflict, not overwritten, and the beheerder's choice goes either way.
#include "tests/support/takendata.h"
#include "tests/sync/loopbackprocess.h"

#include "storage/resources/queries.h"
#include "storage/sync/sqlpartijconflicts.h"
#include "storage/sync/sqlsyncstore.h"
#include "storage/sync/syncoutbox.h"
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

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

} // namespace

class TestSyncWijzigingenRoundtrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void taskChangeReachesTheServerOnce();
    void partijChangeReachesTheServer();
    void partijEditAddressReachesTheServerOnce();
    void removedAddressIsDeletedOnceAfterALostAnswer();
    void removalOfANeverSentAddressSendsNothing();
    void removalWhoseAnswerTheProxyDropsEndsDoneOnce();
    void conflictIsHeldAndKeepDeskSendsIt();
    void conflictKeepServerSendsNothing();

private:
    QJsonObject control(const QJsonObject &post = {});
    QJsonObject control(const QUrl &url, const QJsonObject &post);
    QJsonArray stored(const QString &resource)
    {
        return control().value(QStringLiteral("stored")).toObject().value(resource).toArray();
    }
    int counter(const char *name) { return control().value(QString::fromLatin1(name)).toInt(); }
    bool pushAll();
    QString serverUuid(ApiResource resource, const QUuid &lokaal)
    {
        const std::optional<ServerIdentity> identity = m_store->serverIdentity(resource, lokaal).value();
        return identity ? identity->uuid.toString(QUuid::WithoutBraces) : QString();
    }
    Result<> editCarl(const QString &taal);
    // Saves Carl's addresses as they are, plus `extra` (when given), minus the one `without`.
    Result<> editCarlAdressen(const std::optional<DigitaalAdres> &extra, const QUuid &without = {});
    // Carl on the server, then changed there (voorkeurstaal "deu") and at the desk ("eng").
    bool carlChangedOnBothSides();

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<test::TakenData> m_data;
    std::unique_ptr<SqlSyncStore> m_store;
    QUuid m_taak;
};

void TestSyncWijzigingenRoundtrip::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    m_data = std::make_unique<test::TakenData>();
    QVERIFY2(m_data->setUp(), qPrintable(m_data->lastError));
    Database &database = m_data->db.database();
    m_store = std::make_unique<SqlSyncStore>(database);
    m_taak = m_data->addTaak(QStringLiteral("Terugbellen"), {m_data->kcc}, QDateTime::currentDateTimeUtc());
    QVERIFY(!m_taak.isNull());
    // What a registration would have queued: the actors, the klant, the contact and its task.
    const InterneTaak taak = *m_data->taak(m_taak);
    QList<QPair<ApiResource, QUuid>> records = {{ApiResource::Actoren, m_data->kcc},
                                                {ApiResource::Actoren, m_data->marieke.actor},
                                                {ApiResource::Partijen, m_data->carl},
                                                {ApiResource::Klantcontacten, taak.aanleidinggevendKlantcontact}};
    for (const Betrokkene &betrokkene : betrokkenenVanKlantcontact(database, taak.aanleidinggevendKlantcontact))
        records.append({ApiResource::Betrokkenen, betrokkene.uuid});
    records.append({ApiResource::InterneTaken, m_taak});
    WriteTransaction transaction(database);
    for (const auto &[resource, uuid] : std::as_const(records))
        QVERIFY(SyncOutbox::ensureQueued(database, resource, uuid).ok());
    QVERIFY(transaction.commit().ok());
    QVERIFY(pushAll());
    QCOMPARE(stored(QStringLiteral("internetaken")).size(), 1);
}

void TestSyncWijzigingenRoundtrip::cleanup()
{
    m_store.reset();
    m_data.reset();
    m_server.reset(); // always stops the server
}

QJsonObject TestSyncWijzigingenRoundtrip::control(const QJsonObject &post)
{
    return control(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(m_server->port())), post);
}

QJsonObject TestSyncWijzigingenRoundtrip::control(const QUrl &url, const QJsonObject &post)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = post.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(post).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool TestSyncWijzigingenRoundtrip::pushAll()
{
    OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), token});
    client.setTimeout(std::chrono::seconds(5));
    PushWorker worker(client, *m_store);
    worker.setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    QSignalSpy drained(&worker, &PushWorker::drained);
    QSignalSpy stopped(&worker, &PushWorker::stoppedOnError);
    worker.start();
    if (!QTest::qWaitFor([&] { return drained.count() + stopped.count() > 0; }, 30000))
        return false;
    if (!stopped.isEmpty())
        qWarning() << stopped.first().first().toString();
    return stopped.isEmpty() && m_store->status().value().geweigerd == 0;
}

void TestSyncWijzigingenRoundtrip::taskChangeReachesTheServerOnce()
{
    const int posts = counter("posts");
    QVERIFY(m_data->taken.acties.pakOp(m_data->marieke, m_taak).ok());
    QVERIFY(m_data->taken.acties.handelAf(m_data->marieke, m_taak, QStringLiteral("Teruggebeld.")).ok());
    // The answer to the first PATCH is lost after the server applied it: PATCH is idempotent,
    // the worker sends it again.
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{QStringLiteral("store_then_drop")}}});
    QVERIFY(pushAll());
    QCOMPARE(m_store->status().value().wachtend, 0);
    QCOMPARE(counter("posts"), posts); // nothing created twice
    QCOMPARE(counter("patches"), 3);   // two changes, one of them twice
    const QJsonArray taken = stored(QStringLiteral("internetaken"));
    QCOMPARE(taken.size(), 1);
    const QJsonObject taak = taken.first().toObject();
    QCOMPARE(taak.value(QStringLiteral("status")).toString(), QStringLiteral("verwerkt"));
    QVERIFY(!taak.value(QStringLiteral("afgehandeldOp")).toString().isEmpty());
    QVERIFY(taak.value(QStringLiteral("toelichting")).toString().contains(QLatin1String("Teruggebeld.")));
    const QJsonArray aan = taak.value(QStringLiteral("toegewezenAanActoren")).toArray();
    QCOMPARE(aan.size(), 1);
    QCOMPARE(aan.first().toObject().value(QStringLiteral("uuid")).toString(),
             serverUuid(ApiResource::Actoren, m_data->marieke.actor));
}

Result<> TestSyncWijzigingenRoundtrip::editCarl(const QString &taal)
{
    PartijEditService &edit = m_data->services.partijEdit();
    edit.setActingActor(m_data->marieke);
    PartijEdit change;
    change.partij = *Repository<Partij>(m_data->db.database()).find(m_data->carl);
    change.partij.voorkeurstaal = taal;
    change.digitaleAdressen = digitaleAdressenVanPartij(m_data->db.database(), m_data->carl);
    return edit.save(change);
}

void TestSyncWijzigingenRoundtrip::partijChangeReachesTheServer()
{
    QVERIFY(editCarl(QStringLiteral("eng")).ok());
    QVERIFY(pushAll());
    QCOMPARE(counter("gets"), 1); // the server's version, compared with the base first
    QCOMPARE(counter("patches"), 1);
    const QJsonArray partijen = stored(QStringLiteral("partijen"));
    QCOMPARE(partijen.size(), 1);
    QCOMPARE(partijen.first().toObject().value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("eng"));
    QCOMPARE(m_store->status().value().conflicten, 0);
}

// Issue 14, item 2: an address a partij edit adds is created once (its lost answer is found by
// the look-up), and changing it later is a PATCH of that same object.
void TestSyncWijzigingenRoundtrip::partijEditAddressReachesTheServerOnce()
{
    Database &database = m_data->db.database();
    const int posts = counter("posts");
    PartijEditService &edit = m_data->services.partijEdit();
    edit.setActingActor(m_data->marieke);
    PartijEdit change;
    change.partij = *Repository<Partij>(database).find(m_data->carl);
    change.digitaleAdressen = digitaleAdressenVanPartij(database, m_data->carl);
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    change.digitaleAdressen.append(werk);
    const Result<> added = edit.save(change);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{QStringLiteral("store_then_drop")}}});
    QVERIFY(pushAll());
    QCOMPARE(counter("posts"), posts + 1); // stored, answer lost, found: not posted again
    const QString server = serverUuid(ApiResource::DigitaleAdressen, werk.uuid);
    QVERIFY(!server.isEmpty());

    change.digitaleAdressen = digitaleAdressenVanPartij(database, m_data->carl);
    for (DigitaalAdres &adres : change.digitaleAdressen) {
        if (adres.uuid == werk.uuid)
            adres.omschrijving = QStringLiteral("Werk");
    }
    const Result<> changed = edit.save(change);
    QVERIFY2(changed.ok(), qPrintable(changed.error().message));
    QVERIFY(pushAll());
    QCOMPARE(counter("posts"), posts + 1);
    QCOMPARE(counter("patches"), 1);
    const QJsonArray adressen = stored(QStringLiteral("digitaleadressen"));
    QCOMPARE(adressen.size(), 1);
    const QJsonObject opServer = adressen.first().toObject();
    QCOMPARE(opServer.value(QStringLiteral("uuid")).toString(), server);
    QCOMPARE(opServer.value(QStringLiteral("adres")).toString(), werk.adres);
    QCOMPARE(opServer.value(QStringLiteral("omschrijving")).toString(), QStringLiteral("Werk"));
    QCOMPARE(opServer.value(QStringLiteral("verstrektDoorPartij")).toObject().value(QStringLiteral("uuid")).toString(),
             serverUuid(ApiResource::Partijen, m_data->carl));
}

Result<> TestSyncWijzigingenRoundtrip::editCarlAdressen(const std::optional<DigitaalAdres> &extra, const QUuid &without)
{
    Database &database = m_data->db.database();
    PartijEditService &edit = m_data->services.partijEdit();
    edit.setActingActor(m_data->marieke);
    PartijEdit change;
    change.partij = *Repository<Partij>(database).find(m_data->carl);
    for (const DigitaalAdres &adres : digitaleAdressenVanPartij(database, m_data->carl)) {
        if (adres.uuid != without)
            change.digitaleAdressen.append(adres);
    }
    if (extra)
        change.digitaleAdressen.append(*extra);
    if (!without.isNull() && change.partij.voorkeursDigitaalAdres == without)
        change.partij.voorkeursDigitaalAdres.reset();
    return edit.save(change);
}

// Issue 14, item 2: an address removed at the desk is removed on the server (DELETE by its server
// uuid, after the local row is gone). The first answer is lost after the server removed it: the
// retry finds 404, which ends the entry as done; the identity is forgotten, nothing is left.
void TestSyncWijzigingenRoundtrip::removedAddressIsDeletedOnceAfterALostAnswer()
{
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    const Result<> added = editCarlAdressen(werk);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(pushAll());
    const QString server = serverUuid(ApiResource::DigitaleAdressen, werk.uuid);
    QVERIFY(!server.isEmpty());
    QCOMPARE(stored(QStringLiteral("digitaleadressen")).size(), 1);
    const int posts = counter("posts");

    const Result<> removed = editCarlAdressen(std::nullopt, werk.uuid);
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QVERIFY(!Repository<DigitaalAdres>(m_data->db.database()).find(werk.uuid));
    QCOMPARE(m_store->status().value().wachtend, 1);
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{QStringLiteral("store_then_drop")}}});
    QVERIFY(pushAll());
    QCOMPARE(stored(QStringLiteral("digitaleadressen")).size(), 0);
    QCOMPARE(counter("deletes"), 2); // the one whose answer was lost, and the retry that found 404
    QCOMPARE(counter("posts"), posts);
    QCOMPARE(counter("patches"), 0);
    const OutboxStatus status = m_store->status().value();
    QCOMPARE(status.wachtend, 0);
    QCOMPARE(status.geweigerd, 0);
    QCOMPARE(serverUuid(ApiResource::DigitaleAdressen, werk.uuid), QString()); // identity forgotten
    // Nothing more to send: a second push sends no request at all.
    QVERIFY(pushAll());
    QCOMPARE(counter("deletes"), 2);
}

// An address added and removed again before the push never reaches the server: neither its create
// nor its removal is sent. Removing an address that was never queued queues nothing.
void TestSyncWijzigingenRoundtrip::removalOfANeverSentAddressSendsNothing()
{
    const int posts = counter("posts");
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    QVERIFY(editCarlAdressen(werk).ok());
    QVERIFY(editCarlAdressen(std::nullopt, werk.uuid).ok());
    const QUuid nooitGequeued = m_data->carlEmail;
    QVERIFY(serverUuid(ApiResource::DigitaleAdressen, nooitGequeued).isEmpty());
    const int voor = m_store->status().value().wachtend;
    QVERIFY(editCarlAdressen(std::nullopt, nooitGequeued).ok());
    QCOMPARE(m_store->status().value().wachtend, voor); // never queued, never on the server: nothing
    QVERIFY(pushAll());
    QCOMPARE(counter("posts"), posts);
    QCOMPARE(counter("deletes"), 0);
    QCOMPARE(counter("patches"), 0);
    QCOMPARE(stored(QStringLiteral("digitaleadressen")).size(), 0);
    const OutboxStatus status = m_store->status().value();
    QCOMPARE(status.wachtend, 0);
    QCOMPARE(status.geweigerd, 0);
}

// The same through the fault proxy (tests/tools/fault_proxy.py): the proxy forwards the DELETE,
// the server removes the address, and the proxy closes the connection without a byte of the answer.
// The worker schedules a retry (the server may or may not have acted); the retry finds 404 and the
// entry ends done, once; nothing is sent after it.
void TestSyncWijzigingenRoundtrip::removalWhoseAnswerTheProxyDropsEndsDoneOnce()
{
    DigitaalAdres werk;
    werk.uuid = QUuid::createUuid();
    werk.adres = QStringLiteral("carl@werk.example.nl");
    werk.soortDigitaalAdres = SoortDigitaalAdres::Email;
    QVERIFY(editCarlAdressen(werk).ok());
    QVERIFY(pushAll());
    QCOMPARE(stored(QStringLiteral("digitaleadressen")).size(), 1);
    QVERIFY(editCarlAdressen(std::nullopt, werk.uuid).ok());

    LoopbackProcess proxy;
    QVERIFY(
        proxy.start(QStringLiteral("python3"),
                    {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/fault_proxy.py"), QString::number(m_server->port()),
                     QStringLiteral("--kinds"), QStringLiteral("drop"), QStringLiteral("--rate"), QStringLiteral("1")},
                    QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000));
    const QUrl proxyControl(QStringLiteral("http://127.0.0.1:%1/_proxy").arg(proxy.port()));
    OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(proxy.port())), token});
    client.setTimeout(std::chrono::seconds(5));
    PushWorker worker(client, *m_store);
    // Long enough a first backoff for the test to turn the faults off before the retry.
    worker.setBackoff(std::chrono::milliseconds(1500), std::chrono::milliseconds(1500));
    QSignalSpy retries(&worker, &PushWorker::retryScheduled);
    QSignalSpy sent(&worker, &PushWorker::entrySent);
    QSignalSpy drained(&worker, &PushWorker::drained);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!retries.isEmpty(), 20000);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(stored(QStringLiteral("digitaleadressen")).size(), 0); // the server acted, the answer was lost
    control(proxyControl, QJsonObject{{QStringLiteral("rate"), 0}});
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(retries.count(), 1);
    const OutboxStatus status = m_store->status().value();
    QCOMPARE(status.wachtend, 0);
    QCOMPARE(status.geweigerd, 0);
    QCOMPARE(serverUuid(ApiResource::DigitaleAdressen, werk.uuid), QString());
    const int deletes = counter("deletes");
    QVERIFY2(deletes >= 2, qPrintable(QString::number(deletes))); // the dropped one(s) and the 404
    QVERIFY(pushAll());
    QCOMPARE(counter("deletes"), deletes);
}

bool TestSyncWijzigingenRoundtrip::carlChangedOnBothSides()
{
    control(QJsonObject{
        {QStringLiteral("change"),
         QJsonObject{{QStringLiteral("resource"), QStringLiteral("partijen")},
                     {QStringLiteral("uuid"), serverUuid(ApiResource::Partijen, m_data->carl)},
                     {QStringLiteral("set"), QJsonObject{{QStringLiteral("voorkeurstaal"), QStringLiteral("deu")}}}}}});
    if (!editCarl(QStringLiteral("eng")) || !pushAll())
        return false;
    // Held, not sent: the server keeps the other system's change.
    return m_store->status().value().conflicten == 1 && counter("patches") == 0 &&
           stored(QStringLiteral("partijen")).first().toObject().value(QStringLiteral("voorkeurstaal")).toString() ==
               QLatin1String("deu");
}

void TestSyncWijzigingenRoundtrip::conflictIsHeldAndKeepDeskSendsIt()
{
    QVERIFY(carlChangedOnBothSides());
    SqlPartijConflicts conflicts(m_data->db.database());
    const QList<PartijConflict> open = conflicts.open().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().server.value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("deu"));
    QCOMPARE(open.first().bureau.value(QStringLiteral("voorkeurstaal")).toString(), QStringLiteral("eng"));
    QVERIFY(conflicts.resolve(m_data->beheer, open.first().id, ConflictChoice::KeepDesk).ok());

    QVERIFY(pushAll());
    QCOMPARE(counter("patches"), 1);
    QCOMPARE(stored(QStringLiteral("partijen")).first().toObject().value(QStringLiteral("voorkeurstaal")).toString(),
             QStringLiteral("eng"));
    QCOMPARE(m_store->status().value().conflicten, 0);
    QCOMPARE(m_store->status().value().wachtend, 0);
}

void TestSyncWijzigingenRoundtrip::conflictKeepServerSendsNothing()
{
    QVERIFY(carlChangedOnBothSides());
    SqlPartijConflicts conflicts(m_data->db.database());
    const QList<PartijConflict> open = conflicts.open().value();
    QCOMPARE(open.size(), 1);
    QVERIFY(conflicts.resolve(m_data->beheer, open.first().id, ConflictChoice::KeepServer).ok());
    QCOMPARE(Repository<Partij>(m_data->db.database()).find(m_data->carl)->voorkeurstaal, QStringLiteral("deu"));

    QVERIFY(pushAll());
    QCOMPARE(counter("patches"), 0);
    QCOMPARE(stored(QStringLiteral("partijen")).first().toObject().value(QStringLiteral("voorkeurstaal")).toString(),
             QStringLiteral("deu"));
    // A later edit at the desk goes out against the server's version: no conflict this time.
    QVERIFY(editCarl(QStringLiteral("fra")).ok());
    QVERIFY(pushAll());
    QCOMPARE(counter("patches"), 1);
    QCOMPARE(m_store->status().value().conflicten, 0);
    QCOMPARE(stored(QStringLiteral("partijen")).first().toObject().value(QStringLiteral("voorkeurstaal")).toString(),
             QStringLiteral("fra"));
}

QTEST_GUILESS_MAIN(TestSyncWijzigingenRoundtrip)
#include "tst_sync_wijzigingen_roundtrip.moc"
