#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/resources/resourcetraits.h"
#include "storage/resources/rowcodec.h"
#include "tests/support/storagefixture.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::StorageFixture;
using kcc::test::TestDatabase;

Q_DECLARE_METATYPE(kcc::Partij)

namespace {

// Names the columns in which two items differ, so that a failing == says where.
template<typename T>
QString differences(const T &expected, const T &actual)
{
    codec::ColumnNames names;
    ResourceTraits<T>::fields(names, expected);
    QVariantList a;
    QVariantList b;
    codec::ValueWriter writeA(a);
    codec::ValueWriter writeB(b);
    ResourceTraits<T>::fields(writeA, expected);
    ResourceTraits<T>::fields(writeB, actual);
    QStringList differing;
    for (qsizetype i = 0; i < names.names.size(); ++i) {
        if (a.at(i) != b.at(i) || a.at(i).isNull() != b.at(i).isNull())
            differing << names.names.at(i) % QLatin1String(": ") % a.at(i).toString() % QLatin1String(" vs ") %
                             b.at(i).toString();
    }
    return differing.isEmpty() ? QStringLiteral("(no column differs; check non-column fields)")
                               : differing.join(QLatin1String("; "));
}

template<typename T>
bool storedEquals(Database &database, const T &expected, QString *why)
{
    Repository<T> repository(database);
    const std::optional<T> found = repository.find(expected.uuid);
    if (!found) {
        *why = QStringLiteral("not found");
        return false;
    }
    if (!(*found == expected)) {
        *why = differences(expected, *found);
        return false;
    }
    return true;
}

#define VERIFY_STORED(db, item)                                                                                        \
    do {                                                                                                               \
        QString why;                                                                                                   \
        QVERIFY2(storedEquals(db, item, &why), qPrintable(why));                                                       \
    } while (false)

template<typename T>
Result<> insertOne(Database &database, const T &item)
{
    WriteTransaction transaction(database);
    Repository<T> repository(database);
    if (Result<> inserted = repository.insert(item); !inserted)
        return inserted;
    return transaction.commit();
}

template<typename T>
qint64 countOf(Database &database)
{
    return Repository<T>(database).count();
}

Partij persoon(int n)
{
    Partij p;
    p.uuid = QUuid::createUuid();
    p.nummer = QString::number(n);
    p.contactnaam = Contactnaam{QString(), QStringLiteral("Persoon"), QString(), QString::number(n)};
    return p;
}

} // namespace

class TestStorageRoundtrip : public QObject
{
    Q_OBJECT

private slots:
    void everyResourceEveryField();
    void partijNullVersusEmpty_data();
    void partijNullVersusEmpty();
    void otherResourcesNullVersusEmpty();
    void update();
    void updateOfMissingRowFails();
    void removeCascades();
    void removeOfMissingRowFails();
    void forEachInInsertionOrderAndCount();
    void constraintViolationsLeaveDatabaseUnchanged_data();
    void constraintViolationsLeaveDatabaseUnchanged();
    void danglingReferenceFailsAtCommit();
    void identificatorWithBranchesCannotBeRemoved();
};

void TestStorageRoundtrip::everyResourceEveryField()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const StorageFixture f = StorageFixture::full();
    const Result<> inserted = f.insertAll(db.database());
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));

    VERIFY_STORED(db.database(), f.medewerker);
    VERIFY_STORED(db.database(), f.afdeling);
    VERIFY_STORED(db.database(), f.organisatie);
    VERIFY_STORED(db.database(), f.contactpersoon);
    VERIFY_STORED(db.database(), f.kvk);
    VERIFY_STORED(db.database(), f.vestiging);
    VERIFY_STORED(db.database(), f.bsn);
    VERIFY_STORED(db.database(), f.email);
    VERIFY_STORED(db.database(), f.rekening);
    VERIFY_STORED(db.database(), f.vertegenwoordiging);
    VERIFY_STORED(db.database(), f.vraag);
    VERIFY_STORED(db.database(), f.terugbelContact);
    VERIFY_STORED(db.database(), f.betrokkene);
    VERIFY_STORED(db.database(), f.terugbelBetrokkene);
    VERIFY_STORED(db.database(), f.actorVraag);
    VERIFY_STORED(db.database(), f.onderwerp);
    VERIFY_STORED(db.database(), f.bijlage);
    VERIFY_STORED(db.database(), f.taak);

    // Spot checks that the fixture really is non-default where it matters.
    const Klantcontact stored = *Repository<Klantcontact>(db.database()).find(f.vraag.uuid);
    QCOMPARE(stored.reactie.size(), 4000);
    QCOMPARE(stored.metadata.first().first, QStringLiteral("zeta"));
    QCOMPARE(stored.plaatsgevondenOp.time().msec(), 123);
    QCOMPARE(Repository<InterneTaak>(db.database()).find(f.taak.uuid)->toegewezenAanActoren,
             (QList<QUuid>{f.afdeling.uuid, f.medewerker.uuid}));
}

void TestStorageRoundtrip::partijNullVersusEmpty_data()
{
    QTest::addColumn<Partij>("partij");

    Partij base;
    base.uuid = QUuid::createUuid();

    Partij p = base;
    QTest::newRow("all optionals null") << p;

    p = base;
    p.bezoekadres = Adres{};
    p.correspondentieadres = Adres{};
    p.contactnaam = Contactnaam{};
    QTest::newRow("groups present but empty") << p;

    p = base;
    p.bezoekadres = Adres{};
    p.bezoekadres->huisnummer = 0;
    QTest::newRow("huisnummer 0 is not null") << p;

    p = base;
    p.nummer = QStringLiteral("");
    QTest::newRow("nummer empty, not null") << p;

    p = base;
    p.indicatieGeheimhouding = false;
    QTest::newRow("geheimhouding false, not null") << p;

    p = base;
    p.indicatieGeheimhouding = true;
    p.contactnaam = Contactnaam{QString(), QString(), QString(), QStringLiteral("Müller")};
    QTest::newRow("contactnaam partly filled") << p;

    p = base;
    p.soortPartij = SoortPartij::Organisatie;
    p.organisatieNaam = QStringLiteral("'; DROP TABLE partij; --");
    QTest::newRow("SQL metacharacters") << p;
}

void TestStorageRoundtrip::partijNullVersusEmpty()
{
    QFETCH(Partij, partij);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<> inserted = insertOne(db.database(), partij);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
    VERIFY_STORED(db.database(), partij);
    QCOMPARE(countOf<Partij>(db.database()), 1);
}

void TestStorageRoundtrip::otherResourcesNullVersusEmpty()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();

    Actor zonder;
    zonder.uuid = QUuid::createUuid();
    zonder.naam = QStringLiteral("Chatbot");
    zonder.soortActor = SoortActor::GeautomatiseerdeActor;
    Actor leeg = zonder;
    leeg.uuid = QUuid::createUuid();
    leeg.actoridentificator = ObjectIdentificator{};
    QVERIFY(insertOne(d, zonder).ok());
    QVERIFY(insertOne(d, leeg).ok());
    VERIFY_STORED(d, zonder);
    VERIFY_STORED(d, leeg);

    Klantcontact k;
    k.uuid = QUuid::createUuid();
    k.kanaal = QStringLiteral("balie");
    k.onderwerp = QStringLiteral("x");
    Klantcontact kLeeg = k;
    kLeeg.uuid = QUuid::createUuid();
    kLeeg.nummer = QStringLiteral("");
    kLeeg.referentienummer = QStringLiteral("");
    kLeeg.indicatieContactGelukt = false;
    kLeeg.metadata = {{QString(), QString()}};
    QVERIFY(insertOne(d, k).ok());
    QVERIFY(insertOne(d, kLeeg).ok());
    VERIFY_STORED(d, k);
    VERIFY_STORED(d, kLeeg);

    Betrokkene b;
    b.uuid = QUuid::createUuid();
    b.hadKlantcontact = k.uuid;
    Betrokkene bLeeg = b;
    bLeeg.uuid = QUuid::createUuid();
    bLeeg.bezoekadres = Adres{};
    bLeeg.correspondentieadres = Adres{};
    bLeeg.contactnaam = Contactnaam{};
    DigitaalAdres da;
    da.uuid = QUuid::createUuid();
    da.adres = QStringLiteral("0612345678");
    Onderwerpobject o{QUuid::createUuid(), std::nullopt, std::nullopt, std::nullopt};
    Onderwerpobject oLeeg{QUuid::createUuid(), k.uuid, std::nullopt, ObjectIdentificator{}};
    Bijlage bij{QUuid::createUuid(), std::nullopt, std::nullopt};
    Bijlage bijLeeg{QUuid::createUuid(), k.uuid, ObjectIdentificator{}};
    Rekeningnummer r{QUuid::createUuid(), std::nullopt, QStringLiteral("NL91ABNA0417164300"), QString()};
    InterneTaak t;
    t.uuid = QUuid::createUuid();
    t.gevraagdeHandeling = QStringLiteral("Bellen");
    t.aanleidinggevendKlantcontact = k.uuid;
    for (auto result : {insertOne(d, b), insertOne(d, bLeeg), insertOne(d, da), insertOne(d, o), insertOne(d, oLeeg),
                        insertOne(d, bij), insertOne(d, bijLeeg), insertOne(d, r), insertOne(d, t)}) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
    }
    VERIFY_STORED(d, b);
    VERIFY_STORED(d, bLeeg);
    VERIFY_STORED(d, da);
    VERIFY_STORED(d, o);
    VERIFY_STORED(d, oLeeg);
    VERIFY_STORED(d, bij);
    VERIFY_STORED(d, bijLeeg);
    VERIFY_STORED(d, r);
    VERIFY_STORED(d, t);
}

void TestStorageRoundtrip::update()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const StorageFixture f = StorageFixture::full();
    QVERIFY(f.insertAll(db.database()).ok());

    // Every field changed, optionals from present to null and back.
    Partij p = f.contactpersoon;
    p.nummer.reset();
    p.interneNotitie = QStringLiteral("Çok güzel");
    p.voorkeursDigitaalAdres.reset();
    p.voorkeursRekeningnummer.reset();
    p.soortPartij = SoortPartij::Persoon;
    p.indicatieGeheimhouding.reset();
    p.voorkeurstaal = QStringLiteral("nld");
    p.indicatieActief = true;
    p.bezoekadres.reset();
    p.correspondentieadres = Adres{};
    p.heeftPartijIdentificatie = true;
    p.contactnaam = Contactnaam{};
    p.organisatieNaam.clear();
    p.werkteVoorPartij.reset();
    p.contactpersoonUuid.reset();

    InterneTaak t = f.taak;
    t.toegewezenAanActoren = {f.medewerker.uuid};
    t.status = TaakStatus::TeVerwerken;
    t.afgehandeldOp.reset();
    t.toelichting = QString(1000, QChar(u'Ð'));

    {
        WriteTransaction transaction(db.database());
        QVERIFY(Repository<Partij>(db.database()).update(p).ok());
        QVERIFY(Repository<InterneTaak>(db.database()).update(t).ok());
        QVERIFY(transaction.commit().ok());
    }
    VERIFY_STORED(db.database(), p);
    VERIFY_STORED(db.database(), t);
    QCOMPARE(countOf<Partij>(db.database()), 2);
}

void TestStorageRoundtrip::updateOfMissingRowFails()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    WriteTransaction transaction(db.database());
    const Result<> updated = Repository<Partij>(db.database()).update(persoon(1));
    QVERIFY(!updated.ok());
    QVERIFY(!updated.error().message.isEmpty());
}

void TestStorageRoundtrip::removeCascades()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const StorageFixture f = StorageFixture::full();
    QVERIFY(f.insertAll(d).ok());

    {
        // Deleting the vraag klantcontact removes its betrokkenen, onderwerpobjecten (also via
        // wasKlantcontact), bijlagen, taken and actor links; the betrokkene's address stays unlinked.
        WriteTransaction transaction(d);
        QVERIFY(Repository<Klantcontact>(d).remove(f.vraag.uuid).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(countOf<Klantcontact>(d), 1);
    QVERIFY(!Repository<Betrokkene>(d).find(f.betrokkene.uuid));
    QVERIFY(!Repository<Onderwerpobject>(d).find(f.onderwerp.uuid));
    QCOMPARE(countOf<Bijlage>(d), 0);
    QCOMPARE(countOf<InterneTaak>(d), 0);
    QCOMPARE(countOf<ActorKlantcontact>(d), 1);
    QCOMPARE(Repository<DigitaalAdres>(d).find(f.email.uuid)->verstrektDoorBetrokkene, std::nullopt);

    {
        // Deleting the organisatie removes its identificatoren and the vertegenwoordiging; the
        // contactpersoon stays but no longer works for it.
        WriteTransaction transaction(d);
        QVERIFY(Repository<Partij>(d).remove(f.organisatie.uuid).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(countOf<PartijIdentificator>(d), 1);
    QCOMPARE(countOf<Vertegenwoordiging>(d), 0);
    QCOMPARE(Repository<Partij>(d).find(f.contactpersoon.uuid)->werkteVoorPartij, std::nullopt);

    {
        WriteTransaction transaction(d);
        QVERIFY(Repository<DigitaalAdres>(d).remove(f.email.uuid).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(Repository<Partij>(d).find(f.contactpersoon.uuid)->voorkeursDigitaalAdres, std::nullopt);

    {
        WriteTransaction transaction(d);
        QVERIFY(Repository<Partij>(d).remove(f.contactpersoon.uuid).ok());
        QVERIFY(Repository<Actor>(d).remove(f.medewerker.uuid).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(countOf<Partij>(d), 0);
    QCOMPARE(countOf<Rekeningnummer>(d), 0);
    QCOMPARE(countOf<PartijIdentificator>(d), 0);
    QCOMPARE(countOf<Betrokkene>(d), 1); // the terugbel betrokkene had no partij
    QCOMPARE(countOf<ActorKlantcontact>(d), 0);
}

void TestStorageRoundtrip::removeOfMissingRowFails()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    WriteTransaction transaction(db.database());
    QVERIFY(!Repository<Actor>(db.database()).remove(QUuid::createUuid()).ok());
}

void TestStorageRoundtrip::forEachInInsertionOrderAndCount()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Repository<Partij> repository(db.database());
    QList<QUuid> inserted;
    {
        WriteTransaction transaction(db.database());
        for (int n : {5, 3, 9, 1, 7}) {
            const Partij p = persoon(n);
            inserted << p.uuid;
            QVERIFY(repository.insert(p).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(repository.count(), 5);
    QList<QUuid> visited;
    QStringList nummers;
    const Result<> read = repository.forEach([&](const Partij &p) {
        visited << p.uuid;
        nummers << *p.nummer;
    });
    QVERIFY(read.ok());
    QCOMPARE(visited, inserted);
    QCOMPARE(nummers, (QStringList{QStringLiteral("5"), QStringLiteral("3"), QStringLiteral("9"), QStringLiteral("1"),
                                   QStringLiteral("7")}));
}

void TestStorageRoundtrip::constraintViolationsLeaveDatabaseUnchanged_data()
{
    QTest::addColumn<QString>("violation");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("duplicate partij nummer") << QStringLiteral("partijNummer") << QStringLiteral("1001");
    QTest::newRow("duplicate uuid") << QStringLiteral("uuid") << QStringLiteral("already");
    QTest::newRow("BSN of another partij") << QStringLiteral("bsn") << QStringLiteral("999993653");
    QTest::newRow("second BSN for one partij") << QStringLiteral("secondBsn") << QStringLiteral("already has");
    QTest::newRow("vestiging twice under one kvk") << QStringLiteral("vestiging") << QStringLiteral("000012345678");
    QTest::newRow("self representation") << QStringLiteral("selfRepresentation") << QStringLiteral("itself");
    QTest::newRow("duplicate representation") << QStringLiteral("duplicateRepresentation") << QStringLiteral("already");
    QTest::newRow("contact gelukt with verdere actie") << QStringLiteral("gelukt") << QStringLiteral("further action");
    QTest::newRow("duplicate referentienummer") << QStringLiteral("referentienummer") << QStringLiteral("2024000001");
    QTest::newRow("actor linked twice") << QStringLiteral("actorLink") << QStringLiteral("already linked");
    QTest::newRow("afgehandeld but te verwerken") << QStringLiteral("afgehandeld") << QStringLiteral("processed");
    QTest::newRow("actor assigned twice") << QStringLiteral("taakActor") << QStringLiteral("more than once");
}

void TestStorageRoundtrip::constraintViolationsLeaveDatabaseUnchanged()
{
    QFETCH(QString, violation);
    QFETCH(QString, messagePart);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const StorageFixture f = StorageFixture::full();
    QVERIFY(f.insertAll(d).ok());

    const auto counts = [&] {
        return QList<qint64>{countOf<Partij>(d),       countOf<PartijIdentificator>(d), countOf<Vertegenwoordiging>(d),
                             countOf<Klantcontact>(d), countOf<ActorKlantcontact>(d),   countOf<InterneTaak>(d)};
    };
    const QList<qint64> before = counts();

    Result<> result;
    {
        WriteTransaction transaction(d);
        // A valid write first: it must disappear with the rollback too.
        const Partij extra = persoon(77);
        QVERIFY(Repository<Partij>(d).insert(extra).ok());

        if (violation == QLatin1String("partijNummer")) {
            Partij p = persoon(1);
            p.nummer = f.contactpersoon.nummer;
            result = Repository<Partij>(d).insert(p);
        } else if (violation == QLatin1String("uuid")) {
            result = Repository<Actor>(d).insert(f.afdeling);
        } else if (violation == QLatin1String("bsn")) {
            PartijIdentificator i = f.bsn;
            i.uuid = QUuid::createUuid();
            i.identificeerdePartij = extra.uuid;
            result = Repository<PartijIdentificator>(d).insert(i);
        } else if (violation == QLatin1String("secondBsn")) {
            PartijIdentificator i = f.bsn;
            i.uuid = QUuid::createUuid();
            i.objectId = QStringLiteral("111222333");
            result = Repository<PartijIdentificator>(d).insert(i);
        } else if (violation == QLatin1String("vestiging")) {
            PartijIdentificator i = f.vestiging;
            i.uuid = QUuid::createUuid();
            i.identificeerdePartij = extra.uuid;
            result = Repository<PartijIdentificator>(d).insert(i);
        } else if (violation == QLatin1String("selfRepresentation")) {
            result = Repository<Vertegenwoordiging>(d).insert(
                Vertegenwoordiging{QUuid::createUuid(), extra.uuid, extra.uuid});
        } else if (violation == QLatin1String("duplicateRepresentation")) {
            Vertegenwoordiging v = f.vertegenwoordiging;
            v.uuid = QUuid::createUuid();
            result = Repository<Vertegenwoordiging>(d).insert(v);
        } else if (violation == QLatin1String("gelukt")) {
            Klantcontact k = f.vraag;
            k.indicatieContactGelukt = true;
            result = Repository<Klantcontact>(d).update(k);
        } else if (violation == QLatin1String("referentienummer")) {
            Klantcontact k = f.terugbelContact;
            k.referentienummer = f.vraag.referentienummer;
            result = Repository<Klantcontact>(d).update(k);
        } else if (violation == QLatin1String("actorLink")) {
            ActorKlantcontact a = f.actorVraag;
            a.uuid = QUuid::createUuid();
            result = Repository<ActorKlantcontact>(d).insert(a);
        } else if (violation == QLatin1String("afgehandeld")) {
            InterneTaak t = f.taak;
            t.status = TaakStatus::TeVerwerken;
            result = Repository<InterneTaak>(d).update(t);
        } else if (violation == QLatin1String("taakActor")) {
            InterneTaak t = f.taak;
            t.uuid = QUuid::createUuid();
            t.nummer.reset();
            t.referentienummer.reset();
            t.toegewezenAanActoren = {f.medewerker.uuid, f.afdeling.uuid, f.medewerker.uuid};
            result = Repository<InterneTaak>(d).insert(t);
            // The task row itself must not stay behind inside the transaction either.
            QVERIFY(!Repository<InterneTaak>(d).find(t.uuid));
        } else {
            QFAIL("unknown violation");
        }
        QVERIFY(!result.ok());
        // The transaction goes out of scope here without commit: rollback.
    }
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QCOMPARE(counts(), before);
    VERIFY_STORED(d, f.vraag);
    VERIFY_STORED(d, f.taak);
}

void TestStorageRoundtrip::danglingReferenceFailsAtCommit()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const QUuid missing = QUuid::createUuid();
    Result<> committed;
    {
        WriteTransaction transaction(d);
        Betrokkene b;
        b.uuid = QUuid::createUuid();
        b.hadKlantcontact = missing;
        QVERIFY(Repository<Betrokkene>(d).insert(b).ok()); // deferred: accepted until commit
        committed = transaction.commit();
    }
    QVERIFY(!committed.ok());
    QVERIFY2(committed.error().message.contains(missing.toString(QUuid::WithoutBraces)),
             qPrintable(committed.error().message));
    QCOMPARE(countOf<Betrokkene>(d), 0);
}

void TestStorageRoundtrip::identificatorWithBranchesCannotBeRemoved()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Database &d = db.database();
    const StorageFixture f = StorageFixture::full();
    QVERIFY(f.insertAll(d).ok());
    {
        WriteTransaction transaction(d);
        const Result<> removed = Repository<PartijIdentificator>(d).remove(f.kvk.uuid);
        QVERIFY(!removed.ok());
        QVERIFY(!removed.error().message.isEmpty());
    }
    QCOMPARE(countOf<PartijIdentificator>(d), 3);
}

QTEST_GUILESS_MAIN(TestStorageRoundtrip)
#include "tst_storage_roundtrip.moc"
