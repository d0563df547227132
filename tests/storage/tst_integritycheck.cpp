#include "storage/db/database.h"
#include "storage/db/integritycheck.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/storagefixture.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::StorageFixture;
using kcc::test::TestDatabase;

namespace {

template<typename T>
bool write(Database &database, const std::function<Result<>(Repository<T> &)> &change)
{
    WriteTransaction transaction(database);
    Repository<T> repository(database);
    return change(repository).ok() && transaction.commit().ok();
}

// Runs raw SQL with a safety pragma relaxed ("foreign_keys = OFF", "ignore_check_constraints = ON"),
// to make damage that the schema would refuse; `restore` puts the pragma back.
bool damage(Database &database, const QString &relax, const QString &restore, const QString &sql, const QString &value)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QLatin1String("PRAGMA ") % relax))
        return false;
    query.prepare(sql);
    query.bindValue(0, value);
    const bool ok = query.exec();
    query.exec(QLatin1String("PRAGMA ") % restore);
    return ok;
}

QString text(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseIsClean();
    void fixtureIsClean();
    void eachViolationIsReported_data();
    void eachViolationIsReported();
};

void TestIntegrityCheck::emptyDatabaseIsClean()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(IntegrityCheck::run(db.database()), QStringList());
}

void TestIntegrityCheck::fixtureIsClean()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(StorageFixture::full().insertAll(db.database()).ok());
    QCOMPARE(IntegrityCheck::run(db.database()), QStringList());
}

void TestIntegrityCheck::eachViolationIsReported_data()
{
    QTest::addColumn<QString>("violation");
    QTest::newRow("dangling reference") << QStringLiteral("foreignKey");
    QTest::newRow("klantcontact without actor") << QStringLiteral("noActor");
    QTest::newRow("klantcontact without betrokkene") << QStringLiteral("noBetrokkene");
    QTest::newRow("interne taak without actor") << QStringLiteral("noAssignee");
    QTest::newRow("voorkeur digitaal adres of another partij") << QStringLiteral("voorkeursAdres");
    QTest::newRow("voorkeur rekeningnummer of another partij") << QStringLiteral("voorkeursRekening");
    QTest::newRow("contactpersoon works for a persoon") << QStringLiteral("werkteVoor");
    QTest::newRow("vestigingsnummer without kvk parent") << QStringLiteral("vestigingZonderKvk");
    QTest::newRow("vestigingsnummer under a BSN") << QStringLiteral("vestigingOnderBsn");
    QTest::newRow("afgehandeld but te verwerken") << QStringLiteral("afgehandeld");
    QTest::newRow("standaard adres without partij") << QStringLiteral("standaardZonderPartij");
}

void TestIntegrityCheck::eachViolationIsReported()
{
    QFETCH(QString, violation);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const StorageFixture f = StorageFixture::full();
    QVERIFY(f.insertAll(d).ok());

    QString expected; // a uuid that the problem must name
    if (violation == QLatin1String("foreignKey")) {
        QVERIFY(damage(d, QStringLiteral("foreign_keys = OFF"), QStringLiteral("foreign_keys = ON"),
                       QStringLiteral("UPDATE betrokkene SET was_partij = ? WHERE uuid = '") % text(f.betrokkene.uuid) %
                           QLatin1Char('\''),
                       QStringLiteral("00000000-0000-4000-8000-00000000dead")));
        expected = QStringLiteral("00000000-0000-4000-8000-00000000dead");
    } else if (violation == QLatin1String("noActor")) {
        QVERIFY(write<ActorKlantcontact>(d, [&](auto &r) { return r.remove(f.actorVraag.uuid); }));
        expected = text(f.vraag.uuid);
    } else if (violation == QLatin1String("noBetrokkene")) {
        QVERIFY(write<Betrokkene>(d, [&](auto &r) { return r.remove(f.terugbelBetrokkene.uuid); }));
        expected = text(f.terugbelContact.uuid);
    } else if (violation == QLatin1String("noAssignee")) {
        InterneTaak t = f.taak;
        t.toegewezenAanActoren.clear();
        QVERIFY(write<InterneTaak>(d, [&](auto &r) { return r.update(t); }));
        expected = text(t.uuid);
    } else if (violation == QLatin1String("voorkeursAdres")) {
        DigitaalAdres a = f.email;
        a.verstrektDoorPartij = f.organisatie.uuid;
        QVERIFY(write<DigitaalAdres>(d, [&](auto &r) { return r.update(a); }));
        expected = text(f.contactpersoon.uuid);
    } else if (violation == QLatin1String("voorkeursRekening")) {
        Rekeningnummer r = f.rekening;
        r.partij.reset();
        QVERIFY(write<Rekeningnummer>(d, [&](auto &repo) { return repo.update(r); }));
        expected = text(f.rekening.uuid);
    } else if (violation == QLatin1String("werkteVoor")) {
        Partij o = f.organisatie;
        o.soortPartij = SoortPartij::Persoon;
        QVERIFY(write<Partij>(d, [&](auto &r) { return r.update(o); }));
        expected = text(f.contactpersoon.uuid);
    } else if (violation == QLatin1String("vestigingZonderKvk")) {
        PartijIdentificator v = f.vestiging;
        v.subIdentificatorVan.reset();
        QVERIFY(write<PartijIdentificator>(d, [&](auto &r) { return r.update(v); }));
        expected = text(v.uuid);
    } else if (violation == QLatin1String("vestigingOnderBsn")) {
        PartijIdentificator v = f.vestiging;
        v.subIdentificatorVan = f.bsn.uuid;
        QVERIFY(write<PartijIdentificator>(d, [&](auto &r) { return r.update(v); }));
        expected = text(v.uuid);
    } else if (violation == QLatin1String("afgehandeld")) {
        QVERIFY(damage(
            d, QStringLiteral("ignore_check_constraints = ON"), QStringLiteral("ignore_check_constraints = OFF"),
            QStringLiteral("UPDATE interne_taak SET status = ? WHERE uuid = '") % text(f.taak.uuid) % QLatin1Char('\''),
            QStringLiteral("te_verwerken")));
        expected = text(f.taak.uuid);
    } else if (violation == QLatin1String("standaardZonderPartij")) {
        DigitaalAdres a = f.email;
        a.uuid = QUuid::createUuid();
        a.verstrektDoorPartij.reset();
        QVERIFY(write<DigitaalAdres>(d, [&](auto &r) { return r.insert(a); }));
        expected = text(a.uuid);
    }

    const QStringList problems = IntegrityCheck::run(d);
    // Bypassing a CHECK constraint is also reported by SQLite's own integrity_check.
    QCOMPARE(problems.size(), violation == QLatin1String("afgehandeld") ? 2 : 1);
    QVERIFY2(problems.last().contains(expected), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
