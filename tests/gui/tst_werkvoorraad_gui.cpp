// The work queues and task handling (issue 5) driven through the real widgets, keyboard first,
// on a real SQLite database; every outcome is checked in what the database holds.

#include "model/klantinteracties/onderwerpobject.h"
#include "model/taken/taakqueuemodel.h"
#include "tests/support/contactpanelpage.h"
#include "tests/support/taakdetailpage.h"
#include "tests/support/takenfixture.h"
#include "tests/support/werkvoorraadpage.h"
#include "ui/callflow/contactpanel.h"
#include "ui/callflow/steps/afrondingwidget.h"
#include "ui/callflow/steps/betrokkeneeditor.h"
#include "ui/callflow/steps/klantkeuzewidget.h"
#include "ui/callflow/steps/onderwerpeditor.h"
#include "ui/callflow/steps/opvolgingeditor.h"
#include "ui/taken/taakactiespanel.h"
#include "ui/taken/taakcontactgegevensview.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/taken/werkvoorraadwidget.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace kcc;
using kcc::test::TakenFixture;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard");
    QTest::keyClick(focus, key, modifiers);
}

void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard");
    QTest::keyClicks(focus, text);
}

QStringList column(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

bool listed(TaakQueueModel *model, const QUuid &taak)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->uuid == taak)
            return true;
    }
    return false;
}

} // namespace

class TestWerkvoorraadGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void callFlowTaskAppearsInTheRightQueue();
    void pickUpAndCallBackByKeyboard();
    void failedCallBackKeepsTaskOpen();
    void forwardAndRerouteWithLogAndChain();
    void otherAfdelingDenied();
    void filtersSortAndTimer();
    void vertrouwelijkHiddenUntilAssigned();

private:
    ui::WerkvoorraadWidget *open(const SignedInActor &user);
    void registerViaCallFlow(const QString &onderwerp, const QUuid &assignee);

    std::unique_ptr<TakenFixture> m_f;
    std::unique_ptr<ui::WerkvoorraadWidget> m_widget;
    QDateTime m_now;
};

void TestWerkvoorraadGui::init()
{
    m_f = std::make_unique<TakenFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    m_now = QDateTime::currentDateTimeUtc();
}

void TestWerkvoorraadGui::cleanup()
{
    m_widget.reset();
    m_f.reset();
}

ui::WerkvoorraadWidget *TestWerkvoorraadGui::open(const SignedInActor &user)
{
    m_widget = std::make_unique<ui::WerkvoorraadWidget>(m_f->context(user));
    m_widget->resize(1500, 900);
    m_widget->show();
    QApplication::setActiveWindow(m_widget.get());
    if (!QTest::qWaitForWindowActive(m_widget.get()))
        return nullptr;
    m_widget->view()->setFocus();
    return m_widget.get();
}

// C9167 A through the real contact panel: an unknown caller, one onderwerp, a task for `assignee`.
void TestWerkvoorraadGui::registerViaCallFlow(const QString &onderwerp, const QUuid &assignee)
{
    ui::ContactPanel panel(m_f->context(m_f->marieke));
    panel.resize(1000, 800);
    panel.show();
    panel.startContact();
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("notFoundButton")), Qt::LeftButton);
    panel.goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(test::ContactPanelPage(&panel).onderwerpen()->onderwerpEdit(), onderwerp);
    panel.goToStep(ui::ContactPanel::OpvolgingStep);
    QTest::keyClick(test::ContactPanelPage(&panel).opvolging()->taakBox(), Qt::Key_Space);
    QListWidget *actors = test::ContactPanelPage(&panel).opvolging()->actorList();
    int row = -1;
    for (int i = 0; i < actors->count(); ++i) {
        if (actors->item(i)->data(Qt::UserRole).toUuid() == assignee)
            row = i;
    }
    QVERIFY(row >= 0);
    actors->setCurrentRow(row);
    QTest::keyClick(actors, Qt::Key_Space);
    QCOMPARE(actors->item(row)->checkState(), Qt::Checked);
    panel.goToStep(ui::ContactPanel::BetrokkeneStep);
    const auto names = test::ContactPanelPage(&panel).betrokkene()->nameEdits();
    QTest::keyClicks(names[1], QStringLiteral("Karel"));
    QTest::keyClicks(names[3], QStringLiteral("Deurne"));
    QTest::keyClicks(test::ContactPanelPage(&panel).betrokkene()->phoneEdit(), QStringLiteral("0612345678"));
    panel.goToStep(ui::ContactPanel::AfrondingStep);
    QVERIFY2(test::ContactPanelPage(&panel).afronding()->registerButton()->isEnabled(),
             qPrintable(test::ContactPanelPage(&panel).afronding()->missingLabel()->text()));
    QTest::mouseClick(test::ContactPanelPage(&panel).afronding()->registerButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel.isActive());
}

void TestWerkvoorraadGui::callFlowTaskAppearsInTheRightQueue()
{
    registerViaCallFlow(QStringLiteral("Vergunning dakkapel"), m_f->vergunningen);
    registerViaCallFlow(QStringLiteral("Bezwaar WOZ"), m_f->joost.actor);
    const auto taken = m_f->all<InterneTaak>();
    QCOMPARE(taken.size(), 2);
    const InterneTaak afdelingTaak =
        taken[0].toegewezenAanActoren == QList<QUuid>{m_f->vergunningen} ? taken[0] : taken[1];
    const InterneTaak joostTaak = taken[0].uuid == afdelingTaak.uuid ? taken[1] : taken[0];
    QCOMPARE(joostTaak.toegewezenAanActoren, QList<QUuid>{m_f->joost.actor});

    ui::WerkvoorraadWidget *w = open(m_f->joost);
    QVERIFY(w);
    // Mijn taken: only the one assigned to Joost personally.
    QCOMPARE(w->currentView(), ui::WerkvoorraadWidget::MijnView);
    QCOMPARE(w->model()->rowCount(), 1);
    QCOMPARE(w->model()->rowAt(0)->uuid, joostTaak.uuid);
    QCOMPARE(w->model()->index(0, TaakQueueModel::OnderwerpColumn).data().toString(), QStringLiteral("Bezwaar WOZ"));
    QCOMPARE(w->model()->index(0, TaakQueueModel::KlantColumn).data().toString(), QStringLiteral("Karel Deurne"));
    // The counts at a glance, from the database.
    QCOMPARE(w->counts().mijn, 1);
    QCOMPARE(w->counts().afdelingen, 1);
    QVERIFY2(w->tabTitle().contains(QStringLiteral("(2)")), qPrintable(w->tabTitle()));
    QVERIFY(
        test::WerkvoorraadPage(w).viewBar()->tabText(ui::WerkvoorraadWidget::MijnView).contains(QStringLiteral("(1)")));

    // Alt+2: the afdeling's queue, only Joost's own afdeling offered.
    press(Qt::Key_2, Qt::AltModifier);
    QCOMPARE(w->currentView(), ui::WerkvoorraadWidget::AfdelingView);
    QCOMPARE(test::WerkvoorraadPage(w).afdelingCombo()->count(), 1);
    QCOMPARE(test::WerkvoorraadPage(w).afdelingCombo()->currentData().toUuid(), m_f->vergunningen);
    QCOMPARE(w->model()->rowCount(), 1);
    QCOMPARE(w->model()->rowAt(0)->uuid, afdelingTaak.uuid);
    QCOMPARE(w->model()->index(0, TaakQueueModel::OnderwerpColumn).data().toString(),
             QStringLiteral("Vergunning dakkapel"));
    QCOMPARE(w->model()->index(0, TaakQueueModel::ToegewezenAanColumn).data().toString(),
             QStringLiteral("Vergunningen"));
    QVERIFY(test::WerkvoorraadPage(w).pakOpButton()->isVisible());
}

void TestWerkvoorraadGui::pickUpAndCallBackByKeyboard()
{
    const QUuid taak = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->kcc}, m_now.addSecs(-3600));
    QVERIFY(!taak.isNull());
    const auto original = m_f->taak(taak)->aanleidinggevendKlantcontact;
    ui::WerkvoorraadWidget *w = open(m_f->marieke);
    QVERIFY(w);
    QCOMPARE(w->model()->rowCount(), 0);

    press(Qt::Key_2, Qt::AltModifier);
    QCOMPARE(test::WerkvoorraadPage(w).afdelingCombo()->currentText(), QStringLiteral("KCC"));
    QCOMPARE(w->model()->rowCount(), 1);
    QVERIFY(w->view()->hasFocus());
    press(Qt::Key_P, Qt::ControlModifier); // Pak op
    QCOMPARE(m_f->taak(taak)->toegewezenAanActoren, QList<QUuid>{m_f->marieke.actor});
    QCOMPARE(w->model()->rowCount(), 0); // gone from the afdeling's queue
    QCOMPARE(w->counts().mijn, 1);
    QCOMPARE(w->detail()->taak(), taak);
    QVERIFY(w->detail()->isAncestorOf(QApplication::focusWidget()));

    // The contact details in the order to use: the one-off number first, then the voorkeur.
    QTreeWidget *gegevens = test::TaakDetailPage(w).contactgegevensList();
    QVERIFY(gegevens);
    QCOMPARE(column(gegevens, 0), (QStringList{QStringLiteral("0612345678"), QStringLiteral("0201112233"),
                                               QStringLiteral("carl@example.nl")}));
    QCOMPARE(gegevens->topLevelItem(0)->text(2),
             ui::TaakContactgegevensView::bronLabel(TaakContactgegeven::Bron::Betrokkene));
    QCOMPARE(gegevens->topLevelItem(1)->text(2),
             ui::TaakContactgegevensView::bronLabel(TaakContactgegeven::Bron::PartijVoorkeur));
    QVERIFY(gegevens->hasFocus());
    press(Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0612345678"));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0201112233"));

    // Ctrl+G: call back succeeded; the answer typed, Ctrl+Enter registers it and closes the task.
    ui::TaakActiesPanel *acties = test::TaakDetailPage(w).acties();
    QVERIFY(acties->findChild<QPushButton *>(QStringLiteral("contactGelegdButton"))
                ->text()
                .contains(QStringLiteral("Ctrl")));
    press(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ContactGelegd);
    QVERIFY(acties->findChild<ui::CountedTextEdit *>(QStringLiteral("antwoordEdit"))->editor()->hasFocus());
    type(QStringLiteral("Een dakkapel aan de achterkant is vergunningvrij."));
    test::screenshot(w, QStringLiteral("werkvoorraad-terugbellen"));
    QVERIFY(acties->findChild<ui::CountedTextEdit *>(QStringLiteral("antwoordEdit"))
                ->findChild<QLabel *>(QStringLiteral("countedTextCounter"))
                ->text()
                .contains(QStringLiteral("1000")));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ActieCount);
    QCOMPARE(test::TaakDetailPage(w).banner()->type(), ui::MessageBanner::Positive);

    const std::optional<InterneTaak> closed = m_f->taak(taak);
    QCOMPARE(closed->status, TaakStatus::Verwerkt);
    QVERIFY(closed->afgehandeldOp.has_value());
    QVERIFY(qAbs(closed->afgehandeldOp->secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const auto contacten = m_f->all<Klantcontact>();
    QCOMPARE(contacten.size(), 2);
    const Klantcontact antwoord = contacten[0].uuid == original ? contacten[1] : contacten[0];
    QCOMPARE(antwoord.inhoud, QStringLiteral("Een dakkapel aan de achterkant is vergunningvrij."));
    QCOMPARE(antwoord.indicatieContactGelukt, std::optional<bool>(true));
    QCOMPARE(antwoord.kanaal, QStringLiteral("telefoon"));
    bool betrokkeneCopied = false;
    for (const Betrokkene &b : m_f->all<Betrokkene>()) {
        if (b.hadKlantcontact == antwoord.uuid) {
            QVERIFY(!b.initiator);
            QCOMPARE(b.wasPartij, std::optional<QUuid>(m_f->carl));
            betrokkeneCopied = true;
        }
    }
    QVERIFY(betrokkeneCopied);
    const auto onderwerpen = m_f->all<Onderwerpobject>();
    QCOMPARE(onderwerpen.size(), 1);
    QCOMPARE(onderwerpen[0].klantcontact, std::optional<QUuid>(antwoord.uuid));
    QCOMPARE(onderwerpen[0].wasKlantcontact, std::optional<QUuid>(original));

    // The log with the task: created, picked up, the attempt and the closing, who and what.
    const QStringList wat = column(test::TaakDetailPage(w).logView(), 2);
    QVERIFY2(wat.size() >= 3, qPrintable(wat.join(QLatin1Char('|'))));
    QCOMPARE(wat.first(), label(TaakLogActie::Aangemaakt));
    QVERIFY(wat.contains(label(TaakLogActie::Opgepakt)));
    QVERIFY(wat.join(QLatin1Char('|')).contains(label(TaakLogActie::ContactPoging)));
    QVERIFY(column(test::TaakDetailPage(w).logView(), 1).contains(QStringLiteral("Marieke")));
    QCOMPARE(test::TaakDetailPage(w).pogingenView()->topLevelItemCount(), 1);
    QVERIFY(!acties->findChild<QPushButton *>(QStringLiteral("contactGelegdButton"))->isEnabled());
    QVERIFY(!acties->findChild<QPushButton *>(QStringLiteral("heropenenButton"))->isVisible()); // supervisor only
    QCOMPARE(w->counts().mijn, 0);
}

void TestWerkvoorraadGui::failedCallBackKeepsTaskOpen()
{
    const QUuid taak = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->marieke.actor}, m_now.addSecs(-7200));
    const QUuid original = m_f->taak(taak)->aanleidinggevendKlantcontact;
    ui::WerkvoorraadWidget *w = open(m_f->marieke);
    QVERIFY(w);
    QCOMPARE(w->model()->rowCount(), 1);
    press(Qt::Key_Return); // opens the task
    QCOMPARE(w->detail()->taak(), taak);
    QVERIFY(test::TaakDetailPage(w).titleLabel()->text().contains(QStringLiteral("Terugbellen")));
    QVERIFY(test::TaakDetailPage(w).klantcontactLabel()->text().contains(QStringLiteral("Vergunning dakkapel")));

    // An answer over 1000 characters is refused inline; the text stays, nothing is written.
    ui::TaakActiesPanel *acties = test::TaakDetailPage(w).acties();
    press(Qt::Key_G, Qt::ControlModifier);
    const QString tooLong = QString(1001, QLatin1Char('x'));
    acties->findChild<ui::CountedTextEdit *>(QStringLiteral("antwoordEdit"))->editor()->setPlainText(tooLong);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(test::TaakDetailPage(w).banner()->type(), ui::MessageBanner::Error);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ContactGelegd);
    QCOMPARE(acties->findChild<ui::CountedTextEdit *>(QStringLiteral("antwoordEdit"))->text(), tooLong);
    QCOMPARE(m_f->all<Klantcontact>().size(), 1);
    press(Qt::Key_Escape);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ActieCount);
    QVERIFY(acties->findChild<QPushButton *>(QStringLiteral("contactGelegdButton"))->hasFocus());

    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::NietBereikt);
    type(QStringLiteral("Geen gehoor, voicemail ingesproken."));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ActieCount);

    const std::optional<InterneTaak> stillOpen = m_f->taak(taak);
    QCOMPARE(stillOpen->status, TaakStatus::TeVerwerken);
    QVERIFY(!stillOpen->afgehandeldOp.has_value());
    const auto contacten = m_f->all<Klantcontact>();
    QCOMPARE(contacten.size(), 2);
    const Klantcontact poging = contacten[0].uuid == original ? contacten[1] : contacten[0];
    QCOMPARE(poging.indicatieContactGelukt, std::optional<bool>(false));
    QCOMPARE(poging.inhoud, QStringLiteral("Geen gehoor, voicemail ingesproken."));
    const auto onderwerpen = m_f->all<Onderwerpobject>();
    QCOMPARE(onderwerpen.size(), 1);
    QCOMPARE(onderwerpen[0].wasKlantcontact, std::optional<QUuid>(original));
    const Result<TaakDetail> detail = m_f->taken.werkvoorraad.detail(m_f->marieke, taak);
    QVERIFY(detail.ok());
    const TaakLogEntry &last = detail.value().log.last();
    QCOMPARE(last.actie, TaakLogActie::ContactPoging);
    QCOMPARE(last.gelukt, std::optional<bool>(false));
    QCOMPARE(last.klantcontact, std::optional<QUuid>(poging.uuid));
    QCOMPARE(last.actor, m_f->marieke.actor);

    // Shown: the attempt in the list of attempts and the log, the task still in Mijn taken.
    QCOMPARE(test::TaakDetailPage(w).pogingenView()->topLevelItemCount(), 1);
    QCOMPARE(test::TaakDetailPage(w).pogingenView()->topLevelItem(0)->text(3), QStringLiteral("No"));
    QVERIFY(column(test::TaakDetailPage(w).logView(), 2).last().contains(label(TaakLogActie::ContactPoging)));
    QVERIFY(acties->findChild<QPushButton *>(QStringLiteral("contactGelegdButton"))->isEnabled());
    QVERIFY(listed(w->model(), taak));
    QCOMPARE(w->counts().mijn, 1);
}

void TestWerkvoorraadGui::forwardAndRerouteWithLogAndChain()
{
    const QUuid taak =
        m_f->addTaak(QStringLiteral("Informatie verstrekken"), {m_f->marieke.actor}, m_now.addSecs(-600));
    ui::WerkvoorraadWidget *w = open(m_f->marieke);
    QVERIFY(w);
    press(Qt::Key_Return);
    QCOMPARE(w->detail()->taak(), taak);
    ui::TaakActiesPanel *acties = test::TaakDetailPage(w).acties();

    // Forward (C6114 B) to her own afdeling: only what she may choose is offered.
    press(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::Doorsturen);
    QListWidget *naar = acties->findChild<QListWidget *>(QStringLiteral("doorsturenList"));
    QVERIFY(naar->hasFocus());
    QCOMPARE(naar->count(), 1);
    QCOMPARE(naar->item(0)->data(Qt::UserRole).toUuid(), m_f->kcc);
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    type(QStringLiteral("Collega met meer kennis"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ActieCount);
    QCOMPARE(m_f->taak(taak)->toegewezenAanActoren, QList<QUuid>{m_f->kcc});
    QCOMPARE(m_f->taak(taak)->status, TaakStatus::TeVerwerken);
    QVERIFY(column(test::TaakDetailPage(w).logView(), 2).contains(label(TaakLogActie::Doorgestuurd)));
    QVERIFY(column(test::TaakDetailPage(w).logView(), 4).contains(QStringLiteral("Collega met meer kennis")));
    QVERIFY(!listed(w->model(), taak)); // no longer in Mijn taken

    // Re-route (C6114 A) to the KCC: refused without a reason, inline, the form stays.
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::OpnieuwRouteren);
    QCOMPARE(acties->findChild<QComboBox *>(QStringLiteral("kccCombo"))->currentData().toUuid(), m_f->kcc);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(test::TaakDetailPage(w).banner()->type(), ui::MessageBanner::Error);
    QVERIFY(test::TaakDetailPage(w).banner()->isVisible());
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::OpnieuwRouteren);
    QCOMPARE(m_f->taak(taak)->status, TaakStatus::TeVerwerken);
    type(QStringLiteral("Hoort bij Belastingen"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(acties->openActie(), ui::TaakActiesPanel::ActieCount);

    const std::optional<InterneTaak> closed = m_f->taak(taak);
    QCOMPARE(closed->status, TaakStatus::Verwerkt);
    QVERIFY(closed->afgehandeldOp.has_value());
    const auto taken = m_f->all<InterneTaak>();
    QCOMPARE(taken.size(), 2);
    const InterneTaak nieuw = taken[0].uuid == taak ? taken[1] : taken[0];
    QCOMPARE(nieuw.gevraagdeHandeling, QStringLiteral("Opnieuw routeren"));
    QCOMPARE(nieuw.toegewezenAanActoren, QList<QUuid>{m_f->kcc});
    QCOMPARE(nieuw.aanleidinggevendKlantcontact, closed->aanleidinggevendKlantcontact);
    QCOMPARE(nieuw.status, TaakStatus::TeVerwerken);

    // The chain and the log stay visible with the task.
    QCOMPARE(w->detail()->taak(), taak);
    QVERIFY(column(test::TaakDetailPage(w).logView(), 2).contains(label(TaakLogActie::OpnieuwGerouteerd)));
    test::screenshot(w, QStringLiteral("werkvoorraad-gerouteerd"));
    QVERIFY(column(test::TaakDetailPage(w).logView(), 4).contains(QStringLiteral("Hoort bij Belastingen")));
    QCOMPARE(column(test::TaakDetailPage(w).ketenView(), 1), QStringList{QStringLiteral("Opnieuw routeren")});
    QCOMPARE(column(test::TaakDetailPage(w).ketenView(), 0), QStringList{*nieuw.referentienummer});
    // Enter on the chain opens the new task, which shows where it came from.
    test::TaakDetailPage(w).historyTabs()->setCurrentWidget(test::TaakDetailPage(w).ketenView());
    test::TaakDetailPage(w).ketenView()->setFocus();
    test::TaakDetailPage(w).ketenView()->setCurrentItem(test::TaakDetailPage(w).ketenView()->topLevelItem(0));
    press(Qt::Key_Return);
    QCOMPARE(w->detail()->taak(), nieuw.uuid);
    QVERIFY(column(test::TaakDetailPage(w).ketenView(), 0).contains(*closed->referentienummer));

    // History lists the tasks Marieke forwarded and re-routed.
    press(Qt::Key_Escape);
    w->showView(ui::WerkvoorraadWidget::HistorieView);
    QVERIFY(listed(w->model(), taak));
}

void TestWerkvoorraadGui::otherAfdelingDenied()
{
    // Registered by Joost: Marieke never touched it.
    const QUuid vergunning =
        m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->vergunningen}, m_now.addSecs(-600),
                     QStringLiteral("Vergunning dakkapel"), QStringLiteral("telefoon"), false, m_f->joost.actor);
    const QUuid eigen = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->kcc}, m_now.addSecs(-600));
    ui::WerkvoorraadWidget *w = open(m_f->marieke);
    QVERIFY(w);
    w->showView(ui::WerkvoorraadWidget::AfdelingView);
    // Not offered: only her own afdeling in the chooser ...
    QCOMPARE(test::WerkvoorraadPage(w).afdelingCombo()->count(), 1);
    QCOMPARE(test::WerkvoorraadPage(w).afdelingCombo()->itemData(0).toUuid(), m_f->kcc);
    QVERIFY(listed(w->model(), eigen));
    QVERIFY(!listed(w->model(), vergunning));
    // ... and refused by the service when asked anyway.
    TaakQueueFilter filter;
    filter.queue = TaakQueue::Afdeling;
    filter.afdeling = m_f->vergunningen;
    const Result<Page<TaakQueueRow>> refused = m_f->taken.werkvoorraad.queue(m_f->marieke, filter, {}, 50);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(!m_f->taken.acties.pakOp(m_f->marieke, vergunning).ok());
    QCOMPARE(m_f->taak(vergunning)->toegewezenAanActoren, QList<QUuid>{m_f->vergunningen});
    // Opening the other afdeling's task shows the refusal inline.
    QVERIFY(!w->detail()->showTaak(vergunning));
    QCOMPARE(test::TaakDetailPage(w).banner()->type(), ui::MessageBanner::Error);
    QVERIFY(!test::TaakDetailPage(w).banner()->text().isEmpty());
    QVERIFY(w->detail()->taak() != vergunning);
    // Joost, a member, gets it.
    const Result<Page<TaakQueueRow>> allowed = m_f->taken.werkvoorraad.queue(m_f->joost, filter, {}, 50);
    QVERIFY(allowed.ok());
    QCOMPARE(allowed.value().rows.size(), 1);
    QCOMPARE(allowed.value().rows[0].uuid, vergunning);
}

void TestWerkvoorraadGui::filtersSortAndTimer()
{
    const auto handelingen = m_f->codeLists.entries(CodeList::GevraagdeHandeling).value();
    const auto kanalen = m_f->codeLists.entries(CodeList::Kanaal).value();
    QVERIFY(handelingen.size() >= 2 && kanalen.size() >= 2);
    const QString eerste = handelingen[0].label;
    const QString tweede = handelingen[1].label;
    const QString anderKanaal = kanalen[0].code == QStringLiteral("telefoon") ? kanalen[1].code : kanalen[0].code;
    // Norm 0 for the first handeling: its task is overdue at once, whatever the day of the week.
    QVERIFY(m_f->taken.supervisie.setNorm(m_f->sanne, TaakNorm{eerste, 0}).ok());
    const QUuid overdue = m_f->addTaak(eerste, {m_f->marieke.actor}, m_now.addSecs(-3 * 3600));
    const QUuid ander =
        m_f->addTaak(tweede, {m_f->marieke.actor}, m_now.addSecs(-2 * 3600), QStringLiteral("Paspoort"), anderKanaal);
    const QUuid nieuwste = m_f->addTaak(tweede, {m_f->marieke.actor}, m_now.addSecs(-600));
    ui::WerkvoorraadWidget *w = open(m_f->marieke);
    QVERIFY(w);
    QCOMPARE(w->model()->rowCount(), 3);
    QCOMPARE(w->counts().mijnTeLaat, 1);
    QVERIFY2(w->tabTitle().contains(QStringLiteral("3 · 1")), qPrintable(w->tabTitle()));

    QTest::mouseClick(test::WerkvoorraadPage(w).teLaatBox(), Qt::LeftButton);
    QCOMPARE(w->model()->rowCount(), 1);
    QCOMPARE(w->model()->rowAt(0)->uuid, overdue);
    QVERIFY(RowState::fromInt(w->model()->index(0, 0).data(RowStateRole).toInt()).testFlag(RowStateFlag::TeLaat));
    QTest::mouseClick(test::WerkvoorraadPage(w).teLaatBox(), Qt::LeftButton);
    QCOMPARE(w->model()->rowCount(), 3);

    test::WerkvoorraadPage(w).handelingCombo()->setCurrentIndex(
        test::WerkvoorraadPage(w).handelingCombo()->findData(tweede));
    QCOMPARE(w->model()->rowCount(), 2);
    test::WerkvoorraadPage(w).kanaalCombo()->setCurrentIndex(
        test::WerkvoorraadPage(w).kanaalCombo()->findData(anderKanaal));
    QCOMPARE(w->model()->rowCount(), 1);
    QCOMPARE(w->model()->rowAt(0)->uuid, ander);
    test::WerkvoorraadPage(w).kanaalCombo()->setCurrentIndex(0);
    test::WerkvoorraadPage(w).handelingCombo()->setCurrentIndex(0);
    QCOMPARE(w->model()->rowAt(0)->uuid, overdue); // oldest first
    test::WerkvoorraadPage(w).sortCombo()->setCurrentIndex(
        test::WerkvoorraadPage(w).sortCombo()->findData(int(TaakSort::NieuwsteEerst)));
    QCOMPARE(w->model()->rowAt(0)->uuid, nieuwste);

    // The timer refreshes list and counts: a task assigned elsewhere shows up by itself.
    QVERIFY(test::WerkvoorraadPage(w).refreshTimer()->isActive());
    test::WerkvoorraadPage(w).refreshTimer()->setInterval(20);
    const QUuid later = m_f->addTaak(tweede, {m_f->marieke.actor}, QDateTime::currentDateTimeUtc());
    QTRY_COMPARE(w->counts().mijn, 4);
    QTRY_VERIFY(listed(w->model(), later));
}

void TestWerkvoorraadGui::vertrouwelijkHiddenUntilAssigned()
{
    // Registered by Joost, vertrouwelijk, for the KCC: Marieke is neither linked nor assigned.
    const QUuid taak = m_f->addTaak(QStringLiteral("Terugbellen"), {m_f->kcc}, m_now.addSecs(-600),
                                    QStringLiteral("Schuldhulp"), QStringLiteral("telefoon"), true, m_f->joost.actor);
    ui::WerkvoorraadWidget *w = open(m_f->marieke);
    QVERIFY(w);
    press(Qt::Key_2, Qt::AltModifier);
    QCOMPARE(w->model()->rowCount(), 1);
    const QModelIndex onderwerp = w->model()->index(0, TaakQueueModel::OnderwerpColumn);
    QVERIFY(RowState::fromInt(onderwerp.data(RowStateRole).toInt()).testFlag(RowStateFlag::Vertrouwelijk));
    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(RawValueRole)})
        QVERIFY(!onderwerp.data(role).toString().contains(QStringLiteral("Schuldhulp")));
    press(Qt::Key_Return);
    QCOMPARE(w->detail()->taak(), taak);
    QVERIFY(!test::TaakDetailPage(w).klantcontactLabel()->text().contains(QStringLiteral("Schuldhulp")));
    QVERIFY(test::TaakDetailPage(w).klantcontactLabel()->text().contains(
        QStringLiteral("Confidential: you may not see the subject and content.")));
    const Result<TaakDetail> verborgen = m_f->taken.werkvoorraad.detail(m_f->marieke, taak);
    QVERIFY(verborgen.ok());
    QVERIFY(verborgen.value().vertrouwelijkVerborgen);

    // Picked up, the task is hers: now she may read what it is about.
    w->view()->setFocus();
    press(Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_f->taak(taak)->toegewezenAanActoren, QList<QUuid>{m_f->marieke.actor});
    QCOMPARE(w->detail()->taak(), taak);
    QVERIFY(test::TaakDetailPage(w).klantcontactLabel()->text().contains(QStringLiteral("Schuldhulp")));
}

QTEST_MAIN(TestWerkvoorraadGui)
#include "tst_werkvoorraad_gui.moc"
