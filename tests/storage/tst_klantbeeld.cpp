// The klantbeeld service and its lazy contact history on a real database: relations both ways,
// contactpersonen, paging newest first, the kanaal and period filter, and the vertrouwelijk rule
// for the four kinds of viewer (issue 5).

#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "storage/klantbeeld/sqlklantbeeldservice.h"
#include "tests/support/testdatabase.h"
#include "tests/support/zoekfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kcc;
using kcc::test::TestDatabase;
using kcc::test::ZoekFixture;

class TestKlantbeeld : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void detailsAndRelations();
    void contactpersonenOfOrganisation();
    void historyNewestFirstInPages();
    void historyFilter_data();
    void historyFilter();
    void vertrouwelijkRule_data();
    void vertrouwelijkRule();
    void historyModelLazy();
    void unknownPartij();

private:
    SignedInActor viewer(const QUuid &actor, const QStringList &roles = {AccountRole::medewerker()}) const
    {
        return SignedInActor{actor, QStringLiteral("kijker"), SoortActor::Medewerker, roles};
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<storage::SqlKlantbeeldService> m_service;
    ZoekFixture m_fixture;
};

void TestKlantbeeld::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString error = m_fixture.insert(m_db->database());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_service = std::make_unique<storage::SqlKlantbeeldService>(m_db->database());
}

void TestKlantbeeld::cleanup()
{
    m_service.reset();
    m_db.reset();
}

void TestKlantbeeld::detailsAndRelations()
{
    const Result<Klantbeeld> loaded = m_service->load(m_fixture.zwaneveld, viewer(m_fixture.otherActor), 5);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const Klantbeeld &k = loaded.value();
    QCOMPARE(k.partij.weergaveNaam(), QStringLiteral("Lotte Zwaneveld"));
    QCOMPARE(k.partij.voorkeurstaal, QStringLiteral("nld"));
    QCOMPARE(k.aantalKlantcontacten, qint64(ZoekFixture::zwaneveldContacts));
    const QStringList kanalen = {QStringLiteral("balie"), QStringLiteral("email"), QStringLiteral("telefoon")};
    QCOMPARE(k.kanalen, kanalen);
    const Result<QStringList> viaService = m_service->kanalen(m_fixture.zwaneveld);
    QVERIFY(viaService.ok());
    QCOMPARE(viaService.value(), kanalen);
    QCOMPARE(k.klantcontacten.size(), 5);
    QCOMPARE(k.klantcontacten.first().klantcontact.uuid, m_fixture.contact(ZoekFixture::zwaneveldContacts - 1));
    QCOMPARE(k.vertegenwoordigt.size(), 1);
    QCOMPARE(k.vertegenwoordigt.first().partij, m_fixture.moeder);
    QCOMPARE(k.vertegenwoordigt.first().naam, QStringLiteral("Grietje Brandsma"));
    QCOMPARE(k.vertegenwoordigdDoor.size(), 1);
    QCOMPARE(k.vertegenwoordigdDoor.first().partij, m_fixture.advocaat);
    QCOMPARE(k.vertegenwoordigdDoor.first().naam, QStringLiteral("Mr. Pieter Wolters"));
    QVERIFY(k.contactpersonen.isEmpty());
    QVERIFY(!k.werktVoor);
    QCOMPARE(k.openTaken.size(), 1);
    QCOMPARE(k.openTaken.first().referentienummer, std::optional<QString>(QStringLiteral("9001")));

    // The other side of the same relations.
    const Result<Klantbeeld> moeder = m_service->load(m_fixture.moeder, viewer(m_fixture.otherActor), 0);
    QVERIFY(moeder.ok());
    QCOMPARE(moeder.value().vertegenwoordigdDoor.size(), 1);
    QCOMPARE(moeder.value().vertegenwoordigdDoor.first().partij, m_fixture.zwaneveld);
    QVERIFY(moeder.value().vertegenwoordigt.isEmpty());
    QVERIFY(moeder.value().klantcontacten.isEmpty());
}

void TestKlantbeeld::contactpersonenOfOrganisation()
{
    const Result<Klantbeeld> werf = m_service->load(m_fixture.gemeentewerf, viewer(m_fixture.otherActor));
    QVERIFY(werf.ok());
    QCOMPARE(werf.value().aantalContactpersonen, qint64(2));
    QCOMPARE(werf.value().contactpersonen.size(), 2);
    QCOMPARE(werf.value().contactpersonen.at(0).naam, QStringLiteral("Co Aalders"));
    QCOMPARE(werf.value().contactpersonen.at(1).naam, QStringLiteral("Co Bosman"));
    QCOMPARE(werf.value().contactpersonen.at(0).soortPartij, SoortPartij::Contactpersoon);

    const Result<Klantbeeld> persoon = m_service->load(m_fixture.contactpersoonA, viewer(m_fixture.otherActor));
    QVERIFY(persoon.ok());
    QVERIFY(persoon.value().werktVoor.has_value());
    QCOMPARE(persoon.value().werktVoor->partij, m_fixture.gemeentewerf);
    QCOMPARE(persoon.value().werktVoor->naam, QStringLiteral("Stichting Gemeentewerf"));
}

void TestKlantbeeld::historyNewestFirstInPages()
{
    PageCursor cursor;
    QList<QUuid> order;
    int pages = 0;
    for (;;) {
        const Result<Page<KlantbeeldContact>> page =
            m_service->contacten(m_fixture.zwaneveld, viewer(m_fixture.otherActor), {}, cursor, 25);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        ++pages;
        for (const KlantbeeldContact &c : page.value().rows)
            order.append(c.klantcontact.uuid);
        if (page.value().atEnd)
            break;
        cursor = page.value().next;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(order.size(), ZoekFixture::zwaneveldContacts);
    for (int i = 0; i < ZoekFixture::zwaneveldContacts; ++i)
        QCOMPARE(order.at(i), m_fixture.contact(ZoekFixture::zwaneveldContacts - 1 - i));
}

void TestKlantbeeld::historyFilter_data()
{
    QTest::addColumn<QString>("kanaal");
    QTest::addColumn<int>("vanDag"); // -1: open
    QTest::addColumn<int>("totDag"); // exclusive, -1: open
    QTest::addColumn<QList<int>>("expected");

    auto matching = [](const QString &kanaal, int van, int tot) {
        QList<int> result;
        for (int i = ZoekFixture::zwaneveldContacts - 1; i >= 0; --i) {
            if ((kanaal.isEmpty() || ZoekFixture::kanaal(i) == kanaal) && (van < 0 || i >= van) && (tot < 0 || i < tot))
                result << i;
        }
        return result;
    };
    QTest::newRow("telefoon") << QStringLiteral("telefoon") << -1 << -1 << matching(QStringLiteral("telefoon"), -1, -1);
    QTest::newRow("period") << QString() << 10 << 20 << matching(QString(), 10, 20);
    QTest::newRow("balie in period") << QStringLiteral("balie") << 30 << 45
                                     << matching(QStringLiteral("balie"), 30, 45);
    QTest::newRow("from only") << QString() << 57 << -1 << QList<int>{59, 58, 57};
    QTest::newRow("unknown kanaal") << QStringLiteral("brief") << -1 << -1 << QList<int>{};
}

void TestKlantbeeld::historyFilter()
{
    QFETCH(QString, kanaal);
    QFETCH(int, vanDag);
    QFETCH(int, totDag);
    QFETCH(QList<int>, expected);
    KlantbeeldContactFilter filter;
    filter.kanaal = kanaal;
    if (vanDag >= 0)
        filter.van = ZoekFixture::contactTime(vanDag).addSecs(-3600);
    if (totDag >= 0)
        filter.tot = ZoekFixture::contactTime(totDag).addSecs(-3600);
    const Result<Page<KlantbeeldContact>> page =
        m_service->contacten(m_fixture.zwaneveld, viewer(m_fixture.otherActor), filter, {}, 100);
    QVERIFY(page.ok());
    QList<int> found;
    for (const KlantbeeldContact &c : page.value().rows)
        found << c.klantcontact.referentienummer.value_or(QString()).toInt() - 7000;
    QCOMPARE(found, expected);
    const Result<qint64> count = m_service->aantalContacten(m_fixture.zwaneveld, filter);
    QVERIFY(count.ok());
    QCOMPARE(count.value(), qint64(expected.size()));
}

void TestKlantbeeld::vertrouwelijkRule_data()
{
    QTest::addColumn<int>("who"); // 0 linked, 1 assigned, 2 supervisor, 3 other
    QTest::addColumn<bool>("seesLinked");
    QTest::addColumn<bool>("seesAssigned");
    QTest::newRow("linked actor") << 0 << true << false;
    QTest::newRow("assigned actor") << 1 << false << true;
    QTest::newRow("supervisor") << 2 << true << true;
    QTest::newRow("other medewerker") << 3 << false << false;
}

void TestKlantbeeld::vertrouwelijkRule()
{
    QFETCH(int, who);
    QFETCH(bool, seesLinked);
    QFETCH(bool, seesAssigned);
    const SignedInActor kijker =
        who == 0   ? viewer(m_fixture.linkedActor)
        : who == 1 ? viewer(m_fixture.assignedActor)
        : who == 2 ? viewer(m_fixture.supervisorActor, {AccountRole::medewerker(), AccountRole::supervisor()})
                   : viewer(m_fixture.otherActor);
    const Result<Page<KlantbeeldContact>> page = m_service->contacten(m_fixture.zwaneveld, kijker, {}, {}, 100);
    QVERIFY(page.ok());
    QCOMPARE(page.value().rows.size(), ZoekFixture::zwaneveldContacts); // every contact is listed
    int checked = 0;
    for (const KlantbeeldContact &c : page.value().rows) {
        const int i = c.klantcontact.referentienummer.value_or(QString()).toInt() - 7000;
        const bool vertrouwelijk = i == ZoekFixture::linkedVertrouwelijk || i == ZoekFixture::assignedVertrouwelijk;
        QCOMPARE(c.klantcontact.vertrouwelijk, vertrouwelijk);
        bool sees = true;
        if (i == ZoekFixture::linkedVertrouwelijk)
            sees = seesLinked;
        else if (i == ZoekFixture::assignedVertrouwelijk)
            sees = seesAssigned;
        QCOMPARE(c.verborgen, !sees);
        if (sees) {
            QCOMPARE(c.klantcontact.onderwerp, ZoekFixture::onderwerp(i));
            QCOMPARE(c.klantcontact.inhoud, QStringLiteral("Inhoud %1").arg(i));
        } else {
            QVERIFY(c.klantcontact.onderwerp != ZoekFixture::onderwerp(i));
            QVERIFY(c.klantcontact.inhoud.isEmpty());
        }
        // That it happened, when and how stays visible.
        QCOMPARE(c.klantcontact.plaatsgevondenOp, ZoekFixture::contactTime(i));
        QCOMPARE(c.klantcontact.kanaal, ZoekFixture::kanaal(i));
        if (i == ZoekFixture::linkedVertrouwelijk)
            QCOMPARE(c.actoren, QStringList{QStringLiteral("Linda Gekoppeld")});
        ++checked;
    }
    QCOMPARE(checked, ZoekFixture::zwaneveldContacts);

    // load() applies the same rule to its recent contacts.
    const Result<Klantbeeld> beeld = m_service->load(m_fixture.zwaneveld, kijker, 10);
    QVERIFY(beeld.ok());
    const KlantbeeldContact &assigned =
        beeld.value().klantcontacten.at(ZoekFixture::zwaneveldContacts - 1 - ZoekFixture::assignedVertrouwelijk);
    QCOMPARE(assigned.klantcontact.uuid, m_fixture.contact(ZoekFixture::assignedVertrouwelijk));
    QCOMPARE(assigned.verborgen, !seesAssigned);
}

void TestKlantbeeld::historyModelLazy()
{
    KlantbeeldContactModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    model.setPartij(m_fixture.zwaneveld, viewer(m_fixture.otherActor));
    QCOMPARE(model.rowCount(), KlantbeeldContactModel::firstPageSize);
    QCOMPARE(model.totalCount(), qint64(ZoekFixture::zwaneveldContacts));
    QCOMPARE(model.index(0, KlantbeeldContactModel::OnderwerpColumn).data().toString(), ZoekFixture::onderwerp(59));
    QCOMPARE(model.index(0, KlantbeeldContactModel::KanaalColumn).data().toString(), ZoekFixture::kanaal(59));
    QCOMPARE(model.index(0, KlantbeeldContactModel::DatumColumn).data(RawValueRole).toDateTime(),
             ZoekFixture::contactTime(59));
    // Row 4 is contact 55: vertrouwelijk, hidden from this viewer, with the padlock state.
    const QModelIndex hidden = model.index(4, KlantbeeldContactModel::OnderwerpColumn);
    QCOMPARE(hidden.data().toString(), QStringLiteral("Confidential"));
    QVERIFY(RowState::fromInt(hidden.data(RowStateRole).toInt()).testFlag(RowStateFlag::Vertrouwelijk));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ZoekFixture::zwaneveldContacts);
    QVERIFY(model.atEnd());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(59, KlantbeeldContactModel::OnderwerpColumn).data().toString(), ZoekFixture::onderwerp(0));

    KlantbeeldContactFilter filter;
    filter.kanaal = QStringLiteral("email");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalCount(), qint64(20));
    QCOMPARE(model.rowCount(), 20);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, KlantbeeldContactModel::KanaalColumn).data().toString(), QStringLiteral("email"));
    model.setFilter(filter); // unchanged: no reset
    QCOMPARE(reset.count(), 1);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestKlantbeeld::unknownPartij()
{
    const Result<Klantbeeld> loaded = m_service->load(ZoekFixture::uuid(999999), viewer(m_fixture.otherActor));
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestKlantbeeld)
#include "tst_klantbeeld.moc"
