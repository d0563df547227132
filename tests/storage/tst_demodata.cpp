// Demo data: the pure generator (model/demo) and DemoLoader (storage/demoloader.h).

#include "model/apijson/apijson.h"
#include "model/demo/demogenerator.h"
#include "model/demo/demorandom.h"
#include "model/demo/demosink.h"
#include "model/validation/validation.h"
#include "model/validation/valuevalidators.h"
#include "storage/db/checkconstraints.h"
#include "storage/db/database.h"
#include "storage/db/integritycheck.h"
#include "storage/db/writetransaction.h"
#include "storage/demo/demoloader.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "storage/taken/takenschema.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kcc;
using kcc::storage::DemoLoader;
using kcc::storage::DemoOptions;
using kcc::storage::DemoReport;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The API JSON of every record, in the order it is added: a complete, readable fingerprint.
struct HashingSink : demo::DemoSink
{
    ApiJson api;
    QCryptographicHash partijHash{QCryptographicHash::Sha256};
    QCryptographicHash allHash{QCryptographicHash::Sha256};

    bool hash(const QByteArray &bytes, bool partijData = false)
    {
        allHash.addData(bytes);
        if (partijData)
            partijHash.addData(bytes);
        return true;
    }
    bool add(const Actor &x) override { return hash(json(api.toJson(x))); }
    bool add(const Partij &x) override { return hash(json(api.toJson(x, {})), true); }
    bool add(const PartijIdentificator &x) override { return hash(json(api.toJson(x)), true); }
    bool add(const DigitaalAdres &x) override { return hash(json(api.toJson(x)), x.verstrektDoorPartij.has_value()); }
    bool add(const Rekeningnummer &x) override { return hash(json(api.toJson(x)), true); }
    bool add(const Vertegenwoordiging &x) override { return hash(json(api.toJson(x))); }
    bool add(const Klantcontact &x) override { return hash(json(api.toJson(x, {}))); }
    bool add(const ActorKlantcontact &x) override { return hash(json(api.toJson(x))); }
    bool add(const Betrokkene &x) override { return hash(json(api.toJson(x, {}))); }
    bool add(const Onderwerpobject &x) override { return hash(json(api.toJson(x))); }
    bool add(const Bijlage &x) override { return hash(json(api.toJson(x))); }
    bool add(const InterneTaak &x) override { return hash(json(api.toJson(x))); }
};

QByteArray generatorHash(quint64 seed, qint64 partijen, qint64 klantcontacten, QByteArray *partijHash = nullptr)
{
    HashingSink sink;
    demo::DemoGenerator generator(seed, partijen, klantcontacten);
    if (!generator.run(sink))
        return {};
    if (partijHash)
        *partijHash = sink.partijHash.result();
    return sink.allHash.result();
}

// Validates every record and checks the cross-record promises of the generator as it goes.
struct CheckingSink : demo::DemoSink
{
    QStringList problems;
    QHash<QString, qint64> counts;
    QDateTime reference = demo::DemoGenerator::referenceDateTime();

    QHash<QUuid, bool> actorActive;
    QHash<QUuid, QUuid> partijOfAdres;
    QList<QPair<QUuid, QUuid>> voorkeuren; // partij, voorkeursDigitaalAdres (checked at the end)
    QSet<QPair<QUuid, int>> standaard;     // (partij, soort) with isStandaardAdres
    QSet<QString> bsns, kvks, rsins, partijNummers, kcNummers, taakNummers;
    QSet<QString> kanalen;
    QSet<QUuid> partijen, organisaties;
    QHash<QUuid, QDateTime> klantcontactTijd;
    QHash<QUuid, bool> klantcontactInitiator; // any betrokkene with initiator true
    QSet<QUuid> metActor, metBetrokkene;
    QSet<QUuid> callbackContacten; // klantcontacten that have an onderwerpobject with wasKlantcontact
    QSet<QPair<QUuid, QUuid>> vertegenwoordigingen;
    int verwerkt = 0, teVerwerken = 0, zaken = 0, documenten = 0, productaanvragen = 0;
    int anoniem = 0, bekend = 0, eenmaligBijBekend = 0, vertegenwoordigers = 0, bekendePersonen = 0,
        organisatieBetrokkenen = 0;
    int vastePersonen = 0, diacritics = 0, voorvoegsels = 0, dubbeleNamen = 0, buitenland = 0;

    template<typename T>
    bool valid(const char *type, const T &item)
    {
        ++counts[QLatin1String(type)];
        const FieldErrors errors = validate(item);
        if (!errors.isEmpty() && problems.size() < 20)
            problems << QStringLiteral("%1 %2: %3 %4")
                            .arg(QLatin1String(type), item.uuid.toString(), errors.first().field,
                                 errors.first().message);
        return true;
    }
    void problem(const QString &text)
    {
        if (problems.size() < 20)
            problems << text;
    }

    bool add(const Actor &x) override
    {
        actorActive.insert(x.uuid, x.indicatieActief);
        return valid("actor", x);
    }
    bool add(const Partij &x) override
    {
        if (!x.nummer || partijNummers.contains(*x.nummer))
            problem(QStringLiteral("partij nummer missing or not unique"));
        else
            partijNummers.insert(*x.nummer);
        if (x.voorkeursDigitaalAdres)
            voorkeuren.append({x.uuid, *x.voorkeursDigitaalAdres});
        if (x.soortPartij == SoortPartij::Organisatie)
            organisaties.insert(x.uuid);
        if (x.soortPartij == SoortPartij::Contactpersoon &&
            (!x.werkteVoorPartij || !organisaties.contains(*x.werkteVoorPartij)))
            problem(
                QStringLiteral("contactpersoon %1 does not work for an earlier organisatie").arg(x.uuid.toString()));
        if (x.soortPartij == SoortPartij::Persoon && x.contactnaam) {
            ++vastePersonen;
            const QString naam = x.contactnaam->volledigeNaam();
            if (naam != QString::fromLatin1(naam.toLatin1()) || naam.contains(u'ë') || naam.contains(u'ü'))
                ++diacritics;
            if (!x.contactnaam->voorvoegselAchternaam.isEmpty())
                ++voorvoegsels;
            if (x.contactnaam->achternaam.contains(u'-'))
                ++dubbeleNamen;
            if (!x.contactnaam->voornaam.isEmpty() &&
                !x.contactnaam->voorletters.startsWith(x.contactnaam->voornaam.front().toUpper()))
                problem(QStringLiteral("voorletters %1 do not match %2")
                            .arg(x.contactnaam->voorletters, x.contactnaam->voornaam));
        }
        if (x.bezoekadres && !x.bezoekadres->land.isEmpty() && x.bezoekadres->land != QLatin1String("NL"))
            ++buitenland;
        partijen.insert(x.uuid);
        return valid("partij", x);
    }
    bool add(const PartijIdentificator &x) override
    {
        QSet<QString> *seen = x.codeSoortObjectId == CodeSoortObjectId::Bsn         ? &bsns
                              : x.codeSoortObjectId == CodeSoortObjectId::KvkNummer ? &kvks
                              : x.codeSoortObjectId == CodeSoortObjectId::Rsin      ? &rsins
                                                                                    : nullptr;
        if (seen) {
            if (seen->contains(x.objectId))
                problem(QStringLiteral("identificator %1 is not unique").arg(x.objectId));
            seen->insert(x.objectId);
        }
        if (x.codeSoortObjectId == CodeSoortObjectId::Bsn && (!isElfproefValid(x.objectId) || checkBsn(x.objectId)))
            problem(QStringLiteral("BSN %1 fails the 11-proef").arg(x.objectId));
        if (!x.identificeerdePartij || !partijen.contains(*x.identificeerdePartij))
            problem(QStringLiteral("identificator %1 without an earlier partij").arg(x.objectId));
        return valid("partijidentificator", x);
    }
    bool add(const DigitaalAdres &x) override
    {
        if (x.verstrektDoorPartij) {
            partijOfAdres.insert(x.uuid, *x.verstrektDoorPartij);
            if (x.isStandaardAdres) {
                const QPair<QUuid, int> key{*x.verstrektDoorPartij, int(x.soortDigitaalAdres)};
                if (standaard.contains(key))
                    problem(QStringLiteral("two standaard addresses of one soort for %1").arg(key.first.toString()));
                standaard.insert(key);
            }
        } else if (x.isStandaardAdres) {
            problem(QStringLiteral("isStandaardAdres without verstrektDoorPartij"));
        }
        if (x.verstrektDoorPartij.has_value() == x.verstrektDoorBetrokkene.has_value())
            problem(QStringLiteral("digitaal adres %1 belongs to neither or both").arg(x.uuid.toString()));
        return valid("digitaaladres", x);
    }
    bool add(const Rekeningnummer &x) override { return valid("rekeningnummer", x); }
    bool add(const Vertegenwoordiging &x) override
    {
        const QPair<QUuid, QUuid> pair{x.vertegenwoordigendePartij, x.vertegenwoordigdePartij};
        if (vertegenwoordigingen.contains(pair) || pair.first == pair.second)
            problem(QStringLiteral("vertegenwoordiging duplicate or self"));
        vertegenwoordigingen.insert(pair);
        return valid("vertegenwoordiging", x);
    }
    bool add(const Klantcontact &x) override
    {
        klantcontactTijd.insert(x.uuid, x.plaatsgevondenOp);
        kanalen.insert(x.kanaal);
        if (!x.referentienummer || kcNummers.contains(*x.referentienummer))
            problem(QStringLiteral("klantcontact referentienummer missing or not unique"));
        else
            kcNummers.insert(*x.referentienummer);
        if (x.plaatsgevondenOp >= reference || x.plaatsgevondenOp < reference.addDays(-731))
            problem(QStringLiteral("klantcontact outside the two years before the reference date"));
        return valid("klantcontact", x);
    }
    bool add(const ActorKlantcontact &x) override
    {
        if (!actorActive.value(x.actor, false))
            problem(QStringLiteral("klantcontact linked to an unknown or inactive actor"));
        if (!klantcontactTijd.contains(x.klantcontact))
            problem(QStringLiteral("actor link before its klantcontact"));
        metActor.insert(x.klantcontact);
        return valid("actorklantcontact", x);
    }
    bool add(const Betrokkene &x) override
    {
        if (!klantcontactTijd.contains(x.hadKlantcontact))
            problem(QStringLiteral("betrokkene before its klantcontact"));
        metBetrokkene.insert(x.hadKlantcontact);
        if (x.initiator)
            klantcontactInitiator[x.hadKlantcontact] = true;
        else
            klantcontactInitiator.insert(x.hadKlantcontact, klantcontactInitiator.value(x.hadKlantcontact, false));
        if (!x.wasPartij)
            ++anoniem;
        else if (x.rol == Rol::Vertegenwoordiger)
            ++vertegenwoordigers;
        else
            ++bekend;
        if (x.wasPartij && organisaties.contains(*x.wasPartij))
            ++organisatieBetrokkenen;
        return valid("betrokkene", x);
    }
    bool add(const Onderwerpobject &x) override
    {
        if (x.onderwerpobjectidentificator && x.onderwerpobjectidentificator->codeObjecttype == QLatin1String("zaak"))
            ++zaken;
        if (x.wasKlantcontact) {
            if (!x.klantcontact ||
                klantcontactTijd.value(*x.wasKlantcontact) >= klantcontactTijd.value(*x.klantcontact))
                problem(QStringLiteral("callback does not follow the contact it answers"));
            callbackContacten.insert(*x.klantcontact);
        }
        return valid("onderwerpobject", x);
    }
    bool add(const Bijlage &x) override
    {
        if (x.bijlageidentificator && x.bijlageidentificator->codeObjecttype == QLatin1String("DOCUMENT"))
            ++documenten;
        if (x.bijlageidentificator && x.bijlageidentificator->codeObjecttype == QLatin1String("productaanvraag"))
            ++productaanvragen;
        return valid("bijlage", x);
    }
    bool add(const InterneTaak &x) override
    {
        const QDateTime contact = klantcontactTijd.value(x.aanleidinggevendKlantcontact);
        if (!contact.isValid())
            problem(QStringLiteral("interne taak before its klantcontact"));
        if (x.toegewezenOp < contact)
            problem(QStringLiteral("interne taak assigned before its klantcontact"));
        if (x.status == TaakStatus::Verwerkt) {
            ++verwerkt;
            if (!x.afgehandeldOp || *x.afgehandeldOp < x.toegewezenOp || *x.afgehandeldOp > reference)
                problem(QStringLiteral("verwerkte taak %1 with a wrong afgehandeldOp").arg(x.uuid.toString()));
        } else {
            ++teVerwerken;
            if (x.afgehandeldOp)
                problem(QStringLiteral("open taak with afgehandeldOp"));
        }
        if (x.toegewezenAanActoren.isEmpty() || x.toegewezenAanActoren.size() > 2)
            problem(QStringLiteral("interne taak with %1 actors").arg(x.toegewezenAanActoren.size()));
        for (const QUuid &actor : x.toegewezenAanActoren) {
            if (!actorActive.value(actor, false))
                problem(QStringLiteral("interne taak assigned to an unknown or inactive actor"));
        }
        if (!x.referentienummer || taakNummers.contains(*x.referentienummer))
            problem(QStringLiteral("interne taak referentienummer missing or not unique"));
        else
            taakNummers.insert(*x.referentienummer);
        return valid("internetaak", x);
    }

    void finish()
    {
        for (const auto &[partij, adres] : std::as_const(voorkeuren)) {
            if (partijOfAdres.value(adres) != partij)
                problem(QStringLiteral("voorkeursDigitaalAdres of %1 is not its own").arg(partij.toString()));
        }
        for (auto it = klantcontactTijd.cbegin(); it != klantcontactTijd.cend(); ++it) {
            if (!metActor.contains(it.key()) || !metBetrokkene.contains(it.key()))
                problem(QStringLiteral("klantcontact %1 without actor or betrokkene").arg(it.key().toString()));
            // A callback is made by the municipality; every other contact has an initiating betrokkene.
            if (callbackContacten.contains(it.key()) == klantcontactInitiator.value(it.key()))
                problem(QStringLiteral("klantcontact %1: initiator does not fit callback").arg(it.key().toString()));
        }
    }
};

template<typename T>
qint64 countRows(storage::Database &database)
{
    return storage::Repository<T>(database).count();
}

template<typename T, typename Serialize>
void hashAll(storage::Database &database, QCryptographicHash &hash, Serialize serialize)
{
    const Result<> read =
        storage::Repository<T>(database).forEach([&](const T &item) { hash.addData(serialize(item)); });
    QVERIFY2(read.ok(), qPrintable(read.error().message));
}

// A fingerprint of everything stored, read back through the repositories.
QByteArray databaseHash(storage::Database &database)
{
    const ApiJson api;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hashAll<Partij>(database, hash, [&](const Partij &x) { return json(api.toJson(x, {})); });
    hashAll<PartijIdentificator>(database, hash, [&](const PartijIdentificator &x) { return json(api.toJson(x)); });
    hashAll<DigitaalAdres>(database, hash, [&](const DigitaalAdres &x) { return json(api.toJson(x)); });
    hashAll<Rekeningnummer>(database, hash, [&](const Rekeningnummer &x) { return json(api.toJson(x)); });
    hashAll<Vertegenwoordiging>(database, hash, [&](const Vertegenwoordiging &x) { return json(api.toJson(x)); });
    hashAll<Klantcontact>(database, hash, [&](const Klantcontact &x) { return json(api.toJson(x, {})); });
    hashAll<Betrokkene>(database, hash, [&](const Betrokkene &x) { return json(api.toJson(x, {})); });
    hashAll<Onderwerpobject>(database, hash, [&](const Onderwerpobject &x) { return json(api.toJson(x)); });
    hashAll<Bijlage>(database, hash, [&](const Bijlage &x) { return json(api.toJson(x)); });
    hashAll<Actor>(database, hash, [&](const Actor &x) { return json(api.toJson(x)); });
    hashAll<ActorKlantcontact>(database, hash, [&](const ActorKlantcontact &x) { return json(api.toJson(x)); });
    hashAll<InterneTaak>(database, hash, [&](const InterneTaak &x) { return json(api.toJson(x)); });
    return hash.result();
}

// Every stored value of every table as SQLite holds it (type and text), in rowid order: what
// DemoLoader's bulk path writes must be byte for byte what the repositories write.
QStringList rawRows(storage::Database &database)
{
    QStringList rows;
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND "
                               "name NOT LIKE 'zoek_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery query(database.connection());
        if (!query.exec(QLatin1String("SELECT * FROM ") % table)) {
            rows << table % QLatin1String(": ") % query.lastError().text();
            continue;
        }
        while (query.next()) {
            QString row = table;
            for (int column = 0; column < query.record().count(); ++column) {
                const QVariant value = query.value(column);
                row += QLatin1Char('|') % QString::fromLatin1(value.typeName()) % QLatin1Char(':') %
                       (value.isNull() ? QStringLiteral("NULL") : value.toString());
            }
            rows << row;
        }
    }
    return rows;
}

// Writes the generator's records through Repository<T>::insert, the path of every other writer.
struct RepositorySink : demo::DemoSink
{
    explicit RepositorySink(storage::Database &database)
        : db(database)
    {
    }
    template<typename T>
    bool write(const T &item)
    {
        const Result<> written = storage::Repository<T>(db).insert(item);
        if (!written)
            qWarning("%s", qPrintable(written.error().message));
        return written.ok();
    }
    bool add(const Actor &x) override { return write(x); }
    bool add(const Partij &x) override { return write(x); }
    bool add(const PartijIdentificator &x) override { return write(x); }
    bool add(const DigitaalAdres &x) override { return write(x); }
    bool add(const Rekeningnummer &x) override { return write(x); }
    bool add(const Vertegenwoordiging &x) override { return write(x); }
    bool add(const Klantcontact &x) override { return write(x); }
    bool add(const ActorKlantcontact &x) override { return write(x); }
    bool add(const Betrokkene &x) override { return write(x); }
    bool add(const Onderwerpobject &x) override { return write(x); }
    bool add(const Bijlage &x) override { return write(x); }
    bool add(const InterneTaak &x) override { return write(x); }
    storage::Database &db;
};

const QStringList &resourceNames()
{
    static const QStringList names{
        QStringLiteral("partijen"),        QStringLiteral("partij-identificatoren"), QStringLiteral("digitaleadressen"),
        QStringLiteral("rekeningnummers"), QStringLiteral("vertegenwoordigingen"),   QStringLiteral("klantcontacten"),
        QStringLiteral("betrokkenen"),     QStringLiteral("onderwerpobjecten"),      QStringLiteral("bijlagen"),
        QStringLiteral("actoren"),         QStringLiteral("actorklantcontacten"),    QStringLiteral("internetaken"),
    };
    return names;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void randomIsPortable();
    void uuidsAreVersion4();
    void generatorIsDeterministic();
    void klantcontactenDoNotChangePartijen();
    void everyObjectValidates();
    void loadsRequestedCounts();
    void defaultKlantcontacten();
    void sameSeedGivesSameDatabase();
    void integrityCheckIsClean();
    void bulkLoadWritesWhatRepositoriesWrite();
    void checkExpressions();
    void checkConstraintsAreVerified();
    void everyKlantcontactHasActorAndBetrokkene();
    void refusesNonEmptyDatabase();
    void refusesInvalidOptions_data();
    void refusesInvalidOptions();
};

void TestDemoData::randomIsPortable()
{
    // Reference values of xoshiro256** seeded by splitmix64, computed independently (Python):
    // the demo data must not depend on the platform or standard library.
    demo::DemoRandom random(1, 0);
    QCOMPARE(random.next(), Q_UINT64_C(0xb3f2af6d0fc710c5));
    QCOMPARE(random.next(), Q_UINT64_C(0x853b559647364cea));
    QCOMPARE(random.next(), Q_UINT64_C(0x92f89756082a4514));
    demo::DemoRandom stream(42, 4);
    QCOMPARE(stream.next(), Q_UINT64_C(0xefbde50fc44e4b4e));
    QCOMPARE(stream.next(), Q_UINT64_C(0x4a2df451b7809365));

    demo::DemoRandom bounded(3);
    for (int i = 0; i < 10000; ++i) {
        const qint64 value = bounded.between(-3, 3);
        QVERIFY(value >= -3 && value <= 3);
    }
}

void TestDemoData::uuidsAreVersion4()
{
    demo::DemoRandom random(9);
    QSet<QUuid> seen;
    for (int i = 0; i < 1000; ++i) {
        const QUuid uuid = random.uuid();
        QCOMPARE(uuid.version(), QUuid::Random);
        QCOMPARE(uuid.variant(), QUuid::DCE);
        seen.insert(uuid);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestDemoData::generatorIsDeterministic()
{
    const QByteArray first = generatorHash(1, 400, 600);
    QVERIFY(!first.isEmpty());
    QCOMPARE(generatorHash(1, 400, 600), first);
    QVERIFY(generatorHash(2, 400, 600) != first);
    QVERIFY(generatorHash(1, 401, 600) != first);
}

void TestDemoData::klantcontactenDoNotChangePartijen()
{
    // Separate PRNG streams: asking for more contacts keeps the same partijen.
    QByteArray partijenA, partijenB;
    const QByteArray allA = generatorHash(5, 300, 100, &partijenA);
    const QByteArray allB = generatorHash(5, 300, 900, &partijenB);
    QCOMPARE(partijenA, partijenB);
    QVERIFY(allA != allB);
}

void TestDemoData::everyObjectValidates()
{
    // Big enough for thousands of records of most types.
    CheckingSink sink;
    demo::DemoGenerator generator(11, 4000, 8000);
    QVERIFY(generator.run(sink));
    sink.finish();
    QVERIFY2(sink.problems.isEmpty(), qPrintable(sink.problems.join(QLatin1Char('\n'))));

    QCOMPARE(sink.counts.value(QStringLiteral("partij")), 4000);
    QCOMPARE(sink.counts.value(QStringLiteral("klantcontact")), 8000);
    for (const char *type : {"actor", "partijidentificator", "digitaaladres", "rekeningnummer", "vertegenwoordiging",
                             "actorklantcontact", "betrokkene", "onderwerpobject", "bijlage", "internetaak"})
        QVERIFY2(sink.counts.value(QLatin1String(type)) > 0, type);
    QVERIFY(sink.counts.value(QStringLiteral("digitaaladres")) > 4000);

    // The mix the demo promises.
    QVERIFY(sink.bsns.size() > 3000);
    QVERIFY(sink.kvks.size() > 400);
    QVERIFY(!sink.rsins.isEmpty());
    QCOMPARE(sink.kanalen, (QSet<QString>{QStringLiteral("telefoon"), QStringLiteral("balie"), QStringLiteral("e-mail"),
                                          QStringLiteral("brief"), QStringLiteral("chat"), QStringLiteral("website")}));
    QVERIFY(sink.verwerkt > 0);
    QVERIFY(sink.teVerwerken > 0);
    QVERIFY(sink.zaken > 0);
    QVERIFY(sink.documenten > 0);
    QVERIFY(sink.productaanvragen > 0);
    QVERIFY(sink.callbackContacten.size() > 50);
    QVERIFY(sink.anoniem > 0);
    QVERIFY(sink.bekend > sink.anoniem);
    QVERIFY(sink.vertegenwoordigers > 0);
    QVERIFY(sink.organisatieBetrokkenen > 0);
    QVERIFY(sink.diacritics > 100);
    QVERIFY(sink.voorvoegsels > 500);
    QVERIFY(sink.dubbeleNamen > 10);
    QVERIFY(sink.buitenland > 10);
    int inactief = 0;
    for (const bool active : std::as_const(sink.actorActive))
        inactief += active ? 0 : 1;
    QCOMPARE(inactief, demo::DemoGenerator::inactiveMedewerkerCount);
}

void TestDemoData::loadsRequestedCounts()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QList<int> percents;
    const Result<DemoReport> loaded =
        DemoLoader::load(db.database(), DemoOptions{300, 450, 3}, [&](const QString &stage, int percent) {
            QVERIFY(!stage.isEmpty());
            percents << percent;
        });
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const QMap<QString, qint64> counts = loaded.value().counts;
    QCOMPARE(counts.keys(), [] {
        QStringList sorted = resourceNames();
        sorted.sort();
        return sorted;
    }());
    for (const QString &name : resourceNames())
        QVERIFY2(counts.value(name) > 0, qPrintable(name));
    QCOMPARE(counts.value(QStringLiteral("partijen")), 300);
    QCOMPARE(counts.value(QStringLiteral("klantcontacten")), 450);

    storage::Database &database = db.database();
    QCOMPARE(countRows<Partij>(database), 300);
    QCOMPARE(countRows<Klantcontact>(database), 450);
    QCOMPARE(countRows<PartijIdentificator>(database), counts.value(QStringLiteral("partij-identificatoren")));
    QCOMPARE(countRows<DigitaalAdres>(database), counts.value(QStringLiteral("digitaleadressen")));
    QCOMPARE(countRows<Rekeningnummer>(database), counts.value(QStringLiteral("rekeningnummers")));
    QCOMPARE(countRows<Vertegenwoordiging>(database), counts.value(QStringLiteral("vertegenwoordigingen")));
    QCOMPARE(countRows<Betrokkene>(database), counts.value(QStringLiteral("betrokkenen")));
    QCOMPARE(countRows<Onderwerpobject>(database), counts.value(QStringLiteral("onderwerpobjecten")));
    QCOMPARE(countRows<Bijlage>(database), counts.value(QStringLiteral("bijlagen")));
    QCOMPARE(countRows<Actor>(database), counts.value(QStringLiteral("actoren")));
    QCOMPARE(countRows<ActorKlantcontact>(database), counts.value(QStringLiteral("actorklantcontacten")));
    QCOMPARE(countRows<InterneTaak>(database), counts.value(QStringLiteral("internetaken")));

    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
}

void TestDemoData::defaultKlantcontacten()
{
    QCOMPARE(DemoOptions::defaultKlantcontacten(250), 500);
    QCOMPARE(DemoOptions::defaultKlantcontacten(1'000'000), 101'900);

    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    DemoOptions options;
    options.partijen = 120;
    const Result<DemoReport> loaded = DemoLoader::load(db.database(), options);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded.value().counts.value(QStringLiteral("klantcontacten")), 240);
}

void TestDemoData::sameSeedGivesSameDatabase()
{
    const auto loadAndHash = [](quint64 seed) -> QByteArray {
        test::TestDatabase db;
        if (!db.isValid())
            return {};
        const Result<DemoReport> loaded = DemoLoader::load(db.database(), DemoOptions{150, 200, seed});
        if (!loaded.ok()) {
            qWarning("%s", qPrintable(loaded.error().message));
            return {};
        }
        return databaseHash(db.database());
    };
    const QByteArray first = loadAndHash(7);
    QVERIFY(!first.isEmpty());
    QCOMPARE(loadAndHash(7), first);
    QVERIFY(loadAndHash(8) != first);
}

void TestDemoData::integrityCheckIsClean()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<DemoReport> loaded = DemoLoader::load(db.database(), DemoOptions{600, 1200, 21});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const QStringList problems = storage::IntegrityCheck::run(db.database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDemoData::bulkLoadWritesWhatRepositoriesWrite()
{
    const DemoOptions options{250, 400, 5};
    test::TestDatabase bulk;
    QVERIFY2(bulk.isValid(), qPrintable(bulk.error()));
    const Result<DemoReport> loaded = DemoLoader::load(bulk.database(), options);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));

    test::TestDatabase repositories;
    QVERIFY2(repositories.isValid(), qPrintable(repositories.error()));
    {
        storage::WriteTransaction transaction(repositories.database());
        QVERIFY(transaction.isActive());
        RepositorySink sink(repositories.database());
        demo::DemoGenerator generator(options.seed, options.partijen, options.klantcontacten);
        QVERIFY(generator.run(sink));
        // The loader logs the creation of every task; so does the call flow for the tasks it makes.
        QSqlDatabase connection = repositories.database().connection();
        QVERIFY(storage::TakenSchema::logUnloggedTasks(connection).ok());
        const Result<> committed = transaction.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error().message));
    }
    const QStringList expected = rawRows(repositories.database());
    const QStringList actual = rawRows(bulk.database());
    QVERIFY(expected.size() > 2000);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

void TestDemoData::checkExpressions()
{
    const QString sql =
        QStringLiteral("CREATE TABLE t (uuid TEXT PRIMARY KEY CHECK (length(uuid) = 36 AND uuid = lower(uuid)),"
                       " checked INTEGER NOT NULL CHECK(checked IN (0, 1)), note TEXT DEFAULT 'CHECK (no)',"
                       " \"odd ) name\" TEXT, CONSTRAINT c CHECK (note <> ')(' OR checked = (1)))");
    QCOMPARE(storage::CheckConstraints::expressions(sql),
             (QStringList{QStringLiteral("length(uuid) = 36 AND uuid = lower(uuid)"),
                          QStringLiteral("checked IN (0, 1)"), QStringLiteral("note <> ')(' OR checked = (1)")}));
    QVERIFY(storage::CheckConstraints::expressions(QStringLiteral("CREATE TABLE u (a TEXT, checks INT)")).isEmpty());
}

void TestDemoData::checkConstraintsAreVerified()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<DemoReport> loaded = DemoLoader::load(db.database(), DemoOptions{40, 40, 2});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const Result<> clean = storage::CheckConstraints::verify(db.database().connection());
    QVERIFY2(clean.ok(), qPrintable(clean.error().message));

    // A row that only gets in with the checks switched off, as during a bulk load.
    QSqlQuery query(db.database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY2(query.exec(QStringLiteral("UPDATE partij SET soort_partij = 'robot' WHERE rowid = 3")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    const Result<> broken = storage::CheckConstraints::verify(db.database().connection());
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QLatin1String("partij")), qPrintable(broken.error().message));
}

void TestDemoData::everyKlantcontactHasActorAndBetrokkene()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<DemoReport> loaded = DemoLoader::load(db.database(), DemoOptions{200, 300, 4});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    storage::Database &database = db.database();
    int checked = 0;
    const Result<> read = storage::Repository<Klantcontact>(database).forEach([&](const Klantcontact &kc) {
        const QList<Actor> actoren = storage::actorenVanKlantcontact(database, kc.uuid);
        QVERIFY(!actoren.isEmpty());
        bool medewerker = false;
        for (const Actor &actor : actoren) {
            QVERIFY(actor.indicatieActief);
            medewerker = medewerker || actor.soortActor == SoortActor::Medewerker;
        }
        QVERIFY(medewerker);
        QVERIFY(!storage::betrokkenenVanKlantcontact(database, kc.uuid).isEmpty());
        ++checked;
    });
    QVERIFY(read.ok());
    QCOMPARE(checked, 300);
}

void TestDemoData::refusesNonEmptyDatabase()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    storage::Database &database = db.database();
    Actor actor;
    actor.uuid = QUuid::fromString(QStringLiteral("{5e0f1a52-1c8e-4d5b-9a55-2f7a3c1d9e01}"));
    actor.naam = QStringLiteral("Bestaande medewerker");
    actor.heeftActorIdentificatie = true;
    actor.functie = QStringLiteral("KCC-medewerker");
    actor.telefoonnummer = QStringLiteral("0301234567");
    {
        storage::WriteTransaction transaction(database);
        QVERIFY(transaction.isActive());
        const Result<> inserted = storage::Repository<Actor>(database).insert(actor);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        QVERIFY(transaction.commit().ok());
    }
    const QByteArray before = databaseHash(database);

    const Result<DemoReport> loaded = DemoLoader::load(database, DemoOptions{10, 10, 1});
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().message.isEmpty());
    QCOMPARE(countRows<Actor>(database), 1);
    QCOMPARE(countRows<Partij>(database), 0);
    QCOMPARE(countRows<Klantcontact>(database), 0);
    QCOMPARE(databaseHash(database), before);
}

void TestDemoData::refusesInvalidOptions_data()
{
    QTest::addColumn<qint64>("partijen");
    QTest::addColumn<qint64>("klantcontacten");
    QTest::newRow("no partijen") << qint64(0) << qint64(-1);
    QTest::newRow("negative partijen") << qint64(-5) << qint64(10);
    QTest::newRow("too many partijen") << DemoOptions::maxPartijen + 1 << qint64(-1);
    QTest::newRow("negative klantcontacten") << qint64(10) << qint64(-2);
    QTest::newRow("too many klantcontacten") << qint64(10) << DemoOptions::maxKlantcontacten + 1;
}

void TestDemoData::refusesInvalidOptions()
{
    QFETCH(qint64, partijen);
    QFETCH(qint64, klantcontacten);
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<DemoReport> loaded = DemoLoader::load(db.database(), DemoOptions{partijen, klantcontacten, 1});
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().message.isEmpty());
    QVERIFY(storage::isEmpty(db.database()));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
