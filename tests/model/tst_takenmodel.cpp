// The pure rules of the work queues: working days and the overdue cut-off, who may do what
// (TaakToegang, over every role and situation), and the supervisor's figures on a fixed fixture.

#include "model/taken/taakcijfers.h"
#include "model/taken/taaktoegang.h"
#include "model/taken/werkdagen.h"

#include <QTest>

using namespace kcc;

namespace {

const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

QUuid uuidOf(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// The role sets a viewer can have.
enum class Rollen
{
    Medewerker,
    Balie,
    Supervisor,
    Beheerder,
    SupervisorBeheerder
};

QStringList rolesOf(Rollen rollen)
{
    switch (rollen) {
    case Rollen::Medewerker:
        return {AccountRole::medewerker()};
    case Rollen::Balie:
        return {AccountRole::balie()};
    case Rollen::Supervisor:
        return {AccountRole::medewerker(), AccountRole::supervisor()};
    case Rollen::Beheerder:
        return {AccountRole::medewerker(), AccountRole::beheerder()};
    case Rollen::SupervisorBeheerder:
        return {AccountRole::supervisor(), AccountRole::beheerder()};
    }
    Q_UNREACHABLE();
}

// Who an action is open to, by role set.
enum class Open
{
    Iedereen,
    Supervisor,
    SupervisorOfBeheerder,
    Beheerder,
    Niemand
};

bool expected(Open open, Rollen rollen)
{
    const bool supervisor = rollen == Rollen::Supervisor || rollen == Rollen::SupervisorBeheerder;
    const bool beheerder = rollen == Rollen::Beheerder || rollen == Rollen::SupervisorBeheerder;
    switch (open) {
    case Open::Iedereen:
        return true;
    case Open::Supervisor:
        return supervisor;
    case Open::SupervisorOfBeheerder:
        return supervisor || beheerder;
    case Open::Beheerder:
        return beheerder;
    case Open::Niemand:
        return false;
    }
    Q_UNREACHABLE();
}

} // namespace

Q_DECLARE_METATYPE(Rollen)

class TestTakenModel : public QObject
{
    Q_OBJECT

private slots:
    void easterAndHolidays_data();
    void easterAndHolidays();
    void workingDaysBack_data();
    void workingDaysBack();
    void overdueCutOff_data();
    void overdueCutOff();

    void access_data();
    void access();
    void logActieCodesRoundTrip();
    void takingUpATakenTaskNamesWhoHasIt();

    void medianOfValues();
    void figuresPerDayOnAFixedFixture();
    void figuresAsCsv();
    void csvCells_data();
    void csvCells();
};

void TestTakenModel::easterAndHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("feestdag");
    QTest::addColumn<bool>("werkdag");

    QTest::newRow("Nieuwjaarsdag 2026") << QDate(2026, 1, 1) << true << false;
    QTest::newRow("Goede Vrijdag 2026 is worked") << QDate(2026, 4, 3) << false << true;
    QTest::newRow("Tweede Paasdag 2026") << QDate(2026, 4, 6) << true << false;
    QTest::newRow("Koningsdag 2026 (Monday)") << QDate(2026, 4, 27) << true << false;
    QTest::newRow("Koningsdag 2025 moves to Saturday 26th") << QDate(2025, 4, 26) << true << false;
    QTest::newRow("27 April 2025 is a Sunday") << QDate(2025, 4, 27) << false << false;
    QTest::newRow("Bevrijdingsdag 2026") << QDate(2026, 5, 5) << true << false;
    QTest::newRow("Hemelvaartsdag 2026") << QDate(2026, 5, 14) << true << false;
    QTest::newRow("Tweede Pinksterdag 2026") << QDate(2026, 5, 25) << true << false;
    QTest::newRow("Hemelvaartsdag 2024") << QDate(2024, 5, 9) << true << false;
    QTest::newRow("Eerste Kerstdag 2026") << QDate(2026, 12, 25) << true << false;
    QTest::newRow("Tweede Kerstdag 2025") << QDate(2025, 12, 26) << true << false;
    QTest::newRow("an ordinary Wednesday") << QDate(2026, 11, 18) << false << true;
    QTest::newRow("an ordinary Saturday") << QDate(2026, 11, 21) << false << false;
    QTest::newRow("Oudejaarsdag is worked") << QDate(2026, 12, 31) << false << true;
}

void TestTakenModel::easterAndHolidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, feestdag);
    QFETCH(bool, werkdag);
    QCOMPARE(Werkdagen::isFeestdag(date), feestdag);
    QCOMPARE(Werkdagen::isWerkdag(date), werkdag);
    QCOMPARE(Werkdagen::paaszondag(2024), QDate(2024, 3, 31));
    QCOMPARE(Werkdagen::paaszondag(2025), QDate(2025, 4, 20));
    QCOMPARE(Werkdagen::paaszondag(2026), QDate(2026, 4, 5));
    QCOMPARE(Werkdagen::paaszondag(2038), QDate(2038, 4, 25));
}

void TestTakenModel::workingDaysBack_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("result");

    QTest::newRow("none") << QDate(2026, 11, 18) << 0 << QDate(2026, 11, 18);
    QTest::newRow("Wednesday - 2") << QDate(2026, 11, 18) << 2 << QDate(2026, 11, 16);
    QTest::newRow("Monday - 1 skips the weekend") << QDate(2026, 11, 16) << 1 << QDate(2026, 11, 13);
    QTest::newRow("Saturday - 1") << QDate(2026, 11, 21) << 1 << QDate(2026, 11, 20);
    QTest::newRow("after Easter") << QDate(2026, 4, 7) << 1 << QDate(2026, 4, 3);
    QTest::newRow("after Christmas") << QDate(2026, 12, 28) << 2 << QDate(2026, 12, 23);
    QTest::newRow("a working week") << QDate(2026, 11, 20) << 5 << QDate(2026, 11, 13);
}

void TestTakenModel::workingDaysBack()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, result);
    QCOMPARE(Werkdagen::werkdagenTerug(from, days), result);
}

void TestTakenModel::overdueCutOff_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("cutOff");

    // Wednesday 10:00 in Amsterdam (CET): Monday 10:00.
    QTest::newRow("terugbellen") << utc(2026, 11, 18, 9) << 2 << utc(2026, 11, 16, 9);
    QTest::newRow("norm 0 is now") << utc(2026, 11, 18, 9) << 0 << utc(2026, 11, 18, 9);
    // Monday 10:00 CEST back to Friday 10:00 CET: the local time of day stays.
    QTest::newRow("over the DST change") << utc(2026, 3, 30, 8) << 1 << utc(2026, 3, 27, 9);
    // Just after midnight local time the local date counts, not the UTC one.
    QTest::newRow("local date") << utc(2026, 11, 16, 23, 30) << 1 << utc(2026, 11, 15, 23, 30);
}

void TestTakenModel::overdueCutOff()
{
    QFETCH(QDateTime, now);
    QFETCH(int, days);
    QFETCH(QDateTime, cutOff);
    const QDateTime result = Werkdagen::teLaatGrens(now, days, amsterdam);
    QCOMPARE(result, cutOff);
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

void TestTakenModel::access_data()
{
    QTest::addColumn<Rollen>("rollen");
    QTest::addColumn<QString>("actie");
    QTest::addColumn<bool>("allowed");

    // The situations, each with who it is open to. Bas is member of afdeling 11 (and so is his
    // colleague 3); afdeling 12 is someone else's.
    const QList<QPair<QString, Open>> situaties = {
        {QStringLiteral("queue Mijn"), Open::Iedereen},
        {QStringLiteral("queue Historie"), Open::Iedereen},
        {QStringLiteral("queue own afdeling"), Open::Iedereen},
        {QStringLiteral("queue other afdeling"), Open::Supervisor},
        {QStringLiteral("queue without afdeling"), Open::Niemand},
        {QStringLiteral("queue Alle"), Open::Supervisor},
        {QStringLiteral("see own task"), Open::Iedereen},
        {QStringLiteral("see afdeling's task"), Open::Iedereen},
        {QStringLiteral("see task handled before"), Open::Iedereen},
        {QStringLiteral("see other's task"), Open::Supervisor},
        {QStringLiteral("work on own task"), Open::Iedereen},
        {QStringLiteral("work on afdeling's task"), Open::Iedereen},
        {QStringLiteral("work on task handled before"), Open::Supervisor},
        {QStringLiteral("work on other's task"), Open::Supervisor},
        {QStringLiteral("take up from own afdeling"), Open::Iedereen},
        {QStringLiteral("take up from other afdeling"), Open::Supervisor},
        {QStringLiteral("take up a personal task"), Open::Niemand},
        {QStringLiteral("forward to own afdeling"), Open::Iedereen},
        {QStringLiteral("forward to a member"), Open::Iedereen},
        {QStringLiteral("forward to other afdeling"), Open::Supervisor},
        {QStringLiteral("forward to outsider"), Open::Supervisor},
        {QStringLiteral("forward to member and outsider"), Open::Supervisor},
        {QStringLiteral("forward to nobody"), Open::Niemand},
        {QStringLiteral("reopen"), Open::Supervisor},
        {QStringLiteral("reassign"), Open::Supervisor},
        {QStringLiteral("overview"), Open::Supervisor},
        {QStringLiteral("change norm"), Open::SupervisorOfBeheerder},
        {QStringLiteral("manage"), Open::Beheerder},
        {QStringLiteral("vertrouwelijk, linked"), Open::Iedereen},
        {QStringLiteral("vertrouwelijk, assigned"), Open::Iedereen},
        {QStringLiteral("vertrouwelijk, neither"), Open::Supervisor},
        {QStringLiteral("not vertrouwelijk"), Open::Iedereen},
    };
    const QList<QPair<const char *, Rollen>> rolsets = {{"medewerker", Rollen::Medewerker},
                                                        {"balie", Rollen::Balie},
                                                        {"supervisor", Rollen::Supervisor},
                                                        {"beheerder", Rollen::Beheerder},
                                                        {"supervisor+beheerder", Rollen::SupervisorBeheerder}};
    for (const auto &[situatie, open] : situaties) {
        for (const auto &[naam, rollen] : rolsets) {
            QTest::addRow("%s: %s", qPrintable(situatie), naam) << rollen << situatie << expected(open, rollen);
        }
    }
}

void TestTakenModel::access()
{
    QFETCH(Rollen, rollen);
    QFETCH(QString, actie);
    QFETCH(bool, allowed);

    const QUuid bas = uuidOf(1);
    const QUuid collega = uuidOf(3);
    const QUuid buitenstaander = uuidOf(4);
    const QUuid eigenAfdeling = uuidOf(11);
    const QUuid andereAfdeling = uuidOf(12);
    const SignedInActor viewer{bas, QStringLiteral("Bas"), SoortActor::Medewerker, rolesOf(rollen)};
    const QList<QUuid> eigen{eigenAfdeling};
    const QList<QUuid> leden{bas, collega};

    auto queue = [&](TaakQueue which, const QUuid &afdeling) {
        TaakQueueFilter filter;
        filter.queue = which;
        filter.afdeling = afdeling;
        return TaakToegang::queue(viewer, filter, eigen).ok();
    };
    bool result = false;
    if (actie == QLatin1String("queue Mijn"))
        result = queue(TaakQueue::Mijn, {});
    else if (actie == QLatin1String("queue Historie"))
        result = queue(TaakQueue::Historie, {});
    else if (actie == QLatin1String("queue own afdeling"))
        result = queue(TaakQueue::Afdeling, eigenAfdeling);
    else if (actie == QLatin1String("queue other afdeling"))
        result = queue(TaakQueue::Afdeling, andereAfdeling);
    else if (actie == QLatin1String("queue without afdeling"))
        result = queue(TaakQueue::Afdeling, {});
    else if (actie == QLatin1String("queue Alle"))
        result = queue(TaakQueue::Alle, {});
    else if (actie == QLatin1String("see own task"))
        result = TaakToegang::zien(viewer, {bas}, eigen, false).ok();
    else if (actie == QLatin1String("see afdeling's task"))
        result = TaakToegang::zien(viewer, {andereAfdeling, eigenAfdeling}, eigen, false).ok();
    else if (actie == QLatin1String("see task handled before"))
        result = TaakToegang::zien(viewer, {buitenstaander}, eigen, true).ok();
    else if (actie == QLatin1String("see other's task"))
        result = TaakToegang::zien(viewer, {collega, andereAfdeling}, eigen, false).ok();
    else if (actie == QLatin1String("work on own task"))
        result = TaakToegang::behandelen(viewer, {bas}, eigen).ok();
    else if (actie == QLatin1String("work on afdeling's task"))
        result = TaakToegang::behandelen(viewer, {eigenAfdeling}, eigen).ok();
    else if (actie == QLatin1String("work on task handled before") || actie == QLatin1String("work on other's task"))
        result = TaakToegang::behandelen(viewer, {collega}, eigen).ok();
    else if (actie == QLatin1String("take up from own afdeling"))
        result = TaakToegang::oppakken(viewer, {eigenAfdeling}, eigen).ok();
    else if (actie == QLatin1String("take up from other afdeling"))
        result = TaakToegang::oppakken(viewer, {andereAfdeling}, eigen).ok();
    else if (actie == QLatin1String("take up a personal task"))
        result = TaakToegang::oppakken(viewer, {}, eigen).ok();
    else if (actie == QLatin1String("forward to own afdeling"))
        result = TaakToegang::doorsturenNaar(viewer, {eigenAfdeling}, eigen, leden).ok();
    else if (actie == QLatin1String("forward to a member"))
        result = TaakToegang::doorsturenNaar(viewer, {collega}, eigen, leden).ok();
    else if (actie == QLatin1String("forward to other afdeling"))
        result = TaakToegang::doorsturenNaar(viewer, {andereAfdeling}, eigen, leden).ok();
    else if (actie == QLatin1String("forward to outsider"))
        result = TaakToegang::doorsturenNaar(viewer, {buitenstaander}, eigen, leden).ok();
    else if (actie == QLatin1String("forward to member and outsider"))
        result = TaakToegang::doorsturenNaar(viewer, {collega, buitenstaander}, eigen, leden).ok();
    else if (actie == QLatin1String("forward to nobody"))
        result = TaakToegang::doorsturenNaar(viewer, {}, eigen, leden).ok();
    else if (actie == QLatin1String("reopen"))
        result = TaakToegang::heropenen(viewer).ok();
    else if (actie == QLatin1String("reassign"))
        result = TaakToegang::toewijzen(viewer).ok();
    else if (actie == QLatin1String("overview"))
        result = TaakToegang::overzicht(viewer).ok();
    else if (actie == QLatin1String("change norm"))
        result = TaakToegang::normWijzigen(viewer).ok();
    else if (actie == QLatin1String("manage"))
        result = TaakToegang::beheren(viewer).ok();
    else if (actie == QLatin1String("vertrouwelijk, linked"))
        result = TaakToegang::vertrouwelijkZichtbaar(viewer, true, true, false);
    else if (actie == QLatin1String("vertrouwelijk, assigned"))
        result = TaakToegang::vertrouwelijkZichtbaar(viewer, true, false, true);
    else if (actie == QLatin1String("vertrouwelijk, neither"))
        result = TaakToegang::vertrouwelijkZichtbaar(viewer, true, false, false);
    else if (actie == QLatin1String("not vertrouwelijk"))
        result = TaakToegang::vertrouwelijkZichtbaar(viewer, false, false, false);
    else
        QFAIL(qPrintable(QStringLiteral("unknown situation %1").arg(actie)));
    QCOMPARE(result, allowed);
}

// Issue 13: the seat that lost the race to "Pak op" is told who won, also as a supervisor (who may
// take up any afdeling's task, but not one a medewerker already has).
void TestTakenModel::takingUpATakenTaskNamesWhoHasIt()
{
    const QUuid afdeling = uuidOf(11);
    for (const QStringList &roles : {QStringList{AccountRole::medewerker()}, QStringList{AccountRole::supervisor()}}) {
        const SignedInActor viewer{uuidOf(1), QStringLiteral("Bas"), SoortActor::Medewerker, roles};
        const Result<> taken = TaakToegang::oppakken(viewer, {}, {afdeling}, {QStringLiteral("Carla Vergunningen")});
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().message, QStringLiteral("This task has already been taken up by Carla Vergunningen."));
        const Result<> both =
            TaakToegang::oppakken(viewer, {}, {afdeling}, {QStringLiteral("Carla"), QStringLiteral("Piet")});
        QCOMPARE(both.error().message, QStringLiteral("This task has already been taken up by Carla, Piet."));
        // Still assigned to an afdeling as well: the ordinary rule decides.
        QCOMPARE(TaakToegang::oppakken(viewer, {afdeling}, {afdeling}, {QStringLiteral("Carla")}).ok(), true);
    }
}

void TestTakenModel::logActieCodesRoundTrip()
{
    const QList<TaakLogActie> all = {TaakLogActie::Aangemaakt,   TaakLogActie::Opgepakt,
                                     TaakLogActie::Doorgestuurd, TaakLogActie::OpnieuwGerouteerd,
                                     TaakLogActie::Toegewezen,   TaakLogActie::ContactPoging,
                                     TaakLogActie::Afgehandeld,  TaakLogActie::Heropend};
    QSet<QString> codes;
    for (TaakLogActie actie : all) {
        codes.insert(toCode(actie));
        QCOMPARE(taakLogActieFromCode(toCode(actie)), std::optional<TaakLogActie>(actie));
        QVERIFY(!label(actie).isEmpty());
    }
    QCOMPARE(codes.size(), all.size());
    QCOMPARE(toCode(TaakLogActie::ContactPoging), QStringLiteral("contact_poging"));
    QVERIFY(!taakLogActieFromCode(QStringLiteral("verwijderd")));
}

void TestTakenModel::medianOfValues()
{
    QVERIFY(!TaakCijfers::mediaan({}));
    QCOMPARE(*TaakCijfers::mediaan({7.0}), 7.0);
    QCOMPARE(*TaakCijfers::mediaan({5.0, 1.0, 2.0}), 2.0);
    QCOMPARE(*TaakCijfers::mediaan({4.0, 1.0}), 2.5);
    QCOMPARE(*TaakCijfers::mediaan({10.0, 1.0, 3.0, 2.0}), 2.5);
}

void TestTakenModel::figuresPerDayOnAFixedFixture()
{
    using Uur = TaakCijfers::ContactenInUur;
    using Taak = TaakCijfers::Taak;
    const QStringList vergunningen{QStringLiteral("Vergunningen")};
    const QStringList beide{QStringLiteral("Belastingen"), QStringLiteral("Vergunningen")};
    const QList<Uur> contacten = {
        {utc(2026, 11, 16, 8), QStringLiteral("telefoon"), 12},
        {utc(2026, 11, 16, 9), QStringLiteral("telefoon"), 3},
        {utc(2026, 11, 16, 9), QStringLiteral("e-mail"), 4},
        // 23:00 UTC on the 16th is midnight in Amsterdam: the 17th.
        {utc(2026, 11, 16, 23), QStringLiteral("chat"), 2},
        {utc(2026, 11, 15, 22), QStringLiteral("telefoon"), 99}, // the 15th locally: outside
        {utc(2026, 11, 18, 23), QStringLiteral("telefoon"), 99}, // the 19th locally: outside
    };
    const QList<Taak> taken = {
        // Closed on the 17th after 1, 5 and 26 hours: median 5.
        {utc(2026, 11, 17, 8), utc(2026, 11, 17, 9), vergunningen},
        {utc(2026, 11, 17, 8), utc(2026, 11, 17, 13), beide},
        {utc(2026, 11, 16, 14), utc(2026, 11, 17, 16), vergunningen}, // 26 hours, created on the 16th
        // Closed on the 18th after 1 and 4 hours: median 2.5.
        {utc(2026, 11, 18, 8), utc(2026, 11, 18, 9), {}},
        {utc(2026, 11, 18, 7), utc(2026, 11, 18, 11), vergunningen},
        // Still open; created on the 18th.
        {utc(2026, 11, 18, 10), std::nullopt, beide},
        // Created before the period and closed after it: not counted.
        {utc(2026, 11, 1, 10), utc(2026, 11, 25, 10), vergunningen},
    };
    const QList<DagCijfers> dagen =
        TaakCijfers::perDag(QDate(2026, 11, 16), QDate(2026, 11, 18), amsterdam, contacten, taken);
    QCOMPARE(dagen.size(), 3);

    QCOMPARE(dagen.at(0).dag, QDate(2026, 11, 16));
    QCOMPARE(dagen.at(0).klantcontactenPerKanaal,
             (QMap<QString, int>{{QStringLiteral("telefoon"), 15}, {QStringLiteral("e-mail"), 4}}));
    QCOMPARE(dagen.at(0).takenAangemaaktPerAfdeling, (QMap<QString, int>{{QStringLiteral("Vergunningen"), 1}}));
    QVERIFY(dagen.at(0).takenAfgehandeldPerAfdeling.isEmpty());
    QVERIFY(!dagen.at(0).medianeDoorlooptijdUren);

    QCOMPARE(dagen.at(1).dag, QDate(2026, 11, 17));
    QCOMPARE(dagen.at(1).klantcontactenPerKanaal, (QMap<QString, int>{{QStringLiteral("chat"), 2}}));
    QCOMPARE(dagen.at(1).takenAangemaaktPerAfdeling,
             (QMap<QString, int>{{QStringLiteral("Vergunningen"), 2}, {QStringLiteral("Belastingen"), 1}}));
    QCOMPARE(dagen.at(1).takenAfgehandeldPerAfdeling,
             (QMap<QString, int>{{QStringLiteral("Vergunningen"), 3}, {QStringLiteral("Belastingen"), 1}}));
    QCOMPARE(dagen.at(1).medianeDoorlooptijdUren, std::optional<double>(5.0));

    QCOMPARE(dagen.at(2).dag, QDate(2026, 11, 18));
    QVERIFY(dagen.at(2).klantcontactenPerKanaal.isEmpty());
    QCOMPARE(dagen.at(2).takenAangemaaktPerAfdeling,
             (QMap<QString, int>{{QStringLiteral("Vergunningen"), 2}, {QStringLiteral("Belastingen"), 1}}));
    QCOMPARE(dagen.at(2).takenAfgehandeldPerAfdeling, (QMap<QString, int>{{QStringLiteral("Vergunningen"), 1}}));
    QCOMPARE(dagen.at(2).medianeDoorlooptijdUren, std::optional<double>(2.5));

    QVERIFY(TaakCijfers::perDag(QDate(2026, 11, 18), QDate(2026, 11, 16), amsterdam, contacten, taken).isEmpty());
}

void TestTakenModel::figuresAsCsv()
{
    DagCijfers dag;
    dag.dag = QDate(2026, 11, 17);
    dag.klantcontactenPerKanaal = {{QStringLiteral("telefoon"), 15}};
    dag.takenAangemaaktPerAfdeling = {{QStringLiteral("Afval; Reiniging"), 2}};
    // A name that a spreadsheet would run as a formula (CSV injection) is kept as text.
    dag.takenAfgehandeldPerAfdeling = {{QStringLiteral("Vergunningen"), 1},
                                       {QStringLiteral("=HYPERLINK(\"http://x\")"), 1},
                                       {QStringLiteral("-Wijk"), 1}};
    dag.medianeDoorlooptijdUren = 2.5;
    DagCijfers leeg;
    leeg.dag = QDate(2026, 11, 18);
    // Dutch Excel: semicolons between fields and a decimal comma.
    QCOMPARE(TaakCijfers::csv({dag, leeg}),
             QStringLiteral("dag;soort;naam;aantal\n"
                            "2026-11-17;klantcontacten;telefoon;15\n"
                            "2026-11-17;taken_aangemaakt;\"Afval; Reiniging\";2\n"
                            "2026-11-17;taken_afgehandeld;'-Wijk;1\n"
                            "2026-11-17;taken_afgehandeld;\"'=HYPERLINK(\"\"http://x\"\")\";1\n"
                            "2026-11-17;taken_afgehandeld;Vergunningen;1\n"
                            "2026-11-17;mediane_doorlooptijd_uren;;2,50\n"));
}

void TestTakenModel::csvCells_data()
{
    QTest::addColumn<QString>("naam");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Vergunningen") << QStringLiteral("Vergunningen");
    // Formula injection: a leading = + - @ (or tab, CR) would be run by a spreadsheet.
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+31 20 123") << QStringLiteral("'+31 20 123");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    // Only the first character counts.
    QTest::newRow("= inside") << QStringLiteral("Noord=Zuid") << QStringLiteral("Noord=Zuid");
    // Separators, quotes and line breaks: quoted, quotes doubled.
    QTest::newRow(";") << QStringLiteral("Afval; Reiniging") << QStringLiteral("\"Afval; Reiniging\"");
    QTest::newRow("quote") << QStringLiteral("De \"Kade\"") << QStringLiteral("\"De \"\"Kade\"\"\"");
    QTest::newRow("LF") << QStringLiteral("Noord\nZuid") << QStringLiteral("\"Noord\nZuid\"");
    QTest::newRow("CR") << QStringLiteral("Noord\rZuid") << QStringLiteral("\"Noord\rZuid\"");
    QTest::newRow("CRLF") << QStringLiteral("Noord\r\nZuid") << QStringLiteral("\"Noord\r\nZuid\"");
    QTest::newRow("formula and quote") << QStringLiteral("=\"x\";1") << QStringLiteral("\"'=\"\"x\"\";1\"");
}

void TestTakenModel::csvCells()
{
    QFETCH(QString, naam);
    QFETCH(QString, cell);
    DagCijfers dag;
    dag.dag = QDate(2026, 11, 17);
    dag.takenAangemaaktPerAfdeling = {{naam, 3}};
    QCOMPARE(TaakCijfers::csv({dag}),
             QStringLiteral("dag;soort;naam;aantal\n2026-11-17;taken_aangemaakt;") + cell + QStringLiteral(";3\n"));
}

QTEST_GUILESS_MAIN(TestTakenModel)
#include "tst_takenmodel.moc"
