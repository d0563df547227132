// A klantcontact that another system wrote to Open Klant without an actor is not held to the
// desk's own rule (every klantcontact has an actor): kccctl check warns, it does not fail.
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/klantcontact.h"
#include "storage/db/integritycheck.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/sync/sqlsyncstore.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace kcc;
using namespace kcc::storage;

class TestSyncIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void klantcontactWithoutActor_data();
    void klantcontactWithoutActor();
};

void TestSyncIntegrity::klantcontactWithoutActor_data()
{
    QTest::addColumn<bool>("fromServer");
    QTest::newRow("made at the desk: an error") << false;
    QTest::newRow("pulled from Open Klant: a warning") << true;
}

void TestSyncIntegrity::klantcontactWithoutActor()
{
    QFETCH(bool, fromServer);
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Klantcontact klantcontact;
    klantcontact.uuid = QUuid::createUuid();
    klantcontact.kanaal = QStringLiteral("webformulier");
    klantcontact.onderwerp = QStringLiteral("Melding openbare ruimte");
    klantcontact.plaatsgevondenOp = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    Betrokkene betrokkene;
    betrokkene.uuid = QUuid::createUuid();
    betrokkene.hadKlantcontact = klantcontact.uuid;
    {
        WriteTransaction transaction(db.database());
        QVERIFY(Repository<Klantcontact>(db.database()).insert(klantcontact).ok());
        QVERIFY(Repository<Betrokkene>(db.database()).insert(betrokkene).ok());
        if (fromServer) {
            QVERIFY(SqlSyncStore::mapIdentity(db.database(), ApiResource::Klantcontacten, klantcontact.uuid,
                                              {klantcontact.uuid, QStringLiteral("https://ok.example/kc")},
                                              QStringLiteral("server"))
                        .ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    const QStringList problems = IntegrityCheck::run(db.database());
    const QStringList warnings = IntegrityCheck::warnings(db.database());
    QCOMPARE(problems.size(), fromServer ? 0 : 1);
    QCOMPARE(warnings.size(), fromServer ? 1 : 0);
    QVERIFY((fromServer ? warnings : problems).first().contains(klantcontact.uuid.toString(QUuid::WithoutBraces)));
}

QTEST_GUILESS_MAIN(TestSyncIntegrity)
#include "tst_sync_integrity.moc"
