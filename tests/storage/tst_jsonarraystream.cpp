// Issue 11, finding 4: an import held each dump file, its parsed document and its records at once
// (2.2 GB for 200k partijen). JsonArrayStream hands out one element at a time; these tests hold it
// to what QJsonDocument::fromJson on the whole file would accept and refuse, across chunk borders.

#include "storage/exchange/dumpfile.h"
#include "storage/exchange/jsonarraystream.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;

namespace {

struct Read
{
    QList<QJsonObject> objects;
    FieldErrors elementProblems;
    QString fileProblem;
    int elements = 0;
};

} // namespace

class TestJsonArrayStream : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("partijen.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Read read(const QByteArray &bytes)
    {
        DumpFile file(write(bytes), 512LL * 1024 * 1024);
        Read result;
        if (file.state() != DumpFile::State::Open) {
            result.fileProblem = file.problem();
            return result;
        }
        JsonArrayStream stream(file, QStringLiteral("partijen.json"), 50);
        JsonArrayElement element;
        while (stream.next(element)) {
            ++result.elements;
            if (element.problems.isEmpty())
                result.objects.append(element.object);
            else
                result.elementProblems.append(element.problems);
        }
        result.fileProblem = stream.fileProblem();
        return result;
    }

private slots:
    void elementsAreTheArraysObjects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty array") << QByteArray("[]");
        QTest::newRow("empty array with space") << QByteArray(" \r\n\t[ \n ] \n");
        QTest::newRow("one") << QByteArray("[{\"a\":1}]");
        QTest::newRow("brackets and commas in strings")
            << QByteArray("[{\"a\":\"],}{[,\"},{\"b\":\"\\\"],\",\"c\":[\"x\",{\"d\":\"}\"}]}]");
        QTest::newRow("escaped backslash before quote") << QByteArray("[{\"a\":\"x\\\\\"},{\"b\":\"\\\\\\\"\"}]");
        QTest::newRow("nested arrays and objects") << QByteArray("[{\"a\":[[1,2],[{\"b\":[]}]]} , {\"c\":{}}]");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{\"a\":\"\xC3\xA9\"}]");
    }

    void elementsAreTheArraysObjects()
    {
        QFETCH(QByteArray, json);
        const Read result = read(json);
        QVERIFY2(result.fileProblem.isEmpty(), qPrintable(result.fileProblem));
        QVERIFY(result.elementProblems.isEmpty());
        QByteArray withoutBom = json;
        if (withoutBom.startsWith("\xEF\xBB\xBF"))
            withoutBom.remove(0, 3);
        const QJsonArray expected = QJsonDocument::fromJson(withoutBom).array();
        QCOMPARE(result.objects.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(result.objects.at(i), expected.at(i).toObject());
    }

    // Elements that straddle the 4 MiB chunks, one of them larger than a chunk.
    void elementsAcrossChunkBorders()
    {
        QByteArray json("[");
        QJsonArray expected;
        for (int i = 0; json.size() < 3 * JsonArrayStream::chunkBytes; ++i) {
            QJsonObject object{
                {QStringLiteral("i"), i},
                {QStringLiteral("s"), QString(i % 97 == 0 ? 5 * 1024 * 1024 : 300 + i % 50, QChar(u'a' + i % 26))},
                {QStringLiteral("t"), QStringLiteral("],}\"{[")}};
            if (i > 0)
                json += ",\n";
            json += QJsonDocument(object).toJson(QJsonDocument::Compact);
            expected.append(object);
        }
        json += "]";
        const Read result = read(json);
        QVERIFY2(result.fileProblem.isEmpty(), qPrintable(result.fileProblem));
        QCOMPARE(result.objects.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(result.objects.at(i), expected.at(i).toObject());
    }

    // Everything QJsonDocument refuses for the whole file is refused, naming the byte.
    void invalidJsonEndsTheFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("objectsBefore");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON (at byte 0") << 0;
        QTest::newRow("only space") << QByteArray("  \n") << QStringLiteral("not valid JSON (at byte 3") << 0;
        QTest::newRow("an object") << QByteArray("{\"a\":1}") << QStringLiteral("array of objects") << 0;
        QTest::newRow("a number") << QByteArray("12") << QStringLiteral("not valid JSON (at byte 0") << 0;
        QTest::newRow("trailing comma") << QByteArray("[{\"a\":1},]") << QStringLiteral("(at byte 9") << 1;
        QTest::newRow("leading comma") << QByteArray("[,{\"a\":1}]") << QStringLiteral("(at byte 1") << 0;
        QTest::newRow("missing comma") << QByteArray("[{\"a\":1} {\"b\":2}]") << QStringLiteral("(at byte 9") << 1;
        QTest::newRow("unterminated array") << QByteArray("[{\"a\":1}") << QStringLiteral("ends before") << 1;
        QTest::newRow("unterminated string") << QByteArray("[{\"a\":\"x]") << QStringLiteral("ends before") << 0;
        QTest::newRow("data after the array") << QByteArray("[{\"a\":1}] x") << QStringLiteral("(at byte 10") << 1;
        QTest::newRow("second array") << QByteArray("[][]") << QStringLiteral("(at byte 2") << 0;
        // Inside an element the byte is the one QJsonDocument names for the whole file (empty: ask it).
        QTest::newRow("bad element") << QByteArray("[{\"a\":1},{\"b\":]}]") << QString() << 1;
        QTest::newRow("closing brace at top") << QByteArray("[{\"a\":1}}]") << QStringLiteral("(at byte 8") << 1;
    }

    void invalidJsonEndsTheFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, objectsBefore);
        QJsonParseError whole;
        QJsonDocument::fromJson(json, &whole);
        if (expected.isEmpty())
            expected = QStringLiteral("(at byte %1:").arg(whole.offset);
        const Read result = read(json);
        QVERIFY2(result.fileProblem.contains(expected), qPrintable(result.fileProblem));
        QCOMPARE(result.objects.size(), objectsBefore);
        // The stream's refusals agree with the whole-file parser.
        QVERIFY(whole.error != QJsonParseError::NoError || !QJsonDocument::fromJson(json).isArray());
    }

    void elementThatIsNotAnObjectIsNamed()
    {
        const Read result = read("[{\"a\":1}, 5, \"x\", [1], {\"b\":2}]");
        QVERIFY(result.fileProblem.isEmpty());
        QCOMPARE(result.objects.size(), 2);
        QCOMPARE(result.elementProblems.size(), 3);
        QCOMPARE(result.elementProblems.at(0).field, QStringLiteral("partijen.json[1]"));
        QCOMPARE(result.elementProblems.at(2).field, QStringLiteral("partijen.json[3]"));
    }

    // Text checks name the element and field, and the byte within the whole file.
    void invalidTextIsNamedAtItsElement()
    {
        const Read result = read("[{\"a\":\"ok\"},\n{\"voornaam\":\"Jong\\udc00b\"},{\"x\":\"\xff\"}]");
        QVERIFY(result.fileProblem.isEmpty());
        QCOMPARE(result.objects.size(), 1);
        QCOMPARE(result.elementProblems.size(), 2);
        QCOMPARE(result.elementProblems.at(0).field, QStringLiteral("partijen.json[1].voornaam"));
        QVERIFY(result.elementProblems.at(0).message.contains(QStringLiteral("surrogate")));
        QCOMPARE(result.elementProblems.at(1).field, QStringLiteral("partijen.json[2].x"));
        QVERIFY2(result.elementProblems.at(1).message.contains(QStringLiteral("at byte 46")),
                 qPrintable(result.elementProblems.at(1).message));
    }

    void oversizedElementIsRefused()
    {
        QByteArray json("[{\"a\":1},{\"s\":\"");
        json += QByteArray(JsonArrayStream::maxElementBytes + 1024, 'x');
        json += "\"}]";
        const Read result = read(json);
        QCOMPARE(result.objects.size(), 1);
        QVERIFY2(result.fileProblem.contains(QStringLiteral("larger than 32 MiB")), qPrintable(result.fileProblem));
    }

    // A file written to while it is read is refused, not read past the size it had when opened.
    void fileThatGrowsIsRefused()
    {
        const QString path = write("[{\"a\":1}]");
        DumpFile file(path, 1024);
        QCOMPARE(file.state(), DumpFile::State::Open);
        QFile more(path);
        QVERIFY(more.open(QIODevice::Append));
        more.write("    ");
        more.close();
        QByteArray buffer;
        QCOMPARE(file.readChunk(buffer, 1024), qint64(-1));
        QCOMPARE(file.state(), DumpFile::State::Refused);
        QVERIFY2(file.problem().contains(QStringLiteral("grew")), qPrintable(file.problem()));
    }
};

QTEST_GUILESS_MAIN(TestJsonArrayStream)
#include "tst_jsonarraystream.moc"
