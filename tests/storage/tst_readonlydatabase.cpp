// Issue 11, finding 8: a database file this user may read but not write (another owner, a
// read-only file or folder) made even `kccctl check` and `export` fail, with a message about
// something else ("attempt to write a readonly database" while reading the version). Reading
// commands now open it read-only, and everything that would write says plainly why it cannot.
//
// The real case needs a second user: as root the test runs kccctl as "nobody" on a database that
// root owns; as anyone else those tests are skipped and the in-process ones still run.

#include "storage/db/database.h"
#include "storage/db/migrations.h"
#include "storage/db/writetransaction.h"
#include "storage/search/searchfunctions.h"
#include "tests/support/storagefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kcc;
using namespace kcc::storage;

namespace {

constexpr uid_t nobodyId = 65534;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// kccctl as the unprivileged user "nobody" (the test itself runs as root).
Run kccctlAsNobody(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    environment.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobodyId) != 0 || ::setuid(nobodyId) != 0)
            ::_exit(126);
    });
    process.start(QStringLiteral(KCCCTL_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList entriesOf(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

class TestReadOnlyDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readOnlyAccessRefusesEveryWrite();
    void readingCommandsWorkForAnotherUser();
    void writingCommandsSayWhyForAnotherUser();
    void upgradeNeededButNotWritableIsRefusedPlainly();
    void pendingWalWithItsShmIsRead();
    void pendingWalWithoutShmIsNamed();

private:
    // A folder only root may write, readable for everyone, holding `kcc.sqlite`.
    bool makeDatabase();
    bool shareForReading();
    QString folder() const { return m_dir->filePath(QStringLiteral("db")); }
    QString databasePath() const { return folder() + QStringLiteral("/kcc.sqlite"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReadOnlyDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReadOnlyDatabase::cleanup()
{
    m_dir.reset();
}

bool TestReadOnlyDatabase::makeDatabase()
{
    auto opened = Database::open(databasePath());
    if (!opened)
        return false;
    return test::StorageFixture::full().insertAll(*opened.value()).ok();
}

bool TestReadOnlyDatabase::shareForReading()
{
    bool ok = setMode(m_dir->path(), 0755) && setMode(folder(), 0755);
    for (const QString &name : entriesOf(folder()))
        ok = ok && setMode(folder() + QLatin1Char('/') + name, 0644);
    return ok;
}

void TestReadOnlyDatabase::readOnlyAccessRefusesEveryWrite()
{
    QVERIFY(makeDatabase());
    auto opened = Database::open(databasePath(), Database::Migration::Apply, Database::Access::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database &database = *opened.value();
    QVERIFY(database.isReadOnly());
    QCOMPARE(database.schemaVersion(), Database::currentSchemaVersion());

    WriteTransaction transaction(database);
    QVERIFY(!transaction.isActive());
    QVERIFY2(transaction.error().message.contains(QStringLiteral("reading only")) &&
                 transaction.error().message.contains(databasePath()),
             qPrintable(transaction.error().message));
    QVERIFY(!transaction.commit().ok());

    // Below the transaction too, SQLite itself refuses.
    QSqlQuery query(database.connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM partij")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM partij")) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
}

void TestReadOnlyDatabase::readingCommandsWorkForAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("Reading as a second user needs root to switch users.");
    QVERIFY(makeDatabase());
    // What SQLite leaves after the last close of a WAL database: the file alone, still in WAL mode.
    QCOMPARE(entriesOf(folder()), QStringList{QStringLiteral("kcc.sqlite")});
    QVERIFY(shareForReading());
    const QByteArray before = fileHash(databasePath());

    const Run check = kccctlAsNobody({QStringLiteral("--db"), databasePath(), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("no problems found")), qPrintable(check.out));
    QVERIFY2(check.err.contains(QStringLiteral("reading only")) && check.err.contains(QStringLiteral("not writable")),
             qPrintable(check.err));
    QCOMPARE(check.err.count(QStringLiteral("reading only")), 1);

    // Issue 15: a command that shows a person's data writes the verwerkingenlog first, and this user
    // cannot write it. Nothing personal is shown unlogged: the command says why and shows nobody.
    const QString out = m_dir->filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkdir(out));
    QVERIFY(::chown(QFile::encodeName(out).constData(), nobodyId, nobodyId) == 0);
    QVERIFY(setMode(out, 0700));
    const QList<QStringList> showing = {
        {QStringLiteral("search"), QStringLiteral("Müller")},
        {QStringLiteral("export"), out},
    };
    for (const QStringList &command : showing) {
        const Run run = kccctlAsNobody(QStringList{QStringLiteral("--db"), databasePath()} + command);
        const QString what = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.out + run.err;
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(what));
        QVERIFY2(!run.out.contains(QStringLiteral("Müller")), qPrintable(what));
        QVERIFY2(run.err.contains(QStringLiteral("verwerkingenlog")), qPrintable(what));
        QVERIFY2(!run.err.contains(QStringLiteral("attempt to write")), qPrintable(what));
    }
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/partijen.json")));

    // Nothing was written next to the database or in it.
    QCOMPARE(entriesOf(folder()), QStringList{QStringLiteral("kcc.sqlite")});
    QCOMPARE(fileHash(databasePath()), before);
}

void TestReadOnlyDatabase::writingCommandsSayWhyForAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("Writing as a second user needs root to switch users.");
    QVERIFY(makeDatabase());
    QVERIFY(shareForReading());
    const QByteArray before = fileHash(databasePath());
    const QString dump = m_dir->filePath(QStringLiteral("dump"));
    QVERIFY(QDir().mkdir(dump));
    QVERIFY(setMode(dump, 0755));

    const QList<QStringList> writing = {
        {QStringLiteral("init")},
        {QStringLiteral("import"), dump},
        {QStringLiteral("demo"), QStringLiteral("--partijen"), QStringLiteral("1")},
        {QStringLiteral("search"), QStringLiteral("--rebuild-index")},
    };
    for (const QStringList &command : writing) {
        const Run run = kccctlAsNobody(QStringList{QStringLiteral("--db"), databasePath()} + command);
        const QString what = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err;
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(what));
        QVERIFY2(run.err.contains(QStringLiteral("cannot be written")) &&
                     run.err.contains(QStringLiteral("not writable for this user")) &&
                     run.err.contains(QStringLiteral("Nothing can be saved")),
                 qPrintable(what));
        QCOMPARE(run.err.count(QStringLiteral("cannot be written")), 1);
        QVERIFY2(!run.err.contains(QStringLiteral("attempt to write")), qPrintable(what));
    }
    QCOMPARE(entriesOf(folder()), QStringList{QStringLiteral("kcc.sqlite")});
    QCOMPARE(fileHash(databasePath()), before);
}

void TestReadOnlyDatabase::upgradeNeededButNotWritableIsRefusedPlainly()
{
    if (::geteuid() != 0)
        QSKIP("Reading as a second user needs root to switch users.");
    // A database of the previous schema version, made by the frozen steps.
    const int previous = Database::currentSchemaVersion() - 1;
    QVERIFY(QDir().mkdir(folder()));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("previous"));
        connection.setDatabaseName(databasePath());
        QVERIFY(connection.open());
        QVERIFY(SearchFunctions::install(connection).ok());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(Migrations::migrate(connection, databasePath(), 0, Migrations::steps().mid(0, previous)).ok());
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("previous"));
    QVERIFY(shareForReading());
    const QByteArray before = fileHash(databasePath());

    const Run check = kccctlAsNobody({QStringLiteral("--db"), databasePath(), QStringLiteral("check")});
    QVERIFY2(check.exitCode != 0 && check.exitCode != -1, qPrintable(check.err));
    QVERIFY2(check.err.contains(QStringLiteral("needs an upgrade to version %1").arg(previous + 1)) &&
                 check.err.contains(QStringLiteral("cannot be written")) &&
                 check.err.contains(QStringLiteral("not writable for this user")),
             qPrintable(check.err));
    QVERIFY2(!check.err.contains(QStringLiteral("attempt to write")), qPrintable(check.err));
    QCOMPARE(entriesOf(folder()), QStringList{QStringLiteral("kcc.sqlite")}); // no backup attempted either
    QCOMPARE(fileHash(databasePath()), before);
}

void TestReadOnlyDatabase::pendingWalWithItsShmIsRead()
{
    if (::geteuid() != 0)
        QSKIP("Reading as a second user needs root to switch users.");
    // A copy taken while the application had the database open: the newest partij is only in the
    // -wal, and the -shm is there but read-only for this user.
    QVERIFY(makeDatabase());
    const QString copy = m_dir->filePath(QStringLiteral("copy"));
    QVERIFY(QDir().mkdir(copy));
    {
        auto opened = Database::open(databasePath());
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO partij (uuid, soort_partij, indicatie_actief, heeft_partij_identificatie, "
            "contactnaam_present, contactnaam_voornaam, contactnaam_achternaam, "
            "voorkeurs_digitaal_adres) VALUES ('00000000-0000-4000-8000-0000000000ab', 'persoon', 1, 1, 1, "
            "'Wendelien', 'Walraven', (SELECT uuid FROM digitaal_adres WHERE verstrekt_door_partij IS "
            "NOT NULL LIMIT 1))")));
        for (const QString &name : entriesOf(folder()))
            QVERIFY(QFile::copy(folder() + QLatin1Char('/') + name, copy + QLatin1Char('/') + name));
    }
    QVERIFY(QFileInfo(copy + QStringLiteral("/kcc.sqlite-wal")).size() > 0);
    QVERIFY(QFileInfo::exists(copy + QStringLiteral("/kcc.sqlite-shm")));
    QVERIFY(QDir(m_dir->path()).rename(QStringLiteral("copy"), QStringLiteral("db-copy")));
    const QString path = m_dir->filePath(QStringLiteral("db-copy/kcc.sqlite"));
    QVERIFY(setMode(m_dir->path(), 0755) && setMode(m_dir->filePath(QStringLiteral("db-copy")), 0755));
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        QVERIFY(setMode(path + suffix, 0644));

    // The check reads the row that is only in the -wal (it names a problem of that partij); searching
    // would have to log first, which this user cannot (see readingCommandsWorkForAnotherUser).
    const Run check = kccctlAsNobody({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(check.err.contains(QStringLiteral("00000000-0000-4000-8000-0000000000ab")), qPrintable(check.err));
    QVERIFY2(check.err.contains(QStringLiteral("reading only")), qPrintable(check.err));
}

void TestReadOnlyDatabase::pendingWalWithoutShmIsNamed()
{
    if (::geteuid() != 0)
        QSKIP("Reading as a second user needs root to switch users.");
    // Changes waiting in a -wal that SQLite cannot read without creating the -shm: reading the
    // main file alone would silently show old data, so the user is told what to do instead.
    QVERIFY(makeDatabase());
    const QString copy = m_dir->filePath(QStringLiteral("db-copy"));
    QVERIFY(QDir().mkdir(copy));
    {
        auto opened = Database::open(databasePath());
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("UPDATE partij SET contactnaam_achternaam = 'Walraven'")));
        QVERIFY(QFile::copy(databasePath(), copy + QStringLiteral("/kcc.sqlite")));
        QVERIFY(QFile::copy(databasePath() + QStringLiteral("-wal"), copy + QStringLiteral("/kcc.sqlite-wal")));
    }
    const QString path = copy + QStringLiteral("/kcc.sqlite");
    QVERIFY(setMode(m_dir->path(), 0755) && setMode(copy, 0755));
    QVERIFY(setMode(path, 0644) && setMode(path + QStringLiteral("-wal"), 0644));
    const QByteArray before = fileHash(path);

    const Run check = kccctlAsNobody({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(check.exitCode != 0 && check.exitCode != -1, qPrintable(check.err));
    QVERIFY2(check.err.contains(path + QStringLiteral("-wal")) && check.err.contains(QStringLiteral("write access")),
             qPrintable(check.err));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestReadOnlyDatabase)
#include "tst_readonlydatabase.moc"
