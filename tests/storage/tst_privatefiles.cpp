// Issue 11, finding 1: files with personal data were created 0644 in 0755 folders under the usual
// umask 022, so every local user could copy the database and read every BSN. Everything here runs
// under umask 022 and checks the modes on disk.

#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/db/migrations.h"
#include "storage/db/privatefiles.h"
#include "storage/exchange/exporter.h"
#include "tests/support/storagefixture.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

// The permission bits of `path` itself (not of a link's target); -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

#define COMPARE_MODE(path, expected)                                                                                   \
    QVERIFY2(                                                                                                          \
        modeOf(path) == (expected),                                                                                    \
        qPrintable(QStringLiteral("%1 has mode %2, expected %3").arg(path, octal(modeOf(path)), octal(expected))))

bool writeSomething(Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("INSERT INTO actor (uuid, naam, soort_actor, indicatie_actief, "
                                     "heeft_actor_identificatie) VALUES ('00000000-0000-4000-8000-000000000001', "
                                     "'Ðorđević', 'medewerker', 1, 0)"));
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newDatabaseWalAndShmAreOwnerOnly();
    void existingSharedDatabaseIsTightenedOnOpen();
    void foreignFileIsReportedNotIgnored();
    void migrationBackupIsOwnerOnly();
    void exportFilesAndFolderAreOwnerOnly();
    void exportOverSharedFilesMakesThemOwnerOnly();

private:
    mode_t m_umask = 0;
};

void TestPrivateFiles::initTestCase()
{
    m_umask = ::umask(022);
}

void TestPrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestPrivateFiles::newDatabaseWalAndShmAreOwnerOnly()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("kcc-werkplek/data"));
    const QString path = folder + QStringLiteral("/kcc.sqlite");
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY(opened.value()->warnings().isEmpty());
    QVERIFY(writeSomething(*opened.value()));

    COMPARE_MODE(dir.filePath(QStringLiteral("kcc-werkplek")), 0700);
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(path, 0600);
    COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
    COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
}

void TestPrivateFiles::existingSharedDatabaseIsTightenedOnOpen()
{
    // As an earlier version left it: the file, its WAL and shared memory readable by everyone.
    TestDatabase first;
    QVERIFY2(first.isValid(), qPrintable(first.error()));
    QVERIFY(writeSomething(first.database()));
    const QString path = first.path();
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);

    auto second = Database::open(path);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY2(second.value()->warnings().isEmpty(), qPrintable(second.value()->warnings().join(QLatin1Char('\n'))));
    COMPARE_MODE(path, 0600);
    COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
    COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
}

void TestPrivateFiles::foreignFileIsReportedNotIgnored()
{
    // Not ours to change (here: a link, which restrict never follows): the caller hears why.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("doel"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(target, link));
    const Result<> restricted = PrivateFiles::restrict(link);
    QVERIFY(!restricted.ok());
    QVERIFY2(restricted.error().message.contains(link), qPrintable(restricted.error().message));
    COMPARE_MODE(target, 0644);
    // A regular file of our own is tightened, keeping the owner's bits.
    QVERIFY(PrivateFiles::restrict(target).ok());
    COMPARE_MODE(target, 0600);
}

void TestPrivateFiles::migrationBackupIsOwnerOnly()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(writeSomething(db.database()));
    // Even when the database itself has become readable for others since it was opened.
    QVERIFY(::chmod(QFile::encodeName(db.path()).constData(), 0644) == 0);
    QList<MigrationStep> steps = Migrations::steps();
    const int current = Database::currentSchemaVersion();
    steps.append({current, [](QSqlDatabase &) -> Result<> { return {}; }});
    QSqlDatabase connection = db->connection();
    const Result<> migrated = Migrations::migrate(connection, db.path(), current, steps);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    const QStringList backups = QDir(db.directory()).entryList({QStringLiteral("test.sqlite.backup-*")});
    QCOMPARE(backups.size(), 1);
    COMPARE_MODE(QDir(db.directory()).filePath(backups.first()), 0600);
}

void TestPrivateFiles::exportFilesAndFolderAreOwnerOnly()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(test::StorageFixture::full().insertAll(db.database()).ok());
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("export/vandaag"));
    const Result<ExportReport> report = Exporter(db.database(), ApiJson::defaultBaseUrl()).exportTo(folder);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    COMPARE_MODE(out.filePath(QStringLiteral("export")), 0700);
    COMPARE_MODE(folder, 0700);
    for (const QString &name : Exporter::exportFileNames())
        COMPARE_MODE(folder + QLatin1Char('/') + name, 0600);
}

void TestPrivateFiles::exportOverSharedFilesMakesThemOwnerOnly()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QTemporaryDir out;
    // QSaveFile keeps the mode of a file it replaces: an old 0644 export must not stay readable.
    for (const QString &name : Exporter::exportFileNames()) {
        QFile old(out.filePath(name));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[]\n");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(old.fileName()).constData(), 0644) == 0);
    }
    const Result<ExportReport> report = Exporter(db.database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    for (const QString &name : Exporter::exportFileNames())
        COMPARE_MODE(out.filePath(name), 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
