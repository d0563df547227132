// Issue 10, item 7: reading an earlier klantcontact by keyboard. Enter on a row of the klantbeeld's
// history or of the Klantcontacten list opens a read-only view with everything registered with
// it; a vertrouwelijk contact the viewer may not read opens to "vertrouwelijk" and nothing else;
// Esc closes it and the keyboard is back on the row. The history's date filters are one Tab stop.
// Real services on a real database, the search on its own thread.

#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/search/threadedpartijsearch.h"
#include "tests/support/callflowservices.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/klantbeeld/klantcontactdetaildialog.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/listtableview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTreeWidget>
#include <QtTest>

using namespace kcc;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {

// The newest contact of Zwaneveld carries everything a klantcontact can have.
constexpr int rijkContact = 59;
const auto onderwerpMetMarkup = QStringLiteral("Vraag 59 <b>dringend</b>");

SignedInActor medewerker(const QUuid &actor, const QString &naam,
                         const QStringList &roles = {AccountRole::medewerker()})
{
    return SignedInActor{actor, naam, SoortActor::Medewerker, roles};
}

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
        for (int column = 0; column < tree->columnCount(); ++column)
            texts << (*it)->text(column);
    }
    return texts;
}

// Every text a widget and its children show.
QString allText(const QWidget *widget)
{
    QStringList texts{widget->windowTitle()};
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    for (const QPlainTextEdit *edit : widget->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    for (const QTreeWidget *tree : widget->findChildren<QTreeWidget *>())
        texts << treeTexts(tree);
    return texts.join(QLatin1Char('\n'));
}

int rowOf(const QAbstractItemModel *model, const QUuid &uuid)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(UuidRole).toUuid() == uuid)
            return row;
    }
    return -1;
}

} // namespace

class TestKlantcontactDetailGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enterOnHistoryRowOpensTheKlantcontact();
    void enterOnKlantcontactenListOpensTheKlantcontact();
    void vertrouwelijkShowsNothingToOthers();
    void detailFollowsTheKlantbeeldRule();
    void dateFiltersAreOneTabStop();

private:
    QString addRichContact();
    void openWindow(const SignedInActor &viewer);
    ui::KlantbeeldWidget *openZwaneveld();
    ui::KlantcontactDetailDialog *pressEnterOn(QAbstractItemView *view, const QUuid &klantcontact);

    ZoekFixture m_fixture;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<storage::ThreadedPartijSearch> m_search;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestKlantcontactDetailGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString inserted = m_fixture.insert(m_db->database());
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
    const QString rich = addRichContact();
    QVERIFY2(rich.isEmpty(), qPrintable(rich));
    m_services = std::make_unique<test::CallFlowServices>(m_db->database());
    m_search = std::make_unique<storage::ThreadedPartijSearch>(m_db->path());
}

void TestKlantcontactDetailGui::cleanup()
{
    m_window.reset();
    m_search.reset();
    m_services.reset();
    m_db.reset();
}

QString TestKlantcontactDetailGui::addRichContact()
{
    using namespace storage;
    Database &db = m_db->database();
    {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return transaction.error().message;
        Repository<Klantcontact> klantcontacten(db);
        std::optional<Klantcontact> k = klantcontacten.find(m_fixture.contact(rijkContact));
        if (!k)
            return QStringLiteral("contact 59 missing");
        k->onderwerp = onderwerpMetMarkup;
        k->inhoud = QStringLiteral("Inhoud 59: vraagt naar de <a href='x'>status</a> van het bezwaar.");
        k->indicatieContactGelukt = true;
        QStringList errors;
        auto check = [&errors](const Result<> &result) {
            if (!result)
                errors << result.error().message;
        };
        check(klantcontacten.update(*k));

        Betrokkene vertegenwoordiger;
        vertegenwoordiger.uuid = ZoekFixture::uuid(601);
        vertegenwoordiger.hadKlantcontact = k->uuid;
        vertegenwoordiger.rol = Rol::Vertegenwoordiger;
        vertegenwoordiger.initiator = false;
        vertegenwoordiger.contactnaam =
            Contactnaam{QStringLiteral("J."), QStringLiteral("Jan"), QStringLiteral("van den"), QStringLiteral("Berg")};
        check(Repository<Betrokkene>(db).insert(vertegenwoordiger));
        DigitaalAdres telefoon;
        telefoon.uuid = ZoekFixture::uuid(602);
        telefoon.verstrektDoorBetrokkene = vertegenwoordiger.uuid;
        telefoon.soortDigitaalAdres = SoortDigitaalAdres::Telefoonnummer;
        telefoon.adres = QStringLiteral("0612345678");
        check(Repository<DigitaalAdres>(db).insert(telefoon));

        Onderwerpobject zaak;
        zaak.uuid = ZoekFixture::uuid(603);
        zaak.klantcontact = k->uuid;
        zaak.onderwerpobjectidentificator =
            ObjectIdentificator{QStringLiteral("ZAAK-2024-0042"), QStringLiteral("zaak"), QStringLiteral("openzaak"),
                                QStringLiteral("identificatie")};
        check(Repository<Onderwerpobject>(db).insert(zaak));
        Onderwerpobject eerder;
        eerder.uuid = ZoekFixture::uuid(604);
        eerder.klantcontact = k->uuid;
        eerder.wasKlantcontact = m_fixture.contact(58);
        check(Repository<Onderwerpobject>(db).insert(eerder));
        Bijlage bijlage;
        bijlage.uuid = ZoekFixture::uuid(605);
        bijlage.wasBijlageVanKlantcontact = k->uuid;
        bijlage.bijlageidentificator = ObjectIdentificator{QStringLiteral("DOC-77"), QStringLiteral("document"),
                                                           QStringLiteral("drc"), QStringLiteral("identificatie")};
        check(Repository<Bijlage>(db).insert(bijlage));
        check(Repository<ActorKlantcontact>(db).insert({ZoekFixture::uuid(606), m_fixture.otherActor, k->uuid}));

        InterneTaak taak;
        taak.uuid = ZoekFixture::uuid(607);
        taak.referentienummer = QStringLiteral("9100");
        taak.gevraagdeHandeling = QStringLiteral("Terugbellen");
        taak.aanleidinggevendKlantcontact = k->uuid;
        taak.toegewezenAanActoren = {m_fixture.otherActor};
        taak.toegewezenOp = ZoekFixture::contactTime(rijkContact);
        check(Repository<InterneTaak>(db).insert(taak));
        if (!errors.isEmpty())
            return errors.join(QLatin1Char('\n'));
        if (const Result<> committed = transaction.commit(); !committed)
            return committed.error().message;
    }
    // The log is written by the service that closes the task, as at the desk.
    storage::SqlTaakActiesService taken(db);
    const Result<> closed =
        taken.handelAf(medewerker(m_fixture.otherActor, QStringLiteral("Olga Anders")), ZoekFixture::uuid(607),
                       QStringLiteral("Klant teruggebeld, vraag beantwoord"));
    return closed ? QString() : closed.error().message;
}

void TestKlantcontactDetailGui::openWindow(const SignedInActor &viewer)
{
    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    m_window->setCallFlow(m_services->context(viewer, m_search.get()));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

ui::KlantbeeldWidget *TestKlantcontactDetailGui::openZwaneveld()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *zoeken = m_window->findChild<ui::PartijZoekenWidget *>(QStringLiteral("partijZoeken"));
    auto *edit = zoeken ? zoeken->findChild<QLineEdit *>(QStringLiteral("zoekenEdit")) : nullptr;
    if (!edit || QApplication::focusWidget() != edit)
        return nullptr;
    QTest::keyClicks(edit, QStringLiteral("Zwaneveld"));
    auto *klantbeeld = zoeken->findChild<ui::KlantbeeldWidget *>(QStringLiteral("klantbeeld"));
    auto *history = klantbeeld->findChild<ui::ListTableView *>(QStringLiteral("historyView"));
    // The only hit opens its klantbeeld at once, with the first page of the history.
    if (!QTest::qWaitFor([&] { return klantbeeld->hasKlantbeeld() && history->model()->rowCount() > 0; }))
        return nullptr;
    return klantbeeld;
}

ui::KlantcontactDetailDialog *TestKlantcontactDetailGui::pressEnterOn(QAbstractItemView *view,
                                                                      const QUuid &klantcontact)
{
    const int row = rowOf(view->model(), klantcontact);
    if (row < 0)
        return nullptr;
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ui::KlantcontactDetailDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<ui::KlantcontactDetailDialog *>();
        return dialog && dialog->isVisible() && dialog->klantcontact() == klantcontact;
    });
    return shown ? dialog : nullptr;
}

void TestKlantcontactDetailGui::enterOnHistoryRowOpensTheKlantcontact()
{
    openWindow(medewerker(m_fixture.otherActor, QStringLiteral("Olga Anders")));
    ui::KlantbeeldWidget *klantbeeld = openZwaneveld();
    QVERIFY(klantbeeld);
    auto *history = klantbeeld->findChild<ui::ListTableView *>(QStringLiteral("historyView"));
    QCOMPARE(rowOf(history->model(), m_fixture.contact(rijkContact)), 0); // newest first

    QPointer<ui::KlantcontactDetailDialog> dialog = pressEnterOn(history, m_fixture.contact(rijkContact));
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("7059")));
    auto *onderwerp = dialog->findChild<QLabel *>(QStringLiteral("detailOnderwerp"));
    QVERIFY(onderwerp);
    // Plain text: the markup typed into the onderwerp is shown as typed, never rendered.
    QCOMPARE(onderwerp->text(), onderwerpMetMarkup);
    QCOMPARE(onderwerp->textFormat(), Qt::PlainText);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("detailInhoud"))->toPlainText(),
             QStringLiteral("Inhoud 59: vraagt naar de <a href='x'>status</a> van het bezwaar."));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailKanaal"))->text(), ZoekFixture::kanaal(rijkContact));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailReferentienummer"))->text(), QStringLiteral("7059"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailGelukt"))->text(),
             ui::KlantcontactDetailDialog::tr("yes"));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("detailPlaatsgevondenOp"))->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("detailTaal"))->text().contains(QStringLiteral("nld")));

    auto *betrokkenen = dialog->findChild<QTreeWidget *>(QStringLiteral("detailBetrokkenen"));
    QVERIFY(betrokkenen);
    QCOMPARE(betrokkenen->topLevelItemCount(), 2);
    QCOMPARE(betrokkenen->topLevelItem(0)->text(1), QStringLiteral("Lotte Zwaneveld"));
    QCOMPARE(betrokkenen->topLevelItem(0)->text(0), label(Rol::Klant));
    QCOMPARE(betrokkenen->topLevelItem(1)->text(0), label(Rol::Vertegenwoordiger));
    QCOMPARE(betrokkenen->topLevelItem(1)->text(1), QStringLiteral("Jan van den Berg"));
    QVERIFY(betrokkenen->topLevelItem(1)->text(3).contains(QStringLiteral("0612345678")));

    const QStringList objecten = treeTexts(dialog->findChild<QTreeWidget *>(QStringLiteral("detailOnderwerpobjecten")));
    QVERIFY2(objecten.join(QLatin1Char('|')).contains(QStringLiteral("ZAAK-2024-0042")),
             qPrintable(objecten.join(QLatin1Char('|'))));
    QVERIFY2(objecten.join(QLatin1Char('|')).contains(QStringLiteral("7058")),
             qPrintable(objecten.join(QLatin1Char('|'))));
    QVERIFY(treeTexts(dialog->findChild<QTreeWidget *>(QStringLiteral("detailBijlagen")))
                .join(QLatin1Char('|'))
                .contains(QStringLiteral("DOC-77")));
    QVERIFY(treeTexts(dialog->findChild<QTreeWidget *>(QStringLiteral("detailActoren")))
                .contains(QStringLiteral("Olga Anders")));

    auto *taken = dialog->findChild<QTreeWidget *>(QStringLiteral("detailTaken"));
    QVERIFY(taken);
    QCOMPARE(taken->topLevelItemCount(), 1);
    QTreeWidgetItem *taak = taken->topLevelItem(0);
    QVERIFY(taak->text(0).contains(QStringLiteral("Terugbellen")));
    QCOMPARE(taak->text(1), label(TaakStatus::Verwerkt));
    QCOMPARE(taak->text(2), QStringLiteral("Olga Anders"));
    // The task log, as children: who closed it and why.
    const QStringList log = treeTexts(taken);
    QVERIFY2(log.contains(label(TaakLogActie::Afgehandeld)), qPrintable(log.join(QLatin1Char('|'))));
    QVERIFY2(log.join(QLatin1Char('|')).contains(QStringLiteral("Klant teruggebeld, vraag beantwoord")),
             qPrintable(log.join(QLatin1Char('|'))));

    // Esc closes it; the keyboard is back on the row it came from.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(history));
    QCOMPARE(history->currentIndex().row(), 0);
}

void TestKlantcontactDetailGui::enterOnKlantcontactenListOpensTheKlantcontact()
{
    openWindow(medewerker(m_fixture.otherActor, QStringLiteral("Olga Anders")));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *list = m_window->findChild<ui::ListTableView *>(QStringLiteral("klantcontactenView"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    QPointer<ui::KlantcontactDetailDialog> dialog = pressEnterOn(list, m_fixture.contact(rijkContact));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailOnderwerp"))->text(), onderwerpMetMarkup);
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("detailBetrokkenen"))->topLevelItemCount(), 2);
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("detailTaken"))->topLevelItemCount(), 1);

    // Another row replaces the open view: one klantcontact at a time.
    QPointer<ui::KlantcontactDetailDialog> second = pressEnterOn(list, m_fixture.contact(3));
    QVERIFY(second);
    QTRY_VERIFY(!dialog);
    QCOMPARE(second->findChild<QLabel *>(QStringLiteral("detailOnderwerp"))->text(), ZoekFixture::onderwerp(3));
    QVERIFY(second->findChild<QLabel *>(QStringLiteral("detailTakenGeen")));
    QTest::keyClick(second, Qt::Key_Escape);
    QTRY_VERIFY(!second);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
}

void TestKlantcontactDetailGui::vertrouwelijkShowsNothingToOthers()
{
    // Olga is neither linked to contact 50 nor assigned to a task of it, and no supervisor.
    openWindow(medewerker(m_fixture.otherActor, QStringLiteral("Olga Anders")));
    ui::KlantbeeldWidget *klantbeeld = openZwaneveld();
    QVERIFY(klantbeeld);
    auto *history = klantbeeld->findChild<ui::ListTableView *>(QStringLiteral("historyView"));
    QPointer<ui::KlantcontactDetailDialog> dialog =
        pressEnterOn(history, m_fixture.contact(ZoekFixture::linkedVertrouwelijk));
    QVERIFY(dialog);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("detailVertrouwelijk"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("detailOnderwerp")));
    QVERIFY(!dialog->findChild<QPlainTextEdit *>());
    QVERIFY(dialog->findChildren<QTreeWidget *>().isEmpty());
    const QString shown = allText(dialog);
    for (const QString &secret : {QStringLiteral("Vraag 50"), QStringLiteral("Inhoud 50"), QStringLiteral("7050"),
                                  QStringLiteral("Lotte"), QStringLiteral("Linda")}) {
        QVERIFY2(!shown.contains(secret), qPrintable(secret));
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    // The medewerker linked to it reads it.
    m_window.reset();
    openWindow(medewerker(m_fixture.linkedActor, QStringLiteral("Linda Gekoppeld")));
    klantbeeld = openZwaneveld();
    QVERIFY(klantbeeld);
    history = klantbeeld->findChild<ui::ListTableView *>(QStringLiteral("historyView"));
    dialog = pressEnterOn(history, m_fixture.contact(ZoekFixture::linkedVertrouwelijk));
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("detailVertrouwelijk")));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailOnderwerp"))->text(), ZoekFixture::onderwerp(50));
}

void TestKlantcontactDetailGui::detailFollowsTheKlantbeeldRule()
{
    // Every viewer and every contact: the detail hides exactly what the history hides.
    const QList<SignedInActor> viewers = {
        medewerker(m_fixture.linkedActor, QStringLiteral("Linda Gekoppeld")),
        medewerker(m_fixture.assignedActor, QStringLiteral("Arjen Toegewezen")),
        medewerker(m_fixture.otherActor, QStringLiteral("Olga Anders")),
        medewerker(m_fixture.supervisorActor, QStringLiteral("Sven Supervisor"),
                   {AccountRole::medewerker(), AccountRole::supervisor()}),
    };
    int verborgen = 0;
    for (const SignedInActor &viewer : viewers) {
        const Result<Page<KlantbeeldContact>> history =
            m_services->klantbeeld.contacten(m_fixture.zwaneveld, viewer, {}, {}, 100);
        QVERIFY(history.ok());
        QCOMPARE(history.value().rows.size(), ZoekFixture::zwaneveldContacts);
        for (const KlantbeeldContact &row : history.value().rows) {
            const Result<KlantcontactDetail> detail =
                m_services->klantcontactDetail.detail(row.klantcontact.uuid, viewer);
            QVERIFY(detail.ok());
            QCOMPARE(detail.value().verborgen, row.verborgen);
            if (detail.value().verborgen) {
                ++verborgen;
                QVERIFY(detail.value().klantcontact.onderwerp.isEmpty());
                QVERIFY(detail.value().klantcontact.inhoud.isEmpty());
                QVERIFY(!detail.value().klantcontact.referentienummer);
                QVERIFY(detail.value().betrokkenen.isEmpty());
                QVERIFY(detail.value().taken.isEmpty());
            } else {
                QCOMPARE(detail.value().klantcontact.uuid, row.klantcontact.uuid);
                QVERIFY(!detail.value().klantcontact.onderwerp.isEmpty());
            }
        }
    }
    // Linda misses 55, Arjen misses 50, Olga misses both, Sven none.
    QCOMPARE(verborgen, 4);
    QVERIFY(!m_services->klantcontactDetail.detail(ZoekFixture::uuid(99999), viewers.first()).ok());
}

void TestKlantcontactDetailGui::dateFiltersAreOneTabStop()
{
    openWindow(medewerker(m_fixture.otherActor, QStringLiteral("Olga Anders")));
    ui::KlantbeeldWidget *klantbeeld = openZwaneveld();
    QVERIFY(klantbeeld);
    auto *kanaal = klantbeeld->findChild<QComboBox *>(QStringLiteral("historyKanaalFilter"));
    auto *van = klantbeeld->findChild<QDateEdit *>(QStringLiteral("historyVanEdit"));
    auto *tot = klantbeeld->findChild<QDateEdit *>(QStringLiteral("historyTotEdit"));
    auto *history = klantbeeld->findChild<ui::ListTableView *>(QStringLiteral("historyView"));
    QVERIFY(kanaal && van && tot && history);

    auto tabFrom = [](QWidget *from, bool forward) {
        QTest::keyClick(from, forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        return QApplication::focusWidget();
    };
    // Both still show "any" (the special value, where QDateEdit swallowed Tab altogether).
    kanaal->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(kanaal));
    QCOMPARE(tabFrom(kanaal, true), static_cast<QWidget *>(van));
    QCOMPARE(tabFrom(van, true), static_cast<QWidget *>(tot));
    QCOMPARE(tabFrom(tot, true), static_cast<QWidget *>(history));
    QCOMPARE(tabFrom(history, false), static_cast<QWidget *>(tot));
    QCOMPARE(tabFrom(tot, false), static_cast<QWidget *>(van));
    QCOMPARE(tabFrom(van, false), static_cast<QWidget *>(kanaal));

    // With a date chosen, one Tab still leaves the field (no walk through day, month and year).
    van->setDate(QDate(2024, 2, 1));
    auto *historyModel = qobject_cast<KlantbeeldContactModel *>(history->model());
    QVERIFY(historyModel);
    QTRY_COMPARE(historyModel->totalCount(), qint64(ZoekFixture::zwaneveldContacts - 31)); // 1 February on
    van->setFocus(Qt::TabFocusReason);
    QCOMPARE(tabFrom(van, true), static_cast<QWidget *>(tot));
    QCOMPARE(tabFrom(tot, false), static_cast<QWidget *>(van));
    // Up still changes the date, so the field works by keyboard.
    QTest::keyClick(van, Qt::Key_Up);
    QVERIFY(van->date() > QDate(2024, 2, 1));
}

QTEST_MAIN(TestKlantcontactDetailGui)
#include "tst_klantcontactdetail_gui.moc"
