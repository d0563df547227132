// Which search texts the Zoeken tab may ask Open Klant about (issue 14, item 3): only values the
// server's exact filters can match - a valid BSN, a KvK-nummer, a complete e-mail address or phone
// number (normalised as the server stores it) - never a prefix or a name.
#include "model/sync/serverlookup.h"

#include <QtTest>

using namespace kcc;

class TestServerLookup : public QObject
{
    Q_OBJECT

private slots:
    void requestFor_data();
    void requestFor();
};

void TestServerLookup::requestFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<ServerLookup::Kind>("kind");
    QTest::addColumn<QString>("value");
    using K = ServerLookup::Kind;
    QTest::newRow("bsn") << QStringLiteral(" 296648875 ") << true << K::Bsn << QStringLiteral("296648875");
    QTest::newRow("nine digits failing the 11-proef") << QStringLiteral("296648876") << false << K::Bsn << QString();
    QTest::newRow("kvk") << QStringLiteral("69599084") << true << K::KvkNummer << QStringLiteral("69599084");
    QTest::newRow("e-mail") << QStringLiteral("anneke@example.nl") << true << K::Email
                            << QStringLiteral("anneke@example.nl");
    QTest::newRow("half an e-mail address") << QStringLiteral("anneke@exa") << false << K::Email << QString();
    QTest::newRow("phone, written with a dash")
        << QStringLiteral("06-12345678") << true << K::Telefoonnummer << QStringLiteral("0612345678");
    QTest::newRow("phone, international")
        << QStringLiteral("+31 6 12345678") << true << K::Telefoonnummer << QStringLiteral("+31612345678");
    QTest::newRow("start of a phone number") << QStringLiteral("06123") << false << K::Bsn << QString();
    QTest::newRow("name") << QStringLiteral("Jansen") << false << K::Bsn << QString();
    QTest::newRow("postcode") << QStringLiteral("1234 AB") << false << K::Bsn << QString();
    QTest::newRow("empty") << QString() << false << K::Bsn << QString();
}

void TestServerLookup::requestFor()
{
    QFETCH(QString, text);
    QFETCH(bool, asked);
    QFETCH(ServerLookup::Kind, kind);
    QFETCH(QString, value);
    const std::optional<ServerLookup::Request> request = ServerLookup::requestFor(text);
    QCOMPARE(request.has_value(), asked);
    if (asked)
        QCOMPARE(*request, (ServerLookup::Request{kind, value}));
}

QTEST_GUILESS_MAIN(TestServerLookup)
#include "tst_serverlookup.moc"
