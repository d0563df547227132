// C0534 after registration, driven through the real dialog against a real SQLite database: the
// colleague who took over a transferred call finds the klantcontact by its referentienummer, adds
// the answer to inhoud and is linked as a second actor. Checked in the database.

#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "storage/beheer/sqlaccountservice.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/queries.h"
#include "storage/resources/repository.h"
#include "tests/support/testactors.h"
#include "tests/support/testdatabase.h"
#include "tests/support/transferappendpage.h"
#include "ui/callflow/transferappenddialog.h"
#include "ui/widgets/countedtextedit.h"
#include "ui/widgets/fieldmessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

using namespace kcc;
using namespace kcc::storage;
using kcc::test::TestDatabase;

class TestTransferAppendGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void colleagueAddsAnswerAndIsLinked();
    void unknownNumberRefusedAtTheField();
    void tooLongTextRefusedAndKept();
    void confidentialContentHiddenFromOthers();

private:
    test::TransferAppendPage dialogPage() const { return test::TransferAppendPage(m_dialog.get()); }

    SignedInActor signIn(const QString &naam);
    QUuid addKlantcontact(const QString &referentienummer, const QString &inhoud, bool vertrouwelijk);
    void openDialog(const SignedInActor &user);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SqlAccountService> m_accounts;
    std::unique_ptr<RegistrationWriter> m_registration;
    std::unique_ptr<ui::TransferAppendDialog> m_dialog;
    SignedInActor m_kcc;
    SignedInActor m_collega;
    QUuid m_carl;
};

SignedInActor TestTransferAppendGui::signIn(const QString &naam)
{
    const Result<SignedInActor> user = m_accounts->signIn(naam, QStringLiteral("geheim123"));
    return user ? user.value() : SignedInActor();
}

void TestTransferAppendGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_accounts = std::make_unique<SqlAccountService>(m_db->database());
    m_accounts->setActingActor(test::fixtureBeheerder());
    m_registration = std::make_unique<RegistrationWriter>(m_db->database());
    QVERIFY(m_accounts
                ->createMedewerker(QStringLiteral("Marieke"), QStringLiteral("KCC"), QString(),
                                   QStringLiteral("0201234567"), QStringLiteral("geheim123"),
                                   {AccountRole::medewerker()})
                .ok());
    QVERIFY(m_accounts
                ->createMedewerker(QStringLiteral("Joost"), QStringLiteral("Vergunningen"), QString(),
                                   QStringLiteral("0201234568"), QStringLiteral("geheim123"),
                                   {AccountRole::medewerker()})
                .ok());
    QVERIFY(m_accounts
                ->createMedewerker(QStringLiteral("Sanne"), QStringLiteral("Teamleider"), QString(),
                                   QStringLiteral("0201234569"), QStringLiteral("geheim123"),
                                   {AccountRole::medewerker(), AccountRole::supervisor()})
                .ok());
    m_kcc = signIn(QStringLiteral("Marieke"));
    m_collega = signIn(QStringLiteral("Joost"));
    QVERIFY(!m_kcc.actor.isNull() && !m_collega.actor.isNull());

    Partij carl;
    carl.uuid = QUuid::createUuid();
    carl.voorkeurstaal = QStringLiteral("nld");
    carl.contactnaam =
        Contactnaam{QStringLiteral("C"), QStringLiteral("Carl"), QString(), QStringLiteral("Zwartewaal")};
    WriteTransaction transaction(m_db->database());
    QVERIFY(Repository<Partij>(m_db->database()).insert(carl).ok());
    QVERIFY(transaction.commit().ok());
    m_carl = carl.uuid;
}

void TestTransferAppendGui::cleanup()
{
    m_dialog.reset();
    m_registration.reset();
    m_accounts.reset();
    m_db.reset();
}

QUuid TestTransferAppendGui::addKlantcontact(const QString &referentienummer, const QString &inhoud, bool vertrouwelijk)
{
    Klantcontact klantcontact;
    klantcontact.uuid = QUuid::createUuid();
    klantcontact.referentienummer = referentienummer;
    klantcontact.kanaal = QStringLiteral("telefoon");
    klantcontact.onderwerp = QStringLiteral("Vergunning dakkapel");
    klantcontact.inhoud = inhoud;
    klantcontact.taal = QStringLiteral("nld");
    klantcontact.vertrouwelijk = vertrouwelijk;
    klantcontact.indicatieContactGelukt = true;
    klantcontact.plaatsgevondenOp = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    Betrokkene betrokkene;
    betrokkene.uuid = QUuid::createUuid();
    betrokkene.hadKlantcontact = klantcontact.uuid;
    betrokkene.wasPartij = m_carl;
    betrokkene.initiator = true;
    WriteTransaction transaction(m_db->database());
    if (!Repository<Klantcontact>(m_db->database()).insert(klantcontact).ok() ||
        !Repository<Betrokkene>(m_db->database()).insert(betrokkene).ok() ||
        !Repository<ActorKlantcontact>(m_db->database())
             .insert({QUuid::createUuid(), m_kcc.actor, klantcontact.uuid})
             .ok() ||
        !transaction.commit().ok())
        return {};
    return klantcontact.uuid;
}

void TestTransferAppendGui::openDialog(const SignedInActor &user)
{
    ui::CallFlowContext context;
    context.accounts = m_accounts.get();
    context.registration = m_registration.get();
    context.user = user;
    m_dialog = std::make_unique<ui::TransferAppendDialog>(context);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    dialogPage().referentienummerEdit()->setFocus();
}

void TestTransferAppendGui::colleagueAddsAnswerAndIsLinked()
{
    const QUuid uuid = addKlantcontact(QStringLiteral("1000123"), QStringLiteral("Vraag over dakkapel."), false);
    QVERIFY(!uuid.isNull());
    openDialog(m_collega);
    QVERIFY(!dialogPage().appendButton()->isEnabled());
    QTest::keyClicks(dialogPage().referentienummerEdit(), QStringLiteral(" 1000123 "));
    QTest::keyClick(dialogPage().referentienummerEdit(), Qt::Key_Return);
    QVERIFY(dialogPage().summary()->toPlainText().contains(QStringLiteral("Vraag over dakkapel.")));
    QVERIFY(dialogPage().summary()->toPlainText().contains(QStringLiteral("Carl Zwartewaal")));
    QVERIFY(dialogPage().summary()->toPlainText().contains(QStringLiteral("Marieke")));
    QTRY_VERIFY(dialogPage().textEdit()->editor()->hasFocus());
    // Room left: 1000 minus the existing text minus the blank line between.
    QCOMPARE(dialogPage().textEdit()->limit(), 1000 - 20 - 2);

    QTest::keyClicks(dialogPage().textEdit()->editor(),
                     QStringLiteral("Dakkapel aan de achterzijde is vergunningvrij."));
    QTest::keyClick(dialogPage().textEdit()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialogPage().statusLabel()->text().contains(QStringLiteral("1000123")));

    const std::optional<Klantcontact> stored = Repository<Klantcontact>(m_db->database()).find(uuid);
    QVERIFY(stored);
    QCOMPARE(stored->inhoud, QStringLiteral("Vraag over dakkapel.\n\nDakkapel aan de achterzijde is vergunningvrij."));
    const QList<Actor> actoren = actorenVanKlantcontact(m_db->database(), uuid);
    QCOMPARE(actoren.size(), 2);
    QCOMPARE(actoren[0].uuid, m_kcc.actor);
    QCOMPARE(actoren[1].uuid, m_collega.actor);
    QVERIFY(dialogPage().textEdit()->text().isEmpty());
}

void TestTransferAppendGui::unknownNumberRefusedAtTheField()
{
    addKlantcontact(QStringLiteral("1000123"), QString(), false);
    openDialog(m_collega);
    QTest::keyClicks(dialogPage().referentienummerEdit(), QStringLiteral("999"));
    QTest::keyClick(dialogPage().referentienummerEdit(), Qt::Key_Return);
    QVERIFY(dialogPage().referentienummerMessage()->hasError());
    QVERIFY(dialogPage().referentienummerMessage()->text().contains(QStringLiteral("999")));
    QCOMPARE(dialogPage().referentienummerEdit()->text(), QStringLiteral("999"));
    QVERIFY(!dialogPage().appendButton()->isEnabled());
}

void TestTransferAppendGui::tooLongTextRefusedAndKept()
{
    const QString inhoud(990, QLatin1Char('a'));
    const QUuid uuid = addKlantcontact(QStringLiteral("1000124"), inhoud, false);
    openDialog(m_collega);
    QTest::keyClicks(dialogPage().referentienummerEdit(), QStringLiteral("1000124"));
    QTest::keyClick(dialogPage().referentienummerEdit(), Qt::Key_Return);
    const QString answer = QStringLiteral("Dit antwoord past niet meer.");
    QTest::keyClicks(dialogPage().textEdit()->editor(), answer);
    QVERIFY(dialogPage().textEdit()->overLimit());
    QVERIFY(!m_dialog->append());
    QVERIFY(dialogPage().textMessage()->hasError());
    QCOMPARE(dialogPage().textEdit()->text(), answer);
    QCOMPARE(Repository<Klantcontact>(m_db->database()).find(uuid)->inhoud, inhoud);
    QCOMPARE(actorenVanKlantcontact(m_db->database(), uuid).size(), 1);
}

void TestTransferAppendGui::confidentialContentHiddenFromOthers()
{
    addKlantcontact(QStringLiteral("1000125"), QStringLiteral("Schuldhulp, vertrouwelijk."), true);
    openDialog(m_collega);
    QTest::keyClicks(dialogPage().referentienummerEdit(), QStringLiteral("1000125"));
    QTest::keyClick(dialogPage().referentienummerEdit(), Qt::Key_Return);
    QVERIFY(!dialogPage().summary()->toPlainText().contains(QStringLiteral("Schuldhulp")));
    QVERIFY(dialogPage().appendButton()->isEnabled());

    const SignedInActor supervisor = signIn(QStringLiteral("Sanne"));
    openDialog(supervisor);
    QTest::keyClicks(dialogPage().referentienummerEdit(), QStringLiteral("1000125"));
    QTest::keyClick(dialogPage().referentienummerEdit(), Qt::Key_Return);
    QVERIFY(dialogPage().summary()->toPlainText().contains(QStringLiteral("Schuldhulp")));

    openDialog(m_kcc); // linked to it
    QTest::keyClicks(dialogPage().referentienummerEdit(), QStringLiteral("1000125"));
    QTest::keyClick(dialogPage().referentienummerEdit(), Qt::Key_Return);
    QVERIFY(dialogPage().summary()->toPlainText().contains(QStringLiteral("Schuldhulp")));
}

QTEST_MAIN(TestTransferAppendGui)
#include "tst_transferappend_gui.moc"
