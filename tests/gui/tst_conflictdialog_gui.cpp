// The beheerder's conflict dialog (issue 14, item 5): the desk's and the server's version of a
// partij side by side, the differing fields marked, and the choice sent to PartijConflicts with
// the keyboard alone; anyone else sees nothing of either version.

#include "tests/support/testactors.h"
#include "ui/sync/conflictdialog.h"
#include "ui/widgets/messagebanner.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace kcc;

namespace {

QJsonObject partij(const QString &achternaam, const QString &taal)
{
    return {
        {QStringLiteral("nummer"), QStringLiteral("0000001234")},
        {QStringLiteral("soortPartij"), QStringLiteral("persoon")},
        {QStringLiteral("voorkeurstaal"), taal},
        {QStringLiteral("indicatieActief"), true},
        {QStringLiteral("partijIdentificatie"),
         QJsonObject{{QStringLiteral("contactnaam"), QJsonObject{{QStringLiteral("voornaam"), QStringLiteral("Anna")},
                                                                 {QStringLiteral("achternaam"), achternaam}}}}}};
}

class FakeConflicts final : public PartijConflicts
{
public:
    Result<QList<PartijConflict>> open() override { return conflicts; }
    Result<> resolve(const SignedInActor &beheerder, qint64 id, ConflictChoice choice) override
    {
        calls.append({beheerder.actor, id, choice});
        conflicts.removeIf([id](const PartijConflict &conflict) { return conflict.id == id; });
        return {};
    }

    struct Call
    {
        QUuid by;
        qint64 id;
        ConflictChoice choice;
    };
    QList<PartijConflict> conflicts;
    QList<Call> calls;
};

PartijConflict conflict(qint64 id)
{
    PartijConflict c;
    c.id = id;
    c.outboxId = 40 + id;
    c.partij = QUuid::createUuid();
    c.basis = partij(QStringLiteral("Jansen"), QStringLiteral("nld"));
    c.bureau = partij(QStringLiteral("Jansen-de Vries"), QStringLiteral("nld"));
    c.server = partij(QStringLiteral("Jansen"), QStringLiteral("eng"));
    c.ontstaanOp = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    return c;
}

} // namespace

class TestConflictDialogGui : public QObject
{
    Q_OBJECT

private slots:
    void versionsSideBySideWithDifferencesMarked();
    void keyboardChoosesEachWay();
    void notForOthers();
};

void TestConflictDialogGui::versionsSideBySideWithDifferencesMarked()
{
    FakeConflicts conflicts;
    conflicts.conflicts = {conflict(1)};
    ui::ConflictDialog dialog(conflicts, test::fixtureBeheerder());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    QVERIFY(table);
    QHash<QString, int> rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 0)->text(), row);
    const int naam = rows.value(QStringLiteral("partijIdentificatie.contactnaam.achternaam"), -1);
    const int taal = rows.value(QStringLiteral("voorkeurstaal"), -1);
    const int voornaam = rows.value(QStringLiteral("partijIdentificatie.contactnaam.voornaam"), -1);
    QVERIFY(naam >= 0 && taal >= 0 && voornaam >= 0);
    QCOMPARE(table->item(naam, 1)->text(), QStringLiteral("Jansen-de Vries"));
    QCOMPARE(table->item(naam, 2)->text(), QStringLiteral("Jansen"));
    QCOMPARE(table->item(taal, 1)->text(), QStringLiteral("nld"));
    QCOMPARE(table->item(taal, 2)->text(), QStringLiteral("eng"));
    QVERIFY(table->item(naam, 1)->data(Qt::UserRole).toBool());
    QVERIFY(table->item(taal, 2)->font().bold());
    QVERIFY(!table->item(voornaam, 1)->data(Qt::UserRole).toBool());
    QVERIFY(!table->item(voornaam, 1)->font().bold());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("conflictSummary"))->text().contains(QLatin1String("2")));
}

void TestConflictDialogGui::keyboardChoosesEachWay()
{
    FakeConflicts conflicts;
    conflicts.conflicts = {conflict(1), conflict(2)};
    ui::ConflictDialog dialog(conflicts, test::fixtureBeheerder());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("conflictChoice"));
    auto *keepDesk = dialog.findChild<QPushButton *>(QStringLiteral("keepDeskButton"));
    auto *keepServer = dialog.findChild<QPushButton *>(QStringLiteral("keepServerButton"));
    QCOMPARE(choice->count(), 2);

    // The second conflict, by keyboard: the list, then Tab to the buttons.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(choice->currentIndex(), 1);
    keepServer->setFocus();
    QTest::keyClick(keepServer, Qt::Key_Space);
    QCOMPARE(conflicts.calls.size(), 1);
    QCOMPARE(conflicts.calls.at(0).id, qint64(2));
    QCOMPARE(conflicts.calls.at(0).choice, ConflictChoice::KeepServer);
    QCOMPARE(conflicts.calls.at(0).by, test::fixtureBeheerder().actor);
    QCOMPARE(choice->count(), 1);
    auto *banner = dialog.findChild<ui::MessageBanner *>(QStringLiteral("conflictBanner"));
    QCOMPARE(banner->type(), ui::MessageBanner::Positive);

    // The mnemonic of the other button.
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(conflicts.calls.size(), 2);
    QCOMPARE(conflicts.calls.at(1).id, qint64(1));
    QCOMPARE(conflicts.calls.at(1).choice, ConflictChoice::KeepDesk);
    QCOMPARE(choice->count(), 0);
    QVERIFY(!keepDesk->isEnabled());
    QVERIFY(!keepServer->isEnabled());
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"))->rowCount(), 0);
}

void TestConflictDialogGui::notForOthers()
{
    FakeConflicts conflicts;
    conflicts.conflicts = {conflict(1)};
    SignedInActor medewerker;
    medewerker.actor = QUuid::createUuid();
    medewerker.roles = {AccountRole::medewerker()};
    ui::ConflictDialog dialog(conflicts, medewerker);
    dialog.show();
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"))->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("keepDeskButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("keepServerButton"))->isEnabled());
    QCOMPARE(dialog.findChild<ui::MessageBanner *>(QStringLiteral("conflictBanner"))->type(), ui::MessageBanner::Error);
}

QTEST_MAIN(TestConflictDialogGui)
#include "tst_conflictdialog_gui.moc"
