// Log first, then show, as the medewerker sees it (issue 15): in the Zoeken tab the klantbeeld,
// the full BSN and the search results appear only after their entries are in the verwerkingenlog,
// and when the log cannot be written nothing appears and the status says why.

#include "model/search/partijsearchmodel.h"
#include "storage/db/sqlservices.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "tests/support/findwidget.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekenpage.h"
#include "tests/support/zoekfixture.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>

using namespace kcc;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

namespace {
const QString bsn = QStringLiteral("123456782");
}

class TestPrivacyGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bsnShownOnlyWhenLogged();
    void failingLogShowsNoKlantbeeldAndNoHits();

private:
    qint64 entries(const QString &actie);
    void breakTheLog();
    QString shownText() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::SqlServices> m_services;
    std::unique_ptr<ui::PartijZoekenWidget> m_zoeken;
    ZoekFixture m_fixture;
};

void TestPrivacyGui::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_fixture.insert(m_db->database()).isEmpty());
    {
        storage::WriteTransaction transaction(m_db->database());
        PartijIdentificator identificator;
        identificator.uuid = ZoekFixture::uuid(9001);
        identificator.identificeerdePartij = m_fixture.zwaneveld;
        identificator.objectId = bsn;
        QVERIFY(storage::Repository<PartijIdentificator>(m_db->database()).insert(identificator));
        QVERIFY(transaction.commit());
    }
    m_services = std::make_unique<storage::SqlServices>(m_db->database());
    const SignedInActor viewer{
        ZoekFixture::uuid(103), QStringLiteral("Mo"), SoortActor::Medewerker, {AccountRole::medewerker()}};
    m_zoeken = std::make_unique<ui::PartijZoekenWidget>(&m_services->search(), &m_services->klantbeeld(), viewer);
    m_zoeken->show();
}

void TestPrivacyGui::cleanup()
{
    m_zoeken.reset();
    m_services.reset();
    m_db.reset();
}

qint64 TestPrivacyGui::entries(const QString &actie)
{
    QSqlQuery query(m_db->database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM verwerkingsactie WHERE actie_naam = ?"));
    query.addBindValue(actie);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestPrivacyGui::breakTheLog()
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER kapot BEFORE INSERT ON verwerkt_object"
                                      " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
}

QString TestPrivacyGui::shownText() const
{
    const auto *view = test::findNamed<QTextBrowser>(m_zoeken.get(), QStringLiteral("klantbeeldView"));
    return view ? view->toPlainText() : QString();
}

void TestPrivacyGui::bsnShownOnlyWhenLogged()
{
    QVERIFY(m_zoeken->openPartij(m_fixture.zwaneveld));
    QCOMPARE(entries(QStringLiteral("Klantbeeld tonen")), 1);
    QVERIFY(shownText().contains(QStringLiteral("Zwaneveld")));
    QVERIFY(!shownText().contains(bsn));
    auto *showBsn = test::findNamed<QPushButton>(m_zoeken.get(), QStringLiteral("showBsnButton"));
    QVERIFY(showBsn);
    QTest::mouseClick(showBsn, Qt::LeftButton);
    QVERIFY(showBsn->isChecked());
    QVERIFY(shownText().contains(bsn));
    QCOMPARE(entries(QStringLiteral("BSN tonen")), 1);
    QTest::mouseClick(showBsn, Qt::LeftButton); // hiding it again is no look
    QCOMPARE(entries(QStringLiteral("BSN tonen")), 1);

    breakTheLog();
    QTest::mouseClick(showBsn, Qt::LeftButton);
    QVERIFY(!showBsn->isChecked());
    QVERIFY(!shownText().contains(bsn));
    const test::ZoekenPage page(m_zoeken.get());
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("verwerkingenlog")),
             qPrintable(page.statusLabel()->text()));
}

void TestPrivacyGui::failingLogShowsNoKlantbeeldAndNoHits()
{
    breakTheLog();
    QVERIFY(!m_zoeken->openPartij(m_fixture.zwaneveld));
    QVERIFY(!shownText().contains(QStringLiteral("Zwaneveld")));
    const test::ZoekenPage page(m_zoeken.get());
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("verwerkingenlog")));

    m_zoeken->searchFor(QStringLiteral("vermeulen"));
    QTRY_COMPARE(page.resultsModel()->state(), PartijSearchModel::State::Failed);
    QCOMPARE(page.resultsModel()->rowCount(), 0);
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("verwerkingenlog")),
             qPrintable(page.statusLabel()->text()));
    QCOMPARE(entries(QStringLiteral("Zoeken partijen")), 0);
}

QTEST_MAIN(TestPrivacyGui)
#include "tst_privacy_gui.moc"
