// The BRP look-up's client against a loopback stand-in of Haal Centraal BRP Personen bevragen
// (tests/tools/brp_fixture.py), which validates every request against the subschema its `type`
// selects and answers only the fields asked for: each test person as the desk receives it, the
// spec's error bodies as the medewerker reads them, and the verwerkingenlog written before any
// person is handed on.
#include "tests/sync/loopbackprocess.h"

#include "model/brp/gelogdebrppersonen.h"
#include "model/privacy/pseudoniemen.h"
#include "storage/db/sqlservices.h"
#include "sync/brp/brpclient.h"
#include "sync/brp/brpverzoek.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::sync;

namespace {

const QByteArray apiKey = "brp-test-key-0123456789";
const BrpInstellingen::Header doelbinding{QStringLiteral("x-doelbinding"), QStringLiteral("KCC-klantcontact")};

// A look-up that answers through a handler, waited for.
Result<QList<BrpPersoon>> zoekEnWacht(BrpPersonen &brp, const BrpZoekvraag &vraag)
{
    std::optional<Result<QList<BrpPersoon>>> answer;
    brp.zoek(vraag, [&](const Result<QList<BrpPersoon>> &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return Error{QStringLiteral("no answer within 20 s"), {}};
    return *answer;
}

// A log that cannot be written (a full disk, a read-only table).
class KapotLog final : public VerwerkingenLog
{
public:
    Result<QUuid> log(const Verwerking &, const LogActie &) override
    {
        ++pogingen;
        return Error{QStringLiteral("database or disk is full"), {}};
    }
    int pogingen = 0;
};

} // namespace

class TestSyncBrp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void normalAdultByBsnAsksOnlyWhatTheDeskShows();
    void byGeslachtsnaamEnGeboortedatum();
    void geheimhoudingGivesNoAddress();
    void deceasedIsMarkedByEitherQuery();
    void inOnderzoekIsMarked();
    void livingAbroadIsMarked();
    void tooManyResultsIsExplained();
    void noResultIsAnEmptyList();
    void badQuestionIsNeverSent();
    void keyAndDoelbindingErrorsAreExplained();
    void keyFileReadableByOthersIsRefused();
    void unreachableGatewayIsExplained();
    void lookUpIsLoggedBeforeItIsHandedOn();
    void failingLogHandsOnNothing();

private:
    BrpInstellingen instellingen() const;
    QJsonArray requests();
    QJsonObject lastRequest() { return requests().last().toObject(); }

    QTemporaryDir m_dir;
    LoopbackProcess m_fixture;
    QString m_keyFile;
    BrpInstellingen m_instellingen;
    std::unique_ptr<BrpClient> m_client;
};

void TestSyncBrp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = m_dir.filePath(QStringLiteral("brp.key"));
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(apiKey + '\n');
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY2(m_fixture.start(QStringLiteral("python3"),
                             {QStringLiteral(KCC_SOURCE_DIR "/tests/tools/brp_fixture.py"), QString::fromLatin1(apiKey),
                              QStringLiteral("--require-header"), doelbinding.first + u'=' + doelbinding.second},
                             QRegularExpression(QStringLiteral("PORT (\\d+)")), 20000),
             qPrintable(m_fixture.output()));
}

void TestSyncBrp::init()
{
    m_instellingen = instellingen();
    m_client = std::make_unique<BrpClient>([this] { return m_instellingen; });
}

BrpInstellingen TestSyncBrp::instellingen() const
{
    BrpInstellingen result;
    result.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/haalcentraal/api/brp/").arg(m_fixture.port()));
    result.apiKeyFile = m_keyFile;
    result.headers = {doelbinding, {QStringLiteral("x-gebruiker"), QStringLiteral("KCC Werkplek")}};
    result.timeoutSeconds = 5;
    return result;
}

QJsonArray TestSyncBrp::requests()
{
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/_control").arg(m_fixture.port()))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    const QJsonArray result = QJsonDocument::fromJson(reply->readAll()).object().value(u"requests").toArray();
    delete reply;
    return result;
}

void TestSyncBrp::normalAdultByBsnAsksOnlyWhatTheDeskShows()
{
    const auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    const BrpPersoon &jan = found.value().first();
    QCOMPARE(jan.burgerservicenummer, QStringLiteral("999990007"));
    QCOMPARE(jan.volledigeNaam(), QStringLiteral("Jan Pieter de Vries"));
    QCOMPARE(jan.voorletters, QStringLiteral("J.P."));
    QCOMPARE(jan.geboortedatum, QDate(1980, 5, 17));
    QCOMPARE(jan.geboortedatumTekst, QStringLiteral("17 mei 1980"));
    QCOMPARE(jan.geslacht, QStringLiteral("man"));
    QCOMPARE(jan.adresregels, QStringList({QStringLiteral("Laan 12"), QStringLiteral("1234 AB  ONS DORP")}));
    QCOMPARE(jan.land, QStringLiteral("Nederland"));
    QVERIFY(!jan.geheimhouding && !jan.overleden && !jan.woontInBuitenland && jan.inOnderzoek.isEmpty());
    const Contactnaam naam = jan.contactnaam();
    QCOMPARE(naam.voornaam, QStringLiteral("Jan Pieter"));
    QCOMPARE(naam.voorvoegselAchternaam, QStringLiteral("de"));
    QCOMPARE(naam.achternaam, QStringLiteral("Vries"));

    // The request: the narrowest type, only the desk's fields, the key and the doelbinding headers.
    const QJsonObject request = lastRequest();
    QCOMPARE(request.value(u"status").toInt(), 200);
    const QJsonObject body = request.value(u"body").toObject();
    QCOMPARE(body.value(u"type").toString(), QStringLiteral("RaadpleegMetBurgerservicenummer"));
    QCOMPARE(body.value(u"burgerservicenummer").toArray(), QJsonArray{QStringLiteral("999990007")});
    QCOMPARE(body.keys(),
             QStringList({QStringLiteral("burgerservicenummer"), QStringLiteral("fields"), QStringLiteral("type")}));
    QCOMPARE(body.value(u"fields").toArray(), QJsonArray::fromStringList(BrpVerzoek::fields(BrpZoekvraag::Soort::Bsn)));
    const QJsonObject headers = request.value(u"headers").toObject();
    QCOMPARE(headers.value(u"x-api-key").toString(), QString::fromLatin1(apiKey));
    QCOMPARE(headers.value(u"x-doelbinding").toString(), doelbinding.second);
    QCOMPARE(headers.value(u"x-gebruiker").toString(), QStringLiteral("KCC Werkplek"));
    QVERIFY(headers.value(u"content-type").toString().startsWith(QStringLiteral("application/json")));
}

void TestSyncBrp::byGeslachtsnaamEnGeboortedatum()
{
    auto found = zoekEnWacht(*m_client,
                             BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate(1980, 5, 17), QStringLiteral("de")));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().burgerservicenummer, QStringLiteral("999990007"));
    QCOMPARE(found.value().first().adresregels.value(0), QStringLiteral("Laan 12"));
    const QJsonObject body = lastRequest().value(u"body").toObject();
    QCOMPARE(body.value(u"type").toString(), QStringLiteral("ZoekMetGeslachtsnaamEnGeboortedatum"));
    QCOMPARE(body.value(u"geboortedatum").toString(), QStringLiteral("1980-05-17"));
    QCOMPARE(body.value(u"fields").toArray(),
             QJsonArray::fromStringList(BrpVerzoek::fields(BrpZoekvraag::Soort::GeslachtsnaamEnGeboortedatum)));

    // The wildcard after three letters is the spec's; the wrong date finds nobody.
    found = zoekEnWacht(*m_client, BrpZoekvraag::metNaam(QStringLiteral("Vri*"), QDate(1980, 5, 17)));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    found = zoekEnWacht(*m_client, BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate(1980, 5, 18)));
    QVERIFY2(found, qPrintable(found.error().message));
    QVERIFY(found.value().isEmpty());
}

void TestSyncBrp::geheimhoudingGivesNoAddress()
{
    for (const BrpZoekvraag &vraag : {BrpZoekvraag::metBsn(QStringLiteral("999990019")),
                                      BrpZoekvraag::metNaam(QStringLiteral("Bakker"), QDate(1975, 3, 2))}) {
        const auto found = zoekEnWacht(*m_client, vraag);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found.value().size(), 1);
        const BrpPersoon &sanne = found.value().first();
        QVERIFY(sanne.geheimhouding);
        QCOMPARE(sanne.volledigeNaam(), QStringLiteral("Sanne Bakker"));
        // The fixture did send her address (it is in the answer); the client keeps none of it.
        QCOMPARE(lastRequest().value(u"status").toInt(), 200);
        QVERIFY(sanne.adresregels.isEmpty());
        QVERIFY(sanne.land.isEmpty());
        QVERIFY(!sanne.woontInBuitenland);
    }
}

void TestSyncBrp::deceasedIsMarkedByEitherQuery()
{
    auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990020")));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    QVERIFY(found.value().first().overleden);
    QCOMPARE(found.value().first().overlijdensdatumTekst, QStringLiteral("3 november 2024"));
    // A PersoonBeperkt has no overlijden: the suspended registration (reden O) says it; the
    // client asks for deceased persons too, so that a wrongly registered death shows.
    found = zoekEnWacht(*m_client, BrpZoekvraag::metNaam(QStringLiteral("Jansen"), QDate(1940, 2, 2)));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    QVERIFY(found.value().first().overleden);
    QCOMPARE(lastRequest().value(u"body").toObject().value(u"inclusiefOverledenPersonen").toBool(), true);
}

void TestSyncBrp::inOnderzoekIsMarked()
{
    const auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990032")));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().inOnderzoek, QStringList({QStringLiteral("persoon"), QStringLiteral("adres")}));
}

void TestSyncBrp::livingAbroadIsMarked()
{
    const auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990044")));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);
    QVERIFY(found.value().first().woontInBuitenland);
    QCOMPARE(found.value().first().land, QStringLiteral("België"));
    QVERIFY(!found.value().first().overleden);
}

void TestSyncBrp::tooManyResultsIsExplained()
{
    // Twelve residents of one address share a name and the date given for an unknown birthday.
    const auto found = zoekEnWacht(*m_client, BrpZoekvraag::metNaam(QStringLiteral("Haddad"), QDate(2000, 1, 1)));
    QVERIFY(!found);
    QCOMPARE(lastRequest().value(u"status").toInt(), 400);
    QVERIFY2(found.error().message.contains(QStringLiteral("too many persons")), qPrintable(found.error().message));
}

void TestSyncBrp::noResultIsAnEmptyList()
{
    const auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("111222333")));
    QVERIFY2(found, qPrintable(found.error().message));
    QVERIFY(found.value().isEmpty());
}

void TestSyncBrp::badQuestionIsNeverSent()
{
    const qsizetype before = requests().size();
    auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("123456789")));
    QVERIFY(!found);
    found = zoekEnWacht(*m_client, BrpZoekvraag::metNaam(QStringLiteral("Va*"), QDate(1980, 1, 1)));
    QVERIFY(!found);
    found = zoekEnWacht(*m_client, BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate()));
    QVERIFY(!found);
    QCOMPARE(requests().size(), before);
}

void TestSyncBrp::keyAndDoelbindingErrorsAreExplained()
{
    // No key in the header the gateway reads: 401.
    m_instellingen.apiKeyHeader = QStringLiteral("X-Other-Key");
    auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("HTTP 401")), qPrintable(found.error().message));

    // The doelbinding header missing: 403, and the message names what to check.
    m_instellingen = instellingen();
    m_instellingen.headers.clear();
    found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("HTTP 403")) &&
                 found.error().message.contains(QStringLiteral("doelbinding")),
             qPrintable(found.error().message));
}

void TestSyncBrp::keyFileReadableByOthersIsRefused()
{
    const QString open = m_dir.filePath(QStringLiteral("open.key"));
    QFile key(open);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(apiKey);
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    m_instellingen.apiKeyFile = open;
    const qsizetype before = requests().size();
    auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("chmod 600")), qPrintable(found.error().message));
    m_instellingen.apiKeyFile = m_dir.filePath(QStringLiteral("missing.key"));
    found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QVERIFY(!found);
    QCOMPARE(requests().size(), before);
}

void TestSyncBrp::unreachableGatewayIsExplained()
{
    m_instellingen.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/brp").arg(LoopbackProcess::freePort()));
    const auto found = zoekEnWacht(*m_client, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("could not be reached")), qPrintable(found.error().message));
}

void TestSyncBrp::lookUpIsLoggedBeforeItIsHandedOn()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    storage::SqlServices services(db.database());
    GelogdeBrpPersonen brp(*m_client, services.verwerkingenLog(), services.huidigeVerwerking());
    const auto found = zoekEnWacht(brp, BrpZoekvraag::metBsn(QStringLiteral("999990019")));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found.value().size(), 1);

    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT a.actie_naam, a.handeling_naam, a.vertrouwelijkheid, o.betrokkenheid,"
                                      " o.soort_object_id, o.pseudoniem FROM verwerkingsactie a"
                                      " JOIN verwerkt_object o ON o.actie = a.rij")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("BRP raadplegen"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Klant identificeren"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("vertrouwelijk")); // she has geheimhouding
    QCOMPARE(query.value(3).toString(), PersoonsVerwerkingen::geraadpleegdInBrp());
    QCOMPARE(query.value(4).toString(), QStringLiteral("BSN"));
    // Pseudonymised: the log holds no BSN, only its keyed hash (64 hex characters).
    QCOMPARE(query.value(5).toString().size(), 64);
    QVERIFY(query.value(5).toString() != QStringLiteral("999990019"));
    QVERIFY(!query.next());

    // Nobody found: nothing about anyone is shown, and nothing is logged.
    const auto none = zoekEnWacht(brp, BrpZoekvraag::metBsn(QStringLiteral("111222333")));
    QVERIFY2(none, qPrintable(none.error().message));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM verwerkingsactie")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSyncBrp::failingLogHandsOnNothing()
{
    KapotLog log;
    HuidigeVerwerking verwerking;
    GelogdeBrpPersonen brp(*m_client, log, verwerking);
    const auto found = zoekEnWacht(brp, BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QCOMPARE(log.pogingen, 1);
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("verwerkingenlog")), qPrintable(found.error().message));
    QVERIFY(found.error().message.contains(QStringLiteral("database or disk is full")));
}

QTEST_GUILESS_MAIN(TestSyncBrp)
#include "tst_sync_brp.moc"
