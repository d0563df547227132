// The onderwerp typed in the call flow chooses the verwerkingsactiviteit (issue 15): the contact
// panel keeps HuidigeVerwerking on the open contact (its uuid, kanaal) and the onderwerp being
// worked on, so that what is looked up during the call is logged under the register's mapping;
// when the contact ends, the actions belong to the sign-in session again.

#include "tests/support/contactpanelpage.h"
#include "tests/support/deskfixture.h"
#include "tests/support/mainwindowpage.h"
#include "ui/callflow/contactpanel.h"

#include <QTest>

using namespace kcc;

class TestVerwerkingsOnderwerpGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onderwerpFollowsTheCallFlow();

private:
    test::DeskFixture m_desk;
};

void TestVerwerkingsOnderwerpGui::init()
{
    const QString created = m_desk.create();
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString opened = m_desk.openWindow(QStringLiteral("en"), QSize(1400, 900));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
}

void TestVerwerkingsOnderwerpGui::cleanup()
{
    m_desk.destroy();
}

void TestVerwerkingsOnderwerpGui::onderwerpFollowsTheCallFlow()
{
    HuidigeVerwerking &verwerking = m_desk.services->sql.huidigeVerwerking();
    const QUuid sessie = verwerking.current().verwerkingId;
    m_desk.window->startContact();
    ui::ContactPanel *panel = test::MainWindowPage(m_desk.window.get()).contactPanel();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isActive());
    QTRY_COMPARE(verwerking.current().verwerkingId, panel->session().uuid);
    QCOMPARE(verwerking.current().kanaal, panel->session().kanaal);
    QCOMPARE(verwerking.current().onderwerp, QString());

    panel->goToStep(ui::ContactPanel::OnderwerpStep);
    QTest::keyClicks(test::ContactPanelPage(panel).onderwerpen().onderwerpEdit(),
                     QStringLiteral("Vergunning dakkapel"));
    QTRY_COMPARE(verwerking.current().onderwerp, QStringLiteral("Vergunning dakkapel"));
    QCOMPARE(verwerking.current().verwerkingNaam, QStringLiteral("Klantcontact afhandelen"));

    auto *controller = panel->findChild<ContactController *>();
    QVERIFY(controller);
    controller->cancel();
    QTRY_VERIFY(!panel->isActive());
    QTRY_COMPARE(verwerking.current().verwerkingId, sessie);
    QCOMPARE(verwerking.current().onderwerp, QString());
}

QTEST_MAIN(TestVerwerkingsOnderwerpGui)
#include "tst_verwerkingsonderwerp_gui.moc"
