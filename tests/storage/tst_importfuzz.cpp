// Issue 11, "Tests": a bounded fuzz run of the importer. A fixed seed mutates the valid Open Klant
// dump (byte flips, truncation, duplicated and removed objects, values of the wrong type, huge
// strings, random \u escapes, a missing file) and imports each mutant. Counted: tried, crashed (an
// exception out of the importer; a real crash ends the test), hung (a case slower than the time
// bound), accepted-but-invalid (the import succeeded but IntegrityCheck reports a problem) and
// refused-but-changed (a refused import left rows behind). The test fails on any of the last four.
//
// A refused import writes nothing (that is checked for every case), so the database is only
// replaced by a fresh one after an accepted import: the same as a fresh database per case at a
// fraction of the cost.
//
// Longer run: KCC_FUZZ_CASES=100000 KCC_FUZZ_SEED=7 build/tests/tst_importfuzz

#include "storage/db/integritycheck.h"
#include "storage/exchange/importer.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

constexpr int defaultCases = 2000;
constexpr quint32 defaultSeed = 20261206;
// One case of the small dump takes milliseconds; this much is a hang.
constexpr qint64 caseTimeBoundMs = 3000;

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_random(seed)
    {
    }

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    // Mutates one file of `files` in place (or removes it).
    void mutate(QHash<QString, QByteArray> &files)
    {
        QStringList names = files.keys();
        names.sort();
        const QString name = names.at(below(int(names.size())));
        QByteArray &bytes = files[name];
        switch (below(8)) {
        case 0: // byte flips
            for (int i = below(4) + 1; i > 0 && !bytes.isEmpty(); --i)
                bytes[below(int(bytes.size()))] = char(below(256));
            break;
        case 1: // truncation
            bytes.truncate(bytes.isEmpty() ? 0 : below(int(bytes.size())));
            break;
        case 2: // a duplicated object
        case 3: // a removed object
        case 4: // a value of the wrong type
        case 5: // a huge string
        case 6: // a random \u escape
            mutateJson(bytes, below(5) + 2);
            break;
        default: // a missing file
            files.remove(name);
            break;
        }
    }

private:
    QJsonValue randomValue()
    {
        switch (below(7)) {
        case 0:
            return QJsonValue();
        case 1:
            return below(2) == 0;
        case 2:
            return double(below(1000000)) - 500000.0;
        case 3:
            return QJsonArray{1, QStringLiteral("x")};
        case 4:
            return QJsonObject{{QStringLiteral("uuid"), QStringLiteral("not-a-uuid")}};
        case 5:
            return QString();
        default:
            return QStringLiteral("\u00e9\u0000x").repeated(below(3) + 1);
        }
    }

    void mutateJson(QByteArray &bytes, int kind)
    {
        QJsonArray array = QJsonDocument::fromJson(bytes).array();
        if (array.isEmpty())
            return;
        const int index = below(int(array.size()));
        QJsonObject object = array.at(index).toObject();
        const QStringList keys = object.keys();
        const QString key = keys.isEmpty() ? QStringLiteral("uuid") : keys.at(below(int(keys.size())));
        switch (kind) {
        case 2:
            array.append(array.at(index));
            break;
        case 3:
            array.removeAt(index);
            break;
        case 4:
            object.insert(key, randomValue());
            array.replace(index, object);
            break;
        case 5:
            object.insert(key, QString(below(2) ? 1 << 20 : 70000, QLatin1Char('x')));
            array.replace(index, object);
            break;
        default: {
            // Raw text with an escape the JSON writer would never produce.
            object.insert(key, QStringLiteral("@@ESCAPE@@"));
            array.replace(index, object);
            QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Compact);
            const QByteArray escape =
                "a\\u" + QByteArray::number(below(0x10000), 16).rightJustified(4, '0') + (below(2) ? "b" : "");
            bytes = text.replace("@@ESCAPE@@", escape);
            return;
        }
        }
        bytes = QJsonDocument(array).toJson(QJsonDocument::Compact);
    }

    std::mt19937 m_random;
};

bool writeDump(const QString &directory, const QHash<QString, QByteArray> &files)
{
    QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (!dir.remove(name))
            return false;
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

int partijRows(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM partij) + (SELECT count(*) FROM klantcontact) + "
                                   "(SELECT count(*) FROM actor)")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestImportFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutatedDumpsAreRefusedOrValid();
};

void TestImportFuzz::mutatedDumpsAreRefusedOrValid()
{
    bool ok = false;
    int cases = qEnvironmentVariableIntValue("KCC_FUZZ_CASES", &ok);
    if (!ok || cases <= 0)
        cases = defaultCases;
    quint32 seed = quint32(qEnvironmentVariableIntValue("KCC_FUZZ_SEED", &ok));
    if (!ok)
        seed = defaultSeed;

    QHash<QString, QByteArray> valid;
    const QDir source(QStringLiteral(KCC_TEST_DATA_DIR "/openklant/valid"));
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile file(source.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        valid.insert(name, file.readAll());
    }
    QVERIFY(!valid.isEmpty());

    QTemporaryDir dump;
    QVERIFY(dump.isValid());
    Mutator mutator(seed);
    auto db = std::make_unique<TestDatabase>();
    QVERIFY2(db->isValid(), qPrintable(db->error()));

    int tried = 0, crashed = 0, hung = 0, accepted = 0, acceptedButInvalid = 0, refusedButChanged = 0;
    QStringList firstFailures;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < cases; ++i) {
        QHash<QString, QByteArray> files = valid;
        for (int m = mutator.below(3) + 1; m > 0; --m)
            mutator.mutate(files);
        QVERIFY(writeDump(dump.path(), files));
        ++tried;
        QElapsedTimer timer;
        timer.start();
        bool imported = false;
        try {
            imported = Importer(db->database()).importFrom(dump.path()).ok();
        } catch (...) {
            ++crashed;
            firstFailures << QStringLiteral("case %1: exception").arg(i);
        }
        if (timer.elapsed() > caseTimeBoundMs) {
            ++hung;
            firstFailures << QStringLiteral("case %1: %2 ms").arg(i).arg(timer.elapsed());
        }
        if (imported) {
            ++accepted;
            const QStringList problems = IntegrityCheck::run(db->database(), 5);
            if (!problems.isEmpty()) {
                ++acceptedButInvalid;
                firstFailures << QStringLiteral("case %1: %2").arg(i).arg(problems.join(QStringLiteral("; ")));
            }
            db = std::make_unique<TestDatabase>();
            QVERIFY2(db->isValid(), qPrintable(db->error()));
        } else if (partijRows(db->database()) != 0) {
            ++refusedButChanged;
            firstFailures << QStringLiteral("case %1: refused but rows were written").arg(i);
            db = std::make_unique<TestDatabase>();
            QVERIFY2(db->isValid(), qPrintable(db->error()));
        }
    }
    qInfo("import fuzz (seed %u): tried %d, crashed %d, hung %d, accepted %d, accepted-but-invalid %d, "
          "refused-but-changed %d, %lld ms",
          seed, tried, crashed, hung, accepted, acceptedButInvalid, refusedButChanged, total.elapsed());
    QVERIFY2(firstFailures.isEmpty(), qPrintable(firstFailures.mid(0, 10).join(QLatin1Char('\n'))));
    QCOMPARE(crashed + hung + acceptedButInvalid + refusedButChanged, 0);
}

QTEST_GUILESS_MAIN(TestImportFuzz)
#include "tst_importfuzz.moc"
