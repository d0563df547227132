// `kccctl taken`: the built command line program on a fixture database, in English and Dutch.

#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

namespace {

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Actor actor(int n, const QString &naam, SoortActor soort)
{
    Actor a;
    a.uuid = uuidOf(n);
    a.naam = naam;
    a.soortActor = soort;
    if (soort == SoortActor::Medewerker) {
        a.heeftActorIdentificatie = true;
        a.functie = QStringLiteral("Medewerker");
        a.telefoonnummer = QStringLiteral("0201234567");
    }
    return a;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestKccctlTaken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonListsEveryTask();
    void filtersByActorAndStatus();
    void tableForAnAfdeling();
    void unknownNamesAreErrors();
    void badUsage();
    void dutchMessages();

private:
    Run kccctl(const QStringList &arguments, const QString &language = QStringLiteral("en"));

    TestDatabase m_db;
};

void TestKccctlTaken::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QVERIFY2(QFile::exists(QStringLiteral(KCCCTL_PATH)), KCCCTL_PATH);
    Database &db = m_db.database();
    WriteTransaction transaction(db);
    {
        Repository<Actor> actors(db);
        QVERIFY(actors.insert(actor(1, QStringLiteral("Bas Vergunningen"), SoortActor::Medewerker)));
        QVERIFY(actors.insert(actor(2, QStringLiteral("Vergunningen"), SoortActor::OrganisatorischeEenheid)));
        Klantcontact vraag;
        vraag.uuid = uuidOf(10);
        vraag.kanaal = QStringLiteral("telefoon");
        vraag.onderwerp = QStringLiteral("Aanvraag parkeervergunning");
        vraag.plaatsgevondenOp = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(Repository<Klantcontact>(db).insert(vraag));
        Betrokkene betrokkene;
        betrokkene.uuid = uuidOf(11);
        betrokkene.hadKlantcontact = vraag.uuid;
        betrokkene.contactnaam = Contactnaam{QString(), QStringLiteral("Zoë"), QString(), QStringLiteral("Çelik")};
        QVERIFY(Repository<Betrokkene>(db).insert(betrokkene));
        Repository<InterneTaak> taken(db);
        const QList<std::tuple<int, QUuid, TaakStatus, QDateTime>> rows = {
            {21, uuidOf(1), TaakStatus::TeVerwerken, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)},
            {22, uuidOf(2), TaakStatus::TeVerwerken, QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC)},
            {23, uuidOf(1), TaakStatus::Verwerkt, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC)},
        };
        for (const auto &[n, assignee, status, op] : rows) {
            InterneTaak taak;
            taak.uuid = uuidOf(n);
            taak.referentienummer = QString::number(7000 + n);
            taak.gevraagdeHandeling = QStringLiteral("Terugbellen");
            taak.aanleidinggevendKlantcontact = vraag.uuid;
            taak.toegewezenAanActoren = {assignee};
            taak.status = status;
            taak.toegewezenOp = op;
            if (status == TaakStatus::Verwerkt)
                taak.afgehandeldOp = op.addSecs(3600);
            QVERIFY(taken.insert(taak));
        }
    }
    QVERIFY(transaction.commit().ok());
}

Run TestKccctlTaken::kccctl(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KCC_LANG"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KCCCTL_PATH), QStringList{QStringLiteral("--db"), m_db.path()} + arguments);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestKccctlTaken::jsonListsEveryTask()
{
    const Run run = kccctl({QStringLiteral("taken"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    // Oldest first.
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("referentienummer")).toString(), QStringLiteral("7023"));
    const QJsonObject open = array.at(1).toObject();
    QCOMPARE(open.value(QStringLiteral("referentienummer")).toString(), QStringLiteral("7021"));
    QCOMPARE(open.value(QStringLiteral("status")).toString(), QStringLiteral("te_verwerken"));
    QCOMPARE(open.value(QStringLiteral("gevraagdeHandeling")).toString(), QStringLiteral("Terugbellen"));
    QCOMPARE(open.value(QStringLiteral("toegewezenOp")).toString(), QStringLiteral("2026-11-02T09:00:00.000Z"));
    QCOMPARE(open.value(QStringLiteral("toegewezenAan")).toArray(), QJsonArray{QStringLiteral("Bas Vergunningen")});
    QCOMPARE(open.value(QStringLiteral("klant")).toString(), QStringLiteral("Zoë Çelik"));
    QCOMPARE(open.value(QStringLiteral("onderwerp")).toString(), QStringLiteral("Aanvraag parkeervergunning"));
    QCOMPARE(open.value(QStringLiteral("kanaal")).toString(), QStringLiteral("telefoon"));
    // Weeks old Terugbellen (norm 2 working days) is overdue.
    QCOMPARE(open.value(QStringLiteral("teLaat")).toBool(), true);
    QVERIFY(open.value(QStringLiteral("afgehandeldOp")).isNull());
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("afgehandeldOp")).toString(),
             QStringLiteral("2026-11-01T10:00:00.000Z"));
}

void TestKccctlTaken::filtersByActorAndStatus()
{
    Run run = kccctl({QStringLiteral("taken"), QStringLiteral("--actor"), QStringLiteral("bas vergunningen"),
                      QStringLiteral("--status"), QStringLiteral("te_verwerken"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("referentienummer")).toString(), QStringLiteral("7021"));

    run = kccctl(
        {QStringLiteral("taken"), QStringLiteral("--status"), QStringLiteral("verwerkt"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("verwerkt"));
}

void TestKccctlTaken::tableForAnAfdeling()
{
    const Run run = kccctl({QStringLiteral("taken"), QStringLiteral("--afdeling"), QStringLiteral("Vergunningen")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, one task, total
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Reference")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("Requested action")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("7022")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral("te_verwerken")));
    QVERIFY(lines.at(1).contains(QStringLiteral("overdue")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Zoë Çelik")));
    QCOMPARE(lines.at(2), QStringLiteral("1 task(s)"));
}

void TestKccctlTaken::unknownNamesAreErrors()
{
    Run run = kccctl({QStringLiteral("taken"), QStringLiteral("--actor"), QStringLiteral("Niemand")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("There is no colleague or afdeling named 'Niemand'.")),
             qPrintable(run.err));
    // --afdeling wants an afdeling, not a person.
    run = kccctl({QStringLiteral("taken"), QStringLiteral("--afdeling"), QStringLiteral("Bas Vergunningen")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Bas Vergunningen")), qPrintable(run.err));
}

void TestKccctlTaken::badUsage()
{
    Run run = kccctl({QStringLiteral("taken"), QStringLiteral("--status"), QStringLiteral("open")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("te_verwerken or verwerkt")), qPrintable(run.err));
    run = kccctl({QStringLiteral("taken"), QStringLiteral("--actor"), QStringLiteral("a"), QStringLiteral("--afdeling"),
                  QStringLiteral("b")});
    QCOMPARE(run.exitCode, 2);
}

void TestKccctlTaken::dutchMessages()
{
    Run run =
        kccctl({QStringLiteral("taken"), QStringLiteral("--actor"), QStringLiteral("Niemand")}, QStringLiteral("nl"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Er is geen collega of afdeling met de naam 'Niemand'.")),
             qPrintable(run.err));
    run = kccctl({QStringLiteral("taken"), QStringLiteral("--afdeling"), QStringLiteral("Vergunningen")},
                 QStringLiteral("nl"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Referentie")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("te laat")));
}

QTEST_GUILESS_MAIN(TestKccctlTaken)
#include "tst_kccctl_taken.moc"
