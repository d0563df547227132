#include "model/search/searchquery.h"

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
    void namePairKeys_data();
    void namePairKeys();
    void longNamePairKeys();
    void nameWordsText();
    void namePairPrefix_data();
    void namePairPrefix();
    void namePairChoices();
    void everyMatchingNameHasThePrefix_data();
    void everyMatchingNameHasThePrefix();
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
    // An underscore only occurs in addresses; the words may still be a name.
    row("local part with underscore", QStringLiteral("Maria_Jansen"),
        {QStringLiteral("Email:maria_jansen"), QStringLiteral("Naam:maria jansen")});
    row("underscore and digits", QStringLiteral("jan_85"),
        {QStringLiteral("Email:jan_85"), QStringLiteral("Naam:jan 85")});
    row("underscore without letters", QStringLiteral("12_34"), {});
    row("letters and digits", QStringLiteral("PieterBos62"),
        {QStringLiteral("Email:pieterbos62"), QStringLiteral("Naam:pieterbos62")});
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

void TestSearchQuery::namePairKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("two words") << QStringLiteral("Jan Boer")
                               << QStringList{QStringLiteral("jan boer"), QStringLiteral("boe jan")};
    QTest::newRow("voorvoegsel and hyphen left out")
        << QStringLiteral("Jan-Willem de Boer")
        << QStringList{QStringLiteral("jan willem"), QStringLiteral("jan boer"), QStringLiteral("wil jan"),
                       QStringLiteral("wil boer"),   QStringLiteral("boe jan"),  QStringLiteral("boe willem")};
    // A two-letter word is only ever the second half: a typed "os" must also find "Osman".
    QTest::newRow("short word") << QStringLiteral("Ad Os") << QStringList{};
    QTest::newRow("short and long") << QStringLiteral("Kees van Os") << QStringList{QStringLiteral("kee os")};
    QTest::newRow("folded") << QStringLiteral("Ayşe Çelik")
                            << QStringList{QStringLiteral("ays celik"), QStringLiteral("cel ayse")};
    QTest::newRow("same head once") << QStringLiteral("Johanna Johannes Bos")
                                    << QStringList{QStringLiteral("joh johannes"), QStringLiteral("joh bos"),
                                                   QStringLiteral("joh johanna"), QStringLiteral("bos johanna"),
                                                   QStringLiteral("bos johannes")};
    QTest::newRow("one word") << QStringLiteral("Jansen") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

// A long organisation name keeps twelve words (voorvoegsels not counted) in its keys.
void TestSearchQuery::longNamePairKeys()
{
    const QStringList keys = SearchQuery::namePairKeys(
        QStringLiteral("Stichting Vrienden van het Openluchtmuseum De Hoeve Ede Wageningen Bennekom Renkum Oosterbeek "
                       "Arnhem Omstreken Velp Zevenaar"));
    QVERIFY(keys.contains(QStringLiteral("sti velp")));
    QVERIFY(keys.contains(QStringLiteral("vel stichting")));
    QVERIFY(!keys.contains(QStringLiteral("sti zevenaar")));
    QCOMPARE(keys.size(), 12 * 11);
}

void TestSearchQuery::namePairKeys()
{
    QFETCH(QString, name);
    QFETCH(QStringList, keys);
    QCOMPARE(SearchQuery::namePairKeys(name), keys);
}

void TestSearchQuery::nameWordsText()
{
    QCOMPARE(SearchQuery::nameWordsText(QStringLiteral("Jan-Willem de Boer")), QStringLiteral(" jan willem de boer"));
    QCOMPARE(SearchQuery::nameWordsText(QStringLiteral("J. Ðorđević")), QStringLiteral(" j dordevic"));
    QCOMPARE(SearchQuery::nameWordsText(QString()), QString());
}

void TestSearchQuery::namePairPrefix_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("prefix");
    // The first and the last word: the longer one whole, the first letters of the other.
    QTest::newRow("first and surname") << QStringLiteral("Jan de Boer") << QStringLiteral("jan boer");
    QTest::newRow("middle name left to the check")
        << QStringLiteral("Noor Maria van Beek") << QStringLiteral("noo beek");
    QTest::newRow("double first name") << QStringLiteral("Anne-Marie van 't Hof") << QStringLiteral("hof anne");
    QTest::newRow("short first word") << QStringLiteral("Ad Os Willemsen") << QStringLiteral("wil ad");
    QTest::newRow("short first and last word") << QStringLiteral("Ad Willemsen Os") << QStringLiteral("wil ad");
    QTest::newRow("surname first") << QStringLiteral("Vries, Sanne") << QStringLiteral("vri sanne");
    QTest::newRow("prefixes") << QStringLiteral("san vri") << QStringLiteral("san vri");
    QTest::newRow("short word as second half") << QStringLiteral("os hof") << QStringLiteral("hof os");
    QTest::newRow("hyphenated surname") << QStringLiteral("Willemsen-Smits") << QStringLiteral("smi willemsen");
    QTest::newRow("one word and voorvoegsels") << QStringLiteral("van den berg") << QString();
    QTest::newRow("one word") << QStringLiteral("jansen") << QString();
    QTest::newRow("only short words") << QStringLiteral("jo bo") << QString();
    QTest::newRow("not a name") << QStringLiteral("0612345678") << QString();
}

void TestSearchQuery::namePairPrefix()
{
    QFETCH(QString, input);
    QFETCH(QString, prefix);
    QCOMPARE(SearchQuery::classify(input).namePairPrefix(), prefix);
}

void TestSearchQuery::namePairChoices()
{
    auto prefixes = [](const QString &typed) {
        QStringList result;
        for (const SearchQuery::PairChoice &choice : SearchQuery::classify(typed).namePairChoices())
            result << choice.prefix;
        return result;
    };
    QCOMPARE(prefixes(QStringLiteral("Mark de Haan")),
             (QStringList{QStringLiteral("mar haan"), QStringLiteral("haa mark")}));
    // First, last and longest word; the default first.
    QCOMPARE(prefixes(QStringLiteral("Jan Gerardus Broek")),
             (QStringList{QStringLiteral("jan broek"), QStringLiteral("jan gerardus"), QStringLiteral("bro jan"),
                          QStringLiteral("bro gerardus"), QStringLiteral("ger jan"), QStringLiteral("ger broek")}));
    QCOMPARE(prefixes(QStringLiteral("os hof")), QStringList{QStringLiteral("hof os")});
    QVERIFY(prefixes(QStringLiteral("jansen")).isEmpty());
    const SearchQuery::PairChoice choice =
        SearchQuery::classify(QStringLiteral("Mark de Haan")).namePairChoices().at(1);
    QCOMPARE(choice.head, QStringLiteral("haa"));
    QCOMPARE(choice.second, QStringLiteral("mark"));
}

// The property the name search rests on: every name that has each typed word as a word prefix
// (on different words) has a key that starts with the query's prefix.
void TestSearchQuery::everyMatchingNameHasThePrefix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typed");
    QTest::newRow("whole words") << QStringLiteral("Jan van den Berg") << QStringLiteral("jan berg");
    QTest::newRow("prefixes") << QStringLiteral("Johannes Boersma") << QStringLiteral("joh boer");
    QTest::newRow("reversed") << QStringLiteral("Johannes Boersma") << QStringLiteral("boersma, joh");
    QTest::newRow("three words") << QStringLiteral("Anne-Marie Peeters-Hermans") << QStringLiteral("anne herm pee");
    QTest::newRow("short second") << QStringLiteral("Kees Osman") << QStringLiteral("kees os");
    QTest::newRow("diacritics") << QStringLiteral("Zoë Çelik") << QStringLiteral("ZOE celik");
    QTest::newRow("organisation") << QStringLiteral("Bakkerij De Gouden Korenaar") << QStringLiteral("gouden kor");
}

void TestSearchQuery::everyMatchingNameHasThePrefix()
{
    QFETCH(QString, name);
    QFETCH(QString, typed);
    const QString prefix = SearchQuery::classify(typed).namePairPrefix();
    QVERIFY(!prefix.isEmpty());
    const QStringList keys = SearchQuery::namePairKeys(name);
    QVERIFY2(std::any_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return key.startsWith(prefix); }),
             qPrintable(prefix % QLatin1String(" in ") % keys.join(QLatin1Char(','))));
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
