#include "model/apijson/apijson.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/exchange/exporter.h"
#include "storage/exchange/importer.h"
#include "storage/resources/repository.h"
#include "tests/support/richdataset.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;

namespace {

const QString openKlantFixture = QStringLiteral(KCC_TEST_DATA_DIR "/openklant/valid");

template<typename T>
Result<> insertAll(Database &database, const QList<T> &items)
{
    Repository<T> repository(database);
    for (const T &item : items) {
        if (Result<> inserted = repository.insert(item); !inserted)
            return inserted;
    }
    return {};
}

Result<> store(Database &database, const test::RichDataSet &set)
{
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    for (Result<> r : {insertAll(database, set.actoren), insertAll(database, set.partijen),
                       insertAll(database, set.identificatoren), insertAll(database, set.digitaleAdressen),
                       insertAll(database, set.rekeningnummers), insertAll(database, set.vertegenwoordigingen),
                       insertAll(database, set.klantcontacten), insertAll(database, set.betrokkenen),
                       insertAll(database, set.onderwerpobjecten), insertAll(database, set.bijlagen),
                       insertAll(database, set.actorKlantcontacten), insertAll(database, set.interneTaken)}) {
        if (!r)
            return r;
    }
    return transaction.commit();
}

// Number of rows in every resource table, to prove that a refused import changed nothing.
QList<qint64> counts(Database &database)
{
    return {Repository<Partij>(database).count(),
            Repository<PartijIdentificator>(database).count(),
            Repository<DigitaalAdres>(database).count(),
            Repository<Rekeningnummer>(database).count(),
            Repository<Vertegenwoordiging>(database).count(),
            Repository<Klantcontact>(database).count(),
            Repository<Betrokkene>(database).count(),
            Repository<Onderwerpobject>(database).count(),
            Repository<Bijlage>(database).count(),
            Repository<Actor>(database).count(),
            Repository<ActorKlantcontact>(database).count(),
            Repository<InterneTaak>(database).count()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonArray readArray(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).array();
}

void writeArray(const QString &path, const QJsonArray &array)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(array).toJson());
}

bool copyDirectory(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QStringList files = QDir(from).entryList(QDir::Files);
    for (const QString &name : files) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return !files.isEmpty();
}

// Runs tools/openapi_validate.py; returns its exit code and puts its output in *output.
int validateWithPython(const QString &directory, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(KCC_SOURCE_DIR "/tools/openapi_validate.py"),
                   QStringLiteral(KCC_SOURCE_DIR "/resources/reference/klantinteracties-openapi.yaml"), directory});
    if (!process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &e : error.fieldErrors)
        fields << e.field;
    return fields;
}

} // namespace

class TestExportImport : public QObject
{
    Q_OBJECT

private slots:
    void vendoredSpecIsTheReference();
    void emptyDatabaseExportsEmptyArrays();
    void richDataSetRoundTripIsByteIdentical();
    void exportOrdersReferenceLists();
    void openKlantDumpImports();
    void brokenDumpIsRefusedWhole_data();
    void brokenDumpIsRefusedWhole();
    void existingUuidIsRefused();
    void problemListIsCapped();
    void digitaalAdresSideDecidesTheLink();
};

void TestExportImport::vendoredSpecIsTheReference()
{
    // The repository carries its own copies of the Klantinteracties, Verwerkingenlogging and BRP
    // Personen OpenAPI specs, so that a clean clone validates on its own; where the shared reference is present, they
    // must be the same.
    for (const QString &name :
         {QStringLiteral("klantinteracties-openapi.yaml"), QStringLiteral("verwerkingenlogging-openapi.yaml"),
          QStringLiteral("brp-personen-openapi.yaml")}) {
        QFile vendored(QStringLiteral(KCC_SOURCE_DIR "/resources/reference/") + name);
        QVERIFY2(vendored.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY(vendored.size() > 10000);
        QFile reference(QStringLiteral(KCC_SHARED_DIR "/reference/") + name);
        if (!reference.exists())
            QSKIP("../shared is not next to this checkout");
        QVERIFY(reference.open(QIODevice::ReadOnly));
        QCOMPARE(vendored.readAll(), reference.readAll());
    }
}

void TestExportImport::emptyDatabaseExportsEmptyArrays()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QTemporaryDir out;
    const Result<ExportReport> report = Exporter(db.database(), ApiJson::defaultBaseUrl()).exportTo(out.path());
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().counts.size(), 12);
    QCOMPARE(report.value().total(), 0);
    for (const QString &name : Exporter::exportFileNames())
        QCOMPARE(readAll(QDir(out.path()).filePath(name)), QByteArray("[]\n"));
}

void TestExportImport::richDataSetRoundTripIsByteIdentical()
{
    const test::RichDataSet set = test::RichDataSet::create();
    test::TestDatabase first;
    QVERIFY2(first.isValid(), qPrintable(first.error()));
    const Result<> stored = store(first.database(), set);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));

    QTemporaryDir out1;
    const QUrl base(QStringLiteral("https://openklant.gemeente.example/klantinteracties/api/v1"));
    const Result<ExportReport> exported = Exporter(first.database(), base).exportTo(out1.path());
    QVERIFY2(exported.ok(), qPrintable(exported.error().message));
    QCOMPARE(exported.value().total(),
             qint64(set.actoren.size() + set.partijen.size() + set.identificatoren.size() +
                    set.digitaleAdressen.size() + set.rekeningnummers.size() + set.vertegenwoordigingen.size() +
                    set.klantcontacten.size() + set.betrokkenen.size() + set.onderwerpobjecten.size() +
                    set.bijlagen.size() + set.actorKlantcontacten.size() + set.interneTaken.size()));

    // Independent check against Open Klant's published spec.
    QString output;
    const int exitCode = validateWithPython(out1.path(), &output);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("12 files")), qPrintable(output));

    test::TestDatabase second;
    QVERIFY2(second.isValid(), qPrintable(second.error()));
    const Result<ImportReport> imported = Importer(second.database()).importFrom(out1.path());
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported.value().total(), exported.value().total());
    QCOMPARE(counts(second.database()), counts(first.database()));

    // The records themselves survived, field by field.
    for (const Partij &partij : set.partijen)
        QCOMPARE(Repository<Partij>(second.database()).find(partij.uuid), std::optional<Partij>(partij));
    for (const Klantcontact &klantcontact : set.klantcontacten) {
        QCOMPARE(Repository<Klantcontact>(second.database()).find(klantcontact.uuid),
                 std::optional<Klantcontact>(klantcontact));
    }
    for (const InterneTaak &taak : set.interneTaken)
        QCOMPARE(Repository<InterneTaak>(second.database()).find(taak.uuid), std::optional<InterneTaak>(taak));
    for (const Actor &actor : set.actoren)
        QCOMPARE(Repository<Actor>(second.database()).find(actor.uuid), std::optional<Actor>(actor));
    for (const Betrokkene &betrokkene : set.betrokkenen)
        QCOMPARE(Repository<Betrokkene>(second.database()).find(betrokkene.uuid),
                 std::optional<Betrokkene>(betrokkene));

    QTemporaryDir out2;
    const Result<ExportReport> again = Exporter(second.database(), base).exportTo(out2.path());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    for (const QString &name : Exporter::exportFileNames()) {
        const QByteArray a = readAll(QDir(out1.path()).filePath(name));
        const QByteArray b = readAll(QDir(out2.path()).filePath(name));
        QVERIFY2(!a.isEmpty(), qPrintable(name));
        QVERIFY2(a == b, qPrintable(name + QStringLiteral(" differs after export -> import -> export")));
    }
}

void TestExportImport::exportOrdersReferenceLists()
{
    const test::RichDataSet set = test::RichDataSet::create();
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(store(db.database(), set).ok());
    QTemporaryDir out;
    QVERIFY(Exporter(db.database(), ApiJson::defaultBaseUrl()).exportTo(out.path()).ok());
    const QDir dir(out.path());
    const ApiJson api;

    const QJsonObject persoon = readArray(dir.filePath(QStringLiteral("partijen.json"))).at(0).toObject();
    QCOMPARE(persoon.value(QStringLiteral("uuid")).toString(), set.partijen.at(0).uuid.toString(QUuid::WithoutBraces));
    const QJsonArray adressen = persoon.value(QStringLiteral("digitaleAdressen")).toArray();
    QCOMPARE(adressen.size(), 2);
    QCOMPARE(adressen.at(0).toObject(), api.reference(ApiResource::DigitaleAdressen, set.digitaleAdressen.at(0).uuid));
    QCOMPARE(adressen.at(1).toObject(), api.reference(ApiResource::DigitaleAdressen, set.digitaleAdressen.at(1).uuid));
    QCOMPARE(persoon.value(QStringLiteral("partijIdentificatoren")).toArray().at(0).toObject(),
             api.toJson(set.identificatoren.at(0)));
    QCOMPARE(persoon.value(QStringLiteral("vertegenwoordigden")).toArray().at(0).toObject(),
             api.reference(ApiResource::Partijen, set.partijen.at(4).uuid));

    const QJsonObject vraag = readArray(dir.filePath(QStringLiteral("klantcontacten.json"))).at(0).toObject();
    const QJsonArray actoren = vraag.value(QStringLiteral("hadBetrokkenActoren")).toArray();
    QCOMPARE(actoren.size(), 2);
    QCOMPARE(actoren.at(0).toObject(), api.toJson(set.actoren.at(0)));
    QCOMPARE(actoren.at(1).toObject(), api.toJson(set.actoren.at(1)));
    QCOMPARE(vraag.value(QStringLiteral("hadBetrokkenen")).toArray().size(), 2);
    QCOMPARE(vraag.value(QStringLiteral("leiddeTotInterneTaken")).toArray().size(), 1);

    // Assignment order (afdeling first), not the actors' rowid order.
    const QJsonObject taak = readArray(dir.filePath(QStringLiteral("internetaken.json"))).at(0).toObject();
    const QJsonArray toegewezen = taak.value(QStringLiteral("toegewezenAanActoren")).toArray();
    QCOMPARE(toegewezen.size(), 2);
    QCOMPARE(toegewezen.at(0).toObject(), api.reference(ApiResource::Actoren, set.actoren.at(1).uuid));
    QCOMPARE(taak.value(QStringLiteral("toegewezenAanActor")).toObject(), toegewezen.at(0).toObject());

    const QJsonObject onbekend = readArray(dir.filePath(QStringLiteral("betrokkenen.json"))).at(1).toObject();
    QCOMPARE(onbekend.value(QStringLiteral("digitaleAdressen")).toArray().at(0).toObject(),
             api.reference(ApiResource::DigitaleAdressen, set.digitaleAdressen.at(3).uuid));
    QCOMPARE(onbekend.value(QStringLiteral("volledigeNaam")).toString(), QStringLiteral("Zoë de Wit"));
}

void TestExportImport::openKlantDumpImports()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> imported = Importer(db.database()).importFrom(openKlantFixture);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    // Without partij-identificatoren.json the nested identificatoren of partijen.json are used.
    QCOMPARE(counts(db.database()), (QList<qint64>{5, 4, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1}));

    const QUuid klantcontact = QUuid::fromString(QStringLiteral("5a1b2c3d-7c1e-4b2a-9d3f-000000000001"));
    const std::optional<Klantcontact> k = Repository<Klantcontact>(db.database()).find(klantcontact);
    QVERIFY(k);
    QCOMPARE(k->plaatsgevondenOp, QDateTime(QDate(2024, 3, 1), QTime(10, 15, 22, 123), Qt::UTC));
    QVERIFY(!k->nummer.has_value());
    const std::optional<Klantcontact> k2 =
        Repository<Klantcontact>(db.database())
            .find(QUuid::fromString(QStringLiteral("5a1b2c3d-7c1e-4b2a-9d3f-000000000002")));
    QVERIFY(k2);
    QCOMPARE(k2->plaatsgevondenOp, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));

    const std::optional<Partij> contactpersoon =
        Repository<Partij>(db.database())
            .find(QUuid::fromString(QStringLiteral("0a1b2c3d-7c1e-4b2a-9d3f-000000000003")));
    QVERIFY(contactpersoon);
    QCOMPARE(contactpersoon->werkteVoorPartij,
             std::optional<QUuid>(QUuid::fromString(QStringLiteral("0a1b2c3d-7c1e-4b2a-9d3f-000000000002"))));
    const std::optional<PartijIdentificator> vestiging =
        Repository<PartijIdentificator>(db.database())
            .find(QUuid::fromString(QStringLiteral("1a1b2c3d-7c1e-4b2a-9d3f-000000000004")));
    QVERIFY(vestiging);
    QCOMPARE(vestiging->subIdentificatorVan,
             std::optional<QUuid>(QUuid::fromString(QStringLiteral("1a1b2c3d-7c1e-4b2a-9d3f-000000000002"))));
    const std::optional<InterneTaak> taak =
        Repository<InterneTaak>(db.database())
            .find(QUuid::fromString(QStringLiteral("ba1b2c3d-7c1e-4b2a-9d3f-000000000001")));
    QVERIFY(taak);
    QCOMPARE(taak->toegewezenAanActoren.size(), 2);
    QCOMPARE(taak->toegewezenAanActoren.at(0),
             QUuid::fromString(QStringLiteral("9a1b2c3d-7c1e-4b2a-9d3f-000000000002")));

    // What we export from it is valid against the spec (the "" blanks are gone).
    QTemporaryDir out;
    QVERIFY(Exporter(db.database(), ApiJson::defaultBaseUrl()).exportTo(out.path()).ok());
    QString output;
    QVERIFY2(validateWithPython(out.path(), &output) == 0, qPrintable(output));
}

enum class Breakage
{
    BadBsn,
    DanglingReference,
    DuplicateBsn,
    WrongJsonType,
    InvalidJsonFile,
    NotAnArray,
    TooLongVoorletters,
    VoorkeursAdresOfOther,
    WerkteVoorPersoon,
};

void TestExportImport::brokenDumpIsRefusedWhole_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("bad BSN") << int(Breakage::BadBsn)
                             << QStringLiteral(
                                    "partijen.json[0].partijIdentificatoren[0].partijIdentificator.objectId");
    QTest::newRow("dangling reference") << int(Breakage::DanglingReference)
                                        << QStringLiteral("betrokkenen.json[0].wasPartij");
    QTest::newRow("duplicate BSN") << int(Breakage::DuplicateBsn)
                                   << QStringLiteral(
                                          "partijen.json[4].partijIdentificatoren[0].partijIdentificator.objectId");
    QTest::newRow("wrong JSON type") << int(Breakage::WrongJsonType)
                                     << QStringLiteral("klantcontacten.json[1].vertrouwelijk");
    QTest::newRow("invalid JSON file") << int(Breakage::InvalidJsonFile) << QStringLiteral("actoren.json");
    QTest::newRow("not an array") << int(Breakage::NotAnArray) << QStringLiteral("rekeningnummers.json");
    QTest::newRow("voorletters too long")
        << int(Breakage::TooLongVoorletters)
        << QStringLiteral("partijen.json[0].partijIdentificatie.contactnaam.voorletters");
    QTest::newRow("voorkeursDigitaalAdres of a betrokkene")
        << int(Breakage::VoorkeursAdresOfOther) << QStringLiteral("partijen.json[0].voorkeursDigitaalAdres");
    QTest::newRow("werkteVoorPartij not an organisatie")
        << int(Breakage::WerkteVoorPersoon) << QStringLiteral("partijen.json[2].partijIdentificatie.werkteVoorPartij");
}

void TestExportImport::brokenDumpIsRefusedWhole()
{
    QFETCH(int, breakage);
    QFETCH(QString, expectedField);
    QTemporaryDir dir;
    QVERIFY(copyDirectory(openKlantFixture, dir.path()));
    const QDir d(dir.path());
    const QString partijenPath = d.filePath(QStringLiteral("partijen.json"));
    QJsonArray partijen = readArray(partijenPath);

    switch (Breakage(breakage)) {
    case Breakage::BadBsn:
    case Breakage::DuplicateBsn: {
        const int index = breakage == int(Breakage::BadBsn) ? 0 : 4;
        QJsonObject partij = partijen.at(index).toObject();
        QJsonArray nested = partij.value(QStringLiteral("partijIdentificatoren")).toArray();
        QJsonObject identificator = nested.at(0).toObject();
        QJsonObject groep = identificator.value(QStringLiteral("partijIdentificator")).toObject();
        groep.insert(QStringLiteral("objectId"),
                     breakage == int(Breakage::BadBsn) ? QStringLiteral("296648876") : QStringLiteral("296648875"));
        identificator.insert(QStringLiteral("partijIdentificator"), groep);
        nested.replace(0, identificator);
        partij.insert(QStringLiteral("partijIdentificatoren"), nested);
        partijen.replace(index, partij);
        writeArray(partijenPath, partijen);
        break;
    }
    case Breakage::DanglingReference: {
        const QString path = d.filePath(QStringLiteral("betrokkenen.json"));
        QJsonArray betrokkenen = readArray(path);
        QJsonObject betrokkene = betrokkenen.at(0).toObject();
        betrokkene.insert(QStringLiteral("wasPartij"),
                          QJsonObject{{QStringLiteral("uuid"), QStringLiteral("0a1b2c3d-7c1e-4b2a-9d3f-000000000099")},
                                      {QStringLiteral("url"), QStringLiteral("http://x")}});
        betrokkenen.replace(0, betrokkene);
        writeArray(path, betrokkenen);
        break;
    }
    case Breakage::WrongJsonType: {
        const QString path = d.filePath(QStringLiteral("klantcontacten.json"));
        QJsonArray klantcontacten = readArray(path);
        QJsonObject k = klantcontacten.at(1).toObject();
        k.insert(QStringLiteral("vertrouwelijk"), QStringLiteral("nee"));
        klantcontacten.replace(1, k);
        writeArray(path, klantcontacten);
        break;
    }
    case Breakage::InvalidJsonFile: {
        QFile file(d.filePath(QStringLiteral("actoren.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[{\"uuid\": ");
        break;
    }
    case Breakage::NotAnArray: {
        QFile file(d.filePath(QStringLiteral("rekeningnummers.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"count\": 1, \"results\": []}");
        break;
    }
    case Breakage::TooLongVoorletters: {
        QJsonObject partij = partijen.at(0).toObject();
        QJsonObject identificatie = partij.value(QStringLiteral("partijIdentificatie")).toObject();
        QJsonObject naam = identificatie.value(QStringLiteral("contactnaam")).toObject();
        naam.insert(QStringLiteral("voorletters"), QStringLiteral("A.B.C.D.E.F."));
        identificatie.insert(QStringLiteral("contactnaam"), naam);
        partij.insert(QStringLiteral("partijIdentificatie"), identificatie);
        partijen.replace(0, partij);
        writeArray(partijenPath, partijen);
        break;
    }
    case Breakage::VoorkeursAdresOfOther: {
        QJsonObject partij = partijen.at(0).toObject();
        partij.insert(QStringLiteral("voorkeursDigitaalAdres"),
                      QJsonObject{{QStringLiteral("uuid"), QStringLiteral("2a1b2c3d-7c1e-4b2a-9d3f-000000000002")},
                                  {QStringLiteral("url"), QStringLiteral("http://x")}});
        partijen.replace(0, partij);
        writeArray(partijenPath, partijen);
        break;
    }
    case Breakage::WerkteVoorPersoon: {
        QJsonObject partij = partijen.at(2).toObject();
        QJsonObject identificatie = partij.value(QStringLiteral("partijIdentificatie")).toObject();
        identificatie.insert(
            QStringLiteral("werkteVoorPartij"),
            QJsonObject{{QStringLiteral("uuid"), QStringLiteral("0a1b2c3d-7c1e-4b2a-9d3f-000000000001")},
                        {QStringLiteral("url"), QStringLiteral("http://x")}});
        partij.insert(QStringLiteral("partijIdentificatie"), identificatie);
        partijen.replace(2, partij);
        writeArray(partijenPath, partijen);
        break;
    }
    }

    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QList<qint64> before = counts(db.database());
    const Result<ImportReport> imported = Importer(db.database()).importFrom(dir.path());
    QVERIFY(!imported.ok());
    const QStringList fields = fieldsOf(imported.error());
    QVERIFY2(fields.contains(expectedField), qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.contains(expectedField + QLatin1Char(':')), qPrintable(imported.error().message));
    QCOMPARE(counts(db.database()), before);
}

void TestExportImport::existingUuidIsRefused()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(Importer(db.database()).importFrom(openKlantFixture).ok());
    const QList<qint64> before = counts(db.database());
    const Result<ImportReport> again = Importer(db.database()).importFrom(openKlantFixture);
    QVERIFY(!again.ok());
    QVERIFY2(fieldsOf(again.error()).contains(QStringLiteral("partijen.json[0].uuid")),
             qPrintable(again.error().message));
    QVERIFY(again.error().message.contains(QStringLiteral("0a1b2c3d-7c1e-4b2a-9d3f-000000000001")));
    // The BSN is now taken as well, and that is said too.
    QVERIFY2(fieldsOf(again.error())
                 .contains(QStringLiteral("partijen.json[0].partijIdentificatoren[0].partijIdentificator.objectId")),
             qPrintable(again.error().message));
    QCOMPARE(counts(db.database()), before);
}

void TestExportImport::problemListIsCapped()
{
    QTemporaryDir dir;
    QJsonArray actoren;
    for (int i = 0; i < 60; ++i)
        actoren.append(QJsonObject{
            {QStringLiteral("uuid"), QStringLiteral("9a1b2c3d-7c1e-4b2a-9d3f-%1").arg(i, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("soortActor"), QStringLiteral("medewerker")}}); // no naam
    writeArray(QDir(dir.path()).filePath(QStringLiteral("actoren.json")), actoren);
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> imported = Importer(db.database()).importFrom(dir.path());
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().fieldErrors.size(), 60);
    QVERIFY(fieldsOf(imported.error()).contains(QStringLiteral("actoren.json[59].naam")));
    const QStringList lines = imported.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + Importer::maxReportedProblems + 1);
    QVERIFY2(lines.last().contains(QStringLiteral("10")), qPrintable(lines.last()));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("actoren.json[0].naam: ")));
    QCOMPARE(Repository<Actor>(db.database()).count(), 0);
}

void TestExportImport::digitaalAdresSideDecidesTheLink()
{
    QTemporaryDir dir;
    QVERIFY(copyDirectory(openKlantFixture, dir.path()));
    const QString path = QDir(dir.path()).filePath(QStringLiteral("partijen.json"));
    QJsonArray partijen = readArray(path);
    // Partij 2 claims the betrokkene's phone number; the address itself says it has no partij.
    QJsonObject partij = partijen.at(1).toObject();
    partij.insert(
        QStringLiteral("digitaleAdressen"),
        QJsonArray{QJsonObject{{QStringLiteral("uuid"), QStringLiteral("2a1b2c3d-7c1e-4b2a-9d3f-000000000002")},
                               {QStringLiteral("url"), QStringLiteral("http://x")}}});
    partijen.replace(1, partij);
    writeArray(path, partijen);

    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> imported = Importer(db.database()).importFrom(dir.path());
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    const std::optional<DigitaalAdres> adres =
        Repository<DigitaalAdres>(db.database())
            .find(QUuid::fromString(QStringLiteral("2a1b2c3d-7c1e-4b2a-9d3f-000000000002")));
    QVERIFY(adres);
    QVERIFY(!adres->verstrektDoorPartij.has_value());
    QVERIFY(adres->verstrektDoorBetrokkene.has_value());
}

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"
