// The supervisor's view (issue 5) and the role checks of the main window, driven through the real
// widgets on a real SQLite database: backlog, reassigning several tasks at once, reopening, the
// figures in the charts, the CSV export and the norms.

#include "model/taken/taakcijfers.h"
#include "model/taken/taakqueuemodel.h"
#include "storage/lists/sqlklantcontactlistsource.h"
#include "storage/lists/sqlpartijlistsource.h"
#include "tests/support/beheerpage.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/supervisorpage.h"
#include "tests/support/taakdetailpage.h"
#include "tests/support/takenfixture.h"
#include "ui/beheer/beheerdialog.h"
#include "ui/beheer/taaknormeneditor.h"
#include "ui/shell/mainwindow.h"
#include "ui/taken/supervisorwidget.h"
#include "ui/taken/taakactiespanel.h"
#include "ui/taken/taakcijferswidget.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/taken/werkvoorraadwidget.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/savefiledialog.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <sys/stat.h>

using namespace kcc;
using kcc::test::TakenFixture;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard");
    QTest::keyClick(focus, key, modifiers);
}

template<typename Series>
Series *onlySeries(QChart *chart)
{
    Series *found = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(series))
            found = typed;
    }
    return found;
}

QBarSet *barSet(QAbstractBarSeries *series, const QString &name)
{
    for (QBarSet *set : series->barSets()) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

} // namespace

class TestSupervisorGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backlogOldestFirstAndReassignTwo();
    void reopenIsForSupervisors();
    void rolesDecideTheTabs();
    void figuresInChartsAndCsv();
    void normsEditable();

private:
    bool show(QWidget *widget);

    std::unique_ptr<TakenFixture> m_f;
    QDateTime m_now;
    QUuid m_oud;     // Vergunningen, ten days: overdue
    QUuid m_nieuw;   // Vergunningen, two hours
    QUuid m_joost;   // Joost, one day
    QUuid m_kccTaak; // KCC, half an hour
};

void TestSupervisorGui::init()
{
    m_f = std::make_unique<TakenFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    m_now = QDateTime::currentDateTimeUtc();
    m_oud = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->vergunningen}, m_now.addDays(-10));
    m_nieuw = m_f->addTaak(QStringLiteral("Informatie verstrekken"), {m_f->vergunningen}, m_now.addSecs(-2 * 3600));
    m_joost = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->joost.actor}, m_now.addSecs(-20 * 3600));
    m_kccTaak = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->kcc}, m_now.addSecs(-1800));
    QVERIFY(!m_oud.isNull() && !m_nieuw.isNull() && !m_joost.isNull() && !m_kccTaak.isNull());
}

void TestSupervisorGui::cleanup()
{
    m_f.reset();
}

bool TestSupervisorGui::show(QWidget *widget)
{
    widget->resize(1500, 900);
    widget->show();
    QApplication::setActiveWindow(widget);
    return QTest::qWaitForWindowActive(widget);
}

void TestSupervisorGui::backlogOldestFirstAndReassignTwo()
{
    ui::SupervisorWidget w(m_f->context(m_f->sanne));
    QVERIFY(show(&w));
    const test::SupervisorPage page(&w);
    QTableWidget *backlog = page.backlogTable();
    QVERIFY(backlog);
    QVERIFY(backlog->rowCount() >= 3);
    // Oldest first: Vergunningen (ten days), then Joost (a day), then the KCC (half an hour).
    QCOMPARE(backlog->item(0, ui::SupervisorWidget::NaamColumn)->text(), QStringLiteral("Vergunningen"));
    QCOMPARE(backlog->item(0, ui::SupervisorWidget::OpenColumn)->text(), QStringLiteral("2"));
    QCOMPARE(backlog->item(0, ui::SupervisorWidget::TeLaatColumn)->text(), QStringLiteral("1"));
    QVERIFY(backlog->item(0, ui::SupervisorWidget::OudsteColumn)->text().startsWith(QStringLiteral("10 d")));
    QCOMPARE(backlog->item(1, ui::SupervisorWidget::NaamColumn)->text(), QStringLiteral("Joost"));
    QCOMPARE(backlog->item(2, ui::SupervisorWidget::NaamColumn)->text(), QStringLiteral("KCC"));
    // The overdue row is highlighted, the others are not.
    QVERIFY(backlog->item(0, 0)->background().style() != Qt::NoBrush);
    QCOMPARE(backlog->item(1, 0)->background().style(), Qt::NoBrush);
    QCOMPARE(backlog->item(0, 0)->background().color(), ui::Palette::overdueRowBackground());
    QCOMPARE(backlog->item(0, 0)->foreground().color(), ui::Palette::overdueRowText());

    // The open tasks of the chosen row, the overdue one first and flagged.
    backlog->setFocus();
    backlog->setCurrentCell(0, 0);
    TaakQueueModel *model = page.takenModel();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowAt(0)->uuid, m_oud);
    QVERIFY(RowState::fromInt(model->index(0, 0).data(RowStateRole).toInt()).testFlag(RowStateFlag::TeLaat));
    test::screenshot(&w, QStringLiteral("supervisor-achterstand"));

    // Both selected by keyboard, Ctrl+T, Belastingen, a reason, Ctrl+Enter.
    page.takenView()->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(page.takenView()->selectionModel()->selectedRows().size(), 2);
    press(Qt::Key_T, Qt::ControlModifier);
    QComboBox *naar = page.toewijzenCombo();
    QVERIFY(naar->hasFocus());
    naar->setCurrentIndex(naar->findData(m_f->belastingen));
    QVERIFY(naar->currentIndex() >= 0);
    page.toewijzenToelichting()->setFocus();
    QTest::keyClicks(page.toewijzenToelichting(), QStringLiteral("Vergunningen onderbezet"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(page.banner()->type(), ui::MessageBanner::Positive);

    for (const QUuid &taak : {m_oud, m_nieuw}) {
        QCOMPARE(m_f->taak(taak)->toegewezenAanActoren, QList<QUuid>{m_f->belastingen});
        QCOMPARE(m_f->taak(taak)->status, TaakStatus::TeVerwerken);
        const Result<TaakDetail> detail = m_f->taken.werkvoorraad.detail(m_f->sanne, taak);
        QVERIFY(detail.ok());
        const TaakLogEntry &last = detail.value().log.last();
        QCOMPARE(last.actie, TaakLogActie::Toegewezen);
        QCOMPARE(last.actor, m_f->sanne.actor);
        QCOMPARE(last.toelichting, QStringLiteral("Vergunningen onderbezet"));
        QCOMPARE(last.toegewezenAan, QStringList{QStringLiteral("Belastingen")});
    }
    QCOMPARE(m_f->taak(m_joost)->toegewezenAanActoren, QList<QUuid>{m_f->joost.actor});
    // The backlog follows, as the table shows it: Belastingen has them now, Vergunningen nothing.
    bool belastingen = false;
    for (int row = 0; row < backlog->rowCount(); ++row) {
        const QString naam = backlog->item(row, ui::SupervisorWidget::NaamColumn)->text();
        const QString open = backlog->item(row, ui::SupervisorWidget::OpenColumn)->text();
        QVERIFY(naam != QStringLiteral("Vergunningen") || open == QStringLiteral("0"));
        if (naam == QStringLiteral("Belastingen")) {
            QCOMPARE(open, QStringLiteral("2"));
            QCOMPARE(backlog->item(row, ui::SupervisorWidget::TeLaatColumn)->text(), QStringLiteral("1"));
            belastingen = true;
        }
    }
    QVERIFY(belastingen);
    // ... and so does the service behind it.
    const Result<QList<TaakBacklogRow>> rows = m_f->taken.supervisie.backlog(m_f->sanne);
    QVERIFY(rows.ok());
    bool belastingenRow = false;
    for (const TaakBacklogRow &row : rows.value()) {
        QVERIFY(row.actor != m_f->vergunningen || row.open == 0);
        if (row.actor == m_f->belastingen) {
            QCOMPARE(row.open, 2);
            QCOMPARE(row.teLaat, 1);
            belastingenRow = true;
        }
    }
    QVERIFY(belastingenRow);
    QCOMPARE(backlog->item(0, ui::SupervisorWidget::NaamColumn)->text(), QStringLiteral("Belastingen"));

    // A medewerker may not do this: the service refuses.
    QVERIFY(!m_f->taken.supervisie.wijsToe(m_f->marieke, {m_joost}, {m_f->kcc}, QString()).ok());
    QVERIFY(!m_f->taken.supervisie.backlog(m_f->marieke).ok());
    QCOMPARE(m_f->taak(m_joost)->toegewezenAanActoren, QList<QUuid>{m_f->joost.actor});
}

void TestSupervisorGui::reopenIsForSupervisors()
{
    QVERIFY(m_f->taken.acties.handelAf(m_f->joost, m_joost, QStringLiteral("Klant gebeld")).ok());
    QVERIFY(!m_f->taken.acties.heropen(m_f->joost, m_joost, QStringLiteral("Toch niet")).ok());

    ui::TaakDetailWidget detail(m_f->context(m_f->sanne));
    QVERIFY(show(&detail));
    QVERIFY(detail.showTaak(m_joost));
    const test::TaakDetailPage page(&detail);
    ui::TaakActiesPanel *acties = page.acties();
    QVERIFY(acties);
    QVERIFY(acties->findChild<QPushButton *>(QStringLiteral("heropenenButton"))->isVisible());
    QVERIFY(acties->findChild<QPushButton *>(QStringLiteral("heropenenButton"))->isEnabled());
    QVERIFY(!acties->findChild<QPushButton *>(QStringLiteral("afhandelenButton"))->isEnabled());
    detail.focusTaak();
    press(Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::Heropenen);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Klant belde opnieuw"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(page.banner()->type(), ui::MessageBanner::Positive);
    const std::optional<InterneTaak> reopened = m_f->taak(m_joost);
    QCOMPARE(reopened->status, TaakStatus::TeVerwerken);
    QVERIFY(!reopened->afgehandeldOp.has_value());
    const Result<TaakDetail> shown = m_f->taken.werkvoorraad.detail(m_f->sanne, m_joost);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().log.last().actie, TaakLogActie::Heropend);
    // The pane shows the task as it is now: the reopening is the last line of its log.
    QTreeWidget *log = page.logView();
    QVERIFY(log->topLevelItemCount() > 0);
    QVERIFY(log->topLevelItem(log->topLevelItemCount() - 1)->text(2).contains(label(TaakLogActie::Heropend)));
    QVERIFY(acties->findChild<QPushButton *>(QStringLiteral("afhandelenButton"))->isEnabled());

    // A medewerker's task pane has no Heropenen.
    ui::TaakDetailWidget joost(m_f->context(m_f->joost));
    QVERIFY(joost.showTaak(m_joost));
    QVERIFY(!test::TaakDetailPage(&joost)
                 .acties()
                 ->findChild<QPushButton *>(QStringLiteral("heropenenButton"))
                 ->isVisibleTo(&joost));
}

void TestSupervisorGui::rolesDecideTheTabs()
{
    storage::SqlPartijListSource partijen(m_f->db.database());
    storage::SqlKlantcontactListSource klantcontacten(m_f->db.database());
    const ui::MainWindow::Sources sources{&partijen, &klantcontacten, m_f->db.path(), false};

    ui::MainWindow medewerker(sources);
    medewerker.setCallFlow(m_f->context(m_f->joost));
    const test::MainWindowPage medewerkerPage(&medewerker);
    ui::WerkvoorraadWidget *medewerkerQueue = medewerkerPage.werkvoorraad();
    QVERIFY(medewerkerQueue);
    QVERIFY(!medewerkerPage.supervisor());
    // Issue 10: the Supervisor tab is there but refuses, saying why; the screen itself is not built.
    QVERIFY(medewerker.findChild<QAction *>(QStringLiteral("showSupervisorAction")));
    QVERIFY(medewerker.findChild<QWidget *>(QStringLiteral("supervisorRefused")));
    QVERIFY(!medewerker.findChild<ui::SupervisorWidget *>());
    medewerker.findChild<QAction *>(QStringLiteral("beheerAction"))->trigger();
    QVERIFY(!medewerker.findChild<ui::BeheerDialog *>());
    QVERIFY(medewerker.findChild<QDialog *>(QStringLiteral("beheerRefusedDialog")));
    // The counts at a glance: Joost has one task, Vergunningen (his afdeling) two, one overdue.
    QTabWidget *medewerkerTabs = medewerkerPage.tabs();
    QVERIFY(medewerkerTabs);
    const int tab = medewerkerTabs->indexOf(medewerkerQueue);
    QVERIFY(tab >= 0);
    QCOMPARE(medewerkerQueue->counts().mijn, 1);
    QCOMPARE(medewerkerQueue->counts().afdelingen, 2);
    QCOMPARE(medewerkerQueue->counts().afdelingenTeLaat, 1);
    QCOMPARE(medewerkerTabs->tabText(tab), medewerkerQueue->tabTitle());
    QVERIFY2(medewerkerTabs->tabText(tab).contains(QStringLiteral("3 · 1")), qPrintable(medewerkerTabs->tabText(tab)));
    auto *counts = medewerker.findChild<QLabel *>(QStringLiteral("takenCountsLabel"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), medewerkerQueue->countsText());

    ui::MainWindow supervisor(sources);
    supervisor.setCallFlow(m_f->context(m_f->sanne));
    const test::MainWindowPage supervisorPage(&supervisor);
    ui::WerkvoorraadWidget *supervisorQueue = supervisorPage.werkvoorraad();
    ui::SupervisorWidget *supervisorTab = supervisorPage.supervisor();
    QVERIFY(supervisorQueue);
    QVERIFY(supervisorTab);
    QVERIFY(show(&supervisor));
    QTabWidget *supervisorTabs = supervisorPage.tabs();
    QVERIFY(supervisorTabs);
    auto *action = supervisor.findChild<QAction *>(QStringLiteral("showSupervisorAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    action->trigger();
    QCOMPARE(supervisorTabs->currentWidget(), supervisorTab);
    // Enter on a task in the supervisor's list opens it for handling in the work queue's pane.
    const test::SupervisorPage tabPage(supervisorTab);
    tabPage.backlogTable()->setCurrentCell(0, 0);
    tabPage.takenView()->setFocus();
    tabPage.takenView()->setCurrentIndex(tabPage.takenModel()->index(0, 0));
    QTest::keyClick(tabPage.takenView(), Qt::Key_Return);
    QCOMPARE(supervisorTabs->currentWidget(), supervisorQueue);
    QCOMPARE(supervisorQueue->detail()->taak(), m_oud);
    action->trigger();
    QCOMPARE(supervisorTabs->currentWidget(), supervisorTab);
    supervisor.findChild<QAction *>(QStringLiteral("showWerkvoorraadAction"))->trigger();
    QCOMPARE(supervisorTabs->currentWidget(), supervisorQueue);

    // Handling a task in the Werkvoorraad updates the tab title at once.
    ui::MainWindow joost(sources);
    joost.setCallFlow(m_f->context(m_f->joost));
    const test::MainWindowPage joostPage(&joost);
    ui::WerkvoorraadWidget *joostQueue = joostPage.werkvoorraad();
    QVERIFY(joostQueue);
    QVERIFY(show(&joost));
    QVERIFY(m_f->taken.acties.handelAf(m_f->joost, m_joost, QString()).ok());
    joost.refresh();
    QCOMPARE(joostQueue->counts().mijn, 0);
    QTabWidget *joostTabs = joostPage.tabs();
    QVERIFY(joostTabs);
    QCOMPARE(joostTabs->tabText(joostTabs->indexOf(joostQueue)), joostQueue->tabTitle());
    QVERIFY(joostTabs->tabText(joostTabs->indexOf(joostQueue)).contains(QStringLiteral("2 · 1")));
}

void TestSupervisorGui::figuresInChartsAndCsv()
{
    QVERIFY(m_f->taken.acties.handelAf(m_f->sanne, m_nieuw, QStringLiteral("Beantwoord")).ok());
    ui::SupervisorWidget w(m_f->context(m_f->sanne));
    QVERIFY(show(&w));
    const test::CijfersPage cijfers = test::SupervisorPage(&w).cijfers();
    QCOMPARE(cijfers.weeksSpin()->value(), 4);
    // Four weeks up to today: 28 days, as the period label says and the service reads them.
    const QDate tot = QDateTime::currentDateTime().date();
    const QDate van = tot.addDays(-27);
    QCOMPARE(cijfers.periodLabel()->text(),
             QStringLiteral("%1 to %2")
                 .arg(QLocale().toString(van, QLocale::ShortFormat), QLocale().toString(tot, QLocale::ShortFormat)));
    const Result<QList<DagCijfers>> gelezen = m_f->taken.supervisie.cijfers(m_f->sanne, van, tot);
    QVERIFY(gelezen.ok());
    const QList<DagCijfers> &dagen = gelezen.value();
    QCOMPARE(dagen.size(), 28);
    QCOMPARE(dagen.last().dag, QDateTime::currentDateTime().date());

    // Klantcontacten per kanaal per day: every klantcontact in the database is in the chart.
    auto *kanalen = onlySeries<QStackedBarSeries>(cijfers.kanaalChart());
    QVERIFY(kanalen);
    QBarSet *telefoon = barSet(kanalen, QStringLiteral("telefoon"));
    QVERIFY(telefoon);
    QCOMPARE(telefoon->count(), 28);
    double total = 0;
    for (int i = 0; i < telefoon->count(); ++i) {
        QCOMPARE(telefoon->at(i), double(dagen.at(i).klantcontactenPerKanaal.value(QStringLiteral("telefoon"))));
        total += telefoon->at(i);
    }
    QCOMPARE(int(total), int(m_f->all<Klantcontact>().size()));
    auto *dagAxis = qobject_cast<QBarCategoryAxis *>(cijfers.kanaalChart()->axes(Qt::Horizontal).value(0));
    QVERIFY(dagAxis);
    QCOMPARE(dagAxis->categories().size(), 28);
    QCOMPARE(dagAxis->categories().first(), van.toString(QStringLiteral("dd-MM")));
    QCOMPARE(dagAxis->categories().last(), dagen.last().dag.toString(QStringLiteral("dd-MM")));

    // Tasks created and closed per afdeling: the closed one counts for Vergunningen.
    auto *afdelingen = onlySeries<QHorizontalBarSeries>(cijfers.afdelingChart());
    QVERIFY(afdelingen);
    auto *afdelingAxis = qobject_cast<QBarCategoryAxis *>(cijfers.afdelingChart()->axes(Qt::Vertical).value(0));
    const int vergunningen = int(afdelingAxis->categories().indexOf(QStringLiteral("Vergunningen")));
    QVERIFY(vergunningen >= 0);
    QCOMPARE(barSet(afdelingen, QStringLiteral("afgehandeld"))->at(vergunningen), 1.0);
    int created = 0;
    for (const DagCijfers &dag : dagen)
        created += dag.takenAangemaaktPerAfdeling.value(QStringLiteral("Vergunningen"));
    QVERIFY(created >= 2);
    QCOMPARE(barSet(afdelingen, QStringLiteral("aangemaakt"))->at(vergunningen), double(created));

    // The median time to close: today, about the two hours the closed task waited.
    auto *mediaan = onlySeries<QLineSeries>(cijfers.doorlooptijdChart());
    QVERIFY(mediaan);
    QVERIFY(mediaan->count() >= 1);
    const QPointF today = mediaan->points().last();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(today.x())).date(), dagen.last().dag);
    QVERIFY2(qAbs(today.y() - 2.0) < 0.1, qPrintable(QString::number(today.y())));
    QCOMPARE(today.y(), *dagen.last().medianeDoorlooptijdUren);

    test::SupervisorPage(&w).tabs()->setCurrentWidget(cijfers.widget());
    test::screenshot(&w, QStringLiteral("supervisor-cijfers"));
    // Export CSV: the same figures, through the file dialog seam.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cijfers.csv"));
    ui::SaveFileDialog::setNextFileName(file);
    test::SupervisorPage(&w).tabs()->setCurrentWidget(cijfers.widget());
    const mode_t previousMask = ::umask(022);
    QTest::mouseClick(cijfers.exportButton(), Qt::LeftButton);
    ::umask(previousMask);
    QCOMPARE(cijfers.banner()->type(), ui::MessageBanner::Positive);
    QFile written(file);
    // Owner-only whatever the umask (issue 11).
    QCOMPARE(written.permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(written.readAll());
    const Result<QList<DagCijfers>> fromService = m_f->taken.supervisie.cijfers(m_f->sanne, van, tot);
    QVERIFY(fromService.ok());
    QCOMPARE(csv, TaakCijfers::csv(fromService.value()));
    const QString today_ = dagen.last().dag.toString(Qt::ISODate);
    QVERIFY2(csv.contains(today_ + QStringLiteral(";taken_afgehandeld;Vergunningen;1\n")), qPrintable(csv));
    QVERIFY(csv.startsWith(QStringLiteral("dag;soort;naam;aantal\n")));
    // Cancelled: nothing written, nothing shown as failed.
    ui::SaveFileDialog::setNextFileName(QString());
    QVERIFY(!cijfers.widget()->exportCsv());
}

void TestSupervisorGui::normsEditable()
{
    ui::SupervisorWidget w(m_f->context(m_f->sanne));
    QVERIFY(show(&w));
    QSpinBox *terugbellen = test::normSpin(&w, QStringLiteral("Terugbellen"));
    QVERIFY(terugbellen);
    TaakQueueFilter teLaat;
    teLaat.queue = TaakQueue::Mijn;
    teLaat.alleenTeLaat = true;
    // Twenty hours old "Terugbellen" for Joost is not overdue on a norm of two working days ...
    QCOMPARE(m_f->taken.werkvoorraad.queueCount(m_f->joost, teLaat).value(), qint64(0));
    // ... and is on a norm of zero.
    terugbellen->setValue(0);
    const Result<QList<TaakNorm>> normen = m_f->taken.supervisie.normen();
    QVERIFY(normen.ok());
    bool found = false;
    for (const TaakNorm &norm : normen.value()) {
        if (norm.gevraagdeHandeling == QStringLiteral("Terugbellen")) {
            QCOMPARE(norm.werkdagen, 0);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(m_f->taken.werkvoorraad.queueCount(m_f->joost, teLaat).value(), qint64(1));
    QCOMPARE(test::findNamed<ui::MessageBanner>(&w, QStringLiteral("taakNormenBanner"))->type(),
             ui::MessageBanner::Positive);
}

QTEST_MAIN(TestSupervisorGui)
#include "tst_supervisor_gui.moc"
