// Pulling from Open Klant (issue 14, item 3) against the stateful loopback server
// (tests/tools/openklant_fixture.py) holding real-server output (tests/data/openklant/server: blank
// groups, null subtypes, _expand, microseconds, an older version's single toegewezenAanActor) and
// a contact a web form made without any actor; every list is capped at one item per page, so every
// pull must follow `next`. The fixture answers 400 to any undeclared query parameter, as Open
// Klant does.
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"
#include "tests/sync/openklantseed.h"

#include "model/search/searchquery.h"
#include "storage/db/integritycheck.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/search/partijsearch.h"
#include "storage/sync/pulledrecords.h"
#include "storage/sync/sqlpullstore.h"
#include "storage/sync/sqlsyncstore.h"
#include "sync/openklantclient.h"
#include "sync/pull/puller.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using namespace kcc::sync;

using namespace kcc::test::openklant;

class TestSyncPull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bsnLookUpStoresThePartijForTheLocalSearch();
    void lookUpByKvkEmailAndPhone();
    void historyBringsContactsWithoutActor();
    void pushedPartijComesBackWithoutTwin();
    void takenOfOurAfdelingReachTheDesk();
    void lookUpWaitsWhenTheServerAsksTo();

private:
    QJsonObject control(const QJsonObject &post = {});
    Result<PullReport> wait(const std::function<void(Puller &, Puller::Done)> &pull);

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestSyncPull::init()
{
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    control(QJsonObject{{QStringLiteral("load"), QStringLiteral(KCC_TEST_DATA_DIR "/openklant/server")},
                        {QStringLiteral("seed"), webform()},
                        {QStringLiteral("page_size_cap"), 1}});
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void TestSyncPull::cleanup()
{
    m_server.reset();
    m_db.reset();
}

QJsonObject TestSyncPull::control(const QJsonObject &post)
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

Result<PullReport> TestSyncPull::wait(const std::function<void(Puller &, Puller::Done)> &pull)
{
    OpenKlantClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port())), token});
    client.setTimeout(std::chrono::seconds(5));
    SqlPullStore store(m_db->database());
    Puller puller(client, store);
    std::optional<Result<PullReport>> result;
    pull(puller, [&](const Result<PullReport> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("the pull did not finish"), {}};
    return *result;
}

void TestSyncPull::bsnLookUpStoresThePartijForTheLocalSearch()
{
    const auto lookUp = [](Puller &puller, Puller::Done done) {
        puller.lookUpPartij(LookupKind::Bsn, QStringLiteral("296648875"), done);
    };
    const Result<PullReport> report = wait(lookUp);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY2(report.value().warnings.isEmpty(), qPrintable(report.value().warnings.join(QLatin1Char('\n'))));
    QCOMPARE(report.value().partijen, QList<QUuid>{anneke});
    // The partij, its BSN and its own e-mail address (the page size of 1 made it follow `next`).
    QCOMPARE(report.value().stored, 2);
    QVERIFY(report.value().requests >= 2);
    QCOMPARE(Repository<Partij>(m_db->database()).count(), qint64(1));
    QCOMPARE(Repository<PartijIdentificator>(m_db->database()).count(), qint64(1));
    QCOMPARE(Repository<DigitaalAdres>(m_db->database()).count(), qint64(1));
    QCOMPARE(PulledRecords::fromServer(m_db->database(), ApiResource::Partijen, {anneke}).value(), QSet<QUuid>{anneke});

    // The ordinary local search finds it now, by BSN and by e-mail address.
    PartijSearch search(m_db->database());
    const auto found = [&](const QString &text) {
        const Result<QList<SearchHit>> hits = search.search(SearchQuery::classify(text), 10);
        return hits && hits.value().size() == 1 && hits.value().first().uuid == anneke;
    };
    QVERIFY(found(QStringLiteral("296648875")));
    QVERIFY(found(QStringLiteral("anneke@example.nl")));

    // Pulling again updates; nothing is doubled.
    QVERIFY(wait(lookUp).ok());
    QCOMPARE(Repository<Partij>(m_db->database()).count(), qint64(1));
    QCOMPARE(Repository<PartijIdentificator>(m_db->database()).count(), qint64(1));
    QCOMPARE(Repository<DigitaalAdres>(m_db->database()).count(), qint64(1));
}

void TestSyncPull::lookUpByKvkEmailAndPhone()
{
    const Result<PullReport> kvk = wait([](Puller &puller, Puller::Done done) {
        puller.lookUpPartij(LookupKind::KvkNummer, QStringLiteral("69599084"), done);
    });
    QVERIFY2(kvk.ok(), qPrintable(kvk.error().message));
    QCOMPARE(kvk.value().partijen.size(), 1);
    QCOMPARE(Repository<Partij>(m_db->database()).find(kvk.value().partijen.first())->soortPartij,
             SoortPartij::Organisatie);

    const Result<PullReport> email = wait([](Puller &puller, Puller::Done done) {
        puller.lookUpPartij(LookupKind::Email, QStringLiteral("anneke@example.nl"), done);
    });
    QVERIFY2(email.ok(), qPrintable(email.error().message));
    QCOMPARE(email.value().partijen, QList<QUuid>{anneke});

    // That phone number is a betrokkene's for one contact, not a partij's: nobody is found.
    const Result<PullReport> phone = wait([](Puller &puller, Puller::Done done) {
        puller.lookUpPartij(LookupKind::Telefoonnummer, QStringLiteral("0612345678"), done);
    });
    QVERIFY2(phone.ok(), qPrintable(phone.error().message));
    QVERIFY(phone.value().partijen.isEmpty());
    QCOMPARE(Repository<Partij>(m_db->database()).count(), qint64(2));
}

void TestSyncPull::historyBringsContactsWithoutActor()
{
    QVERIFY(wait([](Puller &puller, Puller::Done done) {
                puller.lookUpPartij(LookupKind::Bsn, QStringLiteral("296648875"), done);
            }).ok());
    const auto history = [](Puller &puller, Puller::Done done) { puller.pullHistory(anneke, done); };
    const Result<PullReport> report = wait(history);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY2(report.value().warnings.isEmpty(), qPrintable(report.value().warnings.join(QLatin1Char('\n'))));

    // The desk's telephone contact (with its actor, betrokkene and bijlage) and the web form's.
    Repository<Klantcontact> klantcontacten(m_db->database());
    QCOMPARE(klantcontacten.count(), qint64(2));
    const std::optional<Klantcontact> web = klantcontacten.find(webformContact);
    QVERIFY(web);
    QCOMPARE(web->kanaal, QStringLiteral("webformulier"));
    QCOMPARE(web->plaatsgevondenOpMicros, 1);
    QCOMPARE(Repository<Betrokkene>(m_db->database()).count(), qint64(2));
    QCOMPARE(Repository<Bijlage>(m_db->database()).count(), qint64(1));
    QCOMPARE(Repository<ActorKlantcontact>(m_db->database()).count(), qint64(1));
    QVERIFY(Repository<Actor>(m_db->database()).find(mo));

    // A contact without actor from the server is a warning for `kccctl check`, not a problem.
    const QStringList problems = IntegrityCheck::run(m_db->database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QStringList warnings = IntegrityCheck::warnings(m_db->database());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(webformContact.toString(QUuid::WithoutBraces)), qPrintable(warnings.first()));

    // Again: the same records, updated.
    QVERIFY(wait(history).ok());
    QCOMPARE(klantcontacten.count(), qint64(2));
    QCOMPARE(Repository<Betrokkene>(m_db->database()).count(), qint64(2));
    QCOMPARE(Repository<ActorKlantcontact>(m_db->database()).count(), qint64(1));
}

void TestSyncPull::pushedPartijComesBackWithoutTwin()
{
    // The desk made this partij and pushed it: the server knows it as Anneke's uuid.
    Partij own;
    own.uuid = QUuid::createUuid();
    own.soortPartij = SoortPartij::Persoon;
    own.contactnaam = Contactnaam{QStringLiteral("A"), QStringLiteral("Anneke"), QString(), QStringLiteral("Jansen")};
    {
        WriteTransaction transaction(m_db->database());
        QVERIFY(Repository<Partij>(m_db->database()).insert(own).ok());
        QVERIFY(SqlSyncStore::mapIdentity(
                    m_db->database(), ApiResource::Partijen, own.uuid,
                    {anneke, base + QStringLiteral("partijen/") + anneke.toString(QUuid::WithoutBraces)},
                    QStringLiteral("lokaal"))
                    .ok());
        QVERIFY(transaction.commit().ok());
    }
    const Result<PullReport> report = wait([](Puller &puller, Puller::Done done) {
        puller.lookUpPartij(LookupKind::Bsn, QStringLiteral("296648875"), done);
    });
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().partijen, QList<QUuid>{own.uuid});
    QCOMPARE(Repository<Partij>(m_db->database()).count(), qint64(1));

    // Its history points at the desk's own partij, not at a second one.
    const Result<PullReport> history =
        wait([&](Puller &puller, Puller::Done done) { puller.pullHistory(own.uuid, done); });
    QVERIFY2(history.ok(), qPrintable(history.error().message));
    QCOMPARE(Repository<Klantcontact>(m_db->database()).count(), qint64(2));
    int ofOwn = 0;
    QVERIFY(Repository<Betrokkene>(m_db->database())
                .forEach([&](const Betrokkene &b) { ofOwn += b.wasPartij == std::optional<QUuid>(own.uuid) ? 1 : 0; })
                .ok());
    QCOMPARE(ofOwn, 2);
}

void TestSyncPull::takenOfOurAfdelingReachTheDesk()
{
    const Result<PullReport> actoren = wait([](Puller &puller, Puller::Done done) { puller.refreshActoren(done); });
    QVERIFY2(actoren.ok(), qPrintable(actoren.error().message));
    QCOMPARE(Repository<Actor>(m_db->database()).count(), qint64(2));
    // Mo works at the desk, in Team Belastingen.
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES (?, ?)")));
    query.addBindValue(mo.toString(QUuid::WithoutBraces));
    query.addBindValue(teamBelastingen.toString(QUuid::WithoutBraces));
    QVERIFY(query.exec());

    const auto taken = [](Puller &puller, Puller::Done done) { puller.pullTaken(done); };
    const Result<PullReport> report = wait(taken);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY2(report.value().warnings.isEmpty(), qPrintable(report.value().warnings.join(QLatin1Char('\n'))));
    QCOMPARE(Repository<InterneTaak>(m_db->database()).count(), qint64(1));
    InterneTaak taak;
    QVERIFY(Repository<InterneTaak>(m_db->database()).forEach([&](const InterneTaak &t) { taak = t; }).ok());
    QCOMPARE(taak.toegewezenAanActoren, QList<QUuid>{teamBelastingen});
    QCOMPARE(taak.toegewezenOpMicros, 321);
    // Its klantcontact came along (the e-mail contact with Pieter Bakker, who is no partij).
    QVERIFY(Repository<Klantcontact>(m_db->database()).find(taak.aanleidinggevendKlantcontact));
    QVERIFY(wait(taken).ok());
    QCOMPARE(Repository<InterneTaak>(m_db->database()).count(), qint64(1));
}

// Issue 14, item 3: the GETs of a pull (the Zoeken look-up runs the same Puller over the same
// client) honour a 429's Retry-After as the push does: wait what the server asked, in seconds or
// as a date, and ask again. A wait longer than a look-up may take is not made: the answer goes back.
void TestSyncPull::lookUpWaitsWhenTheServerAsksTo()
{
    const auto lookUp = [](Puller &puller, Puller::Done done) {
        puller.lookUpPartij(LookupKind::Bsn, QStringLiteral("296648875"), done);
    };
    const auto notNow = [](const char *retryAfter) {
        return QJsonObject{{QStringLiteral("status"), 429},
                           {QStringLiteral("retryAfter"), QString::fromLatin1(retryAfter)}};
    };
    control(QJsonObject{{QStringLiteral("get_faults"), QJsonArray{notNow("1"), notNow("date+2")}}});
    QElapsedTimer timer;
    timer.start();
    const Result<PullReport> report = wait(lookUp);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().partijen, QList<QUuid>{anneke});
    QVERIFY2(timer.elapsed() >= 1800, qPrintable(QString::number(timer.elapsed()))); // 1 s, then 1-2 s
    QVERIFY(control().value(QStringLiteral("get_faults")).toArray().isEmpty());

    control(QJsonObject{{QStringLiteral("get_faults"), QJsonArray{notNow("600")}}});
    timer.restart();
    const Result<PullReport> refused = wait(lookUp);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("HTTP 429")), qPrintable(refused.error().message));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_sync_pull.moc"
