// Issue 15, item 1: the privacy officer's view of the verwerkingenlog. Only the role
// privacyfunctionaris opens it (others are told why); it shows the entries about one person in a
// period, after its own reading is logged, shows nothing when that fails, and exports the rows as
// the Verwerkingenlogging API answers them (validated against the vendored spec).

#include "model/klantinteracties/partijidentificator.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/callflowservices.h"
#include "tests/support/fixedclock.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"
#include "ui/privacy/verwerkingendialog.h"
#include "ui/privacy/verwerkingenmodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/savefiledialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace kcc;
using kcc::test::FixedClock;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {
const QString bsn = QStringLiteral("123456782");
const QString password = QStringLiteral("geheim123");
} // namespace

class TestVerwerkingenGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyThePrivacyOfficerOpensIt();
    void showsTheLogAboutOnePersonAfterLoggingTheReading();
    void periodFilter();
    void byPartijAndWrongInput();
    void failingLogShowsNothing();
    void exportFollowsTheSpec();
    void exportIsLoggedFirst();

private:
    SignedInActor account(const QString &login, const QString &naam, const QStringList &roles);
    void openWindow(const SignedInActor &user);
    ui::VerwerkingenDialog *openDialog();
    void ask(const QString &persoon, const QString &van = {}, const QString &tot = {});
    QStringList acties() const;
    qint64 logged(const QString &actie);

    ZoekFixture m_fixture;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<test::CallFlowServices> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::VerwerkingenDialog> m_dialog;
    SignedInActor m_petra;
    SignedInActor m_mo;
};

void TestVerwerkingenGui::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString inserted = m_fixture.insert(m_db->database());
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
    {
        storage::WriteTransaction transaction(m_db->database());
        PartijIdentificator identificator;
        identificator.uuid = ZoekFixture::uuid(9001);
        identificator.identificeerdePartij = m_fixture.zwaneveld;
        identificator.objectId = bsn;
        QVERIFY(storage::Repository<PartijIdentificator>(m_db->database()).insert(identificator));
        QVERIFY(transaction.commit());
    }
    m_services = std::make_unique<test::CallFlowServices>(m_db->database(), m_clock->clock());
    m_petra = account(QStringLiteral("petra"), QStringLiteral("Petra Privacy"),
                      {AccountRole::medewerker(), AccountRole::privacy()});
    m_mo = account(QStringLiteral("mo"), QStringLiteral("Mo Medewerker"), {AccountRole::medewerker()});
    QVERIFY(!m_petra.actor.isNull() && !m_mo.actor.isNull());
    // Mo opens the klantbeeld on 2 March and reveals the BSN on 10 March.
    QVERIFY(m_services->klantbeeld.load(m_fixture.zwaneveld, m_mo, 3));
    m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    QVERIFY(m_services->klantbeeld.bsnTonen(m_fixture.zwaneveld, m_mo));
    m_clock->set(QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC));
}

void TestVerwerkingenGui::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_db.reset();
    m_clock.reset();
}

SignedInActor TestVerwerkingenGui::account(const QString &login, const QString &naam, const QStringList &roles)
{
    const Result<QUuid> created = m_services->accounts.createMedewerker(
        naam, QStringLiteral("KCC"), QString(), QStringLiteral("0201234567"), password, roles, login);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    const Result<SignedInActor> signedIn = m_services->accounts.signIn(login, password);
    return signedIn ? signedIn.value() : SignedInActor{};
}

void TestVerwerkingenGui::openWindow(const SignedInActor &user)
{
    m_window = std::make_unique<ui::MainWindow>(
        ui::MainWindow::Sources{&m_services->partijen, &m_services->klantcontacten, m_db->path(), false});
    ui::CallFlowContext context = m_services->context(user);
    context.verwerking->setGebruiker(user.actor.toString(QUuid::WithoutBraces));
    m_window->setCallFlow(context);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

ui::VerwerkingenDialog *TestVerwerkingenGui::openDialog()
{
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    m_dialog = m_window->findChild<ui::VerwerkingenDialog *>();
    // Shown, active, with the keyboard in its first field.
    if (m_dialog && !QTest::qWaitFor([this] {
            return QApplication::focusWidget() ==
                   m_dialog->findChild<QLineEdit *>(QStringLiteral("verwerkingenPersoon"));
        }))
        qWarning("The keyboard is not in the verwerkingenlog dialog");
    return m_dialog;
}

void TestVerwerkingenGui::ask(const QString &persoon, const QString &van, const QString &tot)
{
    for (const auto &[name, text] :
         {std::pair{QStringLiteral("verwerkingenPersoon"), persoon}, std::pair{QStringLiteral("verwerkingenVan"), van},
          std::pair{QStringLiteral("verwerkingenTot"), tot}}) {
        auto *field = m_dialog->findChild<QLineEdit *>(name);
        QVERIFY(field);
        field->clear();
        QTest::keyClicks(field, text);
    }
    QTest::keyClick(m_dialog->findChild<QLineEdit *>(QStringLiteral("verwerkingenPersoon")), Qt::Key_Return);
}

QStringList TestVerwerkingenGui::acties() const
{
    const QAbstractItemModel *model = m_dialog->findChild<QTableView *>(QStringLiteral("verwerkingenView"))->model();
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, ui::VerwerkingenModel::ActieColumn).data().toString();
    return result;
}

qint64 TestVerwerkingenGui::logged(const QString &actie)
{
    QSqlQuery query(m_db->database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = ?"));
    query.addBindValue(actie);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestVerwerkingenGui::onlyThePrivacyOfficerOpensIt()
{
    openWindow(m_mo);
    QVERIFY(!openDialog());
    auto *refused = m_window->findChild<QDialog *>(QStringLiteral("verwerkingenRefusedDialog"));
    QVERIFY(refused && refused->isVisible());
    QCOMPARE(logged(QStringLiteral("Verwerkingen inzien")), 0);
    m_window.reset();

    openWindow(m_petra);
    QVERIFY(openDialog());
    QTRY_VERIFY(m_dialog->isVisible());
    QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("verwerkingenRefusedDialog")));
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(m_dialog->findChild<QLineEdit *>(QStringLiteral("verwerkingenPersoon"))));
    // Opening it reads nothing yet.
    QCOMPARE(logged(QStringLiteral("Verwerkingen inzien")), 0);
}

void TestVerwerkingenGui::showsTheLogAboutOnePersonAfterLoggingTheReading()
{
    openWindow(m_petra);
    QVERIFY(openDialog());
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("verwerkingenView"));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ask(bsn);
    // The reading is in the log, and so among the rows it shows: it was written first.
    QCOMPARE(logged(QStringLiteral("Verwerkingen inzien")), 1);
    QCOMPARE(acties(), (QStringList{QStringLiteral("Klantbeeld tonen"), QStringLiteral("BSN tonen"),
                                    QStringLiteral("Verwerkingen inzien")}));
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->index(0, ui::VerwerkingenModel::GebruikerColumn).data().toString(), m_mo.naam);
    QCOMPARE(model->index(2, ui::VerwerkingenModel::GebruikerColumn).data().toString(), m_petra.naam);
    QCOMPARE(model->index(0, ui::VerwerkingenModel::HandelingColumn).data().toString(),
             QStringLiteral("Klant te woord staan"));
    QCOMPARE(model->index(0, ui::VerwerkingenModel::VertrouwelijkheidColumn).data().toString(),
             QStringLiteral("normaal"));
    QVERIFY(!model->index(0, ui::VerwerkingenModel::BewaartermijnColumn).data().toString().isEmpty());
    QVERIFY(!model->index(0, ui::VerwerkingenModel::ActiviteitColumn).data().toString().isEmpty());
    QCOMPARE(model->index(0, ui::VerwerkingenModel::TijdstipColumn).data(ui::VerwerkingenModel::RawRole).toDateTime(),
             QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("verwerkingenCount"))->text().contains(QLatin1Char('3')));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("verwerkingenExportButton"))->isEnabled());
    // The keyboard reaches the rows from the fields, by Tab through the buttons.
    QWidget *persoon = m_dialog->findChild<QLineEdit *>(QStringLiteral("verwerkingenPersoon"));
    persoon->setFocus(Qt::OtherFocusReason);
    QStringList passed;
    for (int i = 0; i < 10 && QApplication::focusWidget() != view; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        passed << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(passed, (QStringList{QStringLiteral("verwerkingenVan"), QStringLiteral("verwerkingenTot"),
                                  QStringLiteral("verwerkingenShowButton"), QStringLiteral("verwerkingenExportButton"),
                                  QStringLiteral("verwerkingenView")}));
}

void TestVerwerkingenGui::periodFilter()
{
    openWindow(m_petra);
    QVERIFY(openDialog());
    ask(bsn, QStringLiteral("2026-03-05"), QStringLiteral("2026-03-10"));
    QCOMPARE(acties(), QStringList{QStringLiteral("BSN tonen")});
    ask(bsn, QString(), QStringLiteral("2026-03-09"));
    QCOMPARE(acties(), QStringList{QStringLiteral("Klantbeeld tonen")});
    // From 11 March: only the officer's own readings (12 March), each logged.
    ask(bsn, QStringLiteral("2026-03-11"));
    QCOMPARE(acties(), QStringList(3, QStringLiteral("Verwerkingen inzien")));
    ask(bsn, QStringLiteral("2026-03-10"), QStringLiteral("2026-03-02"));
    QVERIFY(acties().isEmpty());
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("verwerkingenTotMessage"))->isVisible());
}

void TestVerwerkingenGui::byPartijAndWrongInput()
{
    openWindow(m_petra);
    QVERIFY(openDialog());
    ask(m_fixture.zwaneveld.toString(QUuid::WithoutBraces));
    QCOMPARE(acties(), (QStringList{QStringLiteral("Klantbeeld tonen"), QStringLiteral("BSN tonen"),
                                    QStringLiteral("Verwerkingen inzien")}));
    const qint64 readings = logged(QStringLiteral("Verwerkingen inzien"));
    ask(QStringLiteral("123456789")); // fails the elfproef
    QVERIFY(acties().isEmpty());
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("verwerkingenPersoonMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(logged(QStringLiteral("Verwerkingen inzien")), readings);
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("verwerkingenExportButton"))->isEnabled());
}

void TestVerwerkingenGui::failingLogShowsNothing()
{
    openWindow(m_petra);
    QVERIFY(openDialog());
    ask(bsn);
    QCOMPARE(acties().size(), 3);
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                      " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    ask(bsn);
    QVERIFY(acties().isEmpty());
    auto *banner = m_dialog->findChild<ui::MessageBanner *>(QStringLiteral("verwerkingenBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("verwerkingenExportButton"))->isEnabled());
    QStringList texts;
    for (const QLabel *label : banner->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join(QLatin1Char(' ')).contains(QStringLiteral("verwerkingenlog")),
             qPrintable(texts.join(QLatin1Char(' '))));
}

void TestVerwerkingenGui::exportFollowsTheSpec()
{
    openWindow(m_petra);
    QVERIFY(openDialog());
    ask(bsn);
    QCOMPARE(acties().size(), 3);
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("verwerkingen.json"));
    ui::SaveFileDialog::setNextFileName(fileName);
    QTest::keyClick(m_dialog, Qt::Key_E, Qt::AltModifier);
    QFile file(fileName);
    QTRY_VERIFY(file.exists());
    QCOMPARE(logged(QStringLiteral("Verwerkingen exporteren")), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject list = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.value(QStringLiteral("count")).toInt(), 3);
    const QJsonArray results = list.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("actieNaam")).toString(), QStringLiteral("BSN tonen"));
    const QJsonObject object =
        results.at(0).toObject().value(QStringLiteral("verwerkteObjecten")).toArray().first().toObject();
    QCOMPARE(object.value(QStringLiteral("objectId")).toString(), bsn);
    file.close();

    QProcess validator;
    validator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(KCC_VERWERKINGEN_VALIDATOR),
                     QStringLiteral(KCC_SOURCE_DIR "/resources/reference/verwerkingenlogging-openapi.yaml"), fileName});
    QVERIFY(validator.waitForFinished(60000));
    const QByteArray report = validator.readAllStandardOutput() + validator.readAllStandardError();
    QVERIFY2(validator.exitStatus() == QProcess::NormalExit && validator.exitCode() == 0, report.constData());
}

void TestVerwerkingenGui::exportIsLoggedFirst()
{
    openWindow(m_petra);
    QVERIFY(openDialog());
    ask(bsn);
    QCOMPARE(acties().size(), 3);
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                      " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("verwerkingen.json"));
    ui::SaveFileDialog::setNextFileName(fileName);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("verwerkingenExportButton")), Qt::LeftButton);
    QVERIFY(!QFile::exists(fileName));
    QCOMPARE(logged(QStringLiteral("Verwerkingen exporteren")), 0);
    QVERIFY(m_dialog->findChild<ui::MessageBanner *>(QStringLiteral("verwerkingenBanner"))->isVisible());
}

QTEST_MAIN(TestVerwerkingenGui)
#include "tst_verwerkingen_gui.moc"
