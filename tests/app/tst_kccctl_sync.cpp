// `kccctl sync push|pull|status` and the server look-up of `kccctl search`: the built programs
// (kccctl runs kcc-sync) against the stateful Open Klant fixture on loopback, on SQLite.
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/partij.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"
#include "tests/sync/loopbackprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Partij partij(const QString &nummer, const QString &achternaam)
{
    Partij p;
    p.uuid = QUuid::createUuid();
    p.nummer = nummer;
    p.soortPartij = SoortPartij::Persoon;
    p.contactnaam = Contactnaam{QStringLiteral("P"), QStringLiteral("Petra"), QString(), achternaam};
    return p;
}

} // namespace

class TestKccctlSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notSetUpIsRefused();
    void tokenFileMustBeTheOwnersOnly();
    void pushAllSendsEverythingAndStatusTellsRefusals();
    void pullBringsActorenAndOurTaken();
    void searchLooksUpWhatIsNotKnownHere();

private:
    Run kccctl(const QStringList &arguments, bool configured = false);
    QStringList server() const;
    QJsonObject control(const QJsonObject &post = {});
    QJsonArray stored(const QString &resource)
    {
        return control().value(QStringLiteral("stored")).toObject().value(resource).toArray();
    }

    std::unique_ptr<LoopbackProcess> m_server;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_tokenFile;
};

void TestKccctlSync::init()
{
    QVERIFY2(QFile::exists(QStringLiteral(KCCCTL_PATH)), KCCCTL_PATH);
    m_server = std::make_unique<LoopbackProcess>();
    QVERIFY2(m_server->start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/openklant_fixture.py"), token},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_server->output()));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_tokenFile = m_dir.filePath(QStringLiteral("token"));
    QFile file(m_tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token.toUtf8() + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestKccctlSync::cleanup()
{
    m_server.reset();
    m_db.reset();
}

QStringList TestKccctlSync::server() const
{
    return {QStringLiteral("--base-url"),
            QStringLiteral("http://127.0.0.1:%1/klantinteracties/api/v1").arg(m_server->port()),
            QStringLiteral("--token-file"), m_tokenFile};
}

Run TestKccctlSync::kccctl(const QStringList &arguments, bool configured)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    environment.insert(QStringLiteral("KCC_SYNC_BACKOFF_MS"), QStringLiteral("20"));
    environment.remove(QStringLiteral("KCC_SYNC_BASE_URL"));
    environment.remove(QStringLiteral("KCC_SYNC_TOKEN_FILE"));
    if (configured) {
        environment.insert(QStringLiteral("KCC_SYNC_BASE_URL"), server().at(1));
        environment.insert(QStringLiteral("KCC_SYNC_TOKEN_FILE"), m_tokenFile);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KCCCTL_PATH), QStringList{QStringLiteral("--db"), m_db->path()} + arguments);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonObject TestKccctlSync::control(const QJsonObject &post)
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

void TestKccctlSync::notSetUpIsRefused()
{
    const Run run = kccctl({QStringLiteral("sync"), QStringLiteral("pull")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--base-url")), qPrintable(run.err));
    const Run bad = kccctl({QStringLiteral("sync"), QStringLiteral("sideways")});
    QCOMPARE(bad.exitCode, 2);
}

void TestKccctlSync::tokenFileMustBeTheOwnersOnly()
{
    QVERIFY(QFile::setPermissions(m_tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const Run run = kccctl(QStringList{QStringLiteral("sync"), QStringLiteral("pull")} + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("chmod 600")), qPrintable(run.err));
    QCOMPARE(control().value(QStringLiteral("posts")).toInt(), 0);
}

void TestKccctlSync::pushAllSendsEverythingAndStatusTellsRefusals()
{
    {
        WriteTransaction transaction(m_db->database());
        QVERIFY(Repository<Partij>(m_db->database()).insert(partij(QStringLiteral("1000001"), QStringLiteral("Smit"))));
        QVERIFY(transaction.commit().ok());
    }
    const Run push =
        kccctl(QStringList{QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--all")} + server());
    QVERIFY2(push.exitCode == 0, qPrintable(push.out + push.err));
    QVERIFY2(push.out.contains(QStringLiteral("Queued ")), qPrintable(push.out));
    QCOMPARE(stored(QStringLiteral("partijen")).size(), 1);
    // Nothing new: nothing queued, nothing sent twice.
    const Run again =
        kccctl(QStringList{QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--all")} + server());
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("Queued 0 record(s)")), qPrintable(again.out));
    QCOMPARE(stored(QStringLiteral("partijen")).size(), 1);

    // The server refuses the next one: push exits 1, status gives the reason field by field.
    {
        WriteTransaction transaction(m_db->database());
        QVERIFY(Repository<Partij>(m_db->database()).insert(partij(QStringLiteral("1000002"), QStringLiteral("Bos"))));
        QVERIFY(transaction.commit().ok());
    }
    control(QJsonObject{{QStringLiteral("faults"), QJsonArray{QStringLiteral("400")}}});
    const Run refused =
        kccctl(QStringList{QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--all")} + server());
    QCOMPARE(refused.exitCode, 1);
    const Run status = kccctl({QStringLiteral("sync"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral("Waiting: 0, refused: 1, sent: 1.")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("Refused: partijen ")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("  kanaal: Ongeldig kanaal.")), qPrintable(status.out));
}

void TestKccctlSync::pullBringsActorenAndOurTaken()
{
    control(QJsonObject{{QStringLiteral("load"), QStringLiteral(KCC_TEST_DATA_DIR "/openklant/server")}});
    const Run first = kccctl(QStringList{QStringLiteral("sync"), QStringLiteral("pull")} + server());
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains(QStringLiteral("Pulled: 2 record(s)")), qPrintable(first.out));
    QCOMPARE(Repository<Actor>(m_db->database()).count(), qint64(2));
    QCOMPARE(Repository<InterneTaak>(m_db->database()).count(), qint64(0));

    // Mo works at this desk, in Team Belastingen: the team's open taak comes along next time.
    QSqlQuery query(m_db->database().connection());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO afdeling_lid (medewerker, afdeling) VALUES "
                                  "('9a1b2c3d-7c1e-4b2a-9d3f-000000000001', '9a1b2c3d-7c1e-4b2a-9d3f-000000000002')")));
    const Run second = kccctl(QStringList{QStringLiteral("sync"), QStringLiteral("pull")} + server());
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QCOMPARE(Repository<InterneTaak>(m_db->database()).count(), qint64(1));
    const Run taken = kccctl({QStringLiteral("taken"), QStringLiteral("--afdeling"), QStringLiteral("Team Belastingen"),
                              QStringLiteral("--json")});
    QCOMPARE(taken.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(taken.out.toUtf8()).array().size(), 1);
}

void TestKccctlSync::searchLooksUpWhatIsNotKnownHere()
{
    control(QJsonObject{{QStringLiteral("load"), QStringLiteral(KCC_TEST_DATA_DIR "/openklant/server")}});
    // Without sync configured, nothing is asked of the server.
    const Run local = kccctl({QStringLiteral("search"), QStringLiteral("296648875")});
    QCOMPARE(local.exitCode, 0);
    QVERIFY2(local.out.contains(QStringLiteral("No partij found.")), qPrintable(local.out));

    const Run found = kccctl({QStringLiteral("search"), QStringLiteral("296648875")}, true);
    QVERIFY2(found.exitCode == 0, qPrintable(found.out + found.err));
    QVERIFY2(found.out.contains(QStringLiteral("Vries")) && found.out.contains(QStringLiteral("Open Klant")),
             qPrintable(found.out));
    // From now on it is found here, marked as coming from Open Klant, and the read is logged.
    const Run json = kccctl({QStringLiteral("search"), QStringLiteral("anneke@example.nl"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(QStringLiteral("uitOpenKlant")).toBool(), true);
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM verwerkingsactie")) && query.next());
    QVERIFY(query.value(0).toInt() >= 2);
}

QTEST_GUILESS_MAIN(TestKccctlSync)
#include "tst_kccctl_sync.moc"
