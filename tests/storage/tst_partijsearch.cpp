#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/search/searchquery.h"
#include "storage/db/database.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/search/partijsearch.h"
#include "storage/search/searchindex.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kcc;
using namespace kcc::storage;

namespace {

// Fixed uuids so that failures name the partij.
const QUuid mullerId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000001}"));
const QUuid vanDenBergId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000002}"));
const QUuid bergId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000003}"));
const QUuid bergenId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000004}"));
const QUuid celikId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000005}"));
const QUuid dordevicId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000006}"));
const QUuid bakkerId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000007}"));
const QUuid bakkerijId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000008}"));
const QUuid deVriesId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000009}"));
const QUuid jansenId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-00000000000a}"));

QString nameOf(const QUuid &id)
{
    static const QHash<QUuid, QString> names = {
        {mullerId, QStringLiteral("muller")},   {vanDenBergId, QStringLiteral("vanDenBerg")},
        {bergId, QStringLiteral("berg")},       {bergenId, QStringLiteral("bergen")},
        {celikId, QStringLiteral("celik")},     {dordevicId, QStringLiteral("dordevic")},
        {bakkerId, QStringLiteral("bakker")},   {bakkerijId, QStringLiteral("bakkerij")},
        {deVriesId, QStringLiteral("deVries")}, {jansenId, QStringLiteral("jansen")},
    };
    return names.value(id, id.toString(QUuid::WithoutBraces));
}

QStringList namesOf(const QList<SearchHit> &hits)
{
    QStringList names;
    for (const SearchHit &hit : hits)
        names << nameOf(hit.uuid);
    return names;
}

Partij persoon(const QUuid &id, const QString &voornaam, const QString &voorvoegsel, const QString &achternaam)
{
    Partij partij;
    partij.uuid = id;
    partij.soortPartij = SoortPartij::Persoon;
    partij.indicatieActief = true;
    partij.contactnaam = Contactnaam{QString(), voornaam, voorvoegsel, achternaam};
    return partij;
}

Adres adres(const QString &postcode, int huisnummer)
{
    Adres result;
    result.straatnaam = QStringLiteral("Dorpsstraat");
    result.postcode = postcode;
    result.huisnummer = huisnummer;
    result.stad = QStringLiteral("Utrecht");
    result.land = QStringLiteral("NL");
    return result;
}

DigitaalAdres digitaalAdres(const QString &uuidTail, SoortDigitaalAdres soort, const QString &value)
{
    DigitaalAdres result;
    result.uuid =
        QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-1000000000") % uuidTail % QLatin1Char('}'));
    result.soortDigitaalAdres = soort;
    result.adres = value;
    return result;
}

#define CHECK_OK(result)                                                                                               \
    do {                                                                                                               \
        const auto &checked = (result);                                                                                \
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));                                                   \
    } while (false)

} // namespace

class TestPartijSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migratedToCurrentVersion();
    void findsEachKind_data();
    void findsEachKind();
    void diacritics_data();
    void diacritics();
    void voorvoegsels_data();
    void voorvoegsels();
    void exactSurnameBeforePrefix();
    void wholeSurnameWord();
    void mustNotMatch_data();
    void mustNotMatch();
    void flagsSecretAndInactive();
    void oneOffAddressesMarked_data();
    void oneOffAddressesMarked();
    void pagingWithCursor();
    void hostileInput_data();
    void hostileInput();
    void nameChangesFollowTriggers();
    void rebuildMatchesIncremental();
    void namePairs_data();
    void namePairs();
    void namePairPaging();
    void namePairWholeWordsFirst();
    void namePairNarrowestRange();
    void emailKeysFollowWrites();
    void keyTablesEqualARebuild();
    void hitCopiesFollowPartijChanges();

private:
    void fillFixture();
    // Reads `text` page by page (pageSize hits each, following the cursors) and checks that this
    // gives exactly the `total` hits of one big page, in the same order; `paged` gets them.
    void checkPaging(const QString &text, int pageSize, qsizetype total, QList<QUuid> &paged);
    QList<SearchHit> search(const QString &text, int limit = 50);

    std::unique_ptr<test::TestDatabase> m_db;
};

void TestPartijSearch::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    fillFixture();
}

void TestPartijSearch::cleanup()
{
    m_db.reset();
}

void TestPartijSearch::fillFixture()
{
    Database &database = m_db->database();
    WriteTransaction transaction(database);
    QVERIFY2(transaction.isActive(), qPrintable(transaction.error().message));
    Repository<Partij> partijen(database);
    Repository<PartijIdentificator> identificatoren(database);
    Repository<DigitaalAdres> adressen(database);
    Repository<Klantcontact> klantcontacten(database);
    Repository<Betrokkene> betrokkenen(database);

    Partij muller = persoon(mullerId, QStringLiteral("Anna"), QString(), QStringLiteral("Müller"));
    muller.nummer = QStringLiteral("1001");
    muller.bezoekadres = adres(QStringLiteral("1234 AB"), 12);
    CHECK_OK(partijen.insert(muller));
    Partij vanDenBerg = persoon(vanDenBergId, QStringLiteral("Jan"), QStringLiteral("van den"), QStringLiteral("Berg"));
    vanDenBerg.indicatieGeheimhouding = true;
    CHECK_OK(partijen.insert(vanDenBerg));
    CHECK_OK(partijen.insert(persoon(bergId, QStringLiteral("Piet"), QString(), QStringLiteral("Berg"))));
    CHECK_OK(partijen.insert(persoon(bergenId, QStringLiteral("Karel"), QString(), QStringLiteral("Bergen"))));
    Partij celik = persoon(celikId, QStringLiteral("Ayşe"), QString(), QStringLiteral("Çelik"));
    celik.indicatieActief = false;
    CHECK_OK(partijen.insert(celik));
    CHECK_OK(partijen.insert(persoon(dordevicId, QStringLiteral("Marko"), QString(), QStringLiteral("Ðorđević"))));
    Partij bakker = persoon(bakkerId, QStringLiteral("Kees"), QString(), QStringLiteral("Bakker"));
    bakker.correspondentieadres = adres(QStringLiteral("1234 AB"), 14);
    CHECK_OK(partijen.insert(bakker));
    Partij bakkerij;
    bakkerij.uuid = bakkerijId;
    bakkerij.soortPartij = SoortPartij::Organisatie;
    bakkerij.organisatieNaam = QStringLiteral("Bakkerij De Gouden Korenaar");
    bakkerij.contactnaam.reset();
    CHECK_OK(partijen.insert(bakkerij));
    Partij deVries = persoon(deVriesId, QStringLiteral("Sanne"), QStringLiteral("de"), QStringLiteral("Vries"));
    deVries.soortPartij = SoortPartij::Contactpersoon;
    deVries.werkteVoorPartij = bakkerijId;
    CHECK_OK(partijen.insert(deVries));
    CHECK_OK(partijen.insert(persoon(jansenId, QStringLiteral("Tim"), QString(), QStringLiteral("Jansen"))));

    PartijIdentificator bsn;
    bsn.uuid = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-200000000001}"));
    bsn.identificeerdePartij = mullerId;
    bsn.objectId = QStringLiteral("296648875");
    CHECK_OK(identificatoren.insert(bsn));
    PartijIdentificator kvk;
    kvk.uuid = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-200000000002}"));
    kvk.identificeerdePartij = bakkerijId;
    kvk.codeRegister = CodeRegister::Hr;
    kvk.codeObjecttype = CodeObjecttype::NietNatuurlijkPersoon;
    kvk.codeSoortObjectId = CodeSoortObjectId::KvkNummer;
    kvk.objectId = QStringLiteral("12345678");
    CHECK_OK(identificatoren.insert(kvk));

    DigitaalAdres mobiel =
        digitaalAdres(QStringLiteral("01"), SoortDigitaalAdres::Telefoonnummer, QStringLiteral("0612345678"));
    mobiel.verstrektDoorPartij = mullerId;
    CHECK_OK(adressen.insert(mobiel));
    DigitaalAdres vast =
        digitaalAdres(QStringLiteral("02"), SoortDigitaalAdres::Telefoonnummer, QStringLiteral("+31201234567"));
    vast.verstrektDoorPartij = vanDenBergId;
    CHECK_OK(adressen.insert(vast));
    DigitaalAdres mail =
        digitaalAdres(QStringLiteral("03"), SoortDigitaalAdres::Email, QStringLiteral("Anna.Muller@example.nl"));
    mail.verstrektDoorPartij = mullerId;
    CHECK_OK(adressen.insert(mail));
    DigitaalAdres werkmail =
        digitaalAdres(QStringLiteral("04"), SoortDigitaalAdres::Email, QStringLiteral("s.devries@bakkerij.nl"));
    werkmail.verstrektDoorPartij = deVriesId;
    CHECK_OK(adressen.insert(werkmail));

    Klantcontact contact;
    contact.uuid = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-300000000001}"));
    contact.nummer = QStringLiteral("5001");
    contact.kanaal = QStringLiteral("telefoon");
    contact.onderwerp = QStringLiteral("Afvalpas kwijt");
    contact.plaatsgevondenOp = QDateTime(QDate(2024, 3, 1), QTime(10, 15), Qt::UTC);
    CHECK_OK(klantcontacten.insert(contact));
    Betrokkene betrokkene;
    betrokkene.uuid = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-400000000001}"));
    betrokkene.wasPartij = jansenId;
    betrokkene.hadKlantcontact = contact.uuid;
    CHECK_OK(betrokkenen.insert(betrokkene));
    // Contact details Tim Jansen gave for this one contact only.
    DigitaalAdres eenmaligeMail =
        digitaalAdres(QStringLiteral("05"), SoortDigitaalAdres::Email, QStringLiteral("tim.tijdelijk@voorbeeld.nl"));
    eenmaligeMail.verstrektDoorBetrokkene = betrokkene.uuid;
    CHECK_OK(adressen.insert(eenmaligeMail));
    DigitaalAdres eenmaligNummer =
        digitaalAdres(QStringLiteral("06"), SoortDigitaalAdres::Telefoonnummer, QStringLiteral("0687654321"));
    eenmaligNummer.verstrektDoorBetrokkene = betrokkene.uuid;
    CHECK_OK(adressen.insert(eenmaligNummer));
    DigitaalAdres eenmaligeMail2 =
        digitaalAdres(QStringLiteral("07"), SoortDigitaalAdres::Email, QStringLiteral("Tim_Tijd@voorbeeld.nl"));
    eenmaligeMail2.verstrektDoorBetrokkene = betrokkene.uuid;
    CHECK_OK(adressen.insert(eenmaligeMail2));
    // An unknown caller's one-off address: no partij to find through it.
    Betrokkene onbekende;
    onbekende.uuid = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-400000000002}"));
    onbekende.hadKlantcontact = contact.uuid;
    CHECK_OK(betrokkenen.insert(onbekende));
    DigitaalAdres anoniem =
        digitaalAdres(QStringLiteral("08"), SoortDigitaalAdres::Email, QStringLiteral("iemand.anders@voorbeeld.nl"));
    anoniem.verstrektDoorBetrokkene = onbekende.uuid;
    CHECK_OK(adressen.insert(anoniem));

    CHECK_OK(transaction.commit());
}

QList<SearchHit> TestPartijSearch::search(const QString &text, int limit)
{
    PartijSearch engine(m_db->database());
    const Result<QList<SearchHit>> hits = engine.search(SearchQuery::classify(text), limit);
    if (!hits) {
        qWarning("search failed: %s", qPrintable(hits.error().message));
        return {};
    }
    return hits.value();
}

void TestPartijSearch::migratedToCurrentVersion()
{
    QCOMPARE(m_db->database().schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(Database::currentSchemaVersion() >= 2);
    const Result<bool> suspended = SearchIndex::isSuspended(m_db->database());
    QVERIFY(suspended.ok());
    QVERIFY(!suspended.value());
}

void TestPartijSearch::findsEachKind_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("matched");

    auto row = [](const char *tag, const char *query, const char *first, const char *matched) {
        QTest::newRow(tag) << QString::fromUtf8(query) << QString::fromLatin1(first) << QString::fromUtf8(matched);
    };
    row("bsn", "296648875", "muller", "BSN");
    row("kvk", "12345678", "bakkerij", "Chamber of Commerce number");
    row("partij nummer", "1001", "muller", "partij number 1001");
    row("klantcontact nummer", "5001", "jansen", "klantcontact 5001");
    row("phone with dash", "06-12345678", "muller", "phone number 0612345678");
    row("phone international", "+31 6 1234 5678", "muller", "phone number 0612345678");
    row("phone prefix", "0612", "muller", "phone number 0612345678");
    row("stored international, typed national", "020 123 4567", "vanDenBerg", "phone number +31201234567");
    row("e-mail exact any case", "anna.muller@EXAMPLE.nl", "muller", "e-mail Anna.Muller@example.nl");
    row("e-mail start", "anna.mul", "muller", "e-mail Anna.Muller@example.nl");
    row("e-mail domain", "@bakkerij.nl", "deVries", "e-mail s.devries@bakkerij.nl");
    row("domain fragment", "bakkerij.nl", "deVries", "e-mail s.devries@bakkerij.nl");
    row("postcode and huisnummer", "1234ab 12", "muller", "address 1234 AB 12");
    row("correspondentieadres", "1234 AB 14", "bakker", "address 1234 AB 14");
    row("postcode", "1234 AB", "muller", "postcode 1234 AB");
    row("organisation name", "gouden koren", "bakkerij", "name");
    // Two or more words match the whole name (the name-pair keys); one word is ranked by surname.
    row("contactpersoon", "sanne de vries", "deVries", "name");
    row("contactpersoon surname", "de vries", "deVries", "surname");
    row("e-mail with underscore", "tim_tijd", "jansen", "e-mail Tim_Tijd@voorbeeld.nl (one-off, klantcontact 5001)");
    row("first name", "karel", "bergen", "name");
}

void TestPartijSearch::findsEachKind()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(QString, matched);
    const QList<SearchHit> hits = search(query);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(nameOf(hits.first().uuid), first);
    QCOMPARE(hits.first().matched, matched);
}

void TestPartijSearch::diacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("naam");
    QTest::newRow("muller plain") << QStringLiteral("muller") << QStringLiteral("muller")
                                  << QStringLiteral("Anna Müller");
    QTest::newRow("Müller") << QStringLiteral("Müller") << QStringLiteral("muller") << QStringLiteral("Anna Müller");
    QTest::newRow("MULLER") << QStringLiteral("MULLER") << QStringLiteral("muller") << QStringLiteral("Anna Müller");
    QTest::newRow("celik") << QStringLiteral("celik") << QStringLiteral("celik") << QStringLiteral("Ayşe Çelik");
    QTest::newRow("Çelik") << QStringLiteral("Çelik") << QStringLiteral("celik") << QStringLiteral("Ayşe Çelik");
    QTest::newRow("ayse") << QStringLiteral("ayse") << QStringLiteral("celik") << QStringLiteral("Ayşe Çelik");
    QTest::newRow("dordevic") << QStringLiteral("dordevic") << QStringLiteral("dordevic")
                              << QStringLiteral("Marko Ðorđević");
    QTest::newRow("Đorđević with D stroke")
        << QStringLiteral("Đorđević") << QStringLiteral("dordevic") << QStringLiteral("Marko Ðorđević");
    QTest::newRow("dord prefix") << QStringLiteral("dord") << QStringLiteral("dordevic")
                                 << QStringLiteral("Marko Ðorđević");
}

void TestPartijSearch::diacritics()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(QString, naam);
    const QList<SearchHit> hits = search(query);
    QCOMPARE(namesOf(hits), QStringList{expected});
    QCOMPARE(hits.first().naam, naam);
}

void TestPartijSearch::voorvoegsels_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("full") << QStringLiteral("van den berg") << QStringList{QStringLiteral("vanDenBerg")};
    QTest::newRow("surname first") << QStringLiteral("Berg, van den") << QStringList{QStringLiteral("vanDenBerg")};
    QTest::newRow("with first name") << QStringLiteral("jan van den berg") << QStringList{QStringLiteral("vanDenBerg")};
    QTest::newRow("capitalised") << QStringLiteral("Van Den Berg") << QStringList{QStringLiteral("vanDenBerg")};
    QTest::newRow("contactpersoon") << QStringLiteral("de vries") << QStringList{QStringLiteral("deVries")};
    // Words longer than the FTS prefix indexes are searched by their first four letters and
    // checked whole on each row: Piet Berg has "berg", not "bergen".
    QTest::newRow("two long words") << QStringLiteral("karel bergen") << QStringList{QStringLiteral("bergen")};
    QTest::newRow("long words, diacritics") << QStringLiteral("Anna Müller") << QStringList{QStringLiteral("muller")};
    QTest::newRow("long surname, short first name") << QStringLiteral("piet bergen") << QStringList{};
}

void TestPartijSearch::voorvoegsels()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(namesOf(search(query)), expected);
    // The FTS index leaves voorvoegsels out (their doclists would span a third of all partijen);
    // they are checked on the row.
    // On PostgreSQL the word prefixes stand in for FTS5 (PostgresSearchIndex).
    QSqlQuery fts(m_db->database().connection());
    QVERIFY(fts.exec(
        test::TestDatabase::onPostgres()
            ? QStringLiteral("SELECT count(*) FROM zoek_naam_prefix WHERE prefix IN ('den', 'van')")
            : QStringLiteral("SELECT count(*) FROM zoek_partij_naam WHERE zoek_partij_naam MATCH 'den OR van'")));
    QVERIFY(fts.next());
    QCOMPARE(fts.value(0).toInt(), 0);
}

void TestPartijSearch::exactSurnameBeforePrefix()
{
    // Prefix semantics: "berg" finds Bergen too, but after everyone whose surname is Berg
    // (with or without voorvoegsel), and those in insertion order.
    const QList<SearchHit> hits = search(QStringLiteral("berg"));
    QCOMPARE(namesOf(hits),
             (QStringList{QStringLiteral("vanDenBerg"), QStringLiteral("berg"), QStringLiteral("bergen")}));
    QCOMPARE(hits.at(0).matched, QStringLiteral("surname"));
    QCOMPARE(hits.at(2).matched, QStringLiteral("name"));
    QCOMPARE(hits.at(0).soortPartij, SoortPartij::Persoon);
    QCOMPARE(hits.at(0).naam, QStringLiteral("Jan van den Berg"));
}

void TestPartijSearch::wholeSurnameWord()
{
    // A single surname word is searched through the surname column alone, without its prefix
    // term; the groups must stay the same: every surname (or organisation name) that has the
    // word first, then names that have it elsewhere or only as a prefix.
    const QUuid kees = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000b1}"));
    const QUuid dubbel = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000b2}"));
    const QUuid voornaam = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000b3}"));
    const QUuid langer = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000b4}"));
    const QUuid bedrijf = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000b5}"));
    const QUuid deJonker = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000b6}"));
    {
        WriteTransaction transaction(m_db->database());
        Repository<Partij> partijen(m_db->database());
        CHECK_OK(partijen.insert(persoon(voornaam, QStringLiteral("Jonker"), QString(), QStringLiteral("Smit"))));
        CHECK_OK(partijen.insert(persoon(kees, QStringLiteral("Kees"), QString(), QStringLiteral("Jonker"))));
        CHECK_OK(partijen.insert(persoon(langer, QStringLiteral("Anna"), QString(), QStringLiteral("Jonkers"))));
        CHECK_OK(partijen.insert(persoon(dubbel, QStringLiteral("Piet"), QString(), QStringLiteral("Peeters-Jonker"))));
        Partij organisatie;
        organisatie.uuid = bedrijf;
        organisatie.soortPartij = SoortPartij::Organisatie;
        organisatie.organisatieNaam = QStringLiteral("Schildersbedrijf Jonker");
        organisatie.contactnaam.reset();
        CHECK_OK(partijen.insert(organisatie));
        CHECK_OK(
            partijen.insert(persoon(deJonker, QStringLiteral("Lisa"), QStringLiteral("de"), QStringLiteral("Jonker"))));
        CHECK_OK(transaction.commit());
    }
    auto ids = [](const QList<SearchHit> &hits) {
        QList<QUuid> result;
        for (const SearchHit &hit : hits)
            result << hit.uuid;
        return result;
    };
    const QList<SearchHit> hits = search(QStringLiteral("Jonker"));
    QCOMPARE(ids(hits), (QList<QUuid>{kees, dubbel, bedrijf, deJonker, voornaam, langer}));
    QCOMPARE(hits.at(0).matched, QStringLiteral("surname"));
    QCOMPARE(hits.at(2).matched, QStringLiteral("name"));
    QCOMPARE(hits.at(4).matched, QStringLiteral("name"));
    // With a voorvoegsel only the surname that has it; "jonkers" only as a prefix match.
    QCOMPARE(ids(search(QStringLiteral("de jonker"))), QList<QUuid>{deJonker});
    QCOMPARE(ids(search(QStringLiteral("jonkers"))), QList<QUuid>{langer});
    QCOMPARE(search(QStringLiteral("jonkers")).first().matched, QStringLiteral("surname"));
}

void TestPartijSearch::mustNotMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("absent");
    QTest::newRow("first name is not a surname") << QStringLiteral("jan") << QStringLiteral("bakker");
    QTest::newRow("longer prefix") << QStringLiteral("bergen") << QStringLiteral("berg");
    QTest::newRow("longer prefix, voorvoegsel") << QStringLiteral("bergen") << QStringLiteral("vanDenBerg");
    QTest::newRow("other valid bsn") << QStringLiteral("111222333") << QStringLiteral("muller");
    QTest::newRow("other postcode huisnummer") << QStringLiteral("1234 AB 13") << QStringLiteral("muller");
    QTest::newRow("other phone") << QStringLiteral("0612345679") << QStringLiteral("muller");
    QTest::newRow("word inside a name") << QStringLiteral("erg") << QStringLiteral("berg");
    QTest::newRow("all words must match") << QStringLiteral("anna berg") << QStringLiteral("muller");
    QTest::newRow("long word checked whole") << QStringLiteral("jan bergen") << QStringLiteral("vanDenBerg");
    QTest::newRow("long word checked whole, both long") << QStringLiteral("karel berger") << QStringLiteral("bergen");
    // Two typed words need two words of the name: "jan" is not found inside "Jansen" alone.
    QTest::newRow("two words, one name word") << QStringLiteral("jan jansen") << QStringLiteral("jansen");
    QTest::newRow("words of two people") << QStringLiteral("sanne muller") << QStringLiteral("deVries");
    QTest::newRow("words of two people, other") << QStringLiteral("sanne muller") << QStringLiteral("muller");
    QTest::newRow("third word checked") << QStringLiteral("jan van den berg piet") << QStringLiteral("vanDenBerg");
    QTest::newRow("anonymous one-off e-mail") << QStringLiteral("iemand.anders") << QStringLiteral("jansen");
}

void TestPartijSearch::mustNotMatch()
{
    QFETCH(QString, query);
    QFETCH(QString, absent);
    const QStringList names = namesOf(search(query));
    QVERIFY2(!names.contains(absent), qPrintable(names.join(QLatin1Char(','))));
}

void TestPartijSearch::flagsSecretAndInactive()
{
    const QList<SearchHit> secret = search(QStringLiteral("van den berg"));
    QCOMPARE(secret.size(), 1);
    QCOMPARE(secret.first().geheimhouding, std::optional<bool>(true));
    QVERIFY(secret.first().actief);

    const QList<SearchHit> inactive = search(QStringLiteral("celik"));
    QCOMPARE(inactive.size(), 1);
    QVERIFY(!inactive.first().actief);
    QCOMPARE(inactive.first().geheimhouding, std::optional<bool>());
}

void TestPartijSearch::oneOffAddressesMarked_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("matched");
    QTest::newRow("e-mail") << QStringLiteral("tim.tijdelijk@voorbeeld.nl")
                            << QStringLiteral("e-mail tim.tijdelijk@voorbeeld.nl (one-off, klantcontact 5001)");
    QTest::newRow("phone") << QStringLiteral("06 8765 4321")
                           << QStringLiteral("phone number 0687654321 (one-off, klantcontact 5001)");
}

void TestPartijSearch::oneOffAddressesMarked()
{
    QFETCH(QString, query);
    QFETCH(QString, matched);
    const QList<SearchHit> hits = search(query);
    QCOMPARE(namesOf(hits), QStringList{QStringLiteral("jansen")});
    QVERIFY(hits.first().viaBetrokkene);
    QCOMPARE(hits.first().matched, matched);
    // The partij's own address is not marked.
    QVERIFY(!search(QStringLiteral("0612345678")).first().viaBetrokkene);
}

void TestPartijSearch::pagingWithCursor()
{
    // Enough name hits, in two ranking groups, to need several pages of three.
    {
        WriteTransaction transaction(m_db->database());
        Repository<Partij> partijen(m_db->database());
        for (int i = 0; i < 5; ++i) {
            CHECK_OK(partijen.insert(
                persoon(QUuid::createUuid(), QStringLiteral("Gerda"), QString(), QStringLiteral("Bergsma%1").arg(i))));
        }
        CHECK_OK(transaction.commit());
    }
    QList<QUuid> paged;
    checkPaging(QStringLiteral("berg"), 3, 8, paged);
}

void TestPartijSearch::checkPaging(const QString &text, int pageSize, qsizetype total, QList<QUuid> &paged)
{
    PartijSearch engine(m_db->database());
    const SearchQuery query = SearchQuery::classify(text);
    const Result<QList<SearchHit>> all = engine.search(query, 100);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), total);
    std::optional<SearchCursor> cursor;
    for (int page = 0; page < 10; ++page) {
        const Result<QList<SearchHit>> hits = engine.search(query, pageSize, cursor);
        QVERIFY(hits.ok());
        if (hits.value().isEmpty())
            break;
        QVERIFY(hits.value().size() <= pageSize);
        for (const SearchHit &hit : hits.value())
            paged << hit.uuid;
        cursor = hits.value().last().cursor;
    }
    QList<QUuid> expected;
    for (const SearchHit &hit : all.value())
        expected << hit.uuid;
    QCOMPARE(paged, expected);
}

void TestPartijSearch::hostileInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE partij; --");
    QTest::newRow("fts syntax") << QStringLiteral("\"a\" OR b*");
    QTest::newRow("near") << QStringLiteral("NEAR(");
    QTest::newRow("column filter") << QStringLiteral("achternaam:berg");
    QTest::newRow("caret") << QStringLiteral("^berg");
    QTest::newRow("long") << QString(10000, QLatin1Char('b'));
    QTest::newRow("punctuation") << QStringLiteral("*:^\"()");
    QTest::newRow("nul") << QStringLiteral("berg") % QChar(u'\0') % QStringLiteral("x");
}

void TestPartijSearch::hostileInput()
{
    QFETCH(QString, query);
    PartijSearch engine(m_db->database());
    const Result<QList<SearchHit>> hits = engine.search(SearchQuery::classify(query), 50);
    QVERIFY2(hits.ok(), qPrintable(hits.error().message));
    QSqlQuery count(m_db->database().connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM partij")) && count.next());
    QCOMPARE(count.value(0).toInt(), 10);
}

void TestPartijSearch::nameChangesFollowTriggers()
{
    Database &database = m_db->database();
    Repository<Partij> partijen(database);
    {
        WriteTransaction transaction(database);
        std::optional<Partij> muller = partijen.find(mullerId);
        QVERIFY(muller);
        muller->contactnaam->achternaam = QStringLiteral("Schmidt");
        CHECK_OK(partijen.update(*muller));
        // An update that leaves the name alone must not disturb the index.
        std::optional<Partij> bakker = partijen.find(bakkerId);
        QVERIFY(bakker);
        bakker->interneNotitie = QStringLiteral("belt vaak");
        CHECK_OK(partijen.update(*bakker));
        CHECK_OK(transaction.commit());
    }
    QVERIFY(search(QStringLiteral("muller")).isEmpty());
    QCOMPARE(namesOf(search(QStringLiteral("schmidt"))), QStringList{QStringLiteral("muller")});
    QCOMPARE(namesOf(search(QStringLiteral("bakker"))),
             (QStringList{QStringLiteral("bakker"), QStringLiteral("bakkerij")}));

    {
        WriteTransaction transaction(database);
        CHECK_OK(partijen.remove(bergenId));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(namesOf(search(QStringLiteral("berg"))),
             (QStringList{QStringLiteral("vanDenBerg"), QStringLiteral("berg")}));
}

void TestPartijSearch::rebuildMatchesIncremental()
{
    const QStringList queries = {
        QStringLiteral("berg"),     QStringLiteral("muller"),   QStringLiteral("van den berg"),
        QStringLiteral("dordevic"), QStringLiteral("gouden"),   QStringLiteral("1234 AB"),
        QStringLiteral("0612"),     QStringLiteral("bakkerij"), QStringLiteral("sanne"),
    };
    auto snapshot = [&] {
        QStringList result;
        for (const QString &query : queries)
            result << query % QLatin1String(": ") % namesOf(search(query)).join(QLatin1Char(','));
        return result;
    };
    const QStringList incremental = snapshot();

    Database &database = m_db->database();
    {
        WriteTransaction transaction(database);
        CHECK_OK(SearchIndex::suspend(database));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(SearchIndex::isSuspended(database).value(), true);
    // Rows added while suspended are invisible to the name search until the rebuild.
    const QUuid lateId = QUuid::createUuid();
    {
        WriteTransaction transaction(database);
        Repository<Partij> partijen(database);
        CHECK_OK(partijen.insert(persoon(lateId, QStringLiteral("Laura"), QString(), QStringLiteral("Laatkomer"))));
        CHECK_OK(transaction.commit());
    }
    QVERIFY(search(QStringLiteral("laatkomer")).isEmpty());
    {
        WriteTransaction transaction(database);
        CHECK_OK(SearchIndex::rebuild(database));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(SearchIndex::isSuspended(database).value(), false);
    QCOMPARE(snapshot(), incremental);
    const QList<SearchHit> late = search(QStringLiteral("laatkomer"));
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().uuid, lateId);
}

void TestPartijSearch::namePairs_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *tag, const char *query, const QStringList &expected) {
        QTest::newRow(tag) << QString::fromUtf8(query) << expected;
    };
    row("first name and surname", "sanne vries", {QStringLiteral("deVries")});
    row("surname first", "Vries, Sanne", {QStringLiteral("deVries")});
    row("both prefixes", "san vri", {QStringLiteral("deVries")});
    row("voorvoegsels checked", "jan van den berg", {QStringLiteral("vanDenBerg")});
    row("wrong voorvoegsel", "jan ter berg", {});
    row("organisation words", "gouden koren", {QStringLiteral("bakkerij")});
    row("organisation, every word", "bakkerij de gouden korenaar", {QStringLiteral("bakkerij")});
    row("diacritics typed", "Ayşe Çelik", {QStringLiteral("celik")});
    row("diacritics left out", "ayse celik", {QStringLiteral("celik")});
    row("stroke letters", "marko dorđević", {QStringLiteral("dordevic")});
    row("capitals", "ANNA MÜLLER", {QStringLiteral("muller")});
    // Two-letter words have no key of their own; the FTS index answers them.
    row("only two-letter words", "an mu", {QStringLiteral("muller")});
    row("second word a prefix of two letters", "karel be", {QStringLiteral("bergen")});
    row("no such person", "karel jansen", {});
}

void TestPartijSearch::namePairs()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const QList<SearchHit> hits = search(query);
    QCOMPARE(namesOf(hits), expected);
    for (const SearchHit &hit : hits)
        QCOMPARE(hit.matched, QStringLiteral("name"));
}

void TestPartijSearch::namePairPaging()
{
    QList<QUuid> inserted;
    {
        WriteTransaction transaction(m_db->database());
        Repository<Partij> partijen(m_db->database());
        for (int i = 0; i < 7; ++i) {
            const QUuid id = QUuid::createUuid();
            // Different surnames that all start with the typed word, so the keys differ too.
            CHECK_OK(partijen.insert(persoon(id, QStringLiteral("Gerda"), QString(),
                                             QStringLiteral("Bergsma%1").arg(QChar(u'a' + (i % 3))))));
            inserted << id;
        }
        CHECK_OK(transaction.commit());
    }
    QList<QUuid> paged;
    checkPaging(QStringLiteral("gerda bergsma"), 2, 7, paged);
    if (QTest::currentTestFailed())
        return;
    std::sort(inserted.begin(), inserted.end());
    std::sort(paged.begin(), paged.end());
    QCOMPARE(paged, inserted);
}

// "jan boer": Jan Boer himself before everyone whose words only start with what was typed,
// those in key order (surname Boer before Boerma), then insertion order.
void TestPartijSearch::namePairWholeWordsFirst()
{
    const QUuid boerma = QUuid::createUuid();
    const QUuid jansenBoer = QUuid::createUuid();
    const QUuid janneke = QUuid::createUuid();
    const QUuid janBoer = QUuid::createUuid();
    {
        WriteTransaction transaction(m_db->database());
        Repository<Partij> partijen(m_db->database());
        CHECK_OK(partijen.insert(persoon(boerma, QStringLiteral("Jan"), QString(), QStringLiteral("Boerma"))));
        CHECK_OK(
            partijen.insert(persoon(jansenBoer, QStringLiteral("Piet"), QString(), QStringLiteral("Jansen-Boer"))));
        CHECK_OK(partijen.insert(persoon(janneke, QStringLiteral("Janneke"), QString(), QStringLiteral("Boer"))));
        CHECK_OK(partijen.insert(persoon(janBoer, QStringLiteral("Jan"), QString(), QStringLiteral("Boer"))));
        CHECK_OK(transaction.commit());
    }
    QList<QUuid> ids;
    for (const SearchHit &hit : search(QStringLiteral("jan boer")))
        ids << hit.uuid;
    QCOMPARE(ids, (QList<QUuid>{janBoer, jansenBoer, janneke, boerma}));
    // Paging across the two groups gives the same order.
    QList<QUuid> paged;
    checkPaging(QStringLiteral("jan boer"), 1, 4, paged);
    QCOMPARE(paged, ids);
}

// Many names start with "mar", few with "haa": "Mark de Haan" reads the "haa mark" range, as the
// hit's cursor shows, and finds the same people as the other range would.
void TestPartijSearch::namePairNarrowestRange()
{
    const QUuid haan = QUuid::createUuid();
    {
        WriteTransaction transaction(m_db->database());
        Repository<Partij> partijen(m_db->database());
        const QStringList voornamen = {QStringLiteral("Maria"), QStringLiteral("Mark"), QStringLiteral("Marloes"),
                                       QStringLiteral("Martijn"), QStringLiteral("Marieke")};
        for (int i = 0; i < 10; ++i) {
            CHECK_OK(partijen.insert(persoon(QUuid::createUuid(), voornamen.at(i % voornamen.size()), QString(),
                                             QStringLiteral("Haanstra%1").arg(i))));
        }
        CHECK_OK(partijen.insert(persoon(haan, QStringLiteral("Mark"), QStringLiteral("de"), QStringLiteral("Haan"))));
        CHECK_OK(transaction.commit());
    }
    const QList<SearchHit> hits = search(QStringLiteral("Mark de Haan"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().uuid, haan);
    QCOMPARE(hits.first().cursor.key, QStringLiteral("haa mark"));
    // Both words as prefixes: the same choice, more people.
    QCOMPARE(search(QStringLiteral("mark haan")).size(), 3);
}

void TestPartijSearch::emailKeysFollowWrites()
{
    Database &database = m_db->database();
    Repository<Partij> partijen(database);
    Repository<DigitaalAdres> adressen(database);
    Repository<Betrokkene> betrokkenen(database);
    const QUuid lateId = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-0000000000c1}"));
    const QUuid lateMail = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-1000000000c1}"));
    {
        // The foreign keys are deferred: the address may be written before its partij.
        WriteTransaction transaction(database);
        DigitaalAdres mail =
            digitaalAdres(QStringLiteral("c1"), SoortDigitaalAdres::Email, QStringLiteral("laura.laat@example.org"));
        mail.verstrektDoorPartij = lateId;
        CHECK_OK(adressen.insert(mail));
        CHECK_OK(partijen.insert(persoon(lateId, QStringLiteral("Laura"), QString(), QStringLiteral("Laat"))));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(namesOf(search(QStringLiteral("laura.la"))), QStringList{lateId.toString(QUuid::WithoutBraces)});
    QCOMPARE(search(QStringLiteral("@example.org")).first().matched, QStringLiteral("e-mail laura.laat@example.org"));

    // A changed address is found by its new value only.
    {
        WriteTransaction transaction(database);
        std::optional<DigitaalAdres> mail = adressen.find(lateMail);
        QVERIFY(mail);
        mail->adres = QStringLiteral("l.laat@example.com");
        CHECK_OK(adressen.update(*mail));
        CHECK_OK(transaction.commit());
    }
    // "laura.la" is also a name (Laura), so only the e-mail hit must be gone.
    QCOMPARE(search(QStringLiteral("laura.la")).first().matched, QStringLiteral("name"));
    QVERIFY(search(QStringLiteral("@example.org")).isEmpty());
    QCOMPARE(search(QStringLiteral("l.laat")).first().matched, QStringLiteral("e-mail l.laat@example.com"));

    // The unknown caller turns out to be Marko: his one-off address now finds him, marked.
    const QUuid onbekende = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-400000000002}"));
    {
        WriteTransaction transaction(database);
        std::optional<Betrokkene> betrokkene = betrokkenen.find(onbekende);
        QVERIFY(betrokkene);
        betrokkene->wasPartij = dordevicId;
        CHECK_OK(betrokkenen.update(*betrokkene));
        CHECK_OK(transaction.commit());
    }
    QList<SearchHit> hits = search(QStringLiteral("iemand.anders"));
    QCOMPARE(namesOf(hits), QStringList{QStringLiteral("dordevic")});
    QVERIFY(hits.first().viaBetrokkene);
    QCOMPARE(hits.first().matched, QStringLiteral("e-mail iemand.anders@voorbeeld.nl (one-off, klantcontact 5001)"));
    {
        WriteTransaction transaction(database);
        std::optional<Betrokkene> betrokkene = betrokkenen.find(onbekende);
        QVERIFY(betrokkene);
        betrokkene->wasPartij.reset();
        CHECK_OK(betrokkenen.update(*betrokkene));
        CHECK_OK(transaction.commit());
    }
    QVERIFY(search(QStringLiteral("iemand.anders")).isEmpty());

    // Removing the address, or the partij with its addresses, takes the keys along.
    {
        WriteTransaction transaction(database);
        CHECK_OK(adressen.remove(lateMail));
        CHECK_OK(partijen.remove(deVriesId));
        CHECK_OK(transaction.commit());
    }
    // Still Laura Laat, but through her surname now.
    QCOMPARE(namesOf(search(QStringLiteral("l.laat"))), QStringList{lateId.toString(QUuid::WithoutBraces)});
    QCOMPARE(search(QStringLiteral("l.laat")).first().matched, QStringLiteral("surname"));
    QVERIFY(search(QStringLiteral("s.devries")).isEmpty());
    QVERIFY(search(QStringLiteral("@bakkerij.nl")).isEmpty());
    QCOMPARE(namesOf(search(QStringLiteral("anna.muller"))), QStringList{QStringLiteral("muller")});
}

// Whatever the triggers did along the way, the key tables hold exactly what a rebuild from the
// records gives.
void TestPartijSearch::keyTablesEqualARebuild()
{
    Database &database = m_db->database();
    {
        WriteTransaction transaction(database);
        Repository<Partij> partijen(database);
        Repository<DigitaalAdres> adressen(database);
        Repository<Betrokkene> betrokkenen(database);
        std::optional<Partij> muller = partijen.find(mullerId);
        QVERIFY(muller);
        muller->contactnaam->voornaam = QStringLiteral("Anna-Lena Sofie");
        CHECK_OK(partijen.update(*muller));
        Partij organisatie;
        organisatie.uuid = QUuid::createUuid();
        organisatie.soortPartij = SoortPartij::Organisatie;
        organisatie.organisatieNaam = QStringLiteral("Stichting Øresund & Co");
        organisatie.contactnaam.reset();
        CHECK_OK(partijen.insert(organisatie));
        std::optional<DigitaalAdres> werkmail =
            adressen.find(QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-100000000004}")));
        QVERIFY(werkmail);
        werkmail->verstrektDoorPartij = organisatie.uuid;
        CHECK_OK(adressen.update(*werkmail));
        std::optional<Betrokkene> onbekende =
            betrokkenen.find(QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-400000000002}")));
        QVERIFY(onbekende);
        onbekende->wasPartij = bakkerId;
        CHECK_OK(betrokkenen.update(*onbekende));
        CHECK_OK(partijen.remove(bergId));
        CHECK_OK(transaction.commit());
    }
    auto dump = [&](const QString &sql) {
        QStringList rows;
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            return QStringList{query.lastError().text()};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QString pairs = QStringLiteral("SELECT sleutel, partij, woorden FROM zoek_naam_paar ORDER BY 1, 2");
    const QString emails =
        QStringLiteral("SELECT sleutel, digitaal_adres, partij, via, adres FROM zoek_email ORDER BY 1, 2");
    const QString words = QStringLiteral("SELECT woord, aantal FROM zoek_naam_woord ORDER BY 1");
    const QStringList wordsBefore = dump(words);
    const QString domains = QStringLiteral("SELECT domein, aantal FROM zoek_email_domein ORDER BY 1");
    const QStringList domainsBefore = dump(domains);
    // The three one-off addresses at voorbeeld.nl now lead to partijen; bakkerij.nl moved to the
    // new organisation, still one key.
    QVERIFY(domainsBefore.contains(QStringLiteral("voorbeeld.nl|3")));
    QVERIFY(domainsBefore.contains(QStringLiteral("bakkerij.nl|1")));
    // The keys ending in a word: Piet Berg was removed (Jan van den Berg's "jan berg" is left),
    // Anna Müller became Anna-Lena Sofie ("ann sofie", "len sofie", "mul sofie").
    QVERIFY(wordsBefore.contains(QStringLiteral("berg|1")));
    QVERIFY(wordsBefore.contains(QStringLiteral("sofie|3")));
    QVERIFY(wordsBefore.filter(QStringLiteral("piet|")).isEmpty());
    const QStringList pairsBefore = dump(pairs);
    const QStringList emailsBefore = dump(emails);
    QVERIFY(pairsBefore.size() > 10);
    QVERIFY(pairsBefore.contains(
        QStringLiteral("ore stichting|%1| stichting oresund co")
            .arg(pairsBefore.filter(QStringLiteral("ore stichting")).value(0).section(u'|', 1, 1))));
    // Three one-off addresses now lead to a partij, each with its address and its domain key.
    QCOMPARE(emailsBefore.filter(QStringLiteral("@voorbeeld.nl")).size(), 6);
    {
        WriteTransaction transaction(database);
        CHECK_OK(SearchIndex::rebuild(database));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(dump(pairs), pairsBefore);
    QCOMPARE(dump(emails), emailsBefore);
    QCOMPARE(dump(words), wordsBefore);
    QCOMPARE(dump(domains), domainsBefore);
}

// The key tables carry a copy of what a hit shows; a change of the partij must reach every copy.
void TestPartijSearch::hitCopiesFollowPartijChanges()
{
    Database &database = m_db->database();
    Repository<Partij> partijen(database);
    {
        WriteTransaction transaction(database);
        std::optional<Partij> muller = partijen.find(mullerId);
        QVERIFY(muller);
        muller->indicatieActief = false;
        muller->indicatieGeheimhouding = true;
        muller->nummer = QStringLiteral("1999");
        CHECK_OK(partijen.update(*muller));
        CHECK_OK(transaction.commit());
    }
    // Through the name-pair keys, the e-mail address and the FTS index alike.
    for (const QString &typed : {QStringLiteral("anna muller"), QStringLiteral("anna.mul"), QStringLiteral("muller")}) {
        const QList<SearchHit> hits = search(typed);
        QVERIFY2(!hits.isEmpty(), qPrintable(typed));
        QCOMPARE(hits.first().uuid, mullerId);
        QVERIFY2(!hits.first().actief, qPrintable(typed));
        QCOMPARE(hits.first().geheimhouding, std::optional<bool>(true));
        QCOMPARE(hits.first().nummer, std::optional<QString>(QStringLiteral("1999")));
        QCOMPARE(hits.first().naam, QStringLiteral("Anna Müller"));
    }
    // A partij's organisation name reaches the e-mail copy too.
    {
        WriteTransaction transaction(database);
        std::optional<Partij> bakkerij = partijen.find(bakkerijId);
        QVERIFY(bakkerij);
        bakkerij->organisatieNaam = QStringLiteral("Broodbakkerij Korenaar");
        CHECK_OK(partijen.update(*bakkerij));
        std::optional<Partij> deVries = partijen.find(deVriesId);
        QVERIFY(deVries);
        deVries->contactnaam->achternaam = QStringLiteral("Visser");
        CHECK_OK(partijen.update(*deVries));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(search(QStringLiteral("s.devries")).first().naam, QStringLiteral("Sanne de Visser"));
    QCOMPARE(search(QStringLiteral("broodbakkerij korenaar")).first().naam, QStringLiteral("Broodbakkerij Korenaar"));
    QVERIFY(search(QStringLiteral("gouden koren")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPartijSearch)
#include "tst_partijsearch.moc"
