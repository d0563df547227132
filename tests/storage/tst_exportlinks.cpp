// Issue 11, finding 3: `kccctl export DIR` followed symbolic links planted in DIR and overwrote
// their targets (QSaveFile resolves a link and replaces the file it points to). The export now
// writes only regular files of its own into a folder nobody else can change.

#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/exchange/exporter.h"
#include "tests/support/storagefixture.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestExportLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plantedLinkIsRefusedAndItsTargetUntouched();
    void danglingLinkIsRefusedAndNothingCreated();
    void otherNonRegularFileIsRefused();
    void folderOthersCanChangeIsRefused();
    void kccctlRefusesWithOneClearMessage();

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_elsewhere; // the victim's files, outside the export folder
};

void TestExportLinks::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(test::StorageFixture::full().insertAll(m_db->database()).ok());
}

void TestExportLinks::cleanup()
{
    m_db.reset();
}

void TestExportLinks::plantedLinkIsRefusedAndItsTargetUntouched()
{
    QTemporaryDir out;
    const QString victim = m_elsewhere.filePath(QStringLiteral("bashrc"));
    QVERIFY(writeFile(victim, "alias ls='ls --color'\n"));
    const QString link = out.filePath(QStringLiteral("klantcontacten.json"));
    QVERIFY(QFile::link(victim, link));

    const Result<ExportReport> report = Exporter(m_db->database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(link), qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QStringLiteral("link")), qPrintable(report.error().message));
    QCOMPARE(contentOf(victim), QByteArray("alias ls='ls --color'\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    // Nothing else was written either: the folder holds only the planted link.
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("klantcontacten.json")});
    QCOMPARE(QDir(m_elsewhere.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bashrc")});
}

void TestExportLinks::danglingLinkIsRefusedAndNothingCreated()
{
    QTemporaryDir out;
    const QString target = m_elsewhere.filePath(QStringLiteral("nieuw-bestand"));
    QVERIFY(QFile::link(target, out.filePath(QStringLiteral("partijen.json"))));
    const Result<ExportReport> report = Exporter(m_db->database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("partijen.json")), qPrintable(report.error().message));
    QVERIFY(!QFileInfo::exists(target));
}

void TestExportLinks::otherNonRegularFileIsRefused()
{
    QTemporaryDir out;
    const QString fifo = out.filePath(QStringLiteral("actoren.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Result<ExportReport> report = Exporter(m_db->database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(fifo), qPrintable(report.error().message));
}

void TestExportLinks::folderOthersCanChangeIsRefused()
{
    // In a folder others can write to, a link could appear between any check and the writes.
    QTemporaryDir out;
    QVERIFY(::chmod(QFile::encodeName(out.path()).constData(), 01777) == 0);
    const Result<ExportReport> report = Exporter(m_db->database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(out.path()), qPrintable(report.error().message));
    QVERIFY(QDir(out.path()).isEmpty());
    // The same folder made private again is fine.
    QVERIFY(::chmod(QFile::encodeName(out.path()).constData(), 0700) == 0);
    const Result<ExportReport> again = Exporter(m_db->database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
}

void TestExportLinks::kccctlRefusesWithOneClearMessage()
{
    QTemporaryDir out;
    const QString victim = m_elsewhere.filePath(QStringLiteral("rapport.txt"));
    QVERIFY(writeFile(victim, "origineel\n"));
    QVERIFY(QFile::link(victim, out.filePath(QStringLiteral("internetaken.json"))));
    const QString path = m_db->path();
    m_db.reset();

    QProcess kccctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    kccctl.setProcessEnvironment(environment);
    kccctl.start(QStringLiteral(KCCCTL_PATH), {QStringLiteral("--db"), path, QStringLiteral("export"), out.path()});
    QVERIFY(kccctl.waitForFinished(60000));
    QCOMPARE(kccctl.exitStatus(), QProcess::NormalExit);
    QVERIFY(kccctl.exitCode() != 0);
    const QString errors = QString::fromUtf8(kccctl.readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("internetaken.json")) && errors.contains(QStringLiteral("link")),
             qPrintable(errors));
    QCOMPARE(errors.count(QStringLiteral("internetaken.json")), 1);
    QCOMPARE(contentOf(victim), QByteArray("origineel\n"));
}

QTEST_GUILESS_MAIN(TestExportLinks)
#include "tst_exportlinks.moc"
