// The reader on real Open Klant output (tests/data/openklant/server): every item of every file
// reads, and the server's particulars come through as the domain expects them.
#include "model/apijson/apijson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kcc;

namespace {

const QString serverDump = QStringLiteral(KCC_TEST_DATA_DIR "/openklant/server");

QJsonArray items(const QString &name)
{
    QFile file(QDir(serverDump).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

template<typename T>
void readAll(const QString &name, Result<T> (*read)(const QJsonObject &))
{
    const QJsonArray array = items(name);
    QVERIFY2(!array.isEmpty(), qPrintable(name));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<T> result = read(array.at(i).toObject());
        QVERIFY2(result.ok(), qPrintable(QStringLiteral("%1[%2]: %3").arg(name).arg(i).arg(result.error().message)));
    }
}

Result<Partij> readPartij(const QJsonObject &json)
{
    return ApiJson::partijFromJson(json);
}

} // namespace

class TestApiJsonOpenKlant : public QObject
{
    Q_OBJECT

private slots:
    void everyItemReads();
    void microsecondsAreKept();
    void nullSubtypeAndBlankGroups();
    void olderApiVersion();
};

void TestApiJsonOpenKlant::everyItemReads()
{
    readAll<Partij>(QStringLiteral("partijen.json"), &readPartij);
    readAll<Klantcontact>(QStringLiteral("klantcontacten.json"), &ApiJson::klantcontactFromJson);
    readAll<Actor>(QStringLiteral("actoren.json"), &ApiJson::actorFromJson);
    readAll<InterneTaak>(QStringLiteral("internetaken.json"), &ApiJson::interneTaakFromJson);
    readAll<Betrokkene>(QStringLiteral("betrokkenen.json"), &ApiJson::betrokkeneFromJson);
}

void TestApiJsonOpenKlant::microsecondsAreKept()
{
    const Result<Klantcontact> k =
        ApiJson::klantcontactFromJson(items(QStringLiteral("klantcontacten.json")).at(0).toObject());
    QVERIFY(k.ok());
    QCOMPARE(k.value().plaatsgevondenOp, QDateTime(QDate(2024, 3, 1), QTime(10, 15, 22, 123), Qt::UTC));
    QCOMPARE(k.value().plaatsgevondenOpMicros, 456);
    QCOMPARE(ApiJson::formatDateTime(k.value().plaatsgevondenOp, k.value().plaatsgevondenOpMicros),
             QStringLiteral("2024-03-01T10:15:22.123456Z"));
    int micros = -1;
    QCOMPARE(ApiJson::parseDateTime(QStringLiteral("2024-03-01T10:00:00.000001Z"), &micros),
             std::optional<QDateTime>(QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC)));
    QCOMPARE(micros, 1);
    QCOMPARE(ApiJson::parseDateTime(QStringLiteral("2024-03-01T10:00:00.1234567+01:00"), &micros)->time().msec(), 123);
    QCOMPARE(micros, 456); // digits past the sixth are dropped
}

void TestApiJsonOpenKlant::nullSubtypeAndBlankGroups()
{
    const QJsonObject json = items(QStringLiteral("actoren.json")).at(1).toObject();
    QVERIFY(json.value(QStringLiteral("actorIdentificatie")).isNull());
    QVERIFY(json.contains(QStringLiteral("_expand")));
    const Result<Actor> actor = ApiJson::actorFromJson(json);
    QVERIFY2(actor.ok(), qPrintable(actor.error().message));
    QVERIFY(!actor.value().heeftActorIdentificatie);

    const QJsonArray partijen = items(QStringLiteral("partijen.json"));
    bool blankSeen = false;
    for (const QJsonValue &value : partijen) {
        const QJsonObject adres = value.toObject().value(QStringLiteral("bezoekadres")).toObject();
        if (adres.value(QStringLiteral("straatnaam")) != QStringLiteral(""))
            continue;
        blankSeen = true;
        const Result<Partij> partij = ApiJson::partijFromJson(value.toObject());
        QVERIFY2(partij.ok(), qPrintable(partij.error().message));
        QVERIFY(partij.value().bezoekadres.has_value()); // an object of blanks, kept as such
    }
    QVERIFY(blankSeen);
}

void TestApiJsonOpenKlant::olderApiVersion()
{
    const QJsonObject json = items(QStringLiteral("internetaken.json")).at(0).toObject();
    QVERIFY(!json.contains(QStringLiteral("toegewezenAanActoren")));
    const Result<InterneTaak> taak = ApiJson::interneTaakFromJson(json);
    QVERIFY2(taak.ok(), qPrintable(taak.error().message));
    QCOMPARE(taak.value().toegewezenAanActoren.size(), 1);
    QCOMPARE(taak.value().toegewezenOpMicros, 321);
    const Result<Klantcontact> k =
        ApiJson::klantcontactFromJson(items(QStringLiteral("klantcontacten.json")).at(1).toObject());
    QVERIFY(k.ok());
    QVERIFY(k.value().metadata.isEmpty()); // no metadata key before that field existed
}

QTEST_GUILESS_MAIN(TestApiJsonOpenKlant)
#include "tst_apijson_openklant.moc"
