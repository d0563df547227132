// The BRP client's requests against the REAL contract: Prism serving Haal Centraal BRP Personen
// bevragen (resources/reference/brp-personen-openapi.yaml) on loopback with --errors. Prism does not
// follow the `type` discriminator of PersonenQuery, so this checks the base query only (type and
// fields present, fields of the Field pattern, the content type); the subschema of each type is
// checked by tests/tools/brp_fixture.py (tst_sync_brp).
#include "tests/sync/loopbackprocess.h"

#include "sync/brp/brpverzoek.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace kcc;
using namespace kcc::sync;

namespace {

const QString basePath = QStringLiteral("/haalcentraal/api/brp");

struct Answer
{
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestSyncBrpPrism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientBodiesPassTheBaseQuery_data();
    void clientBodiesPassTheBaseQuery();
    void prismDoesCheckTheBaseQuery();

private:
    Answer post(const QByteArray &body);

    QTemporaryDir m_dir;
    LoopbackProcess m_prism;
    QNetworkAccessManager m_network;
};

void TestSyncBrpPrism::initTestCase()
{
    const QString prism = qEnvironmentVariable("KCC_PRISM");
    if (prism.isEmpty() || !QFile::exists(prism))
        QFAIL("KCC_PRISM does not name the prism executable (the ctest fixture sync_prism_install installs it).");
    const QString spec = m_dir.filePath(QStringLiteral("brp-personen.yaml"));
    QVERIFY(writePrefixedSpec(QStringLiteral(KCC_SOURCE_DIR "/resources/reference/brp-personen-openapi.yaml"), spec,
                              basePath));
    const quint16 port = LoopbackProcess::freePort();
    QVERIFY2(m_prism.start(prism,
                           {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(port), QStringLiteral("--errors"), spec},
                           QRegularExpression(QStringLiteral("Prism is listening")), 90000),
             qPrintable(m_prism.output()));
    m_prism.setPort(port);
}

Answer TestSyncBrpPrism::post(const QByteArray &body)
{
    // The same headers as BrpClient sends.
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2/personen").arg(m_prism.port()).arg(basePath)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    request.setRawHeader("Accept", "application/json; charset=utf-8, application/problem+json");
    request.setRawHeader("X-API-KEY", "prism-ignores-it");
    QNetworkReply *reply = m_network.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return answer;
}

void TestSyncBrpPrism::clientBodiesPassTheBaseQuery_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("RaadpleegMetBurgerservicenummer")
        << BrpVerzoek::body(BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    QTest::newRow("ZoekMetGeslachtsnaamEnGeboortedatum")
        << BrpVerzoek::body(BrpZoekvraag::metNaam(QStringLiteral("Vries"), QDate(1980, 5, 17), QStringLiteral("de")));
}

void TestSyncBrpPrism::clientBodiesPassTheBaseQuery()
{
    QFETCH(QJsonObject, body);
    const Answer answer = post(QJsonDocument(body).toJson(QJsonDocument::Compact));
    // With --errors Prism also validates its own made-up answer; a 500 whose violations are all in
    // the response still means the request was valid.
    const QJsonArray violations = answer.body.value(u"validation").toArray();
    const bool onlyResponse =
        answer.status == 500 && !violations.isEmpty() &&
        std::all_of(violations.cbegin(), violations.cend(), [](const QJsonValue &v) {
            return v.toObject().value(u"location").toArray().first().toString() == QLatin1String("response");
        });
    QVERIFY2(answer.status == 200 || onlyResponse,
             qPrintable(QStringLiteral("HTTP %1: %2")
                            .arg(answer.status)
                            .arg(QString::fromUtf8(QJsonDocument(answer.body).toJson(QJsonDocument::Compact)))));
}

void TestSyncBrpPrism::prismDoesCheckTheBaseQuery()
{
    // The control: without `fields`, or with a field outside the Field pattern, Prism refuses,
    // so the passes above are not Prism accepting anything.
    QJsonObject body = BrpVerzoek::body(BrpZoekvraag::metBsn(QStringLiteral("999990007")));
    body.remove(QStringLiteral("fields"));
    Answer answer = post(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(answer.status >= 400 && answer.status < 500, qPrintable(QString::number(answer.status)));
    body.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("naam/voornamen")});
    answer = post(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(answer.status >= 400 && answer.status < 500, qPrintable(QString::number(answer.status)));
}

QTEST_GUILESS_MAIN(TestSyncBrpPrism)
#include "tst_sync_brp_prism.moc"
