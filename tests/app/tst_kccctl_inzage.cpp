// `kccctl inzage` and `kccctl vergeet` (issue 15, item 2): the built program on a database with a
// person someone looked at. The inzage writes inzage.json and inzage.pdf for the owner only, and
// only for the privacy officer; the erasure says what it did, and "not found" the second time.

#include "model/beheer/accountservice.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"

#include <QDir>
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
using kcc::test::ZoekFixture;

namespace {

const QString bsn = QStringLiteral("123456782");
const QString password = QStringLiteral("geheim-wachtwoord");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

int modeOf(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

} // namespace

class TestKccctlInzage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inzageWritesJsonAndPdfForTheOwnerOnly();
    void inzageOnlyForThePrivacyOfficer();
    void vergeetErasesOnceAndOnlyForThePrivacyOfficer();

private:
    Run kccctl(const QStringList &arguments, const QString &input = password);
    qint64 count(const QString &sql);

    TestDatabase m_db;
    ZoekFixture m_fixture;
    QTemporaryDir m_out;
};

void TestKccctlInzage::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QVERIFY2(QFile::exists(QStringLiteral(KCCCTL_PATH)), KCCCTL_PATH);
    const QString error = m_fixture.insert(m_db.database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        WriteTransaction transaction(m_db.database());
        PartijIdentificator identificator;
        identificator.uuid = ZoekFixture::uuid(9001);
        identificator.identificeerdePartij = m_fixture.zwaneveld;
        identificator.objectId = bsn;
        QVERIFY(Repository<PartijIdentificator>(m_db.database()).insert(identificator));
        QVERIFY(transaction.commit());
    }
    SqlServices services(m_db.database());
    // The first account must be a beheerder; this one is also the privacy officer.
    QVERIFY(services.accounts().createMedewerker(QStringLiteral("Petra Privacy"), QStringLiteral("FG"),
                                                 QStringLiteral("fg@example.nl"), QStringLiteral("0201234567"),
                                                 password, {AccountRole::beheerder(), AccountRole::privacy()},
                                                 QStringLiteral("petra")));
    const Result<SignedInActor> beheerder = services.accounts().signIn(QStringLiteral("petra"), password);
    QVERIFY(beheerder);
    services.accounts().setActingActor(beheerder.value());
    QVERIFY(services.accounts().createMedewerker(QStringLiteral("Mo Medewerker"), QStringLiteral("KCC"),
                                                 QStringLiteral("mo@example.nl"), QStringLiteral("0201234568"),
                                                 password, {AccountRole::medewerker(), AccountRole::supervisor()},
                                                 QStringLiteral("mo")));
    const Result<SignedInActor> mo = services.accounts().signIn(QStringLiteral("mo"), password);
    QVERIFY(mo);
    QVERIFY(services.klantbeeld().load(m_fixture.zwaneveld, mo.value(), 3));
}

Run TestKccctlInzage::kccctl(const QStringList &arguments, const QString &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    // The inzage chooses the offscreen platform itself: no display is needed.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KCCCTL_PATH), QStringList{QStringLiteral("--db"), m_db.path()} + arguments);
    process.write(input.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

qint64 TestKccctlInzage::count(const QString &sql)
{
    QSqlQuery query(m_db.database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestKccctlInzage::inzageWritesJsonAndPdfForTheOwnerOnly()
{
    const QString dir = m_out.filePath(QStringLiteral("inzage-zwaneveld"));
    const Run run = kccctl({QStringLiteral("inzage"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"),
                            QStringLiteral("petra"), dir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString json = QDir(dir).filePath(QStringLiteral("inzage.json"));
    const QString pdf = QDir(dir).filePath(QStringLiteral("inzage.pdf"));
    QVERIFY2(run.out.contains(json) && run.out.contains(pdf), qPrintable(run.out));
    QCOMPARE(modeOf(dir), 0700);
    QCOMPARE(modeOf(json), 0600);
    QCOMPARE(modeOf(pdf), 0600);

    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject inzage = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(inzage.value(QStringLiteral("partij")).toObject().value(QStringLiteral("uuid")).toString(),
             m_fixture.zwaneveld.toString(QUuid::WithoutBraces));
    const QJsonArray identificatoren = inzage.value(QStringLiteral("partijIdentificatoren")).toArray();
    QCOMPARE(identificatoren.size(), 1);
    QCOMPARE(identificatoren.first()
                 .toObject()
                 .value(QStringLiteral("partijIdentificator"))
                 .toObject()
                 .value(QStringLiteral("objectId"))
                 .toString(),
             bsn);
    const QJsonObject log = inzage.value(QStringLiteral("verwerkingsacties")).toObject();
    QStringList acties;
    for (const QJsonValue &actie : log.value(QStringLiteral("results")).toArray())
        acties << actie.toObject().value(QStringLiteral("actieNaam")).toString();
    QCOMPARE(acties, (QStringList{QStringLiteral("Klantbeeld tonen"), QStringLiteral("Inzage verstrekt"),
                                  QStringLiteral("Verwerkingen inzien")}));

    // The log part is the Verwerkingenlogging API's list response.
    QFile logFile(m_out.filePath(QStringLiteral("log.json")));
    QVERIFY(logFile.open(QIODevice::WriteOnly));
    logFile.write(QJsonDocument(log).toJson());
    logFile.close();
    QProcess validator;
    validator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(KCC_VERWERKINGEN_VALIDATOR),
                     QStringLiteral(KCC_SOURCE_DIR "/resources/reference/verwerkingenlogging-openapi.yaml"),
                     logFile.fileName()});
    QVERIFY(validator.waitForFinished(60000));
    const QByteArray report = validator.readAllStandardOutput() + validator.readAllStandardError();
    QVERIFY2(validator.exitCode() == 0, report.constData());

    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.contains("/Title"));
}

void TestKccctlInzage::inzageOnlyForThePrivacyOfficer()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM verwerkingsactie"));
    const QString dir = m_out.filePath(QStringLiteral("mo"));
    const Run mo = kccctl({QStringLiteral("inzage"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"),
                           QStringLiteral("mo"), dir});
    QCOMPARE(mo.exitCode, 1);
    QVERIFY2(mo.err.contains(QStringLiteral("privacy officer")), qPrintable(mo.err));
    QVERIFY(!QFileInfo::exists(dir));
    const Run wrongPassword = kccctl({QStringLiteral("inzage"), QStringLiteral("--bsn"), bsn,
                                      QStringLiteral("--gebruiker"), QStringLiteral("petra"), dir},
                                     QStringLiteral("fout"));
    QCOMPARE(wrongPassword.exitCode, 1);
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie")), before);

    const Run noDir = kccctl({QStringLiteral("inzage"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"),
                              QStringLiteral("petra")});
    QCOMPARE(noDir.exitCode, 2);
    const Run both = kccctl({QStringLiteral("inzage"), QStringLiteral("--bsn"), bsn, QStringLiteral("--partij"),
                             m_fixture.zwaneveld.toString(QUuid::WithoutBraces), QStringLiteral("--gebruiker"),
                             QStringLiteral("petra"), dir});
    QCOMPARE(both.exitCode, 2);
    const Run unknown = kccctl({QStringLiteral("inzage"), QStringLiteral("--partij"), QUuid::createUuid().toString(),
                                QStringLiteral("--gebruiker"), QStringLiteral("petra"), dir});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFileInfo::exists(dir));
}

void TestKccctlInzage::vergeetErasesOnceAndOnlyForThePrivacyOfficer()
{
    const Run mo = kccctl(
        {QStringLiteral("vergeet"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"), QStringLiteral("mo")});
    QCOMPARE(mo.exitCode, 1);
    QVERIFY2(mo.err.contains(QStringLiteral("privacy officer")), qPrintable(mo.err));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM partij_identificator WHERE object_id = '123456782'")), 1);

    const Run run = kccctl({QStringLiteral("vergeet"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"),
                            QStringLiteral("petra")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.startsWith(QStringLiteral("Erased: partij %1").arg(m_fixture.zwaneveld.toString(QUuid::WithoutBraces))),
        qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // the freed space was wiped too
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM partij_identificator WHERE object_id = '123456782'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM partij WHERE contactnaam_achternaam = 'Zwaneveld'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = 'Gegevens gewist'")), 1);

    const Run again = kccctl({QStringLiteral("vergeet"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"),
                              QStringLiteral("petra")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("Not found")), qPrintable(again.err));
    const Run usage = kccctl({QStringLiteral("vergeet"), QStringLiteral("--gebruiker"), QStringLiteral("petra")});
    QCOMPARE(usage.exitCode, 2);
    const Run opruimen = kccctl({QStringLiteral("vergeet"), QStringLiteral("--opruimen")});
    QVERIFY2(opruimen.exitCode == 0, qPrintable(opruimen.err));
}

QTEST_GUILESS_MAIN(TestKccctlInzage)
#include "tst_kccctl_inzage.moc"
