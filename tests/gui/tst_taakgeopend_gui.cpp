// Issue 13, item 5, "done means", with real main windows offscreen: on one PostgreSQL server (the
// taakgeopend_gui_pg run) the KCC medewerker registers a terugbelverzoek for Vergunningen through
// the contact panel of her window; the windows of two backoffice medewerkers of Vergunningen show it
// in their Afdeling queue within a second; each opens it beside the list and reads who else has it
// open ("Open by … since hh:mm"), which goes when the other signs out or their connection dies; both
// take it up at the same moment, one gets it and the other is told who has it. On one desk's SQLite
// file (the plain run) the task view shows nobody: there is no other seat.
#include "app/werkplek/callflowwiring.h"
#include "model/taken/taakqueuemodel.h"
#include "storage/db/connectionmark.h"
#include "storage/db/postgreschangefeed.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/mainwindowpage.h"
#include "tests/support/postgresseats.h"
#include "tests/support/taakdetailpage.h"
#include "tests/support/takenfixture.h"
#include "tests/support/testdatabase.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/afrondingwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/steps/opvolgingeditor.h"
#include "ui/shell/mainwindow.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/taken/werkvoorraadwidget.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace kcc;
using namespace kcc::test;

namespace {

// One werkplek as app/ starts it on the server: signed in with the medewerker's own login, its
// change feed, and the main window over its services.
struct SeatWindow
{
    SeatWindow(const storage::DatabaseAddress &server, const SeatLogin &login)
        : seat(server, login)
    {
        if (!seat.isValid())
            return;
        feed = std::make_unique<storage::PostgresChangeFeed>(seat.database());
        QSignalSpy listening(feed.get(), &storage::PostgresChangeFeed::listening);
        if (!listening.wait(10000))
            return;
        ui::MainWindow::Sources sources;
        sources.partijen = &seat.services->partijen();
        sources.klantcontacten = &seat.services->klantcontacten();
        sources.databasePath = seat.database().path();
        sources.changes = feed.get();
        window = std::make_unique<ui::MainWindow>(sources);
        ui::CallFlowContext context = app::callFlowContext(*seat.services, nullptr);
        seat.services->partijEdit().setActingActor(seat.user);
        context.user = seat.user;
        window->setCallFlow(context);
        window->resize(1366, 768);
        window->show();
        window->showWerkvoorraad();
    }
    ~SeatWindow()
    {
        window.reset();
        feed.reset();
    }

    bool isValid() const { return window != nullptr; }
    ui::WerkvoorraadWidget *werkvoorraad() const { return MainWindowPage(window.get()).werkvoorraad(); }
    QLabel *geopend() const { return TaakDetailPage(werkvoorraad()).geopendLabel(); }
    bool activate() const
    {
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }
    // The Afdeling view, the row of `taak` current, Enter: the task opens beside the list.
    bool openTaak(const QUuid &taak) const
    {
        ui::WerkvoorraadWidget *w = werkvoorraad();
        for (int row = 0; row < w->model()->rowCount(); ++row) {
            if (w->model()->rowAt(row)->uuid == taak) {
                w->view()->setCurrentIndex(w->model()->index(row, 0));
                w->view()->setFocus(Qt::OtherFocusReason);
                QTest::keyClick(w->view(), Qt::Key_Return);
                return w->detail()->taak() == taak;
            }
        }
        return false;
    }

    SignedInSeat seat;
    std::unique_ptr<storage::PostgresChangeFeed> feed;
    std::unique_ptr<ui::MainWindow> window;
};

bool listed(TaakQueueModel *model, const QUuid &taak)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->uuid == taak)
            return true;
    }
    return false;
}

// "Open by <naam> since hh:mm" with the time between `from` and now (a minute may turn meanwhile).
bool openBy(const QLabel *label, const QString &naam, const QTime &from)
{
    if (label->isHidden())
        return false;
    for (const QTime &time : {from, QTime::currentTime()}) {
        if (label->text() == QStringLiteral("Open by %1 since %2").arg(naam, time.toString(QStringLiteral("HH:mm"))))
            return true;
    }
    return false;
}

} // namespace

class TestTaakGeopendGui : public QObject
{
    Q_OBJECT

private slots:
    void oneDeskShowsNobody();
    void twoWindowsOnOneServer();

private:
    void registerViaContactPanel(SeatWindow &kcc, const QUuid &afdeling);
    void showAfdeling(SeatWindow &seat);
};

void TestTaakGeopendGui::oneDeskShowsNobody()
{
    if (TestDatabase::onPostgres())
        QSKIP("the desk's own SQLite file only (taakgeopend_gui runs this)");
    TakenFixture f;
    QVERIFY2(f.setUp(), qPrintable(f.lastError));
    const QUuid taak =
        f.addTaak(QStringLiteral("Terugbellen"), {f.vergunningen}, QDateTime::currentDateTimeUtc().addSecs(-600));
    {
        ui::WerkvoorraadWidget w(f.context(f.joost));
        w.resize(1366, 768);
        w.show();
        w.showView(ui::WerkvoorraadWidget::AfdelingView);
        QCOMPARE(w.model()->rowCount(), 1);
        w.view()->setCurrentIndex(w.model()->index(0, 0));
        QVERIFY(w.openCurrent());
        QCOMPARE(w.detail()->taak(), taak);
        // The mark is written (the service works the same), and nobody else is shown.
        QSqlQuery marks(f.db.database().connection());
        QVERIFY(marks.exec(QStringLiteral("SELECT count(*) FROM taak_geopend")) && marks.next());
        QCOMPARE(marks.value(0).toInt(), 1);
        QVERIFY(TaakDetailPage(&w).geopendLabel()->isHidden());
    }
    // The window went (signing out on a desk): its mark with it.
    QSqlQuery marks(f.db.database().connection());
    QVERIFY(marks.exec(QStringLiteral("SELECT count(*) FROM taak_geopend")) && marks.next());
    QCOMPARE(marks.value(0).toInt(), 0);
}

// Through the KCC medewerker's own contact panel: an unknown caller, one onderwerp, a terugbelverzoek
// for the afdeling.
void TestTaakGeopendGui::registerViaContactPanel(SeatWindow &kcc, const QUuid &afdeling)
{
    QVERIFY(kcc.activate());
    kcc.window->startContact();
    ui::ContactPanel *panel = MainWindowPage(kcc.window.get()).contactPanel();
    QVERIFY(panel && panel->isActive());
    ContactPanelPage page(panel);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("notFoundButton")), Qt::LeftButton);
    panel->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(page.onderwerpen()->onderwerpEdit(), QStringLiteral("Vergunning dakkapel"));
    panel->goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(page.opvolging()->taakBox(), Qt::Key_Space);
    QListWidget *actors = page.opvolging()->actorList();
    int row = -1;
    for (int i = 0; i < actors->count(); ++i) {
        if (actors->item(i)->data(Qt::UserRole).toUuid() == afdeling)
            row = i;
    }
    QVERIFY(row >= 0);
    actors->setCurrentRow(row);
    QTest::keyClick(actors, Qt::Key_Space);
    QCOMPARE(actors->item(row)->checkState(), Qt::Checked);
    panel->goToStep(ui::ContactPanel::BetrokkeneStep);
    const auto names = page.betrokkene()->nameEdits();
    QTest::keyClicks(names[1], QStringLiteral("Karel"));
    QTest::keyClicks(names[3], QStringLiteral("Deurne"));
    QTest::keyClicks(page.betrokkene()->phoneEdit(), QStringLiteral("0612345678"));
    panel->goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(page.afronding()->registerButton()->isEnabled(), qPrintable(page.afronding()->missingLabel()->text()));
    QTest::mouseClick(page.afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel->isActive());
}

void TestTaakGeopendGui::showAfdeling(SeatWindow &seat)
{
    QVERIFY(seat.activate());
    ui::WerkvoorraadWidget *w = seat.werkvoorraad();
    QVERIFY(w);
    w->showView(ui::WerkvoorraadWidget::AfdelingView);
    QCOMPARE(w->currentView(), ui::WerkvoorraadWidget::AfdelingView);
    QCOMPARE(w->model()->filter().queue, TaakQueue::Afdeling);
}

void TestTaakGeopendGui::twoWindowsOnOneServer()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs the PostgreSQL test server (taakgeopend_gui_pg)");
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString name = db.path().section(QLatin1Char('/'), -1);
    // Names of their own: logins are cluster-wide and other suites run on the same server.
    const SeatLogin anouk{QStringLiteral("Anouk"),
                          QStringLiteral("anouk-wachtwoord-1"),
                          {AccountRole::medewerker()},
                          {QStringLiteral("KCC")}};
    const SeatLogin daan{QStringLiteral("Daan"),
                         QStringLiteral("daan-wachtwoord-22"),
                         {AccountRole::medewerker()},
                         {QStringLiteral("Vergunningen")}};
    const SeatLogin sem{QStringLiteral("Sem"),
                        QStringLiteral("sem-wachtwoord-333"),
                        {AccountRole::medewerker()},
                        {QStringLiteral("Vergunningen")}};
    QUuid vergunningen;
    {
        storage::SqlServices owner(db.database());
        owner.accounts().setActingActor(seatBeheerder());
        QVERIFY(owner.accounts().createAfdeling(QStringLiteral("KCC"), QString(), QString()).ok());
        const Result<QUuid> afdeling =
            owner.accounts().createAfdeling(QStringLiteral("Vergunningen"), QString(), QString());
        QVERIFY(afdeling.ok());
        vergunningen = afdeling.value();
        for (const SeatLogin &login : {anouk, daan, sem}) {
            const Result<QUuid> added = addSeatLogin(db.database(), owner, login);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        }
    }
    auto dropLogins = qScopeGuard([&] {
        for (const SeatLogin &login : {anouk, daan, sem})
            dropSeatLogin(db.database(), login);
    });

    const storage::DatabaseAddress server = seatServer(name);
    SeatWindow kcc(server, anouk);
    SeatWindow backoffice(server, daan);
    auto derde = std::make_unique<SeatWindow>(server, sem);
    QVERIFY2(kcc.isValid() && backoffice.isValid() && derde->isValid(),
             qPrintable(kcc.seat.error + backoffice.seat.error + derde->seat.error));
    showAfdeling(backoffice);
    showAfdeling(*derde);
    QCOMPARE(backoffice.werkvoorraad()->model()->rowCount(), 0);

    // 1. The KCC medewerker registers; both Vergunningen windows list it within a second.
    registerViaContactPanel(kcc, vergunningen);
    QElapsedTimer sinceRegistered;
    sinceRegistered.start();
    QTRY_COMPARE_WITH_TIMEOUT(backoffice.werkvoorraad()->model()->rowCount(), 1, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(derde->werkvoorraad()->model()->rowCount(), 1, 1000);
    qInfo("in both Afdeling queues after %lld ms", static_cast<long long>(sinceRegistered.elapsed()));
    const QUuid taak = backoffice.werkvoorraad()->model()->rowAt(0)->uuid;

    // 2. Sem opens it (nobody else has it), then Daan: each window says who else has it open.
    QTime opened = QTime::currentTime();
    QVERIFY(derde->activate());
    QVERIFY(derde->openTaak(taak));
    QVERIFY(derde->geopend()->isHidden());
    QVERIFY(backoffice.activate());
    QVERIFY(backoffice.openTaak(taak));
    QVERIFY2(openBy(backoffice.geopend(), QStringLiteral("Sem"), opened), qPrintable(backoffice.geopend()->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(openBy(derde->geopend(), QStringLiteral("Daan"), opened),
                              qPrintable(derde->geopend()->text()), 1000);

    // 3. Sem signs out (the window closes): Daan's window hears it and shows nobody within a second.
    derde.reset();
    QTRY_VERIFY_WITH_TIMEOUT(backoffice.geopend()->isHidden(), 1000);

    // 4. Sem again, and then his program dies (the server ends the connection; nobody says so):
    //    within a few seconds Daan's window no longer shows him.
    derde = std::make_unique<SeatWindow>(server, sem);
    QVERIFY2(derde->isValid(), qPrintable(derde->seat.error));
    showAfdeling(*derde);
    opened = QTime::currentTime();
    QVERIFY(derde->openTaak(taak));
    QTRY_VERIFY_WITH_TIMEOUT(openBy(backoffice.geopend(), QStringLiteral("Sem"), opened), 1000);
    {
        QSqlQuery kill(db.database().connection());
        QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
        kill.addBindValue(storage::ConnectionMark::session(derde->seat.database()).value());
        QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(backoffice.geopend()->isHidden(), 5000);
    derde.reset();

    // 5. Sem once more, and both press "Pak op" at the same moment: neither window has heard of the
    //    other's yet. Daan is first; Sem is told who has it, and his list no longer offers it.
    derde = std::make_unique<SeatWindow>(server, sem);
    QVERIFY2(derde->isValid(), qPrintable(derde->seat.error));
    showAfdeling(*derde);
    opened = QTime::currentTime();
    QVERIFY(derde->openTaak(taak));
    QTRY_VERIFY_WITH_TIMEOUT(openBy(backoffice.geopend(), QStringLiteral("Sem"), opened), 1000);
    QVERIFY(backoffice.werkvoorraad()->pakOp());
    QVERIFY(listed(derde->werkvoorraad()->model(), taak));
    QVERIFY(!derde->werkvoorraad()->pakOp());
    QCOMPARE(derde->werkvoorraad()->banner()->text(), QStringLiteral("This task has already been taken up by Daan."));
    QVERIFY(!listed(derde->werkvoorraad()->model(), taak));
    QVERIFY(backoffice.werkvoorraad()->banner()->text().contains(QStringLiteral("is yours now")));
    QCOMPARE(backoffice.werkvoorraad()->counts().mijn, 1);
}

QTEST_MAIN(TestTaakGeopendGui)
#include "tst_taakgeopend_gui.moc"
