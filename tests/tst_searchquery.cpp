#include "model/searchquery.h"

#include <QTest>

#include <algorithm>

using namespace kcc;

namespace {

QString kindName(SearchQuery::Kind kind)
{
    switch (kind) {
    case SearchQuery::Kind::Bsn:
        return QStringLiteral("Bsn");
    case SearchQuery::Kind::Rsin:
        return QStringLiteral("Rsin");
    case SearchQuery::Kind::KvkNummer:
        return QStringLiteral("Kvk");
    case SearchQuery::Kind::Vestigingsnummer:
        return QStringLiteral("Vestiging");
    case SearchQuery::Kind::Nummer:
        return QStringLiteral("Nummer");
    case SearchQuery::Kind::Telefoonnummer:
        return QStringLiteral("Tel");
    case SearchQuery::Kind::Email:
        return QStringLiteral("Email");
    case SearchQuery::Kind::EmailDomein:
        return QStringLiteral("Domein");
    case SearchQuery::Kind::Postcode:
        return QStringLiteral("Postcode");
    case SearchQuery::Kind::Naam:
        return QStringLiteral("Naam");
    }
    return {};
}

// "Kind:value", "Postcode:1234 AB#12", "Postcode:1234*": compact and readable in a failure message.
QStringList describe(const SearchQuery &query)
{
    QStringList result;
    for (const SearchQuery::Interpretation &interpretation : query.interpretations()) {
        QString text = kindName(interpretation.kind) % QLatin1Char(':') % interpretation.value;
        if (interpretation.huisnummer)
            text += QLatin1Char('#') % QString::number(*interpretation.huisnummer);
        if (interpretation.prefix)
            text += QLatin1Char('*');
        result << text;
    }
    std::sort(result.begin(), result.end());
    return result;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void garbageNeverLeaksSyntax_data();
    void garbageNeverLeaksSyntax();
    void foldName_data();
    void foldName();
    void phoneKey_data();
    void phoneKey();
    void voorvoegsels();
};

void TestSearchQuery::classify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const QString &input, const QStringList &expected) {
        QTest::newRow(name) << input << expected;
    };
    // Identifiers; a valid 9-digit number can be a BSN or an RSIN, and every short digit string
    // is also a partij/klantcontact nummer and the start of a phone number.
    row("bsn", QStringLiteral("296648875"),
        {QStringLiteral("Bsn:296648875"), QStringLiteral("Rsin:296648875"), QStringLiteral("Nummer:296648875"),
         QStringLiteral("Tel:0296648875")});
    row("bsn with spaces", QStringLiteral("2966 48 875"),
        {QStringLiteral("Bsn:296648875"), QStringLiteral("Rsin:296648875"), QStringLiteral("Tel:0296648875")});
    row("nine digits failing the 11-proef", QStringLiteral("123456789"),
        {QStringLiteral("Nummer:123456789"), QStringLiteral("Tel:0123456789")});
    row("all zeros is no bsn", QStringLiteral("000000000"),
        {QStringLiteral("Nummer:000000000"), QStringLiteral("Tel:000000000")});
    row("kvk", QStringLiteral("12345678"),
        {QStringLiteral("Kvk:12345678"), QStringLiteral("Nummer:12345678"), QStringLiteral("Tel:012345678")});
    row("vestigingsnummer", QStringLiteral("000012345678"),
        {QStringLiteral("Vestiging:000012345678"), QStringLiteral("Tel:000012345678")});
    row("short number", QStringLiteral("42"), {QStringLiteral("Nummer:42")});
    row("three digits", QStringLiteral("061"), {QStringLiteral("Nummer:061")});
    row("four digits", QStringLiteral("1234"),
        {QStringLiteral("Nummer:1234"), QStringLiteral("Tel:01234"), QStringLiteral("Postcode:1234*")});
    row("phone prefix", QStringLiteral("0612"), {QStringLiteral("Nummer:0612"), QStringLiteral("Tel:0612")});
    // Phone notations all meet in one key.
    row("mobile with dash", QStringLiteral("06-12345678"), {QStringLiteral("Tel:0612345678")});
    row("international", QStringLiteral("+31 6 1234 5678"), {QStringLiteral("Tel:0612345678")});
    row("0031", QStringLiteral("0031 6 12345678"), {QStringLiteral("Tel:0612345678")});
    row("trunk zero in parentheses", QStringLiteral("+31 (0)6 12345678"), {QStringLiteral("Tel:0612345678")});
    row("area code in parentheses", QStringLiteral("(020) 123 4567"), {QStringLiteral("Tel:0201234567")});
    row("foreign", QStringLiteral("+49 30 1234567"), {QStringLiteral("Tel:0049301234567")});
    row("partial international", QStringLiteral("+31 6 12"), {QStringLiteral("Tel:0612")});
    // Postcodes.
    row("postcode and huisnummer", QStringLiteral("1234ab 12"), {QStringLiteral("Postcode:1234 AB#12")});
    row("postcode with space", QStringLiteral("1234 AB"), {QStringLiteral("Postcode:1234 AB")});
    row("postcode glued to huisnummer", QStringLiteral("1234AB12"), {QStringLiteral("Postcode:1234 AB#12")});
    row("postcode with toevoeging", QStringLiteral("1234 ab 12-a"), {QStringLiteral("Postcode:1234 AB#12")});
    // E-mail.
    row("e-mail", QStringLiteral("Jan@Example.NL"), {QStringLiteral("Email:jan@example.nl")});
    row("e-mail start", QStringLiteral("jan.jansen@"), {QStringLiteral("Email:jan.jansen@")});
    row("domain with at", QStringLiteral("@gemeente.nl"), {QStringLiteral("Domein:gemeente.nl")});
    row("domain fragment", QStringLiteral("gmail.com"),
        {QStringLiteral("Email:gmail.com"), QStringLiteral("Domein:gmail.com"), QStringLiteral("Naam:gmail com")});
    // Names.
    row("voorvoegsel", QStringLiteral("van den Berg"), {QStringLiteral("Naam:van den berg")});
    row("surname first", QStringLiteral("Berg, van den"), {QStringLiteral("Naam:berg van den")});
    row("umlaut", QStringLiteral("Müller"), {QStringLiteral("Naam:muller")});
    row("cedilla", QStringLiteral("Çelik"), {QStringLiteral("Naam:celik")});
    row("d with stroke", QStringLiteral("Ðorđević"), {QStringLiteral("Naam:dordevic")});
    row("sharp s", QStringLiteral("Straße"), {QStringLiteral("Naam:strasse")});
    row("initial dropped", QStringLiteral("J. de Vries"), {QStringLiteral("Naam:de vries")});
    row("apostrophe", QStringLiteral("O'Brien"), {QStringLiteral("Naam:brien")});
    row("organisation with digits", QStringLiteral("3M Nederland"), {QStringLiteral("Naam:3m nederland")});
    row("duplicate words", QStringLiteral("jan jan"), {QStringLiteral("Naam:jan")});
    // Nothing to search.
    row("empty", QString(), {});
    row("blank", QStringLiteral("   \t "), {});
    row("one letter", QStringLiteral("a"), {});
    row("only punctuation", QStringLiteral("!!! ??? ..."), {});
}

void TestSearchQuery::classify()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    const SearchQuery query = SearchQuery::classify(input);
    QCOMPARE(describe(query), sorted(expected));
    QCOMPARE(query.isEmpty(), expected.isEmpty());
    QCOMPARE(query.text(), input.left(SearchQuery::maxInputLength));
}

void TestSearchQuery::garbageNeverLeaksSyntax_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE partij; --")
                                   << QStringList{QStringLiteral("drop"), QStringLiteral("table"),
                                                  QStringLiteral("partij")};
    QTest::newRow("fts operators") << QStringLiteral("\"a\" OR b*") << QStringList{QStringLiteral("or")};
    QTest::newRow("near") << QStringLiteral("NEAR(") << QStringList{QStringLiteral("near")};
    QTest::newRow("column filter") << QStringLiteral("achternaam:jansen^")
                                   << QStringList{QStringLiteral("achternaam"), QStringLiteral("jansen")};
    QTest::newRow("10000 characters") << QString(10000, QLatin1Char('x')) << QStringList{QString(50, QLatin1Char('x'))};
    QStringList many;
    QString manyWords;
    for (int i = 0; i < 20; ++i) {
        const QString word = QStringLiteral("w%1x").arg(i);
        manyWords += word % QLatin1Char(' ');
        if (i < SearchQuery::maxNameTokens)
            many << word;
    }
    QTest::newRow("many words") << manyWords << many;
}

void TestSearchQuery::garbageNeverLeaksSyntax()
{
    QFETCH(QString, input);
    QFETCH(QStringList, tokens);
    const SearchQuery query = SearchQuery::classify(input);
    QCOMPARE(query.nameTokens(), tokens);
    for (const QString &token : query.nameTokens()) {
        for (QChar ch : token)
            QVERIFY2(ch.isLetterOrNumber(), qPrintable(token));
    }
}

void TestSearchQuery::foldName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("acute") << QStringLiteral("Sánchez Pérez") << QStringLiteral("sanchez perez");
    QTest::newRow("eth and stroke") << QStringLiteral("Ðorđević") << QStringLiteral("dordevic");
    QTest::newRow("d with stroke capital") << QStringLiteral("Đorđe") << QStringLiteral("dorde");
    QTest::newRow("o slash") << QStringLiteral("Søren Øster") << QStringLiteral("soren oster");
    QTest::newRow("l stroke") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
    QTest::newRow("dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz");
    QTest::newRow("ij ligature") << QStringLiteral("Ĳsselmeer") << QStringLiteral("ijsselmeer");
    QTest::newRow("ascii") << QStringLiteral("Jansen") << QStringLiteral("jansen");
}

void TestSearchQuery::foldName()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(SearchQuery::foldName(input), folded);
}

void TestSearchQuery::phoneKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::newRow("national") << QStringLiteral("0612345678") << QStringLiteral("0612345678");
    QTest::newRow("plus 31") << QStringLiteral("+31612345678") << QStringLiteral("0612345678");
    QTest::newRow("0031") << QStringLiteral("0031612345678") << QStringLiteral("0612345678");
    QTest::newRow("plus 31 with trunk zero") << QStringLiteral("+31 06 12345678") << QStringLiteral("0612345678");
    QTest::newRow("foreign plus") << QStringLiteral("+32 2 123 45 67") << QStringLiteral("003221234567");
    QTest::newRow("foreign 00") << QStringLiteral("0032 2 1234567") << QStringLiteral("003221234567");
    QTest::newRow("letters") << QStringLiteral("06-abc") << QString();
    QTest::newRow("plus in the middle") << QStringLiteral("06+12") << QString();
    QTest::newRow("only separators") << QStringLiteral("--") << QString();
}

void TestSearchQuery::phoneKey()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QCOMPARE(SearchQuery::phoneKey(input), key);
}

void TestSearchQuery::voorvoegsels()
{
    QVERIFY(SearchQuery::isVoorvoegsel(QStringLiteral("van")));
    QVERIFY(SearchQuery::isVoorvoegsel(QStringLiteral("der")));
    QVERIFY(!SearchQuery::isVoorvoegsel(QStringLiteral("berg")));
    QVERIFY(!SearchQuery::isVoorvoegsel(QStringLiteral("vander")));
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
