// Issue 11, findings 4 and 5: import read anything in full (a link to /dev/zero grew memory until
// abort, /dev/urandom ran forever, a FIFO blocked), accepted a folder without dump files, never
// named a missing file, let a lone UTF-16 surrogate or NUL into the database, and kccctl printed
// every refusal twice, the second copy without a limit. Special files go through the real kccctl
// (QProcess with a time bound), so a regression fails the test instead of hanging it.

#include "model/klantinteracties/klantcontact.h"
#include "storage/db/integritycheck.h"
#include "storage/exchange/exporter.h"
#include "storage/exchange/importer.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

const QString validDump = QStringLiteral(KCC_TEST_DATA_DIR "/openklant/valid");

// A writable copy of the valid Open Klant dump.
bool copyValidDump(const QString &target)
{
    const QDir source(validDump);
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(target).filePath(name)))
            return false;
        QFile::setPermissions(QDir(target).filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    qint64 milliseconds = 0;
};

// kccctl with its address space limited to `kibibytes` (bash's ulimit -v), killed after 60 s.
Run runLimited(qint64 kibibytes, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/bash"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -v %1 && exec \"$0\" \"$@\"").arg(kibibytes),
                              QStringLiteral(KCCCTL_PATH)} +
                      arguments);
    Run run;
    run.finished = process.waitForFinished(60000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// kccctl import into a fresh database, killed after `limitMs`.
Run runImport(const QString &databasePath, const QString &directory, int limitMs = 20000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KCCCTL_PATH),
                  {QStringLiteral("--db"), databasePath, QStringLiteral("import"), directory});
    Run run;
    run.finished = process.waitForFinished(limitMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.milliseconds = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int countRows(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestImportRefusals : public QObject
{
    Q_OBJECT

private slots:
    void validDumpImports();
    void specialFileIsRefusedAtOnce_data();
    void specialFileIsRefusedAtOnce();
    void oversizedFileIsRefused();
    void folderWithoutDumpFilesIsRefused();
    void klantcontactenWithoutActorFileAreRefused();
    void klantcontactWithoutActorIsKeptAsTheServers();
    void klantcontactenWithoutBetrokkenenAreRefused();
    void taakWithoutActorIsRefused();
    void missingAndExtraFilesAreNamed();
    void invalidTextIsRefusedAtTheField_data();
    void invalidTextIsRefusedAtTheField();
    void validSurrogatePairIsKept();
    void kccctlPrintsRefusalsOnceAndBounded();
    void outOfMemoryIsAClearMessageAtEveryLimit();
};

void TestImportRefusals::validDumpImports()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(validDump);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report.value().total() > 0);
    QCOMPARE(IntegrityCheck::run(db.database()), QStringList());
}

void TestImportRefusals::specialFileIsRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("link to /dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("link to /dev/urandom") << QStringLiteral("/dev/urandom");
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("directory") << QStringLiteral("directory");
}

void TestImportRefusals::specialFileIsRefusedAtOnce()
{
    QFETCH(QString, kind);
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    const QString target = dump.filePath(QStringLiteral("klantcontacten.json"));
    QVERIFY(QFile::remove(target));
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    else if (kind == QLatin1String("directory"))
        QVERIFY(QDir().mkdir(target));
    else
        QVERIFY(QFile::link(kind, target));

    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    db.close();
    const Run run = runImport(db.path(), dump.path());
    QVERIFY2(run.finished, "kccctl import did not finish within 20 s");
    QVERIFY2(run.milliseconds < 10000, qPrintable(QString::number(run.milliseconds)));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("klantcontacten.json")) &&
                 run.err.contains(QStringLiteral("not a regular file")),
             qPrintable(run.err));
    QVERIFY(db.reopen());
    QCOMPARE(countRows(db.database(), QStringLiteral("partij")), 0);
}

void TestImportRefusals::oversizedFileIsRefused()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    // A sparse file: the size says it is too big before a byte is read.
    QFile big(dump.filePath(QStringLiteral("bijlagen.json")));
    QVERIFY(big.resize(Importer::maxFileBytes + 1));

    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QElapsedTimer timer;
    timer.start();
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY(!report.ok());
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(report.error().message.contains(QStringLiteral("bijlagen.json")) &&
                 report.error().message.contains(QString::number(Importer::maxFileBytes / (1024 * 1024))),
             qPrintable(report.error().message));
}

void TestImportRefusals::folderWithoutDumpFilesIsRefused()
{
    QTemporaryDir folder;
    QVERIFY(writeAll(folder.filePath(QStringLiteral("passwd")), "root:x:0:0\n"));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(folder.path());
    QVERIFY(!report.ok());
    for (const QString &name : Exporter::exportFileNames())
        QVERIFY2(report.error().message.contains(name), qPrintable(report.error().message));
}

void TestImportRefusals::klantcontactenWithoutActorFileAreRefused()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    QVERIFY(QFile::remove(dump.filePath(QStringLiteral("actorklantcontacten.json"))));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("actorklantcontacten.json")) &&
                 report.error().message.contains(QStringLiteral("missing")),
             qPrintable(report.error().message));
    QCOMPARE(countRows(db.database(), QStringLiteral("klantcontact")), 0);
}

void TestImportRefusals::klantcontactWithoutActorIsKeptAsTheServers()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    const QString path = dump.filePath(QStringLiteral("actorklantcontacten.json"));
    QJsonArray links = QJsonDocument::fromJson(readAll(path)).array();
    QVERIFY(!links.isEmpty());
    // Drop every link of the first linked klantcontact.
    const QString orphan = links.at(0)
                               .toObject()
                               .value(QStringLiteral("klantcontact"))
                               .toObject()
                               .value(QStringLiteral("uuid"))
                               .toString();
    QVERIFY(!orphan.isEmpty());
    QJsonArray kept;
    for (const QJsonValue &link : std::as_const(links)) {
        if (link.toObject().value(QStringLiteral("klantcontact")).toObject().value(QStringLiteral("uuid")).toString() !=
            orphan)
            kept.append(link);
    }
    QVERIFY(writeAll(path, QJsonDocument(kept).toJson()));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    // Issue 14, item 4: Open Klant holds contacts other systems made without any actor. Such a
    // klantcontact is imported (no longer refused) and kept as the server's record, so that
    // `kccctl check` reports it as a warning rather than a problem.
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY2(report.value().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("without any actor")),
             qPrintable(report.value().warnings.join(QLatin1Char('\n'))));
    QVERIFY(Repository<kcc::Klantcontact>(db.database()).find(QUuid::fromString(orphan)));
    const QStringList problems = IntegrityCheck::run(db.database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QStringList warnings = IntegrityCheck::warnings(db.database());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(orphan), qPrintable(warnings.first()));
}

void TestImportRefusals::klantcontactenWithoutBetrokkenenAreRefused()
{
    // Found by tst_importfuzz: IntegrityCheck says every klantcontact needs a betrokkene.
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    QVERIFY(QFile::remove(dump.filePath(QStringLiteral("betrokkenen.json"))));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("betrokkenen.json")) &&
                 report.error().message.contains(QStringLiteral("missing")),
             qPrintable(report.error().message));

    // With the file but without the betrokkene of one klantcontact: that klantcontact is named.
    QVERIFY(QFile::copy(validDump + QStringLiteral("/betrokkenen.json"),
                        dump.filePath(QStringLiteral("betrokkenen.json"))));
    QFile::setPermissions(dump.filePath(QStringLiteral("betrokkenen.json")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonArray betrokkenen =
        QJsonDocument::fromJson(readAll(dump.filePath(QStringLiteral("betrokkenen.json")))).array();
    const QString orphan = betrokkenen.at(0)
                               .toObject()
                               .value(QStringLiteral("hadKlantcontact"))
                               .toObject()
                               .value(QStringLiteral("uuid"))
                               .toString();
    QVERIFY(!orphan.isEmpty());
    QJsonArray kept;
    for (const QJsonValue &betrokkene : std::as_const(betrokkenen)) {
        if (betrokkene.toObject()
                .value(QStringLiteral("hadKlantcontact"))
                .toObject()
                .value(QStringLiteral("uuid"))
                .toString() != orphan)
            kept.append(betrokkene);
    }
    QVERIFY(writeAll(dump.filePath(QStringLiteral("betrokkenen.json")), QJsonDocument(kept).toJson()));
    const Result<ImportReport> again = Importer(db.database()).importFrom(dump.path());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(orphan + QStringLiteral(" has no betrokkene")),
             qPrintable(again.error().message));
}

void TestImportRefusals::taakWithoutActorIsRefused()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    const QString path = dump.filePath(QStringLiteral("internetaken.json"));
    QJsonArray taken = QJsonDocument::fromJson(readAll(path)).array();
    QVERIFY(!taken.isEmpty());
    QJsonObject taak = taken.at(0).toObject();
    taak.insert(QStringLiteral("toegewezenAanActoren"), QJsonArray());
    taken.replace(0, taak);
    QVERIFY(writeAll(path, QJsonDocument(taken).toJson()));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("internetaken.json[0].toegewezenAanActoren")),
             qPrintable(report.error().message));
}

void TestImportRefusals::missingAndExtraFilesAreNamed()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    QVERIFY(QFile::remove(dump.filePath(QStringLiteral("bijlagen.json"))));
    QVERIFY(writeAll(dump.filePath(QStringLiteral("notities.json")), "[]"));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const QString warnings = report.value().warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("bijlagen.json")) && warnings.contains(QStringLiteral("missing")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("notities.json")), qPrintable(warnings));
    // The nested identificatoren stand in for partij-identificatoren.json: no warning for that one.
    QVERIFY2(!warnings.contains(QStringLiteral("partij-identificatoren.json")), qPrintable(warnings));

    // kccctl shows the warnings too.
    TestDatabase second;
    QVERIFY2(second.isValid(), qPrintable(second.error()));
    second.close();
    const Run run = runImport(second.path(), dump.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("notities.json")), qPrintable(run.err));
}

void TestImportRefusals::invalidTextIsRefusedAtTheField_data()
{
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lone low surrogate") << QByteArray(R"("Jong\udc00b")") << QStringLiteral("surrogate");
    QTest::newRow("lone high surrogate") << QByteArray(R"("Jong\ud800b")") << QStringLiteral("surrogate");
    QTest::newRow("high then high") << QByteArray(R"("\ud800\ud800")") << QStringLiteral("surrogate");
    QTest::newRow("high at the end") << QByteArray(R"("Jong\uD83D")") << QStringLiteral("surrogate");
    QTest::newRow("escaped NUL") << QByteArray(R"("Jong\u0000b")") << QStringLiteral("NUL");
    QTest::newRow("raw NUL") << QByteArray("\"Jong\0b\"", 8) << QStringLiteral("NUL");
    QTest::newRow("escaped FFFE") << QByteArray(R"("Jong\ufffe")") << QStringLiteral("noncharacter");
    QTest::newRow("escaped FDD0") << QByteArray(R"("Jong\uFDD0")") << QStringLiteral("noncharacter");
    QTest::newRow("raw FFFF") << QByteArray("\"Jong\xEF\xBF\xBF\"") << QStringLiteral("noncharacter");
    QTest::newRow("pair to U+1FFFF") << QByteArray(R"("\ud83f\udfff")") << QStringLiteral("noncharacter");
    QTest::newRow("invalid UTF-8") << QByteArray("\"Jong\xC3\x28\"") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("\"Jong\xED\xA0\x80\"") << QStringLiteral("UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xC0\xAF\"") << QStringLiteral("UTF-8");
    QTest::newRow("truncated UTF-8") << QByteArray("\"Jong\xE2\x82\"") << QStringLiteral("UTF-8");
}

void TestImportRefusals::invalidTextIsRefusedAtTheField()
{
    QFETCH(QByteArray, replacement);
    QFETCH(QString, expected);
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    const QString path = dump.filePath(QStringLiteral("partijen.json"));
    QByteArray bytes = readAll(path);
    // Which element holds the name, to check that the message points at it.
    const QJsonArray partijen = QJsonDocument::fromJson(bytes).array();
    qsizetype index = -1;
    for (qsizetype i = 0; i < partijen.size() && index < 0; ++i) {
        if (QJsonDocument(partijen.at(i).toObject()).toJson().contains("\"Anneke\""))
            index = i;
    }
    QVERIFY(index >= 0);
    QVERIFY(bytes.count("\"Anneke\"") == 1);
    bytes.replace("\"Anneke\"", replacement);
    QVERIFY(writeAll(path, bytes));

    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY(!report.ok());
    const QString message = report.error().message;
    QVERIFY2(message.contains(QStringLiteral("partijen.json[%1].").arg(index)) &&
                 message.contains(QStringLiteral("voornaam")) && message.contains(expected),
             qPrintable(message));
    QCOMPARE(countRows(db.database(), QStringLiteral("partij")), 0);
}

void TestImportRefusals::validSurrogatePairIsKept()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    const QString path = dump.filePath(QStringLiteral("partijen.json"));
    QByteArray bytes = readAll(path);
    bytes.replace("\"Anneke\"", R"("Anneke \ud83d\ude00")");
    QVERIFY(writeAll(path, bytes));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(dump.path());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM partij WHERE contactnaam_voornaam = 'Anneke \U0001F600'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestImportRefusals::kccctlPrintsRefusalsOnceAndBounded()
{
    QTemporaryDir dump;
    QVERIFY(copyValidDump(dump.path()));
    // 120 elements that are not objects: 120 problems.
    QJsonArray notObjects;
    for (int i = 0; i < 120; ++i)
        notObjects.append(i);
    QVERIFY(writeAll(dump.filePath(QStringLiteral("bijlagen.json")), QJsonDocument(notObjects).toJson()));
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    db.close();
    const Run run = runImport(db.path(), dump.path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QStringLiteral("bijlagen.json[7]:")), 1);
    QVERIFY2(!run.err.contains(QStringLiteral("bijlagen.json[100]")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("70 more")), qPrintable(run.err));
    QVERIFY(run.err.count(QLatin1Char('\n')) <= Importer::maxReportedProblems + 5);
}

// Finding 4: "short of memory, [import] aborts without a word". Under every address-space limit from
// the smallest at which kccctl starts up to one at which the import succeeds, the import either
// succeeds or says plainly that memory ran out — never an abort — and leaves nothing behind.
void TestImportRefusals::outOfMemoryIsAClearMessageAtEveryLimit()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString source = work.filePath(QStringLiteral("source.sqlite"));
    const QString dump = work.filePath(QStringLiteral("dump"));
    QVERIFY(QDir().mkdir(dump, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const qint64 unlimited = 64LL * 1024 * 1024;
    Run made = runLimited(unlimited, {QStringLiteral("--db"), source, QStringLiteral("demo"),
                                      QStringLiteral("--partijen"), QStringLiteral("3000")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    made = runLimited(unlimited, {QStringLiteral("--db"), source, QStringLiteral("export"), dump});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    db.close();
    const qint64 step = 8 * 1024;
    qint64 limit = 32 * 1024;
    while (runLimited(limit, {QStringLiteral("--db"), db.path(), QStringLiteral("check")}).exitCode != 0) {
        limit += step;
        QVERIFY2(limit < 1024 * 1024, "kccctl does not even start with 1 GiB of address space");
    }
    int refused = 0;
    for (;; limit += step) {
        QVERIFY2(limit < 4 * 1024 * 1024, "the import did not succeed with 4 GiB of address space");
        const Run run = runLimited(limit, {QStringLiteral("--db"), db.path(), QStringLiteral("import"), dump});
        QVERIFY2(run.finished, qPrintable(QStringLiteral("import under %1 KiB did not finish").arg(limit)));
        QVERIFY2(
            run.exitCode == 0 || run.exitCode == 1,
            qPrintable(
                QStringLiteral("import under %1 KiB ended with %2: %3").arg(limit).arg(run.exitCode).arg(run.err)));
        if (run.exitCode == 0)
            break;
        ++refused;
        QVERIFY2(run.err.contains(QStringLiteral("not enough memory")) ||
                     run.err.contains(QStringLiteral("out of memory")),
                 qPrintable(run.err));
        QVERIFY2(run.err.count(QLatin1Char('\n')) <= 2, qPrintable(run.err)); // one message, not one per file
        QVERIFY(db.reopen());
        QCOMPARE(countRows(db.database(), QStringLiteral("partij")), 0);
        db.close();
    }
    QVERIFY(db.reopen());
    QCOMPARE(countRows(db.database(), QStringLiteral("partij")), 3000);
    qInfo("import of 3,000 partijen refused cleanly under %d limits, succeeded with %lld KiB", refused, limit);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestImportRefusals)
#include "tst_importrefusals.moc"
