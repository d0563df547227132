// The instant search gives the same answers on both engines (issue 13 item 3): one fixture (demo
// data plus names with diacritics, voorvoegsels, ß/ø/ł, apostrophes and hyphens) in a SQLite file
// and, copied, on the PostgreSQL test server; then partijen added on both through the triggers.
// Every query kind, built from the data itself, must give the same hits in the same order, page
// by page, and PostgreSQL's PL/pgSQL keys must equal SearchQuery's.
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/search/searchquery.h"
#include "storage/db/database.h"
#include "storage/db/databasecopy.h"
#include "storage/db/writetransaction.h"
#include "storage/demo/demoloader.h"
#include "storage/resources/repository.h"
#include "storage/search/partijsearch.h"
#include "storage/search/searchindex.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace kcc;
using namespace kcc::storage;

namespace {

// Names that fold in every way SearchQuery knows; each becomes a partij with an e-mail address.
const char *const specialNames[][4] = {
    // voornaam, voorvoegsel, achternaam, e-mail
    {"Anna", "", "Müller", "Anna.Muller@example.nl"},
    {"Marko", "", "Ðorđević", "marko.d@example.rs"},
    {"Łukasz", "", "Wałęsa", "lukasz@example.pl"},
    {"Søren", "", "Østergaard", "soren@example.dk"},
    {"Jürgen", "", "Weißmann", "JW@Example.DE"},
    {"Seán", "", "O'Brien", "sean.obrien@example.ie"},
    {"Jan-Willem", "van 't", "Hoff", "jw.vanthoff@example.nl"},
    {"Anne-Marie", "de la", "Croix", "am@croix.fr"},
    {"Ĳsbrand", "", "Ĳzerman", "ijs@example.nl"},
    {"Ayşe", "", "Çelik", "ayse@example.tr"},
    {"İsmail", "", "Işık", "ismail@example.tr"},
    {"Nguyễn", "", "Thị Minh", "minh@example.vn"},
    {"Zoë", "ʼt", "Hart", "zoe.thart@example.nl"},
    {"Ad", "", "Os", "ad.os@example.nl"},
    {"Jan", "van den", "Berg", "jan.berg@example.nl"},
    {"Σωκράτης", "", "Παπαδόπουλος", "sokratis@example.gr"},
    {"Ærøskøbing", "", "Þórsson", "thor@example.is"},
    {"Œdipe", "", "Ħabib", "oedipe@example.mt"},
};

const char *const specialOrganisations[] = {
    "Stichting Øresund & Co",
    "Café De Kroon B.V.",
    "Bakkerij 't Gouden Korenaar",
    "Straßenbahn-Gesellschaft Düsseldorf",
};

Partij persoon(const QString &voornaam, const QString &voorvoegsel, const QString &achternaam)
{
    Partij partij;
    partij.uuid = QUuid::createUuid();
    partij.soortPartij = SoortPartij::Persoon;
    partij.indicatieActief = true;
    partij.contactnaam = Contactnaam{QString(), voornaam, voorvoegsel, achternaam};
    return partij;
}

Partij organisatie(const QString &naam)
{
    Partij partij;
    partij.uuid = QUuid::createUuid();
    partij.soortPartij = SoortPartij::Organisatie;
    partij.indicatieActief = true;
    partij.organisatieNaam = naam;
    partij.contactnaam.reset();
    return partij;
}

DigitaalAdres email(const QUuid &partij, const QString &adres)
{
    DigitaalAdres result;
    result.uuid = QUuid::createUuid();
    result.soortDigitaalAdres = SoortDigitaalAdres::Email;
    result.adres = adres;
    result.verstrektDoorPartij = partij;
    return result;
}

// Writes the same partijen (same uuids) into `database`; `salt` varies the names of a second batch.
Result<> addSpecial(Database &database, const QList<Partij> &partijen, const QList<DigitaalAdres> &adressen)
{
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    Repository<Partij> partijRepository(database);
    Repository<DigitaalAdres> adresRepository(database);
    for (const Partij &partij : partijen) {
        if (Result<> inserted = partijRepository.insert(partij); !inserted)
            return inserted;
    }
    for (const DigitaalAdres &adres : adressen) {
        if (Result<> inserted = adresRepository.insert(adres); !inserted)
            return inserted;
    }
    return transaction.commit();
}

void makeSpecial(const QString &suffix, QList<Partij> &partijen, QList<DigitaalAdres> &adressen)
{
    for (const auto &row : specialNames) {
        Partij partij =
            persoon(QString::fromUtf8(row[0]), QString::fromUtf8(row[1]), QString::fromUtf8(row[2]) + suffix);
        partijen << partij;
        adressen << email(partij.uuid, QString::fromUtf8(row[3]));
    }
    for (const char *naam : specialOrganisations)
        partijen << organisatie(QString::fromUtf8(naam) + suffix);
}

QStringList sortedList(QStringList list)
{
    list.removeAll(QString());
    std::sort(list.begin(), list.end());
    return list;
}

#define CHECK_OK(result)                                                                                               \
    do {                                                                                                               \
        const auto &checked = (result);                                                                                \
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));                                                   \
    } while (false)

} // namespace

class TestPartijSearchEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void indexIsLive();
    void keysEqualSearchQuery();
    void sameHitsOnBothEngines();
    void samePagesOnBothEngines();
    void rebuildGivesTheSameKeys();
    void searchLeavesTheSessionsPlanSettingAlone();

private:
    QStringList queries();
    QString compare(const QString &text, int limit, int pages);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_sqlite;
    std::unique_ptr<test::TestDatabase> m_postgres;
};

void TestPartijSearchEngines::initTestCase()
{
    QVERIFY2(test::TestDatabase::onPostgres(), "runs against the PostgreSQL test server (KCC_TEST_POSTGRES)");
    auto opened = Database::open(m_dir.filePath(QStringLiteral("zoek.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_sqlite = std::move(opened).value();
    DemoOptions options;
    options.partijen = 3000;
    options.seed = 13;
    CHECK_OK(DemoLoader::load(*m_sqlite, options));
    QList<Partij> partijen;
    QList<DigitaalAdres> adressen;
    makeSpecial(QString(), partijen, adressen);
    CHECK_OK(addSpecial(*m_sqlite, partijen, adressen));

    m_postgres = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_postgres->isValid(), qPrintable(m_postgres->error()));
    // The copy suspends the index and rebuilds it once (kccctl copy --to, and demo on PostgreSQL).
    CHECK_OK(DatabaseCopy::copy(*m_sqlite, m_postgres->database()));

    // Then the same writes on both: the triggers keep each index current.
    partijen.clear();
    adressen.clear();
    makeSpecial(QStringLiteral("-Later"), partijen, adressen);
    CHECK_OK(addSpecial(*m_sqlite, partijen, adressen));
    CHECK_OK(addSpecial(m_postgres->database(), partijen, adressen));
}

void TestPartijSearchEngines::cleanupTestCase()
{
    m_postgres.reset();
    m_sqlite.reset();
}

void TestPartijSearchEngines::indexIsLive()
{
    const Result<bool> suspended = SearchIndex::isSuspended(m_postgres->database());
    CHECK_OK(suspended);
    QVERIFY(!suspended.value());
    QCOMPARE(m_postgres->database().schemaVersion(), Database::currentSchemaVersion());
}

// kcc_zoek_naam (PL/pgSQL over zoek_vouwteken) against SearchQuery for every partij of the fixture.
void TestPartijSearchEngines::keysEqualSearchQuery()
{
    QSqlQuery query(m_postgres->database().connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "SELECT p.soort_partij, p.organisatie_naam, p.contactnaam_voornaam,"
                 " p.contactnaam_voorvoegsel_achternaam, p.contactnaam_achternaam, n.woorden,"
                 " array_to_string(n.sleutels, '|'), array_to_string(n.termen, '|')"
                 " FROM partij p, LATERAL kcc_zoek_naam(p.soort_partij, p.organisatie_naam, p.contactnaam_voornaam,"
                 " p.contactnaam_voorvoegsel_achternaam, p.contactnaam_achternaam) n ORDER BY p.rowid")),
             qPrintable(query.lastError().text()));
    int checked = 0;
    int nonAscii = 0;
    while (query.next()) {
        const bool organisatie = query.value(0).toString() == QLatin1String("organisatie");
        const QString name = organisatie ? query.value(1).toString()
                                         : query.value(2).toString() % QLatin1Char(' ') % query.value(3).toString() %
                                               QLatin1Char(' ') % query.value(4).toString();
        const QString surname = organisatie ? query.value(1).toString() : query.value(4).toString();
        QCOMPARE(query.value(5).toString(), SearchQuery::nameWordsText(name));
        QCOMPARE(sortedList(query.value(6).toString().split(QLatin1Char('|'))),
                 sortedList(SearchQuery::namePairKeys(name)));
        QStringList terms = SearchQuery::tokenize(SearchQuery::foldName(surname));
        terms.removeDuplicates();
        QCOMPARE(sortedList(query.value(7).toString().split(QLatin1Char('|'))), sortedList(terms));
        ++checked;
        if (std::any_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() >= 0x80; }))
            ++nonAscii;
    }
    QVERIFY2(checked > 3000, qPrintable(QString::number(checked)));
    QVERIFY2(nonAscii >= 30, qPrintable(QString::number(nonAscii)));
}

QStringList TestPartijSearchEngines::queries()
{
    QStringList result = {
        QStringLiteral("muller"),
        QStringLiteral("Müller"),
        QStringLiteral("dordevic"),
        QStringLiteral("Ðorđević"),
        QStringLiteral("walesa"),
        QStringLiteral("łukasz wałęsa"),
        QStringLiteral("ostergaard"),
        QStringLiteral("weissmann"),
        QStringLiteral("Weißmann"),
        QStringLiteral("o'brien"),
        QStringLiteral("obrien"),
        QStringLiteral("brien"),
        QStringLiteral("jan-willem"),
        QStringLiteral("van 't hoff"),
        QStringLiteral("de la croix"),
        QStringLiteral("ijzerman"),
        QStringLiteral("ĳsbrand"),
        QStringLiteral("ismail isik"),
        QStringLiteral("nguyen"),
        QStringLiteral("'t hart"),
        QStringLiteral("zoe"),
        QStringLiteral("ad os"),
        QStringLiteral("de"),
        QStringLiteral("van der"),
        QStringLiteral("van den berg"),
        QStringLiteral("oresund"),
        QStringLiteral("cafe kroon"),
        QStringLiteral("gouden koren"),
        QStringLiteral("strassenbahn"),
        QStringLiteral("düsseldorf"),
        QStringLiteral("σωκρατης"),
        QStringLiteral("aeroskobing"),
        QStringLiteral("thorsson"),
        QStringLiteral("oedipe habib"),
        QStringLiteral("later"),
        QStringLiteral("hoff-later"),
        QStringLiteral("@example.nl"),
        QStringLiteral("example.tr"),
        QStringLiteral("jw@example.de"),
        QStringLiteral("ja"),
        QStringLiteral("jan"),
        QStringLiteral("jans"),
        QStringLiteral("maria"),
        QStringLiteral("van"),
        QStringLiteral("bakker"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\"or\""),
        QStringLiteral("296648875"),
        QStringLiteral("12345678"),
        QStringLiteral("123456789012"),
        QStringLiteral("0612"),
        QStringLiteral("+31 6"),
        QStringLiteral("1234"),
    };
    QSqlQuery query(m_sqlite->connection());
    // Every 37th partij: its names in the ways a medewerker types them.
    if (!query.exec(QStringLiteral("SELECT contactnaam_voornaam, contactnaam_voorvoegsel_achternaam,"
                                   " contactnaam_achternaam, organisatie_naam, nummer, bezoekadres_postcode,"
                                   " bezoekadres_huisnummer FROM partij WHERE rowid % 37 = 1 ORDER BY rowid")))
        return {query.lastError().text()};
    while (query.next()) {
        const QString voornaam = query.value(0).toString();
        const QString voorvoegsel = query.value(1).toString();
        const QString achternaam = query.value(2).toString();
        const QString organisatieNaam = query.value(3).toString();
        for (const QString &name : {achternaam, organisatieNaam, voornaam}) {
            if (name.isEmpty())
                continue;
            result << name;
            for (int letters : {2, 3, 4, 5})
                result << name.left(letters);
        }
        if (!voornaam.isEmpty() && !achternaam.isEmpty()) {
            result << voornaam % QLatin1Char(' ') % achternaam
                   << voornaam % QLatin1Char(' ') % voorvoegsel % QLatin1Char(' ') % achternaam
                   << achternaam % QLatin1String(", ") % voornaam
                   << voornaam.left(3) % QLatin1Char(' ') % achternaam.left(3)
                   << voorvoegsel % QLatin1Char(' ') % achternaam;
        }
        result << query.value(4).toString() << query.value(5).toString()
               << query.value(5).toString() % QLatin1Char(' ') % query.value(6).toString()
               << query.value(5).toString().left(4);
    }
    // Identificators, phone numbers, e-mail addresses and klantcontact numbers.
    const QString others[] = {
        QStringLiteral("SELECT object_id FROM partij_identificator WHERE rowid % 23 = 1 OR rowid IN"
                       " (SELECT min(rowid) FROM partij_identificator GROUP BY code_soort_object_id)"),
        QStringLiteral("SELECT adres FROM digitaal_adres WHERE soort_digitaal_adres = 'telefoonnummer'"
                       " AND rowid % 29 = 1"),
        QStringLiteral("SELECT adres FROM digitaal_adres WHERE soort_digitaal_adres = 'email' AND rowid % 29 = 1"),
        QStringLiteral("SELECT nummer FROM klantcontact WHERE rowid % 41 = 1"),
    };
    for (const QString &sql : others) {
        if (!query.exec(sql))
            return {query.lastError().text()};
        while (query.next()) {
            const QString value = query.value(0).toString();
            result << value << value.left(6) << value.section(QLatin1Char('@'), 0, 0)
                   << QLatin1Char('@') % value.section(QLatin1Char('@'), 1);
        }
    }
    result.removeDuplicates();
    result.removeAll(QString());
    return result;
}

// Empty when both engines give the same pages of `text`, else what differs.
QString TestPartijSearchEngines::compare(const QString &text, int limit, int pages)
{
    PartijSearch onSqlite(*m_sqlite);
    PartijSearch onPostgres(m_postgres->database());
    const SearchQuery query = SearchQuery::classify(text);
    std::optional<SearchCursor> afterSqlite;
    std::optional<SearchCursor> afterPostgres;
    for (int page = 0; page < pages; ++page) {
        const Result<QList<SearchHit>> a = onSqlite.search(query, limit, afterSqlite);
        const Result<QList<SearchHit>> b = onPostgres.search(query, limit, afterPostgres);
        if (!a || !b)
            return text % QLatin1String(": ") % (a ? b.error().message : a.error().message);
        auto describe = [](const QList<SearchHit> &hits) {
            QStringList lines;
            for (const SearchHit &hit : hits)
                lines << hit.uuid.toString(QUuid::WithoutBraces) % QLatin1Char(' ') % hit.matched % QLatin1Char(' ') %
                             hit.naam % (hit.actief ? QString() : QStringLiteral(" inactief"));
            return lines;
        };
        if (describe(a.value()) != describe(b.value())) {
            return QStringLiteral("'%1' page %2:\nSQLite:\n%3\nPostgreSQL:\n%4")
                .arg(text)
                .arg(page + 1)
                .arg(describe(a.value()).join(QLatin1Char('\n')), describe(b.value()).join(QLatin1Char('\n')));
        }
        if (a.value().size() < limit)
            break;
        afterSqlite = a.value().constLast().cursor;
        afterPostgres = b.value().constLast().cursor;
    }
    return {};
}

void TestPartijSearchEngines::sameHitsOnBothEngines()
{
    const QStringList texts = queries();
    QVERIFY2(texts.size() > 1000, qPrintable(QString::number(texts.size())));
    std::set<int> kinds;
    for (const QString &text : texts) {
        const QString difference = compare(text, 50, 1);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const SearchQuery classified = SearchQuery::classify(text);
        for (const SearchQuery::Interpretation &interpretation : classified.interpretations())
            kinds.insert(int(interpretation.kind));
    }
    // Every query kind of the Zoeken tab was asked.
    QCOMPARE(int(kinds.size()), 10);
}

void TestPartijSearchEngines::samePagesOnBothEngines()
{
    for (const QString &text :
         {QStringLiteral("ja"), QStringLiteral("jan"), QStringLiteral("de"), QStringLiteral("van"),
          QStringLiteral("later"), QStringLiteral("@example.nl"), QStringLiteral("06"), QStringLiteral("bakker"),
          QStringLiteral("maria de"), QStringLiteral("10")}) {
        const QString difference = compare(text, 7, 12);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// What the triggers wrote since the copy equals a rebuild from the records.
void TestPartijSearchEngines::rebuildGivesTheSameKeys()
{
    Database &database = m_postgres->database();
    auto dump = [&] {
        QStringList rows;
        QSqlQuery query(database.connection());
        for (const QString &sql :
             {QStringLiteral("SELECT sleutel || '|' || partij || '|' || woorden || '|' || uuid FROM zoek_naam_paar"
                             " ORDER BY sleutel, partij"),
              QStringLiteral("SELECT woord || '|' || aantal FROM zoek_naam_woord ORDER BY woord"),
              QStringLiteral("SELECT term || '|' || partij FROM zoek_naam_achternaam ORDER BY term, partij"),
              QStringLiteral("SELECT prefix || '|' || partij FROM zoek_naam_prefix ORDER BY prefix, partij"),
              QStringLiteral("SELECT sleutel || '|' || digitaal_adres || '|' || via FROM zoek_email"
                             " ORDER BY sleutel, digitaal_adres"),
              QStringLiteral("SELECT domein || '|' || aantal FROM zoek_email_domein ORDER BY domein")}) {
            if (!query.exec(sql))
                return QStringList{query.lastError().text()};
            while (query.next())
                rows << query.value(0).toString();
        }
        return rows;
    };
    const QStringList before = dump();
    QVERIFY(before.size() > 10000);
    {
        WriteTransaction transaction(database);
        CHECK_OK(SearchIndex::rebuild(database));
        CHECK_OK(transaction.commit());
    }
    QCOMPARE(dump(), before);
}

// The search runs its statements with generic plans (GenericPlans) and gives the session back as
// it found it: the queues and registrations of the same connection keep PostgreSQL's default.
void TestPartijSearchEngines::searchLeavesTheSessionsPlanSettingAlone()
{
    const auto setting = [this] {
        QSqlQuery show(m_postgres->database().connection());
        return show.exec(QStringLiteral("SHOW plan_cache_mode")) && show.next() ? show.value(0).toString() : QString();
    };
    QCOMPARE(setting(), QStringLiteral("auto"));
    PartijSearch search(m_postgres->database());
    const Result<QList<SearchHit>> hits = search.search(SearchQuery::classify(QStringLiteral("de vries")), 30);
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
    QCOMPARE(setting(), QStringLiteral("auto"));
}

QTEST_GUILESS_MAIN(TestPartijSearchEngines)
#include "tst_partijsearch_engines.moc"
