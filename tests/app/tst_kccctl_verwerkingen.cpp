// `kccctl verwerkingen` and `kccctl verwerkingen-opschonen`: the built program on a database with
// logged looks at a person; the JSON is validated against the Verwerkingenlogging spec.

#include "model/beheer/accountservice.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestKccctlVerwerkingen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonFollowsTheSpecAndIsLogged();
    void onlyThePrivacyOfficer();
    void purgeReports();

private:
    Run kccctl(const QStringList &arguments, const QString &input = password);

    TestDatabase m_db;
    ZoekFixture m_fixture;
};

void TestKccctlVerwerkingen::initTestCase()
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
    // A medewerker opens the klantbeeld and reveals the BSN.
    const Result<SignedInActor> mo = services.accounts().signIn(QStringLiteral("mo"), password);
    QVERIFY(mo);
    QVERIFY(services.klantbeeld().load(m_fixture.zwaneveld, mo.value(), 3));
    QVERIFY(services.klantbeeld().bsnTonen(m_fixture.zwaneveld, mo.value()));
}

Run TestKccctlVerwerkingen::kccctl(const QStringList &arguments, const QString &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KCCCTL_PATH), QStringList{QStringLiteral("--db"), m_db.path()} + arguments);
    process.write(input.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestKccctlVerwerkingen::jsonFollowsTheSpecAndIsLogged()
{
    const Run run = kccctl({QStringLiteral("verwerkingen"), QStringLiteral("--bsn"), bsn, QStringLiteral("--gebruiker"),
                            QStringLiteral("petra"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject list = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray results = list.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3); // klantbeeld, BSN, and this reading
    QStringList acties;
    for (const QJsonValue &result : results)
        acties << result.toObject().value(QStringLiteral("actieNaam")).toString();
    QCOMPARE(acties, (QStringList{QStringLiteral("Klantbeeld tonen"), QStringLiteral("BSN tonen"),
                                  QStringLiteral("Verwerkingen inzien")}));
    const QJsonObject object =
        results.first().toObject().value(QStringLiteral("verwerkteObjecten")).toArray().first().toObject();
    QCOMPARE(object.value(QStringLiteral("objectId")).toString(), bsn);
    QCOMPARE(object.value(QStringLiteral("soortObjectId")).toString(), QStringLiteral("BSN"));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("verwerkingen.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.toUtf8());
    file.close();
    QProcess validator;
    validator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(KCC_VERWERKINGEN_VALIDATOR),
                     QStringLiteral(KCC_SOURCE_DIR "/resources/reference/verwerkingenlogging-openapi.yaml"),
                     file.fileName()});
    QVERIFY(validator.waitForFinished(60000));
    const QByteArray report = validator.readAllStandardOutput() + validator.readAllStandardError();
    QVERIFY2(validator.exitCode() == 0, report.constData());

    // The table form, by partij, also finds them (and logs one more reading).
    const Run table = kccctl({QStringLiteral("verwerkingen"), QStringLiteral("--partij"),
                              m_fixture.zwaneveld.toString(QUuid::WithoutBraces), QStringLiteral("--gebruiker"),
                              QStringLiteral("petra")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(QStringLiteral("BSN tonen")));
    QVERIFY(table.out.contains(QStringLiteral("Entries: 4")));
}

void TestKccctlVerwerkingen::onlyThePrivacyOfficer()
{
    const Run supervisor = kccctl({QStringLiteral("verwerkingen"), QStringLiteral("--bsn"), bsn,
                                   QStringLiteral("--gebruiker"), QStringLiteral("mo")});
    QCOMPARE(supervisor.exitCode, 1);
    QVERIFY2(supervisor.err.contains(QStringLiteral("privacy officer")), qPrintable(supervisor.err));
    QVERIFY(supervisor.out.isEmpty());
    const Run wrongPassword = kccctl({QStringLiteral("verwerkingen"), QStringLiteral("--bsn"), bsn,
                                      QStringLiteral("--gebruiker"), QStringLiteral("petra")},
                                     QStringLiteral("fout"));
    QCOMPARE(wrongPassword.exitCode, 1);
    QVERIFY(wrongPassword.out.isEmpty());
    const Run usage = kccctl({QStringLiteral("verwerkingen"), QStringLiteral("--gebruiker"), QStringLiteral("petra")});
    QCOMPARE(usage.exitCode, 2);
}

void TestKccctlVerwerkingen::purgeReports()
{
    // Nothing here is old enough: nothing removed, but the purge is recorded.
    const Run run = kccctl({QStringLiteral("verwerkingen-opschonen")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("removed from the verwerkingenlog: 0")), qPrintable(run.out));
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(aantal) FROM verwerkingenlog_opschoning")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestKccctlVerwerkingen)
#include "tst_kccctl_verwerkingen.moc"
