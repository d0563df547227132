// The Open Klant settings (issue 14, item 1): the token in the keyring or, where there is none (no
// D-Bus session, as here and in CI), in a 0600 file chosen by itself and said so; a token file
// others may read is refused; IT's system-wide settings win over the desk's own.
#include "sync/settings/syncsettingsloader.h"
#include "sync/settings/tokenopslag.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::sync;

namespace {

const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The file's permissions for owner, group and others (Qt adds the "user" bits of whoever asks).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) &
           ~QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.setPermissions(permissions);
}

} // namespace

class TestSyncSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutSessionTheFileIsChosenAndSaidSo();
    void tokenFileReadableByOthersIsRefused();
    void keyringCanBeSwitchedOff();
    void systemSettingsWinOverTheDesksOwn();
    void tokenFileFromItIsUsed();
    void loadSyncSettingsReadsTheSystemWideFile();
};

void TestSyncSettings::initTestCase()
{
    // As in CI and in offscreen tests: no session bus, so no keyring.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("KCC_GEEN_SLEUTELBOS");
}

void TestSyncSettings::withoutSessionTheFileIsChosenAndSaidSo()
{
    QTemporaryDir dir;
    const QString map = dir.filePath(QStringLiteral("config/KCC Werkplek"));
    TokenOpslag opslag(map);
    QVERIFY(!opslag.plek());
    QVERIFY(!opslag.lees());
    const Result<TokenPlek> plek = opslag.bewaar(token);
    QVERIFY2(plek.ok(), qPrintable(plek.error().message));
    QVERIFY(!plek.value().inSleutelbos);
    QCOMPARE(plek.value().bestand, QDir(map).filePath(QStringLiteral("openklant-token")));
    QVERIFY2(plek.value().waaromGeenSleutelbos.contains(QStringLiteral("D-Bus")),
             qPrintable(plek.value().waaromGeenSleutelbos));
    QVERIFY(plek.value().beschrijving().contains(plek.value().bestand));
    QCOMPARE(modeOf(plek.value().bestand), ownerOnly);
    QCOMPARE(modeOf(map), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(opslag.lees().value(), token);
    QVERIFY(opslag.plek() && !opslag.plek()->inSleutelbos);
    // Saving again replaces the token, still 0600.
    QVERIFY(opslag.bewaar(QStringLiteral("another-token")).ok());
    QCOMPARE(opslag.lees().value(), QStringLiteral("another-token"));
    QCOMPARE(modeOf(opslag.bestand()), ownerOnly);
}

void TestSyncSettings::tokenFileReadableByOthersIsRefused()
{
    QTemporaryDir dir;
    TokenOpslag opslag(dir.path());
    QVERIFY(opslag.bewaar(token).ok());
    QVERIFY(QFile::setPermissions(opslag.bestand(), ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const Result<QString> read = opslag.lees();
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("chmod 600")), qPrintable(read.error().message));
    // Two lines are not a token.
    QVERIFY(writeFile(opslag.bestand(), "abc\ndef\n", ownerOnly));
    QVERIFY(!opslag.lees());
}

void TestSyncSettings::keyringCanBeSwitchedOff()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    qputenv("KCC_GEEN_SLEUTELBOS", "1");
    const std::optional<QString> waarom = TokenOpslag::waaromGeenSleutelbos();
    qunsetenv("KCC_GEEN_SLEUTELBOS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(waarom);
    QVERIFY(waarom->contains(QStringLiteral("KCC_GEEN_SLEUTELBOS")));
    QVERIFY(TokenOpslag::waaromGeenSleutelbos());
}

void TestSyncSettings::systemSettingsWinOverTheDesksOwn()
{
    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    QSettings system(dir.filePath(QStringLiteral("system.conf")), QSettings::IniFormat);
    SyncSettingsLoader loader(user, system, TokenOpslag(dir.filePath(QStringLiteral("tokens"))));
    const QUuid actor = QUuid::fromString(QStringLiteral("6b1a4f4e-0c6f-4b8e-9a55-0d2f1d7d1a01"));
    const Result<QString> saved = loader.save(QUrl(QStringLiteral("https://desk.example/klantinteracties/api/v1")),
                                              token, actor, QStringLiteral("KCC balie 3"));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY2(saved.value().contains(QStringLiteral("openklant-token")), qPrintable(saved.value()));
    SyncSettings settings = loader.load();
    QCOMPARE(settings.baseUrl, QUrl(QStringLiteral("https://desk.example/klantinteracties/api/v1")));
    QCOMPARE(settings.token, token);
    QCOMPARE(settings.actor, actor);
    QCOMPARE(settings.actorNaam, QStringLiteral("KCC balie 3"));
    QVERIFY(settings.isConfigured());
    // Not saved again: an empty token keeps the stored one.
    QVERIFY(loader.save(settings.baseUrl, QString(), actor, settings.actorNaam).ok());
    QCOMPARE(loader.load().token, token);

    system.setValue(QStringLiteral("openklant/baseUrl"), QStringLiteral("https://it.example/klantinteracties/api/v1"));
    QVERIFY(loader.baseUrlVastgezet());
    QCOMPARE(loader.load().baseUrl, QUrl(QStringLiteral("https://it.example/klantinteracties/api/v1")));
    const Result<QString> refused = loader.save(QUrl(QStringLiteral("https://other.example")), QString(), actor, {});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("IT")));
}

void TestSyncSettings::tokenFileFromItIsUsed()
{
    QTemporaryDir dir;
    const QString itFile = dir.filePath(QStringLiteral("openklant.token"));
    QVERIFY(writeFile(itFile, "it-token-for-60-desks\n", ownerOnly));
    QSettings user(dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    QSettings system(dir.filePath(QStringLiteral("system.conf")), QSettings::IniFormat);
    system.setValue(QStringLiteral("openklant/tokenBestand"), itFile);
    SyncSettingsLoader loader(user, system, TokenOpslag(dir.filePath(QStringLiteral("tokens"))));
    SyncSettings settings = loader.load();
    QCOMPARE(settings.token, QStringLiteral("it-token-for-60-desks"));
    QVERIFY(settings.tokenHerkomst.contains(itFile));
    QVERIFY(loader.tokenPlek().contains(itFile));
    QVERIFY(!loader.save({}, QStringLiteral("mine"), {}, {})); // the desk cannot replace IT's token
    // Readable by others: not used, and the reason is kept for the status line.
    QVERIFY(QFile::setPermissions(itFile, ownerOnly | QFileDevice::ReadOther));
    settings = loader.load();
    QVERIFY(settings.token.isEmpty());
    QVERIFY2(settings.tokenFout.contains(QStringLiteral("chmod 600")), qPrintable(settings.tokenFout));
}

void TestSyncSettings::loadSyncSettingsReadsTheSystemWideFile()
{
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("KCC Werkplek"));
    QCoreApplication::setApplicationName(QStringLiteral("kccctl")); // kccctl reads the desk's settings too
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, dir.filePath(QStringLiteral("xdg")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("home")));
    const QString itFile = dir.filePath(QStringLiteral("token"));
    QVERIFY(writeFile(itFile, token.toUtf8(), ownerOnly));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("xdg/KCC Werkplek"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("xdg/KCC Werkplek/KCC Werkplek.conf")),
                      "[openklant]\nbaseUrl=http://127.0.0.1:8000/klantinteracties/api/v1\ntokenBestand=" +
                          itFile.toUtf8() + "\nactor=6b1a4f4e-0c6f-4b8e-9a55-0d2f1d7d1a01\n",
                      ownerOnly));
    const SyncSettings settings = loadSyncSettings();
    QCOMPARE(settings.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8000/klantinteracties/api/v1")));
    QCOMPARE(settings.token, token);
    QCOMPARE(settings.actor, QUuid::fromString(QStringLiteral("6b1a4f4e-0c6f-4b8e-9a55-0d2f1d7d1a01")));
    QVERIFY(settings.isConfigured());
}

QTEST_GUILESS_MAIN(TestSyncSettings)
#include "tst_syncsettings.moc"
