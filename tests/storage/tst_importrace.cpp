// Issue 11, finding 6: two imports at once let in a duplicate that one import alone refuses (an
// e-mail address with the same referentie for the same partij), because that rule lived only in
// the importer's checks, which run before the write transaction. Now a unique index backs it:
// two kccctl processes import clashing dumps at the same moment, exactly one wins, and the loser
// says which rule and which value clashed.

#include "model/apijson/apijson.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/partij.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/exchange/exporter.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

const QUuid partijUuid(QStringLiteral("00000000-0000-4000-8000-0000000000b1"));

// A dump of one digitaal adres of the stored partij, every other file an empty array.
bool writeDump(const QString &directory, const QUuid &uuid, const QString &adres)
{
    DigitaalAdres email;
    email.uuid = uuid;
    email.verstrektDoorPartij = partijUuid;
    email.adres = adres;
    email.soortDigitaalAdres = SoortDigitaalAdres::Email;
    email.referentie = QStringLiteral("werkmail");
    for (const QString &name : Exporter::exportFileNames()) {
        QJsonArray array;
        if (name == QLatin1String("digitaleadressen.json"))
            array.append(ApiJson().toJson(email));
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0)
            return false;
    }
    return true;
}

} // namespace

class TestImportRace : public QObject
{
    Q_OBJECT

private slots:
    void oneImportAloneRefusesTheClash();
    void twoImportsAtOnceLetExactlyOneIn();
};

void TestImportRace::oneImportAloneRefusesTheClash()
{
    // The database itself refuses the second address, whoever writes it.
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Partij partij;
    partij.uuid = partijUuid;
    partij.voorkeurstaal = QStringLiteral("nld");
    partij.contactnaam = Contactnaam{QString(), QStringLiteral("Sam"), QString(), QStringLiteral("Visser")};
    QVERIFY(Repository<Partij>(db.database()).insert(partij).ok());
    DigitaalAdres first;
    first.uuid = QUuid::createUuid();
    first.verstrektDoorPartij = partijUuid;
    first.adres = QStringLiteral("sam@example.nl");
    first.soortDigitaalAdres = SoortDigitaalAdres::Email;
    first.referentie = QStringLiteral("werkmail");
    QVERIFY(Repository<DigitaalAdres>(db.database()).insert(first).ok());
    DigitaalAdres second = first;
    second.uuid = QUuid::createUuid();
    second.adres = QStringLiteral("sam.visser@example.nl");
    const Result<> refused = Repository<DigitaalAdres>(db.database()).insert(second);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("werkmail")), qPrintable(refused.error().message));
    // Another soort, or no referentie at all, is no clash.
    second.soortDigitaalAdres = SoortDigitaalAdres::Overig;
    QVERIFY(Repository<DigitaalAdres>(db.database()).insert(second).ok());
    DigitaalAdres third = first;
    third.uuid = QUuid::createUuid();
    third.referentie.clear();
    QVERIFY(Repository<DigitaalAdres>(db.database()).insert(third).ok());
    third.uuid = QUuid::createUuid();
    QVERIFY(Repository<DigitaalAdres>(db.database()).insert(third).ok());
}

void TestImportRace::twoImportsAtOnceLetExactlyOneIn()
{
    QTemporaryDir dumps;
    const QString a = dumps.filePath(QStringLiteral("a"));
    const QString b = dumps.filePath(QStringLiteral("b"));
    QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
    QVERIFY(
        writeDump(a, QUuid(QStringLiteral("00000000-0000-4000-8000-0000000000a1")), QStringLiteral("a@example.nl")));
    QVERIFY(
        writeDump(b, QUuid(QStringLiteral("00000000-0000-4000-8000-0000000000a2")), QStringLiteral("b@example.nl")));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), QStringLiteral("en"));
    // Several rounds: before the index, both got in in most of them.
    constexpr int rounds = 6;
    for (int round = 0; round < rounds; ++round) {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        Partij partij;
        partij.uuid = partijUuid;
        partij.voorkeurstaal = QStringLiteral("nld");
        partij.contactnaam = Contactnaam{QString(), QStringLiteral("Sam"), QString(), QStringLiteral("Visser")};
        QVERIFY(Repository<Partij>(db.database()).insert(partij).ok());
        db.close();

        QProcess first;
        QProcess second;
        for (QProcess *process : {&first, &second})
            process->setProcessEnvironment(environment);
        first.start(QStringLiteral(KCCCTL_PATH), {QStringLiteral("--db"), db.path(), QStringLiteral("import"), a});
        second.start(QStringLiteral(KCCCTL_PATH), {QStringLiteral("--db"), db.path(), QStringLiteral("import"), b});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        const bool firstWon = first.exitCode() == 0;
        const bool secondWon = second.exitCode() == 0;
        QVERIFY2(firstWon != secondWon, qPrintable(QStringLiteral("round %1: exit codes %2 and %3")
                                                       .arg(round)
                                                       .arg(first.exitCode())
                                                       .arg(second.exitCode())));
        const QString loser = QString::fromUtf8((firstWon ? second : first).readAllStandardError());
        QVERIFY2(loser.contains(QStringLiteral("werkmail")) && loser.contains(QStringLiteral("referentie")),
                 qPrintable(loser));

        QVERIFY(db.reopen());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM digitaal_adres WHERE referentie = 'werkmail'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestImportRace)
#include "tst_importrace.moc"
