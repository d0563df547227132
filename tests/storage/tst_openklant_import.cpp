// Real Open Klant output (tests/data/openklant/server: _expand on items, blank addresses as
// objects of empty strings, a null actorIdentificatie, an older API version without metadata and
// with the single toegewezenAanActor, timestamps with microseconds) imports, and import -> export
// keeps every timestamp to the microsecond.
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "storage/exchange/exporter.h"
#include "storage/exchange/importer.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;

namespace {

const QString serverDump = QStringLiteral(KCC_TEST_DATA_DIR "/openklant/server");
const QUrl base(QStringLiteral("http://openklant.gemeente.example/klantinteracties/api/v1"));

QJsonArray readArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QStringList values(const QJsonArray &items, const QString &key)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list << item.toObject().value(key).toString();
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOpenKlantImport : public QObject
{
    Q_OBJECT

private slots:
    void serverOutputImports();
    void microsecondsSurviveImportExport();
    void storedTextKeepsMicroseconds();
};

void TestOpenKlantImport::serverOutputImports()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Result<ImportReport> report = Importer(db.database()).importFrom(serverDump);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(Repository<Klantcontact>(db.database()).count(), qint64(2));
    // The older API's single toegewezenAanActor is the task's one actor.
    InterneTaak taak;
    QVERIFY(Repository<InterneTaak>(db.database()).forEach([&](const InterneTaak &t) { taak = t; }).ok());
    QCOMPARE(taak.toegewezenAanActoren.size(), 1);
    QCOMPARE(taak.toegewezenOpMicros, 321);
}

void TestOpenKlantImport::microsecondsSurviveImportExport()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(Importer(db.database()).importFrom(serverDump).ok());
    QTemporaryDir out;
    const Result<ExportReport> exported = Exporter(db.database(), base).exportTo(out.path());
    QVERIFY2(exported.ok(), qPrintable(exported.error().message));

    const QStringList times =
        values(readArray(out.filePath(QStringLiteral("klantcontacten.json"))), QStringLiteral("plaatsgevondenOp"));
    QVERIFY2(times.contains(QStringLiteral("2024-03-01T10:15:22.123456Z")), qPrintable(times.join(QLatin1Char(' '))));
    QVERIFY2(times.contains(QStringLiteral("2024-03-01T10:00:00.000001Z")), qPrintable(times.join(QLatin1Char(' '))));
    QCOMPARE(values(readArray(out.filePath(QStringLiteral("internetaken.json"))), QStringLiteral("toegewezenOp")),
             QStringList{QStringLiteral("2024-03-01T10:00:01.654321Z")});

    // And once more: export -> import -> export gives the same files.
    test::TestDatabase again;
    QVERIFY(again.isValid());
    const Result<ImportReport> reimported = Importer(again.database()).importFrom(out.path());
    QVERIFY2(reimported.ok(), qPrintable(reimported.error().message));
    QTemporaryDir second;
    QVERIFY(Exporter(again.database(), base).exportTo(second.path()).ok());
    for (const QString &name : Exporter::exportFileNames())
        QCOMPARE(readAll(second.filePath(name)), readAll(out.filePath(name)));
}

void TestOpenKlantImport::storedTextKeepsMicroseconds()
{
    test::TestDatabase db;
    QVERIFY(db.isValid());
    Klantcontact klantcontact;
    klantcontact.uuid = QUuid::createUuid();
    klantcontact.kanaal = QStringLiteral("telefoon");
    klantcontact.onderwerp = QStringLiteral("Vraag");
    klantcontact.plaatsgevondenOp = QDateTime(QDate(2024, 3, 1), QTime(10, 15, 22, 123), Qt::UTC);
    klantcontact.plaatsgevondenOpMicros = 456;
    Repository<Klantcontact> repository(db.database());
    QVERIFY(repository.insert(klantcontact).ok());
    QCOMPARE(repository.find(klantcontact.uuid), std::optional<Klantcontact>(klantcontact));
    // The desk's own times (no microseconds) are stored exactly as before.
    klantcontact.uuid = QUuid::createUuid();
    klantcontact.plaatsgevondenOpMicros = 0;
    QVERIFY(repository.insert(klantcontact).ok());
    QCOMPARE(repository.find(klantcontact.uuid)->plaatsgevondenOpMicros, 0);
}

QTEST_GUILESS_MAIN(TestOpenKlantImport)
#include "tst_openklant_import.moc"
