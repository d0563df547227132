#include "storage/db/database.h"
#include "storage/db/numbersequence.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "tests/support/storagefixture.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::StorageFixture;
using kcc::test::TestDatabase;

namespace {

QList<QUuid> uuids(const auto &items)
{
    QList<QUuid> result;
    for (const auto &item : items)
        result << item.uuid;
    return result;
}

Result<QString> nextNumber(Database &database, NumberSequence::Kind kind)
{
    WriteTransaction transaction(database);
    Result<QString> number = NumberSequence::next(database, kind);
    if (number)
        (void)transaction.commit();
    return number;
}

Result<> insertPartij(Database &database, const QString &nummer)
{
    Partij p;
    p.uuid = QUuid::createUuid();
    p.nummer = nummer;
    WriteTransaction transaction(database);
    if (Result<> inserted = Repository<Partij>(database).insert(p); !inserted)
        return inserted;
    return transaction.commit();
}

} // namespace

class TestStorageQueries : public QObject
{
    Q_OBJECT

private slots:
    void lookupsFollowTheReferences();
    void lookupsOfUnknownUuidsAreEmpty();
    void isEmpty();
    void numbersCountUpAndSkipNumbersInUse();
    void numbersAreExhaustedAtTenDigits();
    void numberIsRolledBackWithItsTransaction();
    void highestNumberIsReadFromAnIndex();
};

void TestStorageQueries::lookupsFollowTheReferences()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const StorageFixture f = StorageFixture::full();
    QVERIFY(f.insertAll(d).ok());

    QCOMPARE(digitaleAdressenVanPartij(d, f.contactpersoon.uuid), QList<DigitaalAdres>{f.email});
    QCOMPARE(digitaleAdressenVanBetrokkene(d, f.betrokkene.uuid), QList<DigitaalAdres>{f.email});
    QCOMPARE(rekeningnummersVanPartij(d, f.contactpersoon.uuid), QList<Rekeningnummer>{f.rekening});
    // In insertion order: insertAll inserts the vestiging before the kvk.
    QCOMPARE(uuids(identificatorenVanPartij(d, f.organisatie.uuid)), (QList<QUuid>{f.vestiging.uuid, f.kvk.uuid}));
    QCOMPARE(betrokkenenVanKlantcontact(d, f.vraag.uuid), QList<Betrokkene>{f.betrokkene});
    QCOMPARE(actorenVanKlantcontact(d, f.vraag.uuid), QList<Actor>{f.medewerker});

    const std::optional<Partij> byBsn =
        findPartijByIdentificator(d, CodeSoortObjectId::Bsn, QStringLiteral("999993653"));
    QVERIFY(byBsn);
    QCOMPARE(byBsn->uuid, f.contactpersoon.uuid);
    QCOMPARE(findPartijByIdentificator(d, CodeSoortObjectId::KvkNummer, QStringLiteral("12345678"))->uuid,
             f.organisatie.uuid);
    // The same digits as another soort do not match.
    QVERIFY(!findPartijByIdentificator(d, CodeSoortObjectId::Rsin, QStringLiteral("999993653")));
    QVERIFY(!findPartijByIdentificator(d, CodeSoortObjectId::Bsn, QStringLiteral("' OR '1'='1")));
}

void TestStorageQueries::lookupsOfUnknownUuidsAreEmpty()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    QVERIFY(StorageFixture::full().insertAll(d).ok());
    const QUuid unknown = QUuid::createUuid();
    QVERIFY(digitaleAdressenVanPartij(d, unknown).isEmpty());
    QVERIFY(digitaleAdressenVanBetrokkene(d, unknown).isEmpty());
    QVERIFY(rekeningnummersVanPartij(d, unknown).isEmpty());
    QVERIFY(identificatorenVanPartij(d, unknown).isEmpty());
    QVERIFY(betrokkenenVanKlantcontact(d, unknown).isEmpty());
    QVERIFY(actorenVanKlantcontact(d, unknown).isEmpty());
}

void TestStorageQueries::isEmpty()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(storage::isEmpty(db.database()));
    Actor a;
    a.uuid = QUuid::createUuid();
    a.naam = QStringLiteral("Eén actor");
    {
        WriteTransaction transaction(db.database());
        QVERIFY(Repository<Actor>(db.database()).insert(a).ok());
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(!storage::isEmpty(db.database()));
}

void TestStorageQueries::numbersCountUpAndSkipNumbersInUse()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    QCOMPARE(nextNumber(d, NumberSequence::Kind::PartijNummer).value(), QStringLiteral("1"));
    QCOMPARE(nextNumber(d, NumberSequence::Kind::PartijNummer).value(), QStringLiteral("2"));
    // Each kind counts on its own.
    QCOMPARE(nextNumber(d, NumberSequence::Kind::KlantcontactReferentienummer).value(), QStringLiteral("1"));

    // Numbers that arrived by import (zero-padded as Open Klant once made them) are skipped;
    // text that is not a number is ignored.
    QVERIFY(insertPartij(d, QStringLiteral("0000000041")).ok());
    QVERIFY(insertPartij(d, QStringLiteral("12a")).ok());
    QCOMPARE(nextNumber(d, NumberSequence::Kind::PartijNummer).value(), QStringLiteral("42"));
    // The counter remembers: a lower number in the table does not make it go back.
    QVERIFY(insertPartij(d, QStringLiteral("7")).ok());
    QCOMPARE(nextNumber(d, NumberSequence::Kind::PartijNummer).value(), QStringLiteral("43"));
    QCOMPARE(nextNumber(d, NumberSequence::Kind::InterneTaakReferentienummer).value(), QStringLiteral("1"));
}

void TestStorageQueries::numbersAreExhaustedAtTenDigits()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    QVERIFY(insertPartij(d, QStringLiteral("9999999998")).ok());
    const Result<QString> last = nextNumber(d, NumberSequence::Kind::PartijNummer);
    QVERIFY2(last.ok(), qPrintable(last.error().message));
    QCOMPARE(last.value(), QStringLiteral("9999999999"));
    const Result<QString> none = nextNumber(d, NumberSequence::Kind::PartijNummer);
    QVERIFY(!none.ok());
    QVERIFY(!none.error().message.isEmpty());
}

void TestStorageQueries::numberIsRolledBackWithItsTransaction()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    {
        WriteTransaction transaction(d);
        QCOMPARE(NumberSequence::next(d, NumberSequence::Kind::PartijNummer).value(), QStringLiteral("1"));
        // no commit: the registration was abandoned
    }
    QCOMPARE(nextNumber(d, NumberSequence::Kind::PartijNummer).value(), QStringLiteral("1"));
}

// The highest number in the table comes from the end of an index (schema step 18), not from a
// scan of 5M klantcontacten per registration. PostgreSQL's planner scans a table this small anyway,
// so it is asked for its plan with sequential scans off: the index must fit the query.
void TestStorageQueries::highestNumberIsReadFromAnIndex()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const bool postgres = d.engine() == Engine::PostgreSQL;
    WriteTransaction transaction(d);
    QSqlQuery query(d.connection());
    if (postgres)
        QVERIFY(query.exec(QStringLiteral("SET LOCAL enable_seqscan = off")));
    const QList<QPair<NumberSequence::Kind, QString>> kinds = {
        {NumberSequence::Kind::PartijNummer, QStringLiteral("idx_partij_nummer_getal")},
        {NumberSequence::Kind::KlantcontactReferentienummer, QStringLiteral("idx_klantcontact_referentienummer_getal")},
        {NumberSequence::Kind::InterneTaakReferentienummer, QStringLiteral("idx_interne_taak_referentienummer_getal")},
    };
    for (const auto &[kind, index] : kinds) {
        const QString sql = NumberSequence::highestNumberSql(kind, postgres);
        QVERIFY2(query.exec((postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql),
                 qPrintable(query.lastError().text()));
        QString plan;
        while (query.next())
            plan += query.value(postgres ? 0 : 3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(index), qPrintable(sql + QStringLiteral(":\n") + plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan)); // SQLite sorted nothing
    }
}

QTEST_GUILESS_MAIN(TestStorageQueries)
#include "tst_storage_queries.moc"
