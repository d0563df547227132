// The command line logs like the werkplek (issue 15 item 5): `kccctl search` every partij it
// prints, `kccctl taken` every klant it names, `kccctl export` everyone in the export, each under
// the operating-system account; and `kccctl verwerkingen-doorsturen` exits 0 only when nothing is
// left to send (against tests/tools/verwerkingenlog_fixture.py).

#include "model/privacy/pseudoniemen.h"
#include "storage/db/writetransaction.h"
#include "storage/privacy/pseudoniemsleutel.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {

const QString osAccount = QStringLiteral("kcc-beheer");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestKccctlLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchLogsEveryPrintedPartij();
    void takenLogsEveryKlantNamed();
    void exportLogsEveryone();
    void doorsturenExitsZeroOnlyWhenNothingIsLeft();

private:
    Run kccctl(const QStringList &arguments, const QProcessEnvironment &extra = {});
    // The entries since the last call: actie name, gebruiker and the number of persons.
    QList<std::tuple<QString, QString, int>> nieuweEntries();

    TestDatabase m_db;
    ZoekFixture m_fixture;
    qint64 m_gelezen = 0;
};

void TestKccctlLogging::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QVERIFY2(QFile::exists(QStringLiteral(KCCCTL_PATH)), KCCCTL_PATH);
    const QString error = m_fixture.insert(m_db.database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

Run TestKccctlLogging::kccctl(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    environment.insert(QStringLiteral("USER"), osAccount);
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KCCCTL_PATH), QStringList{QStringLiteral("--db"), m_db.path()} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QList<std::tuple<QString, QString, int>> TestKccctlLogging::nieuweEntries()
{
    QList<std::tuple<QString, QString, int>> result;
    QSqlQuery query(m_db.database().connection());
    query.prepare(QStringLiteral("SELECT a.rij, a.actie_naam, a.gebruiker,"
                                 " (SELECT count(*) FROM verwerkt_object o WHERE o.actie = a.rij)"
                                 " FROM verwerkingsactie a WHERE a.rij > ? ORDER BY a.rij"));
    query.addBindValue(m_gelezen);
    if (!query.exec())
        return result;
    while (query.next()) {
        m_gelezen = query.value(0).toLongLong();
        result.append({query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()});
    }
    return result;
}

void TestKccctlLogging::searchLogsEveryPrintedPartij()
{
    const Run run = kccctl({QStringLiteral("search"), QStringLiteral("Vermeulen"), QStringLiteral("--limit"),
                            QStringLiteral("7"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray printed = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(printed.size(), 7);
    const auto entries = nieuweEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(std::get<0>(entries.first()), QStringLiteral("Zoeken partijen"));
    QCOMPARE(std::get<1>(entries.first()), osAccount);
    QCOMPARE(std::get<2>(entries.first()), 7);
    // Exactly the printed ones, by pseudonym.
    const Result<QByteArray> key = PseudoniemSleutel::laad(m_db.path(), false);
    QVERIFY2(key, qPrintable(key.error().message));
    const Pseudoniemen pseudoniemen(key.value());
    QSqlQuery query(m_db.database().connection());
    for (const QJsonValue &hit : printed) {
        query.prepare(QStringLiteral("SELECT count(*) FROM verwerkt_object WHERE pseudoniem = ?"
                                     " AND betrokkenheid = 'Getoond in zoekresultaat'"));
        query.addBindValue(
            pseudoniemen.partij(QUuid::fromString(hit.toObject().value(QStringLiteral("uuid")).toString())));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    // Nothing found: nothing logged.
    QCOMPARE(kccctl({QStringLiteral("search"), QStringLiteral("Qwxzyv")}).exitCode, 0);
    QCOMPARE(nieuweEntries().size(), 0);
}

void TestKccctlLogging::takenLogsEveryKlantNamed()
{
    const Run run = kccctl({QStringLiteral("taken"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray printed = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!printed.isEmpty());
    const auto entries = nieuweEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(std::get<0>(entries.first()), QStringLiteral("Tonen interne taken"));
    QCOMPARE(std::get<1>(entries.first()), osAccount);
    QVERIFY(std::get<2>(entries.first()) >= 1);
    QVERIFY(std::get<2>(entries.first()) <= printed.size());
}

void TestKccctlLogging::exportLogsEveryone()
{
    QTemporaryDir dir;
    const Run run = kccctl({QStringLiteral("export"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto entries = nieuweEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(std::get<0>(entries.first()), QStringLiteral("Exporteren partijen"));
    QCOMPARE(std::get<1>(entries.first()), osAccount);
    QCOMPARE(std::get<2>(entries.first()), int(Repository<Partij>(m_db.database()).count()));
}

void TestKccctlLogging::doorsturenExitsZeroOnlyWhenNothingIsLeft()
{
    const QString token = QStringLiteral("doorstuur-token");
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toUtf8() + '\n');
    }
    QProcess server;
    server.start(QStringLiteral("python3"),
                 {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/verwerkingenlog_fixture.py"), token});
    QVERIFY(server.waitForStarted(10000));
    QString output;
    const QRegularExpression ready(QStringLiteral("PORT (\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (!ready.match(output).hasMatch() && timer.elapsed() < 20000) {
        server.waitForReadyRead(200);
        output += QString::fromUtf8(server.readAllStandardOutput());
    }
    const QString port = ready.match(output).captured(1);
    QVERIFY2(!port.isEmpty(), qPrintable(output));

    // Not set up: nothing to send to.
    QCOMPARE(kccctl({QStringLiteral("verwerkingen-doorsturen")}).exitCode, 1);
    const Run on =
        kccctl({QStringLiteral("verwerkingen-doorsturen"), QStringLiteral("--instellen"),
                QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port), QStringLiteral("--token-bestand"), tokenFile});
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    QCOMPARE(kccctl({QStringLiteral("search"), QStringLiteral("Hoogeveen")}).exitCode, 0);
    QCOMPARE(kccctl({QStringLiteral("search"), QStringLiteral("Brandsma")}).exitCode, 0);
    const Run sent =
        kccctl({QStringLiteral("verwerkingen-doorsturen"), QStringLiteral("--wacht"), QStringLiteral("10")});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
    QVERIFY2(sent.out.contains(QStringLiteral("Waiting: 0, refused: 0")), qPrintable(sent.out));

    // The server refuses the next one: it is left (refused), so the exit code says so.
    QCOMPARE(kccctl({QStringLiteral("search"), QStringLiteral("Wolters")}).exitCode, 0);
    {
        QProcess curl;
        curl.start(QStringLiteral("python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import urllib.request;urllib.request.urlopen(urllib.request.Request("
                                   "'http://127.0.0.1:%1/_control',data=b'{\"faults\":[\"400\"]}',method='POST'))")
                        .arg(port)});
        QVERIFY(curl.waitForFinished(20000));
        QCOMPARE(curl.exitCode(), 0);
    }
    const Run refused =
        kccctl({QStringLiteral("verwerkingen-doorsturen"), QStringLiteral("--wacht"), QStringLiteral("5")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(QStringLiteral("Waiting: 0, refused: 1")), qPrintable(refused.out));
    server.closeWriteChannel();
    server.kill();
    server.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestKccctlLogging)
#include "tst_kccctl_logging.moc"
