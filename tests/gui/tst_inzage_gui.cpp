// The privacy officer's inzage from the klantbeeld (issue 15, item 2): the button is there only
// for the privacy role, only enabled with a partij shown, writes inzage.json and inzage.pdf (0600)
// into the chosen folder, logs the inzage, and says beside the button when that failed.

#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/findwidget.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/privacy/inzageknop.h"
#include "ui/privacy/mapkeuze.h"
#include "ui/search/partijzoekenwidget.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kcc;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {

const QString password = QStringLiteral("geheim-wachtwoord");

int modeOf(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

} // namespace

class TestInzageGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void privacyOfficerWritesTheInzage();
    void otherRolesHaveNoButton();
    void failingLogWritesNothing();

private:
    qint64 entries(const QString &actie);
    // The Zoeken tab for `user`, with the inzage button added as the application adds it.
    void openDesk(const SignedInActor &user);
    QPushButton *button() const;
    QLabel *status() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::SqlServices> m_services;
    std::unique_ptr<ui::PartijZoekenWidget> m_zoeken;
    ZoekFixture m_fixture;
    SignedInActor m_officer;
    SignedInActor m_medewerker;
    QTemporaryDir m_dir;
};

void TestInzageGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_fixture.insert(m_db->database()).isEmpty());
    m_services = std::make_unique<storage::SqlServices>(m_db->database());
    AccountService &accounts = m_services->accounts();
    QVERIFY(accounts.createMedewerker(QStringLiteral("Petra Privacy"), QStringLiteral("FG"),
                                      QStringLiteral("fg@example.nl"), QStringLiteral("0201234567"), password,
                                      {AccountRole::beheerder(), AccountRole::privacy()}, QStringLiteral("petra")));
    const Result<SignedInActor> officer = accounts.signIn(QStringLiteral("petra"), password);
    QVERIFY(officer);
    m_officer = officer.value();
    accounts.setActingActor(m_officer);
    QVERIFY(accounts.createMedewerker(QStringLiteral("Mo Medewerker"), QStringLiteral("KCC"),
                                      QStringLiteral("mo@example.nl"), QStringLiteral("0201234568"), password,
                                      {AccountRole::medewerker(), AccountRole::supervisor()}, QStringLiteral("mo")));
    const Result<SignedInActor> medewerker = accounts.signIn(QStringLiteral("mo"), password);
    QVERIFY(medewerker);
    m_medewerker = medewerker.value();
}

void TestInzageGui::cleanup()
{
    m_zoeken.reset();
    m_services.reset();
    m_db.reset();
}

void TestInzageGui::openDesk(const SignedInActor &user)
{
    m_zoeken = std::make_unique<ui::PartijZoekenWidget>(&m_services->search(), &m_services->klantbeeld(), user);
    ui::InzageKnop::voegToe(m_zoeken->klantbeeld(), &m_services->inzage(), user);
    m_zoeken->show();
}

QPushButton *TestInzageGui::button() const
{
    return test::findNamed<QPushButton>(m_zoeken.get(), QStringLiteral("inzageButton"));
}

QLabel *TestInzageGui::status() const
{
    return test::findNamed<QLabel>(m_zoeken.get(), QStringLiteral("inzageStatus"));
}

qint64 TestInzageGui::entries(const QString &actie)
{
    QSqlQuery query(m_db->database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = ?"));
    query.addBindValue(actie);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestInzageGui::privacyOfficerWritesTheInzage()
{
    openDesk(m_officer);
    QVERIFY(button());
    QVERIFY(status());
    QVERIFY(!button()->isEnabled()); // no partij shown yet
    QVERIFY(m_zoeken->openPartij(m_fixture.zwaneveld));
    QVERIFY(button()->isEnabled());

    // Cancelling the folder choice does nothing, and logs nothing.
    ui::MapKeuze::setNextMap(QString());
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(entries(QStringLiteral("Inzage verstrekt")), 0);

    ui::MapKeuze::setNextMap(m_dir.path());
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY2(status()->text().contains(QStringLiteral("written")), qPrintable(status()->text()));
    QCOMPARE(entries(QStringLiteral("Inzage verstrekt")), 1);
    const QString json = QDir(m_dir.path()).filePath(QStringLiteral("inzage.json"));
    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("inzage.pdf"));
    QCOMPARE(modeOf(json), 0600);
    QCOMPARE(modeOf(pdf), 0600);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject inzage = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(inzage.value(QStringLiteral("partij")).toObject().value(QStringLiteral("uuid")).toString(),
             m_fixture.zwaneveld.toString(QUuid::WithoutBraces));
    QCOMPARE(inzage.value(QStringLiteral("klantcontacten")).toArray().size(), ZoekFixture::zwaneveldContacts);
    QFile document(pdf);
    QVERIFY(document.open(QIODevice::ReadOnly));
    QVERIFY(document.read(5) == "%PDF-");

    m_zoeken->klantbeeld()->clear();
    QVERIFY(!button()->isEnabled());
    QVERIFY(status()->text().isEmpty());
}

void TestInzageGui::otherRolesHaveNoButton()
{
    openDesk(m_medewerker);
    QVERIFY(m_zoeken->openPartij(m_fixture.zwaneveld));
    QVERIFY(!button());
    QVERIFY(!ui::InzageKnop::voegToe(m_zoeken->klantbeeld(), &m_services->inzage(), m_medewerker));
    // The service refuses too, whatever a widget would do.
    const Result<InzageDossier> refused = m_services->inzage().inzage({{}, m_fixture.zwaneveld, {}, {}}, m_medewerker);
    QVERIFY(!refused);
    QCOMPARE(entries(QStringLiteral("Inzage verstrekt")), 0);
}

void TestInzageGui::failingLogWritesNothing()
{
    openDesk(m_officer);
    QVERIFY(m_zoeken->openPartij(m_fixture.zwaneveld));
    {
        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                          " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    }
    const QTemporaryDir dir;
    ui::MapKeuze::setNextMap(dir.path());
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY2(status()->text().contains(QStringLiteral("verwerkingenlog")), qPrintable(status()->text()));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("inzage.json"))));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("inzage.pdf"))));
}

QTEST_MAIN(TestInzageGui)
#include "tst_inzage_gui.moc"
